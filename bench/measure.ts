// One measurement in a process of its own, so its peak memory is its own. Prints one JSON line.
// Usage (bench/run.ts compiles it first): node dist-bench/bench/measure.js MODE CORPUS_DIR DATA_DIR QUESTIONS_JSON [DATABASE_URL [RETRIEVER]]
// MODE chat: a whole chat request through core.handle (rate counts, follow-up subject, the question
// logged), on DATA_DIR state, or on PostgreSQL state when DATABASE_URL is given, with candidates from
// RETRIEVER (default: postgres with a database).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { getHeapStatistics } from "node:v8";
import { loadConfig } from "../src/config.js";
import { createCore } from "../src/core.js";
import { loadCorpus } from "../src/corpus/load.js";
import { STOP_WORDS } from "../src/index/terms.js";
import { silentLogger } from "../src/log.js";
import { openState } from "../src/state/open.js";

const [mode, corpusDir, dataDir, questionsFile, databaseUrl, retriever] = process.argv.slice(2);
const questions: string[] = JSON.parse(readFileSync(questionsFile, "utf8"));

let peakHeap = 0;
const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 10);

function percentiles(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** One full pass to warm the JIT (not counted), then passes until at least 300 timed answers. */
async function timeQueries(run: (q: string) => unknown | Promise<unknown>) {
  for (const q of questions) await run(q);
  const times: number[] = [];
  while (times.length < 300) {
    for (const q of questions) {
      const t = performance.now();
      await run(q);
      times.push(performance.now() - t);
    }
  }
  return percentiles(times);
}

const stripStop = (q: string) => q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w)).join(" ");

async function main() {
  const out: Record<string, unknown> = { mode };
  if (mode === "sanctuary") {
    const config = loadConfig({}, { CORPUS_DIR: corpusDir, DATA_DIR: dataDir, LOG_LEVEL: "silent" });
    const t = performance.now();
    const core = createCore(config, silentLogger());
    out.startupMs = performance.now() - t;
    out.indexLoaded = core.knowledge.indexLoaded;
    out.latency = await timeQueries((q) => core.ask(q));
    out.answered = questions.filter((q) => core.ask(q).answered).length;
    const dir = join(dataDir, "index");
    out.indexBytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  } else if (mode === "chat") {
    const config = loadConfig({}, { CORPUS_DIR: corpusDir, DATA_DIR: dataDir, LOG_LEVEL: "silent", RATE_LIMIT_USER: "0", RATE_LIMIT_CHANNEL: "0", ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...(retriever ? { RETRIEVER: retriever as "memory" | "postgres" } : {}) });
    const t = performance.now();
    const state = await openState(config, silentLogger());
    const core = createCore(config, silentLogger(), { state });
    await core.readQuestionLog();
    out.startupMs = performance.now() - t;
    // The first answer waits until the passages are searchable (written to the database by the first replica).
    await core.answer(questions[0]);
    out.searchableMs = performance.now() - t;
    out.state = state.kind;
    out.retriever = config.retriever;
    let n = 0;
    out.latency = await timeQueries((text) => core.handle({ platform: "slack", user: { id: "U1", moderator: false }, channel: "C1", server: "T1", conversation: `C1:${n++ % 50}`, public: true, text }));
    await state.close();
  } else {
    const sentences = loadCorpus(corpusDir).sentences.filter((s) => !s.boilerplate);
    const t = performance.now();
    let search: (q: string) => unknown;
    // Each library loaded only in its own mode, so it adds nothing to the other rows' memory.
    if (mode === "minisearch") {
      const { default: MiniSearch } = await import("minisearch");
      const ms = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], processTerm: (w) => (STOP_WORDS.has(w.toLowerCase()) ? null : w.toLowerCase()) });
      ms.addAll(sentences.map((s) => ({ id: s.id, text: s.text })));
      search = (q) => ms.search(q).slice(0, 10);
    } else if (mode === "flexsearch") {
      const { Index } = await import("flexsearch");
      const ix = new Index({ tokenize: "strict" });
      for (const s of sentences) ix.add(s.id, s.text);
      search = (q) => ix.search(stripStop(q), { limit: 10, suggest: true });
    } else if (mode === "orama") {
      const { create, insertMultiple, search: oramaSearch } = await import("@orama/orama");
      const db = create({ schema: { text: "string" } as const });
      await insertMultiple(db, sentences.map((s) => ({ id: String(s.id), text: s.text })), 5000);
      search = (q) => oramaSearch(db, { term: stripStop(q), limit: 10 });
    } else throw new Error(`unknown mode ${mode}`);
    out.buildMs = performance.now() - t;
    out.latency = await timeQueries(search);
  }
  clearInterval(sampler);
  out.peakRssMB = process.resourceUsage().maxRSS / 1024;
  out.peakHeapMB = Math.max(peakHeap, process.memoryUsage().heapUsed) / 1e6;
  out.heapLimitMB = getHeapStatistics().heap_size_limit / 1e6;
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((err) => {
  process.stderr.write(String(err?.stack ?? err) + "\n");
  process.exit(1);
});
