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
 * The one logger factory: JSON lines on stderr (stdout stays clean for `ask --json`).
 *
 * @example const log = createLogger("info"); log.child({ platform: "slack" }).info("started")
 */
export function createLogger(level: string = "info", destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: { paths: REDACT, censor: "[redacted]" }, base: undefined }, destination);
}

/** A logger that drops everything, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
