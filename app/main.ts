import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { renderPlain, sourceLine } from "../adapters/console/render.js";
import { loadConfig, withEnvFile, type Config, type Env } from "../src/config.js";
import { createCore, type Core } from "../src/core.js";
import { loadKnowledge } from "../src/index/knowledge.js";
import { tooLong } from "../src/chat/preconditions.js";
import type { Answer, Explained } from "../src/answers/answer.js";
import { relative } from "node:path";
import { ingestFile } from "../src/corpus/ingest.js";
import { ingesterFor } from "../src/ingest/ingester.js";
import { progressOn } from "../src/ingest/progress.js";
import { SanctuaryError, messageOf } from "../src/errors.js";
import { createLogger } from "../src/log.js";
import { openState } from "../src/state/open.js";
import { isValidDay, parseCommand } from "../src/questions/parse.js";

const USAGE = `Usage: sanctuary [COMMAND] [OPTIONS]

Answers questions about a corpus of news articles, quoting its sources word for word.

Commands:
  (none)                      run the bot: Slack and/or Discord when configured, else a console chat
  ask [QUESTION] [--json] [--explain]
                              answer one question; with no QUESTION, answer each line of stdin
                              (help and digest [YYYY-MM-DD] read as in chat); with DATABASE_URL,
                              passages are searched where the bot searches them (RETRIEVER)
  digest [--date YYYY-MM-DD] [--json]
                              the digest of a day (default: today in DIGEST_TIMEZONE)
  ingest FILE_OR_URL...       add articles to the corpus: .txt or .md files (front-matter inferred), or
                              http(s) links to article pages (text and metadata read from the page)
  poll                        read the feeds in FEEDS once and add each new article
  index                       build and save the index (the bot runs this when the corpus changes)
  replay FILE                 replay recorded Slack/Discord events through the real adapters
  discord-register            register the /sanctuary command with Discord
  help                        this text

Options:
  --corpus DIR                the articles (else CORPUS_DIR, else ./corpus)
  --data DIR                  saved index and state (else DATA_DIR, else ./data)
  --json                      one JSON object per answer, on one line
  --explain                   with ask: every ranking feature of the top passages, and the total
  -h, --help                  this text

Examples:
  sanctuary ask "who is Homan"
  echo "who is the attorney general" | sanctuary ask --json
  sanctuary digest --date 2018-01-18
  sanctuary ingest https://www.example.com/news/2018/01/18/article.html
  FEEDS=https://www.example.com/rss sanctuary poll
`;

class UsageError extends SanctuaryError {
  constructor(message: string) {
    super("cli_usage", `${message}; run "sanctuary --help" for usage`);
  }
}

/** Where a run of the command line reads and writes; the process's own streams unless a test gives others. */
export interface CliIO {
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream;
  /** The environment; unset: the process's, with `.env` beneath it (config.ts reads it). */
  env?: Record<string, string | undefined>;
}

type Output = { write(text: string): unknown; isTTY?: boolean; columns?: number };

/** The process's own streams, read when a command runs: touching `process.stdin` at import would open it. */
const PROCESS_IO: CliIO = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
};

/**
 * Runs the command line and returns its exit code, printing a failure as one line on stderr: 2 for a
 * usage error, 1 for anything else. Importing this module runs nothing; the executable, `app/sanctuary.mjs`, calls this.
 *
 * @example process.exitCode = await runCli(["ask", "who is Homan"])
 */
export async function runCli(argv: string[], io: CliIO = PROCESS_IO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (err) {
    io.stderr.write(`sanctuary: ${err instanceof SanctuaryError ? err.message : ((err as Error)?.stack ?? String(err))}\n`);
    return err instanceof SanctuaryError && err.code === "cli_usage" ? 2 : 1;
  }
}

/** Runs the command line; returns the exit code, throws a SanctuaryError for bad input. */
export async function main(argv: string[], io: CliIO = PROCESS_IO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: "string" },
        data: { type: "string" },
        json: { type: "boolean", default: false },
        explain: { type: "boolean", default: false },
        date: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    throw new UsageError(messageOf(err).replace(/\. To specify.*$/, ""));
  }
  const { values, positionals } = parsed;
  const [command = "", ...rest] = positionals;
  if (values.help || command === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  const overrides: Env = { CORPUS_DIR: values.corpus, DATA_DIR: values.data };
  const config = loadConfig(io.env ? withEnvFile(io.env) : undefined, overrides);
  const consoleChat = command === "" && !config.slack.botToken && !config.discord.token;
  const quiet = consoleChat || ["ask", "digest", "ingest", "poll", "replay", "index"].includes(command);
  const log = createLogger(config.logLevel ?? (quiet ? "warn" : "info"), io === PROCESS_IO ? undefined : { write: (line: string) => io.stderr.write(line) });

  switch (command) {
    case "ask":
      return ask(config, rest, { json: values.json, explain: values.explain }, log, io);
    case "digest": {
      if (rest.length) throw new UsageError(`digest: unexpected "${rest.join(" ")}" (the date goes in --date YYYY-MM-DD)`);
      if (values.date !== undefined && !isValidDay(values.date)) throw new UsageError(`--date: "${values.date}" is not a date; write YYYY-MM-DD`);
      // The day's questions are in the shared state: PostgreSQL's when DATABASE_URL is set.
      const state = await openState(config, log);
      try {
        const digest = await createCore(config, log, { state }).digest(values.date);
        io.stdout.write(values.json ? JSON.stringify(digest) + "\n" : digest.text + "\n");
      } finally {
        await state.close();
      }
      return 0;
    }
    case "ingest":
      if (!rest.length) throw new UsageError("ingest: name at least one .txt or .md file or http(s) link");
      return ingest(config, rest, log, io);
    case "poll": {
      if (rest.length) throw new UsageError(`poll: unexpected "${rest.join(" ")}" (the feeds are read from FEEDS)`);
      if (!config.ingest.feeds.length) throw new UsageError("poll: FEEDS is empty; set FEEDS to the RSS or Atom links to follow, comma-separated");
      const progress = progressOn(io.stderr);
      const summary = await ingesterFor(config, log).poll(progress);
      progress.end();
      for (const p of summary.problems) io.stderr.write(`${p.reason}\n`);
      io.stdout.write(`polled ${summary.feeds} feed(s): ${summary.added} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.failed + summary.feedsFailed} failed\n`);
      return summary.feedsFailed === summary.feeds ? 1 : 0;
    }
    case "index": {
      // Only the index and its caches: the question log and digest state stay the running bot's alone.
      const started = performance.now();
      // With the passage index in PostgreSQL, it is written there, and none is built for memory.
      const inDatabase = Boolean(config.database) && config.retriever === "postgres";
      const kb = loadKnowledge(config, log, { passageIndex: inDatabase ? "on demand" : "now" });
      if (inDatabase) {
        const state = await openState(config, log);
        try {
          await state.passages!.prepare(kb);
        } finally {
          await state.close();
        }
      }
      const where = inDatabase ? `the passages searchable in PostgreSQL at ${new URL(config.database!.url).host}, the names saved under ${config.dataDir}` : `saved under ${config.dataDir}`;
      io.stdout.write(`indexed ${kb.corpus.docs.length} articles (${kb.corpus.problems.length} left out) in ${Math.round(performance.now() - started)} ms; ${where}\n`);
      return 0;
    }
    case "replay": {
      if (rest.length !== 1) throw new UsageError("replay: name one JSON-lines file of recorded events");
      const { replayFile } = await import("../adapters/replay/replay.js");
      await replayFile(rest[0], config, log, (line) => io.stdout.write(line + "\n"));
      return 0;
    }
    case "discord-register": {
      const { registerCommands } = await import("../adapters/discord/register.js");
      const result = await registerCommands(config);
      io.stdout.write(result + "\n");
      return 0;
    }
    case "": {
      const { runBot } = await import("./bot.js");
      await runBot(config, log);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** `ingest`: local files as before, links through the web ingester, progress on stderr. */
async function ingest(config: Config, targets: string[], log: ReturnType<typeof createLogger>, io: CliIO): Promise<number> {
  let failed = 0;
  const web = ingesterFor(config, log);
  const progress = progressOn(io.stderr);
  const isLink = (t: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(t);
  const links = targets.filter(isLink).length;
  let done = 0;
  for (const target of targets) {
    try {
      if (isLink(target)) {
        if (links > 1) progress(done++, links, target);
        const r = await web.ingestUrl(target);
        progress.end();
        const what = { added: "added", updated: "updated (the article changed at its source)", unchanged: "already held, unchanged", duplicate: "already held under another link" }[r.status];
        io.stdout.write(`${what}: ${shown(r.file)}: "${r.title}" (published: ${r.published ?? "unknown"}), ${r.sentences} sentences, ${r.url}\n`);
      } else {
        const r = ingestFile(target, config.corpusDir);
        io.stdout.write(`added ${r.target}: "${r.title}" (published: ${r.published ?? "unknown"}); check its front-matter\n`);
      }
    } catch (err) {
      progress.end();
      failed++;
      io.stderr.write(`${messageOf(err)}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** A path as the operator typed paths: relative to where they are, absolute when it is elsewhere. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

async function ask(config: Config, words: string[], mode: { json: boolean; explain: boolean }, log: ReturnType<typeof createLogger>, io: CliIO): Promise<number> {
  // With DATABASE_URL, passages are searched where the bot's replicas search them (RETRIEVER).
  const state = config.database ? await openState(config, log) : undefined;
  try {
    return await askWith(createCore(config, log, state ? { state } : {}), config, words, mode, io);
  } finally {
    await state?.close();
  }
}

async function askWith(core: Core, config: Config, words: string[], mode: { json: boolean; explain: boolean }, io: CliIO): Promise<number> {
  const print = async (line: string, oneLineOnly: boolean) => {
    const a = await answerLine(core, config, line, mode.explain);
    if (mode.json) {
      const { question, answered, intent, answer, sources, declined, explain } = a;
      return JSON.stringify({ question, answered, intent, answer, sources, ...(declined ? { declined } : {}), ...(explain ? { explain } : {}) });
    }
    const text = oneLineOnly ? oneLine(a) : renderPlain({ text: a.answer, sources: a.sources, kind: a.answered ? "answer" : "noanswer", note: core.notice("closest_passages"), answer: a });
    return a.explain ? `${text}\n${explainLines(a.explain)}` : text;
  };
  if (words.length) {
    io.stdout.write((await print(words.join(" "), false)) + "\n");
    return 0;
  }
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) io.stdout.write((await print(line, true)) + "\n");
  return 0;
}

/**
 * One line typed to `ask`, read with the chat grammar: `help` and `digest [DAY]` as in chat, a line
 * over MAX_QUESTION_LENGTH refused as in chat, anything else a question.
 */
async function answerLine(core: Core, config: Config, line: string, explain: boolean): Promise<Answer> {
  const text = line.trim();
  const reply = (intent: string, answer: string): Answer => ({ question: text.slice(0, 200), answered: false, intent: intent as Answer["intent"], answer, sources: [] });
  const refused = tooLong(text, config.maxQuestionLength, core);
  if (refused) return reply("invalid", refused.text);
  // A blank line is a question the corpus cannot answer (one output line per input line), not a request for help.
  const command = text ? parseCommand(text) : { kind: "question" as const };
  switch (command.kind) {
    case "help":
      return { ...reply("help", core.help()), answered: true };
    case "digest":
      return { ...reply("digest", (await core.digest(command.date)).text), answered: true };
    case "invalid":
      return reply("invalid", command.message);
    case "question":
      return core.answer(text, { explain });
    case "add":
      return reply("invalid", "add: in chat only; on the command line run sanctuary ingest URL");
  }
}

/** The `--explain` table of a reply: each top passage's features, weighted total and coverage. */
function explainLines(list: Explained[]): string {
  return list
    .map((e, i) => `explain [${i + 1}] total ${e.score} (coverage ${e.coverage}) ${Object.entries(e.features).filter(([, v]) => v !== 0).map(([k, v]) => `${k}=${Number(v.toFixed(3))}`).join(" ")} :: ${e.quote.slice(0, 100)}`)
    .join("\n");
}

function oneLine(a: Answer): string {
  return [a.answer.replace(/\s*\n\s*/g, " / "), ...a.sources.map((s, i) => sourceLine(s, i + 1, a.quoted?.includes(i + 1) === true))].join(" ");
}
