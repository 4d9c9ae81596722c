import type { Progress } from "./ingester.js";

/** Width of the bar, in characters, on a terminal. */
const BAR = 24;

/**
 * Progress of a long command on stderr: a bar redrawn in place on a terminal, one line per step when
 * the output is a file or a pipe (a log keeps every step, a terminal keeps one line).
 */
export function progressOn(stream: { write(text: string): unknown; isTTY?: boolean; columns?: number }): Progress & { end(): void } {
  const tty = stream.isTTY === true;
  let drawn = false;
  const report = ((done: number, total: number, label: string) => {
    if (tty) {
      const filled = total ? Math.round((done / total) * BAR) : BAR;
      const width = stream.columns || 80;
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${done}/${total} ${label}`;
      stream.write(`\r${line.slice(0, width - 1).padEnd(Math.min(width - 1, line.length + 10))}`);
      drawn = true;
    } else if (done < total) {
      stream.write(`[${done + 1}/${total}] ${label}\n`);
    }
  }) as Progress & { end(): void };
  report.end = () => {
    if (drawn) stream.write("\n");
    drawn = false;
  };
  return report;
}
