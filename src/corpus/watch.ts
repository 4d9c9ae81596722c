import { spawn } from "node:child_process";
import { watch, type FSWatcher } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Core } from "../core.js";
import { SanctuaryError, messageOf } from "../errors.js";
import type { Logger } from "../log.js";

const CLI = fileURLToPath(new URL("../sanctuary.mjs", import.meta.url));

/** How the corpus watcher waits and how long a background build may run. */
export const BACKGROUND_BUILD = {
  /** Quiet time after the last file event before building: a copy of many files starts one build. */
  debounceMs: 500,
  /**
   * A build still running after this is stopped and the previous corpus stays (a FIFO or a hung
   * network disk in the corpus would otherwise hold it forever). Measured: 12.5 s for 1.2 M words on
   * 2 cores, so this leaves room for a corpus some 40 times that.
   */
  timeoutMs: 10 * 60_000,
};

export interface WatchOptions {
  debounceMs?: number;
  timeoutMs?: number;
  /** The build, as argv; default: `sanctuary index --corpus DIR --data DATA_DIR` in a Node process of its own. */
  command?: string[];
}

/**
 * Reloads the corpus shortly after any file under CORPUS_DIR changes, so an added article is answered
 * from within seconds, with no restart. The index is built only by `sanctuary index`, in a process of
 * its own, while this one goes on answering; the swap only reads back what that build saved, so it
 * never blocks answers for longer than a load. When the articles changed while the build ran, the
 * swap waits for the next build instead of building here. A bad file is reported and left out.
 */
export function watchCorpus(core: Core, dir: string, dataDir: string, log: Logger, options: WatchOptions = {}): { close(): void; reloaded: () => number } {
  const { debounceMs = BACKGROUND_BUILD.debounceMs, timeoutMs = BACKGROUND_BUILD.timeoutMs } = options;
  const [program, ...args] = options.command ?? [process.execPath, CLI, "index", "--corpus", dir, "--data", dataDir];
  let timer: NodeJS.Timeout | null = null;
  let reloads = 0;
  let building = false;
  let again = false;
  let closed = false;
  let child: ReturnType<typeof spawn> | null = null;
  const swap = () => {
    try {
      const { documents, problems } = core.reload({ cachedOnly: true });
      reloads++;
      log.info({ documents, problems: problems.length }, "corpus reloaded");
    } catch (err) {
      const changed = err instanceof SanctuaryError && err.code === "index_not_built";
      if (changed && (again || timer)) log.info("articles changed during the background build; building again before swapping");
      else if (changed) log.error({ err }, "the background build saved no index for the current articles (is DATA_DIR writable?); still answering from the previous corpus");
      else log.error({ err }, "corpus reload failed; still answering from the previous corpus");
    }
  };
  const rebuild = () => {
    timer = null;
    if (building) {
      again = true;
      return;
    }
    building = true;
    again = false;
    const current = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
    child = current;
    let stderr = "";
    current.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4096)));
    const deadline = setTimeout(() => {
      log.error({ timeoutMs }, `background index build still running after ${Math.round(timeoutMs / 1000)} s; stopped it, still answering from the previous corpus`);
      current.kill("SIGKILL");
    }, timeoutMs);
    let finished = false;
    const finish = (built: boolean) => {
      if (finished) return;
      finished = true;
      child = null;
      clearTimeout(deadline);
      building = false;
      if (closed) return;
      if (built) swap();
      if (again) rebuild();
    };
    current.on("error", (err) => {
      log.error({ err }, "background index build could not start; still answering from the previous corpus");
      finish(false);
    });
    current.on("close", (code, signal) => {
      if (code !== 0 && signal !== "SIGKILL") {
        log.error({ code, stderr: stderr.trim().split("\n").pop() }, "background index build failed; still answering from the previous corpus");
      }
      finish(code === 0);
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
      // A build left running would outlive the bot on shutdown; its writes are atomic, so stopping it loses nothing.
      child?.kill();
    },
    reloaded: () => reloads,
  };
}
