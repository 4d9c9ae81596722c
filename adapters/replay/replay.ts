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
 * Replays recorded chat events through the real Slack and Discord adapters, in order, and reports
 * every ack and every call the bot made. Lines that are not valid JSON or not a known event are
 * reported and skipped.
 *
 * @example await replayEvents(lines, core, config, log, (o) => console.log(JSON.stringify(o)))
 */
export async function replayEvents(lines: string[], core: Core, config: Config, log: Logger, emit: (out: ReplayOutput) => void): Promise<void> {
  const recorder = new Recorder();
  await recorder.start();
  let slack: SlackReplayDriver | null = null;
  let discord: DiscordReplayDriver | null = null;
  const botUserId = findBotUserId(lines);
  try {
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i].trim();
      if (!raw) continue;
      let line: ReplayLine;
      try {
        line = JSON.parse(raw);
      } catch (err) {
        emit({ event: i, kind: "error", message: `line ${i + 1} is not valid JSON (${messageOf(err)})` });
        continue;
      }
      const problem = problemWith(line);
      if (problem) {
        emit({ event: i, kind: "error", message: `line ${i + 1}: ${problem}` });
        continue;
      }
      recorder.take();
      try {
        if (line.platform === "slack") {
          if (!slack) {
            slack = new SlackReplayDriver(core, config, log.child({ platform: "slack" }), recorder);
            await slack.start(botUserId);
          }
          const { status, ack } = await slack.send(line.type as SlackEventKind, line.body, line.retry);
          emit({ event: i, platform: "slack", kind: "ack", status, ...(ack !== undefined ? { body: ack } : {}) });
        } else {
          if (!discord) {
            discord = new DiscordReplayDriver(core, config, log.child({ platform: "discord" }), recorder);
            await discord.start();
          }
          await discord.send(line.type as "interaction" | "message", line.body);
        }
        await recorder.settle();
      } catch (err) {
        emit({ event: i, kind: "error", message: `line ${i + 1}: ${messageOf(err)}` });
      }
      for (const call of recorder.take()) emit({ event: i, platform: line.platform, kind: "http", ...call });
    }
  } finally {
    await slack?.stop();
    await discord?.stop();
    await recorder.stop();
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
