// Adaptive Card 1.5 builders for staff search: a compact match list with filter buttons, the client's language choice and the hand-over card.
import type { Attachment } from 'botbuilder';
import { card, text, heading, submit, type CardAction, type Element } from './card-kit.js';
import type { Catalogue } from '../knowledge/contracts.js';
import type { Activity } from '../knowledge/schema.js';
import type { Lang } from '../knowledge/vocabulary.js';
import { escapeMarkdown, languageName, type Tr } from './cards.js';

/** Card data of staff search's own buttons; `action` is outside bot/commands.ts, so only staff search reads it. */
export const STAFF_ACTION = 'staffSearch';
export type StaffOp = 'remove' | 'add' | 'setMunicipality' | 'details' | 'clientSummary' | 'clientLang' | 'persona' | 'paths';
export type FilterKey = 'municipality' | 'channel' | 'language' | 'free' | 'anonymous';


const staff = (op: StaffOp, extra: Record<string, unknown> = {}) => ({ action: STAFF_ACTION, op, ...extra });
/** Rows of at most four buttons: Teams' narrow panes cut longer rows off. */
function buttonRows(actions: CardAction[]): Element[] {
  const rows: Element[] = [];
  for (let i = 0; i < actions.length; i += 4) rows.push({ type: 'ActionSet', actions: actions.slice(i, i + 4) });
  return rows;
}

export interface PathOffer { id: string; name: string; expert: boolean }

function pathButtons(t: Tr, paths: readonly PathOffer[]): CardAction[] {
  return paths.map((p) => submit(p.expert ? t('staff:paths.expert', { name: p.name }) : p.name, staff('persona', { id: p.id })));
}

/** First contact in Teams: what to type, and the handbook's paths to show a client. */
export function staffWelcomeCard(t: Tr, paths: readonly PathOffer[]): Attachment {
  return card([
    heading(t('staff:welcome.title'), 'Large'),
    text(t('staff:welcome.intro')),
    text(t('staff:welcome.examples'), { isSubtle: true, fontType: 'Monospace' }),
    text(t('staff:paths.title'), { weight: 'Bolder', separator: true }),
    ...buttonRows(pathButtons(t, paths)),
  ]);
}

export function areaLabel(activity: Activity, lang: Lang, t: Tr, catalogue: Catalogue): string {
  const area = activity.area;
  if (area.scope === 'national') return t('area.national');
  if (area.scope === 'region') return area.regions.map((r) => t(`regions.${r}`)).join(', ');
  const names = area.municipalities.map((code) => {
    const m = catalogue.municipalities.get(code);
    return m ? (lang === 'sv' && m.sv ? m.sv : m.fi) : code;
  });
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} +${names.length - 3}` : names.join(', ');
}

/** One line per activity: title — organisation · types · area · channels · languages. */
export function staffRowText(activity: Activity, lang: Lang, t: Tr, catalogue: Catalogue): string {
  const types = activity.typeIds.slice(0, 2).map((id) => catalogue.types.get(id)?.name[lang] ?? id).join(', ');
  const parts = [
    types,
    areaLabel(activity, lang, t, catalogue),
    activity.channels.map((c) => t(`channels.${c}`)).join(', '),
    activity.languages.map((l) => languageName(l, lang)).join(', '),
  ];
  return `**${escapeMarkdown(activity.title[lang])}** — ${escapeMarkdown(activity.organisation.name)} · ${parts.map(escapeMarkdown).join(' · ')}`;
}

export interface FilterChip { key: FilterKey; label: string }
export interface AddChip { key: FilterKey; value: string | boolean; label: string }

export interface StaffResultsInput {
  query: string;
  rows: readonly Activity[];
  filters: readonly FilterChip[];
  addable: readonly AddChip[];
  municipalitySet: boolean;
  paths: readonly PathOffer[];
  /** "More like this" from a detail card: the list says whose likes these are. */
  likeTitle?: string;
}

export function staffResultsCard(t: Tr, lang: Lang, catalogue: Catalogue, input: StaffResultsInput): Attachment {
  const body: Element[] = [
    heading(input.likeTitle
      ? t('staff:results.like', { n: input.rows.length, title: escapeMarkdown(input.likeTitle) })
      : t('staff:results.title', { n: input.rows.length, query: escapeMarkdown(input.query) })),
  ];
  if (input.filters.length) {
    body.push(text(t('staff:filters.recognised'), { isSubtle: true, spacing: 'Small' }));
    body.push(...buttonRows(input.filters.map((f) => submit(t('staff:filters.remove', { label: f.label }), staff('remove', { key: f.key })))));
  } else {
    body.push(text(t('staff:filters.none'), { isSubtle: true, spacing: 'Small' }));
  }
  if (input.rows.length === 0) body.push(text(t('staff:results.none')));
  for (const a of input.rows) {
    body.push({
      type: 'ColumnSet', separator: true, spacing: 'Small',
      columns: [
        { type: 'Column', width: 'stretch', items: [text(staffRowText(a, lang, t, catalogue), { size: 'Small' })] },
        {
          type: 'Column', width: 'auto', verticalContentAlignment: 'Center',
          items: [{ type: 'ActionSet', actions: [submit(t('staff:actions.details'), staff('details', { id: a.id }))] }],
        },
      ],
    });
  }
  body.push(text(t('staff:filters.add'), { weight: 'Bolder', separator: true }));
  body.push(...buttonRows(input.addable.map((c) => submit(t('staff:filters.addOne', { label: c.label }), staff('add', { key: c.key, value: c.value })))));
  if (!input.municipalitySet) {
    body.push({
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column', width: 'stretch',
          items: [{ type: 'Input.Text', id: 'municipalityName', label: t('staff:filters.municipalityLabel'), placeholder: t('staff:filters.municipalityPlaceholder') }],
        },
        {
          type: 'Column', width: 'auto', verticalContentAlignment: 'Bottom',
          items: [{ type: 'ActionSet', actions: [submit(t('staff:filters.municipalitySet'), staff('setMunicipality'))] }],
        },
      ],
    });
  }
  const actions: CardAction[] = [];
  if (input.rows.length) actions.push(submit(t('staff:actions.clientSummary'), staff('clientSummary'), { style: 'positive' }));
  actions.push(submit(t('staff:actions.paths'), staff('paths')));
  return card(body, actions);
}

export function staffPathsCard(t: Tr, paths: readonly PathOffer[]): Attachment {
  return card([text(t('staff:paths.title'), { weight: 'Bolder' }), ...buttonRows(pathButtons(t, paths))]);
}

export const CLIENT_LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The client's language, chosen apart from the staff member's own UI language. */
export function clientLanguageCard(t: Tr, count: number): Attachment {
  return card([
    text(t('staff:client.ask', { n: count }), { weight: 'Bolder' }),
    text(t('staff:client.note'), { isSubtle: true }),
  ], CLIENT_LANGS.map((l) => submit(t(`staff:client.lang.${l}`), staff('clientLang', { lang: l }))));
}

export interface ClientSummaryInput {
  code: string;
  url: string;
  qrDataUrl: string;
  validUntil: string;
  clientLang: Lang;
  /** Titles in the client's language, as the page will show them. */
  titles: readonly string[];
}

/** The hand-over: code, QR code of the page's link, the link itself and what the page lists. */
export function clientSummaryCard(t: Tr, input: ClientSummaryInput): Attachment {
  const language = t(`staff:client.lang.${input.clientLang}`);
  return card([
    heading(t('staff:summary.title'), 'Large'),
    text(t('staff:summary.language', { language })),
    text(t('summary.code', { code: input.code }), { weight: 'Bolder', size: 'ExtraLarge' }),
    { type: 'Image', url: input.qrDataUrl, altText: t('staff:summary.qrAlt'), size: 'Medium', horizontalAlignment: 'Left' },
    text(`[${input.url}](${input.url})`, { spacing: 'None' }),
    text(t('staff:summary.validUntil', { date: input.validUntil }), { isSubtle: true, spacing: 'None' }),
    text(t('staff:summary.handOver'), { separator: true }),
    text(t('staff:summary.listed'), { weight: 'Bolder' }),
    text(input.titles.map((title) => `- ${escapeMarkdown(title)}`).join('\n'), { spacing: 'None' }),
  ], [{ type: 'Action.OpenUrl', title: t('staff:summary.open'), url: input.url }]);
}
