import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { Cron } from "croner";
import { z } from "zod";
import { SanctuaryError } from "./errors.js";

const list = z
  .string()
  .optional()
  .transform((s) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean));
const optionalText = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

const isTimeZone = (tz: string): boolean => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const isCron = (pattern: string): boolean => {
  try {
    new Cron(pattern, { paused: true }).stop();
    return true;
  } catch {
    return false;
  }
};

const isPostgresUrl = (s: string): boolean => {
  try {
    return /^postgres(?:ql)?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

const isHttpUrl = (s: string): boolean => {
  try {
    return /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};

/** Names the bot to the sites it reads; its first word is the token robots.txt rules are matched against. */
const DEFAULT_USER_AGENT = "SanctuaryBot/0.1 (a news question-answering bot that quotes its sources)";

const schema = z
  .object({
    CORPUS_DIR: z.string().default("./corpus"),
    DATA_DIR: z.string().default("./data"),
    PROMPTS_DIR: z.string().default("./prompts"),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    ANSWER_VISIBILITY: z.enum(["private", "public"]).default("private"),
    MAX_QUESTION_LENGTH: z.coerce.number().int().min(10).max(10000).default(2000),
    RATE_LIMIT_USER: z.coerce.number().int().min(0).default(20),
    RATE_LIMIT_CHANNEL: z.coerce.number().int().min(0).default(60),
    SLACK_BOT_TOKEN: optionalText,
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText,
    SLACK_MODERATORS: list,
    SLACK_DIGEST_CHANNEL: optionalText,
    SLACK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText,
    DISCORD_GUILD_ID: optionalText,
    DISCORD_MODERATOR_ROLES: list,
    DISCORD_DIGEST_CHANNEL: optionalText,
    DIGEST_TIMEZONE: z.string().default("UTC").refine(isTimeZone, {
      message: "not an IANA time zone; use a name such as UTC or America/Los_Angeles",
    }),
    DIGEST_QUOTE_QUESTIONS: z.enum(["true", "false"]).default("true"),
    DIGEST_CRON: z.string().default("0 9 * * *").refine(isCron, {
      message: "not a cron pattern; use five fields (minute hour day month weekday), such as 0 9 * * * for 09:00 daily",
    }),
    FEEDS: list.refine((urls) => urls.every(isHttpUrl), {
      message: "every entry must be an http(s) URL of an RSS, Atom or JSON feed, comma-separated",
    }),
    FEED_CRON: z.string().default("*/15 * * * *").refine(isCron, {
      message: "not a cron pattern; use five fields, such as */15 * * * * for every 15 minutes",
    }),
    INGEST_ALLOW_PRIVATE: z.enum(["0", "1", "true", "false"]).default("0"),
    INGEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
    INGEST_MAX_BYTES: z.coerce.number().int().min(10_000).max(100_000_000).default(10_000_000),
    INGEST_HOST_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1_000),
    INGEST_USER_AGENT: z.string().trim().min(3).default(DEFAULT_USER_AGENT),
    DATABASE_URL: optionalText.refine((u) => u === undefined || isPostgresUrl(u), {
      message: "not a PostgreSQL connection string; write postgres://USER:PASSWORD@HOST:5432/DATABASE",
    }),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5_000),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    DATABASE_CONNECT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(3),
    DATABASE_RETRY_MS: z.coerce.number().int().min(50).max(600_000).default(2_000),
    RETRIEVER: z.enum(["memory", "postgres"]).optional(),
  });

/** Settings that are valid alone but not together; checked even when a field is invalid, so all are listed. */
function combinationProblems(env: Record<string, string | undefined>): string[] {
  const has = (k: string) => Boolean(env[k]?.trim());
  const out: string[] = [];
  const need = (when: boolean, key: string, message: string) => {
    if (when) out.push(`${key}: ${message}`);
  };
  need(has("SLACK_APP_TOKEN") && !has("SLACK_BOT_TOKEN"), "SLACK_BOT_TOKEN", "required with SLACK_APP_TOKEN (Socket Mode needs both the xapp- and the xoxb- token)");
  need(has("SLACK_BOT_TOKEN") && !has("SLACK_APP_TOKEN") && !has("SLACK_SIGNING_SECRET"), "SLACK_SIGNING_SECRET", "required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
  need(has("SLACK_SIGNING_SECRET") && !has("SLACK_BOT_TOKEN"), "SLACK_BOT_TOKEN", "required with SLACK_SIGNING_SECRET (the xoxb- bot token from OAuth & Permissions)");
  need(has("SLACK_APP_TOKEN") && !env.SLACK_APP_TOKEN!.trim().startsWith("xapp-"), "SLACK_APP_TOKEN", "must be an app-level token starting with xapp- (Basic Information → App-Level Tokens)");
  need(env.RETRIEVER?.trim() === "postgres" && !has("DATABASE_URL"), "RETRIEVER", "postgres needs DATABASE_URL (the database that holds the passages); set it, or RETRIEVER=memory")
  need(has("DISCORD_TOKEN") && !has("DISCORD_APPLICATION_ID"), "DISCORD_APPLICATION_ID", "required with DISCORD_TOKEN (General Information → Application ID)");
  need(has("DISCORD_APPLICATION_ID") && !/^\d{15,22}$/.test(env.DISCORD_APPLICATION_ID!.trim()), "DISCORD_APPLICATION_ID", `must be a numeric snowflake id, got "${env.DISCORD_APPLICATION_ID}"`);
  return out;
}

export type Env = z.input<typeof schema>;
type Parsed = z.output<typeof schema>;

/** Everything Sanctuary can be told, validated once at start-up. */
export interface Config {
  corpusDir: string;
  dataDir: string;
  promptsDir: string;
  logLevel: Parsed["LOG_LEVEL"];
  answerVisibility: "private" | "public";
  maxQuestionLength: number;
  /** Requests per minute allowed per person and per channel; 0 turns a limit off. */
  rateLimit: { perUser: number; perChannel: number };
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    moderators: string[];
    digestChannel?: string;
    port: number;
    /** Web API base URL; Slack's own unless set (a proxy, or a local stand-in in tests). */
    apiUrl?: string;
  };
  discord: {
    token?: string;
    applicationId?: string;
    guildId?: string;
    moderatorRoles: string[];
    digestChannel?: string;
  };
  /** quoteQuestions: whether a digest lists unanswered questions word for word (never those asked in DMs). */
  digest: { timeZone: string; cron: string; quoteQuestions: boolean };
  /** Articles from the web: the feeds polled on `feedCron`, and how pages are fetched. */
  ingest: {
    feeds: string[];
    feedCron: string;
    allowPrivate: boolean;
    timeoutMs: number;
    maxBytes: number;
    hostDelayMs: number;
    userAgent: string;
  };
  /**
   * PostgreSQL shared by every replica (CONTRACTS.md §5); unset: one replica, state under DATA_DIR.
   * connectAttempts tries at start-up, retryMs apart; retryMs is also how often a database lost while
   * running is tried again.
   */
  database?: { url: string; poolMax: number; connectTimeoutMs: number; statementTimeoutMs: number; connectAttempts: number; retryMs: number };
  /**
   * Where a bot's answers find their candidate passages: PostgreSQL full-text search (the default with
   * DATABASE_URL; no passage index in the replica's memory) or an in-memory passage index.
   */
  retriever: "memory" | "postgres";
}

/**
 * The environment with the settings of a `.env` file beneath it, when there is one: Node's own parser
 * (as `process.loadEnvFile` and `node --env-file` read it), and a variable set in the environment wins
 * over the file, so a deployment can override what a checkout keeps.
 */
export function withEnvFile(env: Record<string, string | undefined>, file = ".env"): Record<string, string | undefined> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return env;
    throw new SanctuaryError("config_invalid", `cannot read ${resolve(file)} (${(err as Error).message}); fix its permissions or remove it`);
  }
  return { ...parseEnv(text), ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) };
}

/**
 * Parses the environment (with `.env` beneath it, and command-line overrides above) into a Config,
 * listing every problem at once.
 *
 * @example const config = loadConfig(process.env, { CORPUS_DIR: "./corpus" })
 */
export function loadConfig(env: Record<string, string | undefined> = withEnvFile(process.env), overrides: Env = {}): Config {
  const merged: Record<string, string | undefined> = { ...pickKnown(env) };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) merged[k] = String(v);
  const result = schema.safeParse(merged);
  const lines = [
    ...(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".") || "environment"}: ${i.message}`)),
    ...combinationProblems(merged),
  ];
  if (!result.success || lines.length) {
    throw new SanctuaryError("config_invalid", `invalid settings (see .env.example): ${lines.join("; ")}`);
  }
  const e = result.data;
  return {
    corpusDir: resolve(e.CORPUS_DIR),
    dataDir: resolve(e.DATA_DIR),
    promptsDir: resolve(e.PROMPTS_DIR),
    logLevel: e.LOG_LEVEL,
    answerVisibility: e.ANSWER_VISIBILITY,
    maxQuestionLength: e.MAX_QUESTION_LENGTH,
    rateLimit: { perUser: e.RATE_LIMIT_USER, perChannel: e.RATE_LIMIT_CHANNEL },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      moderators: e.SLACK_MODERATORS,
      digestChannel: e.SLACK_DIGEST_CHANNEL,
      port: e.PORT,
      apiUrl: e.SLACK_API_URL,
    },
    discord: {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      guildId: e.DISCORD_GUILD_ID,
      moderatorRoles: e.DISCORD_MODERATOR_ROLES,
      digestChannel: e.DISCORD_DIGEST_CHANNEL,
    },
    digest: { timeZone: e.DIGEST_TIMEZONE, cron: e.DIGEST_CRON, quoteQuestions: e.DIGEST_QUOTE_QUESTIONS === "true" },
    ingest: {
      feeds: e.FEEDS,
      feedCron: e.FEED_CRON,
      allowPrivate: e.INGEST_ALLOW_PRIVATE === "1" || e.INGEST_ALLOW_PRIVATE === "true",
      timeoutMs: e.INGEST_TIMEOUT_MS,
      maxBytes: e.INGEST_MAX_BYTES,
      hostDelayMs: e.INGEST_HOST_DELAY_MS,
      userAgent: e.INGEST_USER_AGENT,
    },
    database: e.DATABASE_URL
      ? {
          url: e.DATABASE_URL,
          poolMax: e.DATABASE_POOL_MAX,
          connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
          connectAttempts: e.DATABASE_CONNECT_ATTEMPTS,
          retryMs: e.DATABASE_RETRY_MS,
        }
      : undefined,
    retriever: e.RETRIEVER ?? (e.DATABASE_URL ? "postgres" : "memory"),
  };
}

function pickKnown(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const known = Object.keys(schema.shape);
  return Object.fromEntries(known.filter((k) => env[k] !== undefined && env[k] !== "").map((k) => [k, env[k]]));
}

/** Every secret in a config, so logs and tests can prove none leaks. */
export function secretsOf(config: Config): string[] {
  const dbPassword = config.database ? decodeURIComponent(new URL(config.database.url).password) : undefined;
  return [config.slack.botToken, config.slack.signingSecret, config.slack.appToken, config.discord.token, dbPassword].filter(
    (s): s is string => Boolean(s),
  );
}
