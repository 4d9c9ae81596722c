import type { Client } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";
import { createDiscordClient } from "../discord/client.js";
import type { DiscordDeps } from "../discord/deps.js";
import type { Recorder } from "./recorder.js";

export type DiscordEventKind = "interaction" | "message";

/** The private action table of discord.js: what the gateway handler calls for each dispatch. */
interface GatewayActions {
  InteractionCreate: { handle(data: unknown): void };
  MessageCreate: { handle(data: unknown): void };
}

/**
 * Hands recorded gateway payloads (the `d` of INTERACTION_CREATE or MESSAGE_CREATE) to the real
 * discord.js client, as its gateway handler would, with the REST API pointed at the recorder.
 */
export class DiscordReplayDriver {
  private client: Client | null = null;
  private deps: DiscordDeps | null = null;

  constructor(
    private readonly core: Core,
    private readonly config: Config,
    private readonly log: Logger,
    private readonly recorder: Recorder,
  ) {}

  async start(): Promise<void> {
    const { client, deps } = createDiscordClient(this.core, this.config, this.log, { apiUrl: `${this.recorder.url}/api` });
    client.rest.setToken(this.config.discord.token ?? "replay-token");
    this.client = client;
    this.deps = deps;
  }

  /** Dispatches one payload and waits until the handlers it started have finished. */
  async send(kind: DiscordEventKind, data: unknown): Promise<void> {
    const actions = (this.client as unknown as { actions: GatewayActions }).actions;
    if (kind === "interaction") actions.InteractionCreate.handle(data);
    else actions.MessageCreate.handle(data);
    await new Promise((r) => setImmediate(r));
    await this.deps!.inflight.idle;
  }

  async stop(): Promise<void> {
    await this.client?.destroy();
  }
}
