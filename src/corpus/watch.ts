import { watch, type FSWatcher } from "node:fs";
import type { Core } from "../core.js";
import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";

/**
 * Reloads the corpus shortly after any file under CORPUS_DIR changes, so an added article is answered
 * from within seconds, with no restart. A bad file is reported and left out; answers go on meanwhile.
 */
export function watchCorpus(core: Core, dir: string, log: Logger, debounceMs = 500): { close(): void; reloaded: () => number } {
  let timer: NodeJS.Timeout | null = null;
  let reloads = 0;
  const reload = () => {
    timer = null;
    try {
      const { documents, problems } = core.reload();
      reloads++;
      log.info({ documents, problems: problems.length }, "corpus reloaded");
    } catch (err) {
      log.error({ err: messageOf(err) }, "corpus reload failed; still answering from the previous corpus");
    }
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(reload, debounceMs);
    });
    watcher.on("error", (err) => log.error({ err: messageOf(err) }, "corpus watcher failed; restart to pick up new articles"));
  } catch (err) {
    log.warn({ err: messageOf(err) }, "cannot watch the corpus; new articles need a restart");
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
    reloaded: () => reloads,
  };
}
