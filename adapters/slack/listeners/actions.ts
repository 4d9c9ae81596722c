import type { App, BlockButtonAction, RespondFn } from "@slack/bolt";
import { ACTION_HELPFUL, ACTION_NOT_HELPFUL, ACTION_POST, renderNotice } from "../render.js";
import type { SlackDeps } from "../deps.js";
import { deliverSlack } from "../deliver.js";

/** Where an interaction came from, as far as telling its person something privately goes. */
interface Clicked {
  respond?: RespondFn;
  channel?: string;
  user: string;
  thread_ts?: string;
}

/**
 * A private notice to whoever clicked: through the interaction's response_url when it has one, else
 * `chat.postEphemeral` where it was clicked. A click in a modal or App Home has neither; it was
 * acknowledged and there is nowhere private to say more.
 */
async function tellClicker(client: App["client"], where: Clicked, text: string): Promise<void> {
  const notice = renderNotice(text);
  if (where.respond) await where.respond({ response_type: "ephemeral", replace_original: false, ...notice });
  else if (where.channel) await client.chat.postEphemeral({ channel: where.channel, user: where.user, ...(where.thread_ts ? { thread_ts: where.thread_ts } : {}), ...notice });
}

/** The channel and thread of a block action's message, when it was on a message. */
function placeOf(body: BlockButtonAction): { channel?: string; thread_ts?: string } {
  const thread = body.container?.thread_ts ?? body.message?.thread_ts;
  return { channel: body.channel?.id ?? body.container?.channel_id, thread_ts: typeof thread === "string" ? thread : undefined };
}

/**
 * "Post to channel" posts the private answer the person saw into its conversation, saying who asked;
 * feedback buttons record a vote. Every other interaction Slack can send (another app's or an old
 * button, a shortcut, a form, a legacy attachment button, a menu's options) is acknowledged within the
 * 3 seconds, with a private notice where a person is waiting, never left to a 404.
 */
export function registerActions(app: App, deps: SlackDeps): void {
  const notMine = () => deps.core.notice("not_mine");

  app.action<BlockButtonAction>(ACTION_POST, async ({ ack, body, action, client, respond }) => {
    await ack();
    const place = placeOf(body);
    const shared = await deps.core.share(action.value ?? "", { platform: "slack", userId: body.user.id });
    const where = { respond, user: body.user.id, ...place };
    if (shared.audience === "asker" || !place.channel) {
      await tellClicker(client, where, shared.audience === "asker" ? shared.text : deps.core.notice("answer_gone"));
      return;
    }
    await deliverSlack(client, "button", { channel: place.channel, user: body.user.id, thread_ts: place.thread_ts }, shared);
    await tellClicker(client, where, deps.core.notice("shared"));
  });
  for (const [id, helpful] of [[ACTION_HELPFUL, true], [ACTION_NOT_HELPFUL, false]] as const) {
    app.action<BlockButtonAction>(id, async ({ ack, body, action, client, respond }) => {
      await ack();
      const ok = await deps.core.feedback(action.value ?? "", body.user.id, helpful);
      await tellClicker(client, { respond, user: body.user.id, ...placeOf(body) }, deps.core.notice(ok ? "feedback_recorded" : "answer_gone"));
    });
  }
  // A block element that is not one of the bot's: from an old message, another app's blocks, a modal or App Home.
  app.action<BlockButtonAction>(/.*/, async ({ ack, action, body, client, respond }) => {
    if ([ACTION_POST, ACTION_HELPFUL, ACTION_NOT_HELPFUL].includes(action.action_id)) return;
    await ack();
    await tellClicker(client, { respond, user: body.user.id, ...placeOf(body) }, notMine());
  });
  // A legacy attachment button: its person is waiting; a legacy dialog's submission only needs closing.
  app.action({ type: "interactive_message", callback_id: /.*/ }, async ({ ack, body, client, respond }) => {
    await ack();
    await tellClicker(client, { respond, user: body.user.id, channel: body.channel?.id }, notMine());
  });
  app.action({ type: "dialog_submission", callback_id: /.*/ }, async ({ ack }) => void (await ack()));
  // A shortcut from an older manifest: a message shortcut can answer through its response_url; a global one only in a modal.
  app.shortcut(/.*/, async ({ ack, shortcut, client, respond }) => {
    await ack();
    if (shortcut.type === "message_action") {
      await tellClicker(client, { respond, user: shortcut.user.id, channel: shortcut.channel.id }, notMine());
      return;
    }
    const { blocks } = renderNotice(notMine());
    await client.views.open({ trigger_id: shortcut.trigger_id, view: { type: "modal", title: { type: "plain_text", text: "Sanctuary" }, blocks: blocks as never } });
  });
  // A form the bot did not open (it opens none): submitting closes it; closing needs nothing.
  app.view(/.*/, async ({ ack }) => void (await ack()));
  app.view({ type: "view_closed", callback_id: /.*/ }, async ({ ack }) => void (await ack()));
  // Options for an external select the bot did not define: none.
  app.options(/.*/, async ({ ack }) => void (await ack({ options: [] })));
}
