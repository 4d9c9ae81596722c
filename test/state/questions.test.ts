import { appendFileSync, mkdirSync, readFileSync, readdirSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { createLogger, silentLogger } from "../../src/log.js";
import { QUESTION_LOG_LIMITS, QuestionLog } from "../../src/state/questions.js";
import { CORPUS, ROOT, tempDir } from "../helpers.js";

const coreOver = (data: string) => createCore(loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") }), silentLogger());

describe("the question log", () => {
  it("logs every question (platform, channel, time, answered, documents quoted) and keeps it across a restart", async () => {
    const data = tempDir();
    const core = coreOver(data);
    const r = await core.handle({ platform: "slack", user: { id: "U1", moderator: false }, channel: "C1", text: "who is Homan" });
    await core.feedback(r.questionId!, "U1", true);
    const lines = readFileSync(join(data, "questions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: "question", record: { platform: "slack", channel: "C1", question: "who is Homan", answered: true } });
    expect(lines[0].record.docs.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/xox|token|secret/i);
    const again = coreOver(data);
    expect(await again.question(r.questionId!)).toMatchObject({ question: "who is Homan", feedback: { helpful: 1, notHelpful: 0 } });
  });

  it("leaves an unreadable line in place, reports it, and starts the next line on a line of its own", () => {
    const data = tempDir();
    const file = join(data, "questions.jsonl");
    const log = new QuestionLog(data, silentLogger());
    log.add(record("a", "q1"));
    appendFileSync(file, '{"type":"question","rec');
    const before = readFileSync(file, "utf8");
    let logged = "";
    const reread = new QuestionLog(data, createLogger("error", { write: (l: string) => void (logged += l) }));
    expect(reread.get("a")?.question).toBe("q1");
    expect(logged).toMatch(/1 unreadable line\(s\) left out/);
    expect(JSON.parse(logged).lineNumbers).toEqual([2]);
    reread.add(record("b", "q2"));
    expect(readFileSync(file, "utf8").startsWith(before)).toBe(true);
    const again = new QuestionLog(data, silentLogger());
    expect([again.get("a")?.question, again.get("b")?.question]).toEqual(["q1", "q2"]);
    expect(again.day("2026-01-01").questions).toBe(2);
  });

  it("never rewrites the file: a one-off command reading it loses nothing another process appends", () => {
    const data = tempDir();
    const file = join(data, "questions.jsonl");
    const live = new QuestionLog(data, silentLogger());
    for (let i = 0; i < 50; i++) live.add(record(`live-${i}`, `q${i}`));
    appendFileSync(file, "not json\n");
    const oneOff = new QuestionLog(data, silentLogger());
    expect(oneOff.day("2026-01-01").questions).toBe(50);
    for (let i = 50; i < 100; i++) live.add(record(`live-${i}`, `q${i}`));
    oneOff.add(record("one-off", "q"));
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(102);
    expect(new QuestionLog(data, silentLogger()).day("2026-01-01").questions).toBe(101);
  });

  it("goes on answering when DATA_DIR cannot be written, and writes what it kept (at most its limit) at the next success", () => {
    const data = tempDir();
    let logged = "";
    const log = new QuestionLog(data, createLogger("error", { write: (l: string) => void (logged += l) }), { ...QUESTION_LOG_LIMITS, unwritten: 3 });
    mkdirSync(join(data, "questions.jsonl")); // any write to the log now fails (EISDIR), even as root
    for (const id of ["a", "b", "c", "d", "e"]) log.add(record(id, `q-${id}`));
    expect(log.get("a")).toBeDefined();
    rmdirSync(join(data, "questions.jsonl"));
    log.add(record("f", "q-f"));
    const reread = new QuestionLog(data, silentLogger());
    expect(["a", "b", "c", "d", "e", "f"].filter((id) => reread.get(id))).toEqual(["d", "e", "f"]);
    expect(logged).toMatch(/3 line\(s\) were dropped while DATA_DIR could not be written/);
  });

  it("reads a large log as a stream into bounded summaries, rotates it, and reads the rotated part back", () => {
    const data = tempDir();
    const limits = { ...QUESTION_LOG_LIMITS, recentQuestions: 100, days: 3, rotateBytes: 200_000, readChunk: 4096 };
    const log = new QuestionLog(data, silentLogger(), limits);
    for (let i = 0; i < 3000; i++) {
      const day = `2026-01-0${1 + (i % 4)}`;
      log.add({ ...record(`id-${i}`, `question ${i % 7} ${"x".repeat(40)}`, day), answered: i % 2 === 0 });
      if (i % 10 === 0) log.vote(`id-${i}`, "U1", true);
    }
    const files = readdirSync(data).sort();
    expect(files.filter((f) => /^questions-\d{8}T\d{6}Z(-\d+)?\.jsonl$/.test(f)).length).toBeGreaterThan(0);
    expect(files.every((f) => f === "questions.jsonl" || /^questions-/.test(f))).toBe(true);
    const reread = new QuestionLog(data, silentLogger(), limits);
    expect(reread.get("id-0")).toBeUndefined();
    expect(reread.get("id-2999")?.question).toMatch(/^question 3 /);
    // Only the newest 3 days are kept; each holds 750 questions, half unanswered (the distinct ones listed once).
    expect(reread.day("2026-01-01").questions).toBe(0);
    expect(reread.day("2026-01-04")).toMatchObject({ questions: 750, notHelpful: 0 });
    expect(reread.day("2026-01-03").unanswered).toHaveLength(new Set(Array.from({ length: 3000 }, (_, i) => i).filter((i) => i % 4 === 2 && i % 2 === 1).map((i) => i % 7)).size);
    expect(reread.day("2026-01-03").helpful).toBe(Array.from({ length: 3000 }, (_, i) => i).filter((i) => i % 4 === 2 && i % 10 === 0).length);
  });
});

describe("suggestions from the question log", () => {
  it("keep per server only the most asked public questions, so a keystroke costs the same at 40,000 distinct questions", () => {
    const log = new QuestionLog(null, silentLogger());
    const ask = (question: string, extra: object) => log.add({ ...record(`id-${Math.random()}`, question), ...extra });
    for (let i = 0; i < 40_000; i++) ask(`what about topic ${i}`, { server: "T1", public: true });
    for (let i = 0; i < 5; i++) ask("what about the popular topic", { server: "T1", public: true });
    ask("what about my private topic", { server: "T1", public: false });
    ask("what about a topic in a DM", {});
    const started = performance.now();
    for (let i = 0; i < 20; i++) log.popularIn("slack", "T1", "what", 25);
    expect((performance.now() - started) / 20).toBeLessThan(20);
    expect(log.popularIn("slack", "T1", "topic", 3)[0]).toBe("what about the popular topic");
    expect(log.popularIn("slack", "T1", "private", 3)).toEqual([]);
    expect(log.popularIn("slack", "T1", "dm", 3)).toEqual([]);
    expect(log.popularIn("slack", "T2", "popular", 3)).toEqual([]);
    expect(log.popularIn("discord", "T1", "popular", 3)).toEqual([]);
  });
});

function record(id: string, question: string, day = "2026-01-01") {
  return { id, at: `${day}T00:00:00Z`, day, platform: "slack", question, answered: true, docs: [] };
}
