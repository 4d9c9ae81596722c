import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
    // Test files share their worker's module instances (the NLP model, WordNet, the parsed templates are
    // loaded once, not once per file): 110 s to 63 s on the 2-core machine. The core keeps its state in
    // the objects createCore returns, so files do not see each other's.
    isolate: false,
  },
});
