#!/usr/bin/env node
// The `sanctuary` command: runs the TypeScript sources through tsx, so a fresh `npm ci` needs no build step.
import { register } from "tsx/esm/api";

register();
await import("./cli.ts");
