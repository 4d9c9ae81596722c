import { appendFileSync, mkdirSync, readFileSync, rmdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createCore } from "../../src/core.js";
import { silentLogger } from "../../src/log.js";
import { QuestionLog } from "../../src/state/questions.js";
import { CORPUS, ROOT, tempDir } from "../helpers.js";

const coreOver = (data: string) => createCore(loadConfig({}, { CORPUS_DIR: CORPUS, DATA_DIR: data, PROMPTS_DIR: join(ROOT, "prompts") }), silentLogger());

describe("the question log", () => {
  it("logs every question (platform, channel, time, answered, documents quoted) and keeps it across a restart", async () => {
    const data = tempDir();
    const core = coreOver(data);
    const r = await core.handle({ platform: "slack", user: { id: "U1", moderator: false }, channel: "C1", text: "who is Homan" });
    core.feedback(r.questionId!, "U1", true);
    const lines = readFileSync(join(data, "questions.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: "question", record: { platform: "slack", channel: "C1", question: "who is Homan", answered: true } });
    expect(lines[0].record.docs.length).toBeGreaterThan(0);
    expect(JSON.stringify(lines)).not.toMatch(/xox|token|secret/i);
    const again = coreOver(data);
    expect(again.question(r.questionId!)).toMatchObject({ question: "who is Homan", feedback: { helpful: 1, notHelpful: 0 } });
  });

  it("keeps unreadable lines aside in questions.jsonl.corrupt and loses nothing else", () => {
    const data = tempDir();
    const log = new QuestionLog(data, silentLogger());
    log.add({ id: "a", at: "2026-01-01T00:00:00Z", day: "2026-01-01", platform: "slack", question: "q1", answered: true, docs: [] });
    appendFileSync(join(data, "questions.jsonl"), '{"type":"question","rec');
    const reread = new QuestionLog(data, silentLogger());
    expect(reread.get("a")?.question).toBe("q1");
    expect(readFileSync(join(data, "questions.jsonl.corrupt"), "utf8")).toContain('{"type":"question","rec');
    reread.add({ id: "b", at: "2026-01-01T00:00:01Z", day: "2026-01-01", platform: "slack", question: "q2", answered: false, docs: [] });
    expect(new QuestionLog(data, silentLogger()).all().map((r) => r.id)).toEqual(["a", "b"]);
  });

  it("goes on answering when DATA_DIR cannot be written, and writes everything at the next success", async () => {
    const data = tempDir();
    const log = new QuestionLog(data, silentLogger());
    mkdirSync(join(data, "questions.jsonl")); // any write to the log now fails (EISDIR), even as root
    log.add({ id: "a", at: "t", day: "2026-01-01", platform: "slack", question: "q1", answered: true, docs: [] });
    expect(log.get("a")).toBeDefined();
    rmdirSync(join(data, "questions.jsonl"));
    log.add({ id: "b", at: "t", day: "2026-01-01", platform: "slack", question: "q2", answered: true, docs: [] });
    expect(new QuestionLog(data, silentLogger()).all().map((r) => r.id)).toEqual(["a", "b"]);
  });
});
