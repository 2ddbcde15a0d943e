// Builds and sends the resident's summary: saved activities with contacts, a stored code and the printable page's link.
import { MessageFactory, type TurnContext } from 'botbuilder';
import { summaryCard } from './ui/cards.js';
import { formatDate, session } from './session.js';
import { newSummaryCode, SUMMARY_TTL_SECONDS } from './summary-code.js';
import type { Activity } from '../knowledge/schema.js';

export { formatDate };

/** Sends the summary; returns the code, or undefined when nothing was chosen or shown yet. */
export async function sendSummary(context: TurnContext): Promise<string | undefined> {
  const s = session(context);
  // Saved activities are the resident's choice; without any, the last results shown are what they would want to keep.
  const ids = s.data.savedIds?.length ? s.data.savedIds : (s.data.shownIds ?? []);
  const activities = ids.map((id) => s.catalogue.activityById.get(id)).filter((a): a is Activity => a !== undefined);
  if (activities.length === 0) {
    await context.sendActivity(s.t('summary.empty'));
    return undefined;
  }
  const code = newSummaryCode();
  const createdAt = s.now();
  await s.summaries.put({
    code, lang: s.lang, activityIds: activities.map((a) => a.id),
    situationIds: s.data.query?.situationIds ?? [], createdAt,
  }, SUMMARY_TTL_SECONDS);
  const url = `${s.publicBaseUrl.replace(/\/+$/, '')}/summary/${code}`;
  await context.sendActivity(MessageFactory.attachment(summaryCard(s.t, s.lang, {
    activities, code, url, validUntil: formatDate(createdAt + SUMMARY_TTL_SECONDS * 1000, s.lang),
  })));
  return code;
}
