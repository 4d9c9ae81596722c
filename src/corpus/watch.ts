import { spawn } from "node:child_process";
import { watch, type FSWatcher } from "node:fs";
import type { Core } from "../core.js";
import { SanctuaryError } from "../errors.js";
import type { Logger } from "../log.js";

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

/** A build under way: whether it saved an index for the articles it read, and how to stop it. */
export interface RunningBuild {
  finished: Promise<boolean>;
  stop(): void;
}

/** Starts one build of the index from the corpus as it is now. */
export type Rebuild = () => RunningBuild;

export interface WatchOptions {
  /** How to build: the composition root gives `buildInChildProcess` with the `sanctuary index` command. */
  rebuild: Rebuild;
  debounceMs?: number;
  /** Told once the folder has been quiet for debounceMs after a change (the corpus mirror publishes it to the other replicas). */
  onChange?: () => void;
}

/**
 * A rebuild that runs a command (argv) in a process of its own, so the one answering is never blocked:
 * it has built when the command exits 0. One still running after `timeoutMs` is killed (a FIFO or a
 * hung network disk in the corpus would otherwise hold it forever). Knows nothing of what it runs.
 */
export function buildInChildProcess(argv: string[], log: Logger, timeoutMs = BACKGROUND_BUILD.timeoutMs): Rebuild {
  const [program, ...args] = argv;
  return () => {
    const child = spawn(program, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4096)));
    const finished = new Promise<boolean>((resolve) => {
      const deadline = setTimeout(() => {
        log.error({ timeoutMs }, `background index build still running after ${Math.round(timeoutMs / 1000)} s; stopped it, still answering from the previous corpus`);
        child.kill("SIGKILL");
      }, timeoutMs);
      child.on("error", (err) => {
        clearTimeout(deadline);
        log.error({ err }, "background index build could not start; still answering from the previous corpus");
        resolve(false);
      });
      child.on("close", (code, signal) => {
        clearTimeout(deadline);
        if (code !== 0 && signal !== "SIGKILL" && signal !== "SIGTERM") {
          log.error({ code, stderr: stderr.trim().split("\n").pop() }, "background index build failed; still answering from the previous corpus");
        }
        resolve(code === 0);
      });
    });
    // A build left running would outlive the bot on shutdown; its writes are atomic, so stopping it loses nothing.
    return { finished, stop: () => void child.kill() };
  };
}

/**
 * Reloads the corpus shortly after any file under CORPUS_DIR changes, so an added article is answered
 * from within seconds, with no restart. The index is built by `options.rebuild` (elsewhere, while this
 * process goes on answering); the swap only reads back what that build saved, so it never blocks
 * answers for longer than a load. When the articles changed while the build ran, the swap waits for
 * the next build instead of building here. A bad file is reported and left out.
 */
export function watchCorpus(core: Core, dir: string, log: Logger, options: WatchOptions): { close(): void; reloaded: () => number } {
  const { debounceMs = BACKGROUND_BUILD.debounceMs, rebuild: startBuild, onChange } = options;
  let timer: NodeJS.Timeout | null = null;
  let reloads = 0;
  let again = false;
  let closed = false;
  let current: RunningBuild | null = null;
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
  const changed = () => {
    onChange?.();
    rebuild();
  };
  const rebuild = () => {
    timer = null;
    if (current) {
      again = true;
      return;
    }
    again = false;
    const build = startBuild();
    current = build;
    void build.finished.then((built) => {
      current = null;
      if (closed) return;
      if (built) swap();
      if (again) rebuild();
    });
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(changed, debounceMs);
    });
    watcher.on("error", (err) => log.error({ err }, "corpus watcher failed; restart to pick up new articles"));
  } catch (err) {
    log.warn({ err }, "cannot watch the corpus; new articles need a restart");
  }
  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
      current?.stop();
    },
    reloaded: () => reloads,
  };
}
