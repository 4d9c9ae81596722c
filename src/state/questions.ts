import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { messageOf } from "../errors.js";
import type { Logger } from "../log.js";

/** One asked question, as logged: no tokens, no secrets. */
export interface QuestionRecord {
  id: string;
  at: string;
  day: string;
  platform: string;
  channel?: string;
  question: string;
  answered: boolean;
  docs: string[];
  feedback: { helpful: number; notHelpful: number };
}

type Line = { type: "question"; record: Omit<QuestionRecord, "feedback"> } | { type: "feedback"; id: string; user: string; helpful: boolean; at: string };

/**
 * The question log: every question and every feedback vote appended as one JSON line under DATA_DIR,
 * so a crash loses at most the line being written. On start the log is read back; lines that cannot
 * be read (a torn last line) are reported and kept aside in questions.jsonl.corrupt, never dropped.
 */
export class QuestionLog {
  private readonly records = new Map<string, QuestionRecord>();
  private readonly votes = new Map<string, Map<string, boolean>>();
  private readonly file: string | null;

  constructor(dataDir: string | null, private readonly log: Logger) {
    this.file = dataDir ? join(dataDir, "questions.jsonl") : null;
    if (this.file && existsSync(this.file)) this.load(this.file);
  }

  private load(file: string): void {
    const bad: string[] = [];
    for (const raw of readFileSync(file, "utf8").split("\n")) {
      if (!raw.trim()) continue;
      try {
        this.apply(JSON.parse(raw) as Line);
      } catch {
        bad.push(raw);
      }
    }
    if (bad.length) {
      const aside = `${file}.corrupt`;
      appendFileSync(aside, bad.join("\n") + "\n");
      const good = [...this.records.values()].map((r) => this.lines(r)).flat();
      writeFileSync(file, good.map((l) => JSON.stringify(l) + "\n").join(""));
      this.log.error({ file, aside, lines: bad.length }, `question log: ${bad.length} unreadable line(s) kept aside in ${aside}`);
    }
  }

  /** The lines that reproduce one record (its question, then its current votes). */
  private lines(r: QuestionRecord): Line[] {
    const { feedback: _feedback, ...record } = r;
    const votes = [...(this.votes.get(r.id) ?? new Map())].map(([user, helpful]) => ({ type: "feedback" as const, id: r.id, user, helpful, at: r.at }));
    return [{ type: "question", record }, ...votes];
  }

  private apply(line: Line): void {
    if (line.type === "question") {
      this.records.set(line.record.id, { ...line.record, feedback: { helpful: 0, notHelpful: 0 } });
      return;
    }
    if (line.type !== "feedback") throw new Error("unknown line");
    const r = this.records.get(line.id);
    if (!r) return;
    const votes = this.votes.get(line.id) ?? new Map<string, boolean>();
    votes.set(line.user, line.helpful);
    this.votes.set(line.id, votes);
    const all = [...votes.values()];
    r.feedback = { helpful: all.filter(Boolean).length, notHelpful: all.filter((v) => !v).length };
  }

  /** Lines that could not be written yet (DATA_DIR unwritable, disk full): written, in order, with the next success. */
  private unwritten: Line[] = [];

  private append(line: Line): void {
    this.apply(line);
    if (!this.file) return;
    const pending = [...this.unwritten, line];
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      appendFileSync(this.file, pending.map((l) => JSON.stringify(l) + "\n").join(""));
      this.unwritten = [];
    } catch (err) {
      // Answering goes on; what could not be written stays in memory and goes out with the next write.
      this.unwritten = pending;
      this.log.error({ file: this.file, err: messageOf(err), pending: pending.length }, "question log: cannot write; check DATA_DIR (writable, free space)");
    }
  }

  add(record: Omit<QuestionRecord, "feedback">): void {
    this.append({ type: "question", record });
  }

  /** Records one person's vote (a later vote replaces theirs); false when the question is unknown. */
  vote(id: string, user: string, helpful: boolean): boolean {
    if (!this.records.has(id)) return false;
    this.append({ type: "feedback", id, user, helpful, at: new Date().toISOString() });
    return true;
  }

  get(id: string): QuestionRecord | undefined {
    return this.records.get(id);
  }

  all(): QuestionRecord[] {
    return [...this.records.values()];
  }
}
