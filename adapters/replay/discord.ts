import type { Client } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";
import { createDiscordClient } from "../discord/client.js";
import type { DiscordDeps } from "../discord/deps.js";
import type { Recorder } from "./recorder.js";

interface MessageData {
  guild_id?: string;
  channel_id: string;
  channel_type?: number;
}

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
    else {
      this.seedGuild(data as MessageData);
      actions.MessageCreate.handle(data);
    }
    await new Promise((r) => setImmediate(r));
    await this.deps!.inflight.idle;
  }

  /**
   * A live client learns its guilds and channels from GUILD_CREATE at login; a replay has no gateway,
   * so the guild and channel a recorded message names are added to the caches as GUILD_CREATE would.
   */
  private seedGuild(data: MessageData): void {
    const client = this.client as unknown as { guilds: { cache: Map<string, unknown>; _add(d: unknown): unknown } };
    if (!data.guild_id || client.guilds.cache.has(data.guild_id)) return;
    client.guilds._add({
      id: data.guild_id,
      name: "replay",
      owner_id: "0",
      roles: [{ id: data.guild_id, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      channels: [{ id: data.channel_id, type: data.channel_type ?? 0, name: "replay", guild_id: data.guild_id, position: 0, permission_overwrites: [] }],
      members: [],
      emojis: [],
      stickers: [],
      features: [],
    });
  }

  async stop(): Promise<void> {
    await this.client?.destroy();
  }
}
