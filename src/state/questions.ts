import { appendFileSync, closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { SanctuaryError } from "../errors.js";
import type { Logger } from "../log.js";

/** One asked question, as logged: no tokens, no secrets. */
export interface QuestionRecord {
  id: string;
  at: string;
  day: string;
  platform: string;
  channel?: string;
  /** The workspace (Slack team) or server (Discord guild) it was asked in. */
  server?: string;
  /** Whether others in a shared channel could read the question as typed; only such questions are suggested. */
  public?: boolean;
  /** Asked in a direct message: counted in digests, never quoted. */
  direct?: boolean;
  question: string;
  answered: boolean;
  docs: string[];
}

/** A question remembered by id, with its votes so far. */
export interface LoggedQuestion {
  question: string;
  day: string;
  answered: boolean;
  feedback: { helpful: number; notHelpful: number };
}

/** What a day's digest reports of that day's questions. */
export interface DayQuestions {
  questions: number;
  /** Distinct unanswered questions, in the order first asked, at most `unansweredPerDay`; none asked in a DM. */
  unanswered: string[];
  /** Unanswered questions asked in direct messages: counted, never quoted. */
  unansweredInDirect: number;
  helpful: number;
  notHelpful: number;
}

type Line = { type: "question"; record: QuestionRecord } | { type: "feedback"; id: string; user: string; helpful: boolean; at: string };

/**
 * What the log keeps in memory, whatever its size on disk: the file itself is only ever appended to,
 * read back as a stream, and rotated.
 */
export const QUESTION_LOG_LIMITS = {
  /** Questions remembered by id for feedback and "post to channel"; an older one is "no longer available". */
  recentQuestions: 20_000,
  /** Days whose question counts, unanswered questions and feedback are kept for digests. */
  days: 400,
  /** Distinct unanswered questions listed per day. */
  unansweredPerDay: 50,
  /** Distinct public questions kept per platform and server for suggestions (the most asked stay). */
  suggestionsPerServer: 2_000,
  /** Lines held while DATA_DIR cannot be written; past this the oldest are dropped, counted and logged. */
  unwritten: 1_000,
  /** Past this size questions.jsonl is renamed questions-TIME.jsonl and a new one begun. */
  rotateBytes: 64 * 1024 * 1024,
  /** Bytes read at a time when the log is read back. */
  readChunk: 1024 * 1024,
};

const FILE = "questions.jsonl";
const ROTATED = /^questions-\d{8}T\d{6}Z(?:-\d+)?\.jsonl$/;

interface Remembered {
  question: string;
  day: string;
  answered: boolean;
  votes?: Map<string, boolean>;
}

/**
 * The question log: every question and every feedback vote appended as one JSON line under DATA_DIR,
 * so a crash loses at most the line being written, and no process ever rewrites what another wrote.
 * It is read back lazily (a command that only asks never reads it) as a stream, into bounded summaries
 * (QUESTION_LOG_LIMITS). Unreadable lines (a torn last line after a crash) are reported with their
 * line numbers and left in place; the next line written starts on a line of its own.
 */
export class QuestionLog {
  private readonly recent = new Map<string, Remembered>();
  private readonly days = new Map<string, DayQuestions>();
  private readonly popular = new Map<string, Map<string, number>>();
  private readonly file: string | null;
  private loaded = false;
  private startsLine = false;
  private unwritten: string[] = [];
  private dropped = 0;

  constructor(
    private readonly dataDir: string | null,
    private readonly log: Logger,
    private readonly limits = QUESTION_LOG_LIMITS,
  ) {
    this.file = dataDir ? join(dataDir, FILE) : null;
  }

  /** Reads the log now rather than at first use (the bot, before it takes requests). */
  open(): void {
    this.load();
  }

  add(record: QuestionRecord): void {
    this.append({ type: "question", record });
  }

  /** Records one person's vote (a later vote replaces theirs); false when the question is not remembered. */
  vote(id: string, user: string, helpful: boolean): boolean {
    this.load();
    if (!this.recent.has(id)) return false;
    this.append({ type: "feedback", id, user, helpful, at: new Date().toISOString() });
    return true;
  }

  get(id: string): LoggedQuestion | undefined {
    this.load();
    const r = this.recent.get(id);
    if (!r) return undefined;
    const votes = [...(r.votes?.values() ?? [])];
    return { question: r.question, day: r.day, answered: r.answered, feedback: { helpful: votes.filter(Boolean).length, notHelpful: votes.filter((v) => !v).length } };
  }

  /** A day's questions, unanswered questions and feedback. */
  day(day: string): DayQuestions {
    this.load();
    const d = this.days.get(day);
    return d ? { ...d, unanswered: [...d.unanswered] } : { questions: 0, unanswered: [], unansweredInDirect: 0, helpful: 0, notHelpful: 0 };
  }

  /**
   * Answered questions asked in public on one platform and server that contain `text`, most asked
   * first. Never a question asked in a DM, privately, or elsewhere.
   */
  popularIn(platform: string, server: string | undefined, text: string, limit: number): string[] {
    if (!server) return [];
    this.load();
    const asked = this.popular.get(`${platform}:${server}`);
    if (!asked) return [];
    const out: Array<[string, number]> = [];
    for (const entry of asked) if (entry[0].toLowerCase().includes(text)) out.push(entry);
    return out
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([q]) => q);
  }

  private append(line: Line): void {
    if (!this.file) this.load();
    if (this.loaded) this.apply(line);
    if (!this.file) return;
    this.unwritten.push(JSON.stringify(line) + "\n");
    if (this.unwritten.length > this.limits.unwritten) this.dropped += this.unwritten.splice(0, this.unwritten.length - this.limits.unwritten).length;
    try {
      mkdirSync(this.dataDir!, { recursive: true });
      this.rotateIfLarge(this.file);
      const lead = !this.startsLine && !endsWithNewline(this.file) ? "\n" : "";
      appendFileSync(this.file, lead + this.unwritten.join(""));
      this.startsLine = true;
      this.unwritten = [];
      if (this.dropped) {
        this.log.error({ file: this.file, lines: this.dropped }, `question log: ${this.dropped} line(s) were dropped while DATA_DIR could not be written`);
        this.dropped = 0;
      }
    } catch (err) {
      // Answering goes on; what could not be written waits (bounded) and goes out with the next write.
      // It is in memory from now on (read back with the file), so feedback and digests still see it.
      this.load();
      this.log.error({ file: this.file, err, pending: this.unwritten.length, dropped: this.dropped }, "question log: cannot write; check DATA_DIR (writable, free space)");
    }
  }

  private rotateIfLarge(file: string): void {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      return;
    }
    if (size < this.limits.rotateBytes) return;
    const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
    let target = join(this.dataDir!, `questions-${stamp}.jsonl`);
    for (let n = 1; existsSync(target); n++) target = join(this.dataDir!, `questions-${stamp}-${n}.jsonl`);
    renameSync(file, target);
    this.startsLine = true;
    this.log.info({ file, rotated: target, bytes: size }, "question log rotated");
  }

  /** Reads the rotated logs of the kept days and the current one, once, as streams. */
  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    if (!this.dataDir || !this.file) return;
    const since = Date.now() - this.limits.days * 86_400_000;
    let rotated: string[] = [];
    try {
      rotated = readdirSync(this.dataDir)
        .filter((f) => ROTATED.test(f))
        .sort()
        .map((f) => join(this.dataDir!, f))
        .filter((f) => statSync(f).mtimeMs >= since);
    } catch {
      // No DATA_DIR yet: nothing was logged.
    }
    for (const file of [...rotated, this.file]) this.readBack(file);
    // Lines written by this process before the first read are in the file (or still pending): both counted once.
    for (const raw of this.unwritten) this.apply(JSON.parse(raw) as Line);
  }

  private readBack(file: string): void {
    let fd: number;
    try {
      fd = openSync(file, "r");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") this.log.error({ file, err }, "question log: cannot read; starting without it");
      return;
    }
    const bad: number[] = [];
    let lineNo = 0;
    const take = (bytes: Buffer) => {
      lineNo++;
      const raw = bytes.toString("utf8").trim();
      if (!raw) return;
      try {
        this.apply(JSON.parse(raw) as Line);
      } catch {
        bad.push(lineNo);
      }
    };
    try {
      this.readLines(fd, take);
    } catch (err) {
      this.log.error({ file, err }, "question log: cannot read; going on with what was read");
    } finally {
      closeSync(fd);
    }
    if (bad.length) this.log.error({ file, lines: bad.length, lineNumbers: bad.slice(0, 20) }, `question log: ${bad.length} unreadable line(s) left out (and left in place)`);
  }

  /** Calls `take` with each line's bytes, reading a chunk at a time (a line may span chunks). */
  private readLines(fd: number, take: (line: Buffer) => void): void {
    const chunk = Buffer.allocUnsafe(this.limits.readChunk);
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      let data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let nl: number;
      while ((nl = data.indexOf(10)) >= 0) {
        take(data.subarray(0, nl));
        data = data.subarray(nl + 1);
      }
      carry = Buffer.from(data);
    }
    if (carry.length) take(carry);
  }

  private apply(line: Line): void {
    if (line.type === "question") {
      const r = line.record;
      if (typeof r?.id !== "string" || typeof r.question !== "string" || typeof r.day !== "string") throw new SanctuaryError("state_corrupt", "not a question record");
      this.remember(r.id, { question: r.question, day: r.day, answered: Boolean(r.answered) });
      const day = this.dayOf(r.day);
      day.questions++;
      if (!r.answered && r.direct) day.unansweredInDirect++;
      else if (!r.answered && day.unanswered.length < this.limits.unansweredPerDay && !day.unanswered.includes(r.question)) day.unanswered.push(r.question);
      if (r.answered && r.public && r.server) this.countPopular(`${r.platform}:${r.server}`, r.question);
      return;
    }
    if (line.type !== "feedback" || typeof line.id !== "string") throw new SanctuaryError("state_corrupt", "unknown line");
    const r = this.recent.get(line.id);
    if (!r) return;
    const votes = (r.votes ??= new Map());
    const before = votes.get(line.user);
    votes.set(line.user, Boolean(line.helpful));
    const day = this.days.get(r.day);
    if (!day) return;
    if (before !== undefined) day[before ? "helpful" : "notHelpful"]--;
    day[line.helpful ? "helpful" : "notHelpful"]++;
  }

  private remember(id: string, r: Remembered): void {
    this.recent.set(id, r);
    // Trimmed in batches to the newest: deleting a Map's first key one at a time leaves holes that every
    // later `keys().next()` walks over, which made reading a million-line log take half a minute.
    if (this.recent.size > this.limits.recentQuestions * 1.25) {
      const keep = [...this.recent].slice(-this.limits.recentQuestions);
      this.recent.clear();
      for (const [k, v] of keep) this.recent.set(k, v);
    }
  }

  private dayOf(key: string): DayQuestions {
    let day = this.days.get(key);
    if (!day) {
      day = { questions: 0, unanswered: [], unansweredInDirect: 0, helpful: 0, notHelpful: 0 };
      this.days.set(key, day);
      if (this.days.size > this.limits.days) {
        const oldest = [...this.days.keys()].sort()[0];
        this.days.delete(oldest);
      }
    }
    return day;
  }

  private countPopular(scope: string, question: string): void {
    let asked = this.popular.get(scope);
    if (!asked) this.popular.set(scope, (asked = new Map()));
    asked.set(question, (asked.get(question) ?? 0) + 1);
    // Pruned in batches, keeping the most asked, so the cost stays constant per question.
    if (asked.size > 2 * this.limits.suggestionsPerServer) {
      const keep = [...asked].sort((a, b) => b[1] - a[1]).slice(0, this.limits.suggestionsPerServer);
      asked.clear();
      for (const [q, n] of keep) asked.set(q, n);
    }
  }
}

/** Whether a file is empty or ends with a newline (so an appended line starts on a line of its own). */
function endsWithNewline(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return true;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 10;
  } finally {
    closeSync(fd);
  }
}
