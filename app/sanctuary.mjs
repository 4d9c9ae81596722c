#!/usr/bin/env -S node --expose-gc
// The `sanctuary` command: runs the TypeScript sources through tsx, so a fresh `npm ci` needs no build step.
import { register } from "tsx/esm/api";

register();
const { runCli } = await import("./main.ts");
process.exitCode = await runCli(process.argv.slice(2));
