// The resident's side of a handover: staff messages and the handover's notices into the web chat transcript.
import type { Lang } from '../../knowledge/vocabulary.js';
import { asActivity } from '../../bot/handover/handover.js';
import type { RelayMessage, ResidentChannel } from '../../bot/handover/ports.js';
import { LOCALE_OF } from '../../dialogs/session.js';
import type { DirectLineAdapter } from './directline-adapter.js';

export function directLineResidentChannel(adapter: Pick<DirectLineAdapter, 'deliver'>): ResidentChannel {
  return {
    deliver(conversationId: string, lang: Lang, messages: RelayMessage[], from?: { name: string }): Promise<boolean> {
      return adapter.deliver(conversationId, messages.map((m) => ({ ...asActivity(m), locale: LOCALE_OF[lang] })), from);
    },
  };
}
