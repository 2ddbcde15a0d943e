// The staff side of a handover over the Bot Framework connector: the request card as a new post in the queue channel,
// updated in place, and messages in its thread. Uses the same CloudAdapter (and credentials) as /api/messages.
import { ActivityTypes, type ConversationReference, type TurnContext } from 'botbuilder';
import type { HandoverQueue, HandoverTicket, RelayMessage, StaffChannel } from '../../bot/handover/ports.js';
import { asActivity } from '../../bot/handover/handover.js';
import { ADAPTIVE_CARD } from '../../dialogs/ui/card-kit.js';
import type { TeamsAdapter } from './teams-route.js';

export interface TeamsStaffChannelDeps {
  adapter: TeamsAdapter;
  /** MicrosoftAppId ('' in local development mode, where the connector needs no token). */
  appId: string;
}

/** A conversation in a Teams channel (the channel itself, or one post's thread `CHANNEL;messageid=ID`). */
function reference(serviceUrl: string, conversationId: string, tenantId: string | undefined, appId: string): Partial<ConversationReference> {
  return {
    channelId: 'msteams',
    serviceUrl,
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '', ...(tenantId ? { tenantId } : {}) },
    ...(appId ? { bot: { id: `28:${appId}`, name: 'Luotsi' } } : {}),
  };
}

export function teamsStaffChannel(deps: TeamsStaffChannelDeps): StaffChannel {
  const run = (ref: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>) =>
    deps.adapter.continueConversationAsync(deps.appId, ref, async (context) => {
      // A proactive turn's activity has an invented id; a reply to it would go nowhere. New posts and thread messages are
      // sent to the conversation itself (the channel: a new post; `CHANNEL;messageid=ID`: that post's thread).
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      await logic(context);
    });
  return {
    async postRequest(queue: HandoverQueue, card: Record<string, unknown>, summary: string): Promise<string> {
      let id = '';
      await run(reference(queue.serviceUrl, queue.channelId, queue.tenantId, deps.appId), async (context) => {
        // Posting to the channel itself starts a new post, whose thread is the conversation with the resident.
        const sent = await context.sendActivity({ type: ActivityTypes.Message, summary, attachments: [{ contentType: ADAPTIVE_CARD, content: card }] });
        id = sent?.id ?? '';
      });
      if (!id) throw new Error('Teams did not return the id of the request card');
      return id;
    },
    async updateRequest(ticket: HandoverTicket, card: Record<string, unknown>, summary: string): Promise<void> {
      const where = ticket.card;
      if (!where) return;
      await run(reference(where.serviceUrl, where.channelId, undefined, deps.appId), async (context) => {
        await context.updateActivity({ type: ActivityTypes.Message, id: where.activityId, summary, attachments: [{ contentType: ADAPTIVE_CARD, content: card }] });
      });
    },
    async postInThread(ticket: HandoverTicket, message: RelayMessage): Promise<void> {
      const where = ticket.card;
      if (!where) return;
      await run(reference(where.serviceUrl, where.threadId, undefined, deps.appId), async (context) => {
        // The resident's words are plain text in Teams: nothing they type becomes a link, a mention or markup.
        await context.sendActivity({ ...asActivity(message), textFormat: 'plain' });
      });
    },
    async typingInThread(ticket: HandoverTicket): Promise<void> {
      const where = ticket.card;
      if (!where) return;
      await run(reference(where.serviceUrl, where.threadId, undefined, deps.appId), async (context) => {
        await context.sendActivity({ type: ActivityTypes.Typing });
      });
    },
  };
}
