import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { localState } from "./local.js";
import type { SharedState } from "./shared.js";

/**
 * The shared state a process runs with: PostgreSQL when DATABASE_URL is set (connected and migrated
 * before this returns, or a `database_unreachable` error), else DATA_DIR and this process's memory.
 */
export async function openState(config: Config, log: Logger): Promise<SharedState> {
  if (!config.database) return localState(config.dataDir, log);
  // pg is loaded only here: a process on DATA_DIR never pays its start-up (about 60 ms and 15 MB).
  const { postgresState } = await import("./postgres/state.js");
  const state = await postgresState(config.database, log);
  log.info({ database: new URL(config.database.url).host }, "shared state in PostgreSQL");
  return state;
}
