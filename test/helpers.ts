import { mkdtempSync, readFileSync } from "node:fs";
import { PassThrough, Readable } from "node:stream";
import { createConsoleAdapter } from "../adapters/console/console.js";
import { runCli } from "../app/main.js";
import { createServer } from "node:net";
import { expect, inject } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../src/config.js";
import { createCore, type Core } from "../src/core.js";
import { silentLogger } from "../src/log.js";
import type { ReplayOutput, ReplaySession } from "../adapters/replay/replay.js";

export const ROOT = join(import.meta.dirname, "..");
export const CORPUS = join(ROOT, "corpus");
export const FIXTURES = join(ROOT, "test", "fixtures");

/** A TCP port of 127.0.0.1 that was free a moment ago, for a server the test starts. */
export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** A fresh temporary folder. */
export function tempDir(prefix = "sanctuary-"): string {
  return mkdtempSync(join(inject("tempRoot") ?? tmpdir(), prefix));
}

/** A config over the bundled corpus with its own DATA_DIR; `env` adds or overrides settings. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: tempDir(), PROMPTS_DIR: join(ROOT, "prompts"), ...env });
}

export function testCore(env: Record<string, string> = {}): { core: Core; config: Config } {
  const config = testConfig(env);
  return { core: createCore(config, silentLogger()), config };
}

/** The lines of a recorded-events fixture. */
/** Asserts that a core declines a question, with `declined` (rule and what is missing) matching `why`. */
export function expectDeclined(core: Pick<Core, "ask">, question: string, why: RegExp): void {
  const a = core.ask(question);
  expect(a.answered).toBe(false);
  expect(a.declined).toMatch(why);
}

export function fixtureLines(platform: "slack" | "discord", name: string): string[] {
  return readFileSync(join(FIXTURES, "events", platform, name), "utf8").split("\n").filter((l) => l.trim());
}

/** The documents' texts, whitespace collapsed, for checking that quotes are verbatim. */
export function docTexts(core: Core): Map<string, string> {
  return new Map(core.knowledge.corpus.docs.map((d) => [d.id, d.text().replace(/\s+/g, " ")]));
}

/** Whether a quote (with … marking cuts) is a verbatim span of its document. */
export function isVerbatim(texts: Map<string, string>, doc: string, quote: string): boolean {
  const q = quote.replace(/^…\s*/, "").replace(/\s*…$/, "").replace(/\s+/g, " ").trim();
  return q.length > 0 && (texts.get(doc) ?? "").includes(q);
}

type Http = Extract<ReplayOutput, { kind: "http" }>;
export const httpCalls = (out: ReplayOutput[]): Http[] => out.filter((o): o is Http => o.kind === "http");
export const acks = (out: ReplayOutput[]) => out.filter((o): o is Extract<ReplayOutput, { kind: "ack" }> => o.kind === "ack");

/** Every string inside a JSON value. */
export function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

/** Replays lines in one session, in order, numbering them from 0. */
export async function replay(session: ReplaySession, lines: string[]): Promise<ReplayOutput[]> {
  const out: ReplayOutput[] = [];
  for (let i = 0; i < lines.length; i++) out.push(...(await session.send(lines[i], i)));
  return out;
}

let sharedData: string | null = null;

/**
 * Runs the command line in this process, as the executable would (same parsing, same output, same exit
 * code), with captured streams and only the settings given (nothing from this process's environment).
 * Commands share one DATA_DIR unless `env` names another, so the bundled corpus is indexed once per file.
 */
export async function cli(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  sharedData ??= tempDir();
  let out = "";
  let err = "";
  const code = await runCli(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from(options.input === undefined ? [] : [options.input]),
    env: { CORPUS_DIR: CORPUS, PROMPTS_DIR: join(ROOT, "prompts"), DATA_DIR: sharedData, ...options.env },
  });
  return { code, out, err };
}

/** Types `input` into the console chat over `core` until its end, and returns everything printed. */
export async function chatOnConsole(core: Core, input: string): Promise<string> {
  const keyboard = new PassThrough();
  const screen = new PassThrough();
  let printed = "";
  screen.on("data", (d) => (printed += d));
  const chat = createConsoleAdapter(core, keyboard, screen);
  await chat.start();
  keyboard.end(input);
  await chat.closed;
  return printed;
}
