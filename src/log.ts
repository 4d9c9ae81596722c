import pino, { type Logger } from "pino";

export type { Logger };

/** Paths pino blanks out wherever they appear, so tokens and secrets never reach a log line. */
const REDACT = [
  "token",
  "*.token",
  "*.*.token",
  "botToken",
  "appToken",
  "signingSecret",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "headers.authorization",
  "*.headers.authorization",
  "response_url",
  "*.response_url",
];

/**
 * Secrets that travel inside text rather than in a named field: interaction and webhook tokens in the
 * URLs of a failed reply's error (`/interactions/ID/TOKEN/callback`), Slack response URLs, and Slack
 * tokens quoted in an error message. Each is replaced in the written line, whatever field holds it.
 */
const SECRET_TEXT: Array<[RegExp, string]> = [
  [/(\/(?:interactions|webhooks)\/\d+\/)[\w.-]{16,}/g, "$1[redacted]"],
  [/(hooks\.slack\.com\/(?:commands|actions|services|workflows)\/)[^\s"\\]+/g, "$1[redacted]"],
  [/\bx(?:ox[abposre]|app)-[\w-]+/g, "[redacted]"],
];

/** Hides secrets written inside text (see SECRET_TEXT) in each line on its way to the destination. */
function scrubbing(destination: pino.DestinationStream): pino.DestinationStream {
  return {
    write(line: string) {
      let out = line;
      for (const [pattern, replacement] of SECRET_TEXT) out = out.replace(pattern, replacement);
      destination.write(out);
    },
  };
}

/**
 * The one logger factory: JSON lines on stderr (stdout stays clean for `ask --json`).
 *
 * @example const log = createLogger("info"); log.child({ platform: "slack" }).info("started")
 */
export function createLogger(level: string = "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" }, base: undefined }, scrubbing(destination));
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
