import { ClientUser, type Client } from "discord.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import { SanctuaryError } from "../../src/errors.js";
import type { Logger } from "../../src/log.js";
import { createDiscordClient } from "../discord/client.js";
import type { DiscordDeps } from "../discord/deps.js";
import type { Recorder } from "./recorder.js";

/** The bot's user id when DISCORD_APPLICATION_ID is not set (a bot's user id is its application id). */
const REPLAY_BOT_ID = "1400000000000000001";

interface MessageData {
  guild_id?: string;
  channel_id: string;
  channel_type?: number;
}

export type DiscordEventKind = "interaction" | "message";

interface RequiredField {
  /** The field as a person fixing the payload would name it. */
  name: string;
  present(body: Record<string, unknown>): boolean;
  /** What Discord sends when there is nothing to say. */
  example: string;
}

const has = (field: string) => (b: Record<string, unknown>) => b[field] !== undefined && b[field] !== null;

/**
 * Fields the installed discord.js reads without checking, by payload kind. Payloads recorded before
 * Discord added them (older docs and fixtures) lack them, and discord.js would stop with "Cannot read
 * properties of undefined".
 */
export const DISCORD_REQUIRED_FIELDS: Record<DiscordEventKind, RequiredField[]> = {
  interaction: [
    { name: "entitlements", present: has("entitlements"), example: '"entitlements": []' },
    { name: "authorizing_integration_owners", present: has("authorizing_integration_owners"), example: '"authorizing_integration_owners": {}' },
    { name: "user or member.user", present: (b) => has("user")(b) || has("user")((b.member ?? {}) as Record<string, unknown>), example: '"user": {"id": "…", "username": "…"}' },
    { name: "data", present: (b) => b.type === 1 || has("data")(b), example: '"data": {…} (the command, component or form)' },
  ],
  message: [
    { name: "author", present: has("author"), example: '"author": {"id": "…", "username": "…"}' },
    { name: "channel_id", present: has("channel_id"), example: '"channel_id": "…"' },
  ],
};

/** Why discord.js cannot take a payload: the fields it lacks and what to add, or null. */
export function missingDiscordFields(kind: DiscordEventKind, data: unknown): string | null {
  const body = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const missing = DISCORD_REQUIRED_FIELDS[kind].filter((f) => !f.present(body));
  if (!missing.length) return null;
  return `the ${kind} lacks ${missing.map((f) => `\`${f.name}\``).join(" and ")}, which discord.js reads on every ${kind}; add ${missing.map((f) => f.example).join(", ")} as Discord sends it`;
}

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
    // A live client learns its own user from READY at login; discord.js compares each message's author with it.
    const ClientUserOf = ClientUser as unknown as new (client: Client, data: unknown) => ClientUser;
    client.user = new ClientUserOf(client, { id: this.config.discord.applicationId ?? REPLAY_BOT_ID, username: "sanctuary", discriminator: "0", avatar: null, bot: true });
    this.client = client;
    this.deps = deps;
  }

  /** Dispatches one payload and waits until the handlers it started have finished. */
  async send(kind: DiscordEventKind, data: unknown): Promise<void> {
    const missing = missingDiscordFields(kind, data);
    if (missing) throw new SanctuaryError("replay_payload", missing);
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
