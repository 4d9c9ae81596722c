import { readFileSync } from "node:fs";
import type { Config } from "../../src/config.js";
import { createCore, type Core } from "../../src/core.js";
import { SanctuaryError, messageOf } from "../../src/errors.js";
import type { Logger } from "../../src/log.js";
import { DiscordReplayDriver } from "./discord.js";
import { Recorder } from "./recorder.js";
import { SlackReplayDriver, type SlackEventKind } from "./slack.js";

/** One line of a replay file (CONTRACTS.md §3). */
export interface ReplayLine {
  platform: "slack" | "discord";
  type: string;
  body: Record<string, unknown>;
  retry?: number;
}

/** One line of replay output. */
export type ReplayOutput =
  | { event: number; platform: string; kind: "ack"; status: number; body?: unknown }
  | { event: number; platform: string; kind: "http"; method: string; path: string; body: unknown }
  | { event: number; kind: "error"; message: string };

const SLACK_KINDS = new Set(["slash_command", "event", "interaction"]);
const DISCORD_KINDS = new Set(["interaction", "message"]);

/** Checks a parsed line's shape; returns why it cannot be replayed, or null. */
function problemWith(line: unknown): string | null {
  if (!line || typeof line !== "object" || Array.isArray(line)) return "a line must be a JSON object";
  const l = line as Partial<ReplayLine>;
  if (l.platform !== "slack" && l.platform !== "discord") return `unknown platform ${JSON.stringify(l.platform)}; use "slack" or "discord"`;
  const kinds = l.platform === "slack" ? SLACK_KINDS : DISCORD_KINDS;
  if (typeof l.type !== "string" || !kinds.has(l.type)) return `unknown ${l.platform} type ${JSON.stringify(l.type)}; use one of ${[...kinds].join(", ")}`;
  if (!l.body || typeof l.body !== "object" || Array.isArray(l.body)) return "body must be a JSON object";
  if (l.platform === "discord" && l.type === "interaction" && l.body.type === 3 && !l.body.message) {
    return "a Discord button click (type 3) needs the `message` it was clicked on, as the gateway sends it";
  }
  if (l.retry !== undefined && (!Number.isInteger(l.retry) || l.retry < 0)) return "retry must be a whole number";
  return null;
}

/**
 * A replay in progress: recorded chat events go, one at a time, through the real Slack and Discord
 * adapters, with every platform API served by a recorder on 127.0.0.1. Tests keep one open to feed
 * the ids the bot's own messages define back into later events (a button click on an answer).
 *
 * @example const s = await ReplaySession.open(core, config, log); const out = await s.send(line, 0)
 */
export class ReplaySession {
  private slack: SlackReplayDriver | null = null;
  private discord: DiscordReplayDriver | null = null;

  private constructor(
    private readonly core: Core,
    private readonly config: Config,
    private readonly log: Logger,
    readonly recorder: Recorder,
    private readonly botUserId: string,
  ) {}

  static async open(core: Core, config: Config, log: Logger, botUserId = "U0SAMBOT1"): Promise<ReplaySession> {
    const recorder = new Recorder();
    await recorder.start();
    return new ReplaySession(core, config, log, recorder, botUserId);
  }

  /** The Slack driver, for tests that send hand-made (unsigned, stale…) requests to the receiver. */
  async slackDriver(): Promise<SlackReplayDriver> {
    if (!this.slack) {
      this.slack = new SlackReplayDriver(this.core, this.config, this.log.child({ platform: "slack" }), this.recorder);
      await this.slack.start(this.botUserId);
    }
    return this.slack;
  }

  /** Replays one line (the `event` index is given by the caller) and returns what the bot did. */
  async send(raw: string, event: number): Promise<ReplayOutput[]> {
    const out: ReplayOutput[] = [];
    let line: ReplayLine;
    try {
      line = JSON.parse(raw);
    } catch (err) {
      return [{ event, kind: "error", message: `line ${event + 1} is not valid JSON (${messageOf(err)})` }];
    }
    const problem = problemWith(line);
    if (problem) return [{ event, kind: "error", message: `line ${event + 1}: ${problem}` }];
    this.recorder.take();
    try {
      if (line.platform === "slack") {
        const slack = await this.slackDriver();
        const { status, ack } = await slack.send(line.type as SlackEventKind, line.body, line.retry);
        out.push({ event, platform: "slack", kind: "ack", status, ...(ack !== undefined ? { body: ack } : {}) });
      } else {
        if (!this.discord) {
          this.discord = new DiscordReplayDriver(this.core, this.config, this.log.child({ platform: "discord" }), this.recorder);
          await this.discord.start();
        }
        await this.discord.send(line.type as "interaction" | "message", line.body);
      }
      await this.recorder.settle();
    } catch (err) {
      out.push({ event, kind: "error", message: `line ${event + 1}: ${messageOf(err)}` });
    }
    for (const call of this.recorder.take()) out.push({ event, platform: line.platform, kind: "http", ...call });
    return out;
  }

  async close(): Promise<void> {
    await this.slack?.stop();
    await this.discord?.stop();
    await this.recorder.stop();
  }
}

/**
 * Replays recorded chat events in order and reports every ack and every call the bot made. Lines that
 * are not valid JSON or not a known event are reported and skipped.
 */
export async function replayEvents(lines: string[], core: Core, config: Config, log: Logger, emit: (out: ReplayOutput) => void): Promise<void> {
  const session = await ReplaySession.open(core, config, log, findBotUserId(lines));
  try {
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i].trim()) continue;
      for (const o of await session.send(lines[i], i)) emit(o);
    }
  } finally {
    await session.close();
  }
}

/** The bot's own user id, as the recorded Events API envelopes name it. */
function findBotUserId(lines: string[]): string {
  for (const l of lines) {
    const m = /"authorizations"\s*:\s*\[\s*\{[^\]]*?"user_id"\s*:\s*"([A-Z0-9]+)"/.exec(l);
    if (m) return m[1];
  }
  return "U0SANCTUARY";
}

/** `sanctuary replay FILE`: reads the file and prints one JSON line per output. */
export async function replayFile(file: string, config: Config, log: Logger, print: (line: string) => void): Promise<void> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new SanctuaryError("cli_usage", `replay: cannot read ${file} (${messageOf(err)}); name a JSON-lines file of recorded events`);
  }
  const core = createCore(config, log);
  await replayEvents(text.split("\n"), core, config, log, (o) => print(JSON.stringify(o)));
}
