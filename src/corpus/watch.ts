import { spawn } from "node:child_process";
import { watch, type FSWatcher } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Core } from "../core.js";
import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";

const CLI = fileURLToPath(new URL("../sanctuary.mjs", import.meta.url));

/**
 * Reloads the corpus shortly after any file under CORPUS_DIR changes, so an added article is answered
 * from within seconds, with no restart. The new index is built by `sanctuary index` in a process of
 * its own while this one goes on answering; the swap then loads the saved caches, which takes a
 * fraction of the build. A bad file is reported and left out.
 */
export function watchCorpus(core: Core, dir: string, dataDir: string, log: Logger, debounceMs = 500): { close(): void; reloaded: () => number } {
  let timer: NodeJS.Timeout | null = null;
  let reloads = 0;
  let building = false;
  let again = false;
  let closed = false;
  const swap = () => {
    try {
      const { documents, problems } = core.reload();
      reloads++;
      log.info({ documents, problems: problems.length }, "corpus reloaded");
    } catch (err) {
      log.error({ err: messageOf(err) }, "corpus reload failed; still answering from the previous corpus");
    }
  };
  const rebuild = () => {
    timer = null;
    if (building) {
      again = true;
      return;
    }
    building = true;
    const child = spawn(process.execPath, [CLI, "index", "--corpus", dir, "--data", dataDir], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", (err) => log.warn({ err: messageOf(err) }, "background index build could not start; rebuilding in process"));
    child.on("close", (code) => {
      building = false;
      if (closed) return;
      if (code !== 0) log.warn({ code, stderr: stderr.trim().split("\n").pop() }, "background index build failed; rebuilding in process");
      swap();
      if (again) {
        again = false;
        rebuild();
      }
    });
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(rebuild, debounceMs);
    });
    watcher.on("error", (err) => log.error({ err: messageOf(err) }, "corpus watcher failed; restart to pick up new articles"));
  } catch (err) {
    log.warn({ err: messageOf(err) }, "cannot watch the corpus; new articles need a restart");
  }
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
    reloaded: () => reloads,
  };
}
