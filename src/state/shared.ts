import type { RemoteRetriever } from "../index/remote.js";
import type { DayQuestions, LoggedQuestion, QuestionRecord } from "./questions.js";

/**
 * The state every replica of the bot must agree on (CONTRACTS.md §5), as one port with two
 * implementations: in this process and under DATA_DIR (`localState`, one replica), or in PostgreSQL
 * (`postgresState`, any number of replicas on DATABASE_URL). The core and the digest schedule reach
 * shared state only through this, so the same chat tests run against both.
 */
export interface SharedState {
  /** "local" or "postgres", for logs and /readyz. */
  readonly kind: "local" | "postgres";
  /**
   * True once per scope and id for SHARED_STATE_LIMITS.eventTtlMs, whichever replica asks: a chat
   * event's id (scope: its platform; a redelivery is false), a feed poll's scheduled minute (one
   * replica polls).
   */
  claimOnce(scope: string, id: string): Promise<boolean>;
  /** Counts one request for `key` against `limit` per RATE_WINDOW; 0 when allowed, else ms until it would be. */
  takeRate(key: string, limit: number): Promise<number>;
  /** The subject a conversation's follow-ups ("what did he say?") are read against. */
  subject(conversation: string): Promise<string | undefined>;
  rememberSubject(conversation: string, subject: string): Promise<void>;
  /**
   * What a conversation is remembered by besides its subject, whichever replica its next message
   * reaches: a value (JSON) under a kind and key, for MEMORY_KINDS' time.
   */
  remember(kind: MemoryKind, key: string, value: unknown): Promise<void>;
  recall(kind: MemoryKind, key: string): Promise<unknown>;
  readonly questions: QuestionStore;
  readonly digests: DigestClaims;
  /** The passage index every replica searches, when the shared store holds one (PostgreSQL). */
  readonly passages?: RemoteRetriever;
  /** Whether the shared store answered its last use (always true for local state). */
  healthy(): boolean;
  /** Asks the shared store now (/readyz): true when it answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** The question log and its feedback votes. Writes never throw: what cannot be written now is kept and written later. */
export interface QuestionStore {
  /** Reads what is kept before requests arrive (the local log's file); a no-op where reads go to the database. */
  open(): Promise<void>;
  add(record: QuestionRecord): Promise<void>;
  /** One person's vote (a later one replaces theirs); false when the question is not known. */
  vote(id: string, user: string, helpful: boolean): Promise<boolean>;
  get(id: string): Promise<LoggedQuestion | undefined>;
  day(day: string): Promise<DayQuestions>;
  /** Answered questions asked in public on a platform and server containing `text`, most asked first. */
  popularIn(platform: string, server: string | undefined, text: string, limit: number): Promise<string[]>;
}

/**
 * Each day's digest posted once per channel: a claim taken before posting, exactly one taker whatever
 * the number of triggers and replicas; released when the post fails, marked posted when it went out.
 */
export interface DigestClaims {
  claim(platform: string, channel: string, day: string): Promise<boolean>;
  release(platform: string, channel: string, day: string): Promise<void>;
  posted(platform: string, channel: string, day: string): Promise<void>;
  /** The latest day posted to a channel, or null. */
  lastPosted(platform: string, channel: string): Promise<string | null>;
}

/**
 * The kinds of conversation memory, and how many of each one replica keeps (locally, and while the
 * database is away); in PostgreSQL each is kept `days`.
 */
export const MEMORY_KINDS = {
  /** Slack threads the bot answered in ("C1:1767000100.000100"): replies there need no new mention. */
  thread: { local: 5_000, days: 7 },
  /** The bot's Discord replies (message id → conversation), so a reply to one continues its conversation. */
  reply: { local: 5_000, days: 7 },
  /** Answers shown to the asker alone that they may still post to the channel (a few KB each). */
  held_answer: { local: 1_000, days: 7 },
} as const;

export type MemoryKind = keyof typeof MEMORY_KINDS;

/** How long shared state remembers what it dedupes and counts. */
export const SHARED_STATE_LIMITS = {
  /** A redelivered event id is recognised this long (Slack retries within minutes; Discord ids are unique). */
  eventTtlMs: 60 * 60_000,
  /** The window the per-user and per-channel rate limits count requests in. */
  rateWindowMs: 60_000,
  /** Event ids remembered by a single replica (and by a replica while the database is away). */
  localEvents: 5_000,
  /** Conversations whose follow-up subject is remembered by a single replica. */
  localSubjects: 500,
  /** A conversation's subject is forgotten this long after it was last set (database only; locally the oldest go first). */
  subjectTtlMs: 24 * 60 * 60_000,
};
