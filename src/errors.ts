/**
 * Every failure Sanctuary reports on purpose carries a stable code, the bad value and the fix.
 *
 * @example throw new SanctuaryError("corpus_empty", `CORPUS_DIR: no .md or .txt documents in ${dir}; add articles or point --corpus at a folder that has them`)
 */
export type ErrorCode =
  | "config_invalid"
  | "corpus_missing"
  | "corpus_empty"
  | "corpus_invalid_front_matter"
  | "corpus_unreadable"
  | "corpus_no_text"
  | "corpus_text_unreadable"
  | "index_not_built"
  | "template_missing"
  | "template_unknown_field"
  | "template_invalid"
  | "cli_usage"
  | "ingest_failed"
  | "ingest_refused"
  | "ingest_fetch_failed"
  | "ingest_not_article"
  | "ingest_not_feed"
  | "state_corrupt"
  | "state_write_failed"
  | "replay_payload"
  | "slack_auth_failed"
  | "database_unreachable"
  | "database_migration_failed"
  | "search_not_deterministic";

export class SanctuaryError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SanctuaryError";
    this.code = code;
  }
}

/** The message of anything thrown, for logs and one-line error reports. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
