import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { SlackDeps } from "./deps.js";

/** Message subtypes a person sends: a thread reply also sent to the channel, a message with a file, `/me`. */
const HUMAN_SUBTYPES = new Set(["thread_broadcast", "file_share", "me_message"]);

/** Slackbot's user id: its notices ("You have been removed from #…") are nobody's question. */
const SLACKBOT = "USLACKBOT";

interface InboundEvent {
  type: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  edited?: unknown;
}

/**
 * Why a message or mention is not a person asking, or null when it is: the bot itself, another bot,
 * Slackbot, an edit (Slack sends an edited mention again, with a new event id), a deletion or any
 * other subtype that is Slack speaking.
 */
export function ignoredBecause(event: InboundEvent, botUserId: string | undefined): string | null {
  if (event.type !== "message" && event.type !== "app_mention") return null;
  if (event.bot_id || event.bot_profile || event.subtype === "bot_message") return "a bot";
  if (event.user === SLACKBOT) return "Slackbot";
  if (botUserId !== undefined && event.user === botUserId) return "the bot itself";
  if (event.edited) return "an edit";
  if (event.subtype && !HUMAN_SUBTYPES.has(event.subtype)) return `subtype ${event.subtype}`;
  if (!event.user) return "no user";
  return null;
}

/**
 * The one inbound filter, a Bolt global middleware: events that are not a person asking, and events
 * Slack delivers again (a late acknowledgement), never reach a listener. Bolt has acknowledged every
 * event before middleware runs, so a dropped event still gets its 200.
 */
export function inboundFilter(deps: SlackDeps): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const envelope = body as { type?: string; event_id?: string; event?: InboundEvent };
    if (envelope.type === "event_callback" && envelope.event) {
      const why = ignoredBecause(envelope.event, context.botUserId);
      if (why) {
        deps.log.debug({ eventId: envelope.event_id, type: envelope.event.type, why }, "slack: event ignored");
        return;
      }
      if (await seenBefore(deps, envelope.event_id)) return;
    }
    await next();
  };
}

/**
 * Whether this event id was handled already, by this replica or another (Slack redelivers when an ack
 * is late, and the redelivery may reach any replica behind the load balancer).
 */
async function seenBefore(deps: SlackDeps, eventId: string | undefined): Promise<boolean> {
  if (!eventId || (await deps.core.firstDelivery("slack", eventId))) return false;
  deps.log.info({ eventId }, "slack: redelivered event ignored");
  return true;
}
