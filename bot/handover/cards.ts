// The handover's cards: consent and "back with Luotsi" for the resident, the request card in the staff queue channel.
import type { Attachment } from 'botbuilder';
import type { Catalogue } from '../../knowledge/contracts.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { actionSet, card, heading, safeText, submit, text } from '../../dialogs/ui/card-kit.js';
import type { ButtonDataInput } from '../../dialogs/ui/actions.js';
import type { Tr } from '../../dialogs/ui/cards.js';
import type { HandoverTicket } from './ports.js';

const TIME: Record<Lang, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
  sv: new Intl.DateTimeFormat('sv-SE', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Helsinki' }),
};
/** A time of day in Finnish time, as the reader writes it ("10.03", "10:03"). */
export const timeOf = (ms: number, lang: Lang): string => TIME[lang].format(new Date(ms));

/** What staff learn of a request: the understood situations, the municipality and the filters, in the reader's language. */
export function sharedFacts(ticket: HandoverTicket, lang: Lang, catalogue: Pick<Catalogue, 'situations' | 'municipalities'>): { situations: string; municipality?: string } {
  const situations = ticket.situations
    .map((id) => catalogue.situations.get(id as never)?.name[lang])
    .filter((n): n is string => Boolean(n))
    .join(', ');
  const place = ticket.municipality ? catalogue.municipalities.get(ticket.municipality) : undefined;
  const municipality = place ? (lang === 'sv' && place.sv ? place.sv : place.fi) : undefined;
  return { situations, ...(municipality ? { municipality } : {}) };
}

/** Before anything is shared: what staff will see, and the choice to share the typed words too. */
export function consentCard(t: Tr, shares: { situations: string; municipality?: string }, hasText: boolean): Attachment {
  const seen = [
    shares.situations ? t('handover.consent.situations', { situations: safeText(shares.situations) }) : t('handover.consent.noSituations'),
    shares.municipality ? t('handover.consent.municipality', { municipality: safeText(shares.municipality) }) : '',
  ].filter(Boolean);
  const buttons = [submit(t('handover.consent.share'), { action: 'handoffConsent', share: 'summary' })];
  if (hasText) buttons.push(submit(t('handover.consent.shareText'), { action: 'handoffConsent', share: 'text' }));
  buttons.push(submit(t('handover.consent.cancel'), { action: 'handoffCancel' }));
  return card([
    heading(t('handover.consent.title')),
    text(t('handover.consent.intro')),
    ...seen.map((line) => text(`• ${line}`, { spacing: 'Small' })),
    text(t(hasText ? 'handover.consent.textChoice' : 'handover.consent.noText'), { isSubtle: true }),
    actionSet(buttons),
  ], [], { summary: t('handover.consent.title'), lines: [t('handover.consent.intro'), ...seen, t(hasText ? 'handover.consent.textChoice' : 'handover.consent.noText')] });
}

/** A short message with buttons (cancel while waiting, end while connected, "did it help?" afterwards). */
export function messageCard(message: string, buttons: { title: string; data: ButtonDataInput }[]): Attachment {
  return card([text(message), ...(buttons.length ? [actionSet(buttons.map((b) => submit(b.title, b.data)))] : [])], [], {
    summary: message.split(/(?<=[.!?])\s/)[0] ?? message, lines: [message, buttons.length > 0 && `${buttons.map((b) => b.title).join(', ')}.`],
  });
}

export type RequestStatus =
  | { kind: 'waiting' }
  | { kind: 'active'; staffName: string; at: number }
  | { kind: 'expired'; at: number }
  | { kind: 'cancelled'; at: number }
  | { kind: 'ended'; by: NonNullable<HandoverTicket['endedBy']>; at: number };

/** The request card in the queue channel, in the queue's language; only a waiting request has the accept button. */
export function requestCard(t: Tr, lang: Lang, ticket: HandoverTicket, catalogue: Pick<Catalogue, 'situations' | 'municipalities'>, status: RequestStatus): Attachment {
  const shared = sharedFacts(ticket, lang, catalogue);
  const facts = [
    { title: t('staff:handover.request.language'), value: t(`staff:handover.languageName.${ticket.lang}`) },
    { title: t('staff:handover.request.situations'), value: safeText(shared.situations || t('staff:handover.request.none')) },
    ...(shared.municipality ? [{ title: t('staff:handover.request.municipality'), value: safeText(shared.municipality) }] : []),
    ...Object.entries(ticket.filters).map(([key, value]) => ({ title: t(`staff:handover.filter.${key}`), value: safeText(value) })),
    { title: t('staff:handover.request.at'), value: timeOf(ticket.createdAt, lang) },
  ];
  const statusLine = status.kind === 'waiting' ? t('staff:handover.status.waiting')
    : status.kind === 'active' ? t('staff:handover.status.active', { name: safeText(status.staffName), time: timeOf(status.at, lang) })
      : status.kind === 'expired' ? t('staff:handover.status.expired', { time: timeOf(status.at, lang) })
        : status.kind === 'cancelled' ? t('staff:handover.status.cancelled', { time: timeOf(status.at, lang) })
          : t(`staff:handover.status.ended.${status.by}`, { time: timeOf(status.at, lang) });
  const body = [
    heading(t('staff:handover.request.title')),
    { type: 'FactSet', facts },
    ...(ticket.sharedText ? [text(t('staff:handover.request.words')), text(`“${safeText(ticket.sharedText)}”`, { isSubtle: true, spacing: 'None' })] : []),
    text(statusLine, { weight: 'Bolder', separator: true }),
  ];
  const actions = status.kind === 'waiting' ? [submit(t('staff:handover.request.accept'), { action: 'handoffAccept', ticket: ticket.id })]
    : status.kind === 'active' ? [submit(t('staff:handover.request.end'), { action: 'handoffEnd', ticket: ticket.id })] : [];
  return card(body, actions, {
    summary: t('staff:handover.request.title'),
    lines: [...facts.map((f) => `${f.title}: ${f.value}`), ticket.sharedText, statusLine],
  });
}
