import { PermissionFlagsBits, type GuildMember, type APIInteractionGuildMember } from "discord.js";
import type { Inflight } from "../inflight.js";
import type { Config } from "../../src/config.js";
import type { Core } from "../../src/core.js";
import type { Logger } from "../../src/log.js";

/** What every Discord handler needs. */
export interface DiscordDeps {
  core: Core;
  config: Config;
  log: Logger;
  /** Handlers still running: replay waits for them, shutdown lets them finish. */
  inflight: Inflight;
}

/** Moderators: Manage Server permission, or a role listed in DISCORD_MODERATOR_ROLES (by id or name). */
export function isModerator(config: Config, member: GuildMember | APIInteractionGuildMember | null): boolean {
  if (!member) return false;
  try {
    return hasModeratorRights(config, member);
  } catch {
    return false;
  }
}

function hasModeratorRights(config: Config, member: GuildMember | APIInteractionGuildMember): boolean {
  const permissions = "permissions" in member ? member.permissions : null;
  const bits = typeof permissions === "string" ? BigInt(permissions) : permissions && typeof permissions === "object" && "bitfield" in permissions ? permissions.bitfield : 0n;
  if ((bits & PermissionFlagsBits.ManageGuild) === PermissionFlagsBits.ManageGuild || (bits & PermissionFlagsBits.Administrator) === PermissionFlagsBits.Administrator) return true;
  const wanted = config.discord.moderatorRoles;
  if (!wanted.length) return false;
  const roles = member.roles;
  if (Array.isArray(roles)) return roles.some((r) => wanted.includes(r));
  return roles.cache.some((r) => wanted.includes(r.id) || wanted.includes(r.name));
}
