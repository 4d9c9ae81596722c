import { join } from "node:path";
import { z } from "zod";
import type { Logger } from "../log.js";
import { readCache, writeFileAtomic } from "./files.js";

/** A day's feed polls added up, for that day's digest. */
export interface DayPolls {
  polls: number;
  feeds: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

const DAY_POLLS = z.object({
  polls: z.number().int(),
  feeds: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
});

const fileOf = (dataDir: string, day: string) => join(dataDir, "ingest", "polls", `${day}.json`);

/** Adds one poll's counts to its day's (failed counts feeds and pages that could not be read). */
export function recordPoll(dataDir: string, day: string, poll: { feeds: number; feedsFailed: number; added: number; updated: number; unchanged: number; failed: number }, log: Logger): void {
  const file = fileOf(dataDir, day);
  const sum = readCache(file, DAY_POLLS, log) ?? { polls: 0, feeds: 0, added: 0, updated: 0, unchanged: 0, failed: 0 };
  writeFileAtomic(
    file,
    JSON.stringify({
      polls: sum.polls + 1,
      feeds: Math.max(sum.feeds, poll.feeds),
      added: sum.added + poll.added,
      updated: sum.updated + poll.updated,
      unchanged: sum.unchanged + poll.unchanged,
      failed: sum.failed + poll.failed + poll.feedsFailed,
    }),
  );
}

/** The day's polls, or null when none ran. */
export function pollsOn(dataDir: string, day: string, log: Logger): DayPolls | null {
  return readCache(fileOf(dataDir, day), DAY_POLLS, log);
}
