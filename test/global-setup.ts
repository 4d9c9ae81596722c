import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    tempRoot: string;
  }
}

/** One folder for every test's temporary files, removed when the run ends (a run makes about a thousand). */
export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), "sanctuary-test-"));
  // Open to other users as tmpdir() is: the embedded PostgreSQL runs as its own user when the tests run as root.
  chmodSync(root, 0o755);
  project.provide("tempRoot", root);
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
