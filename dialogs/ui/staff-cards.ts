// Adaptive Card 1.5 builders for staff search: a compact match list with filter buttons, the client's language choice and the hand-over card.
import type { Attachment } from 'botbuilder';
import { card, heading, lines, link, openUrl, safeText, submit, text, type CardAction, type Element } from './card-kit.js';
import type { Catalogue } from '../../knowledge/contracts.js';
import type { Activity } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { languageName, type Tr } from './cards.js';

import { type FilterKey, STAFF_ACTION, type StaffSearchButton } from './actions.js';

// Staff search's own buttons (`action: 'staffSearch'` in ui/actions.ts) are no commands of the conversation: only staff search reads them.
export { STAFF_ACTION, type FilterKey };
export type { StaffOp } from './actions.js';
type StaffAdd = Extract<StaffSearchButton, { op: 'add' }>;
/** Rows of at most four buttons: Teams' narrow panes cut longer rows off. */
function buttonRows(actions: CardAction[]): Element[] {
  const rows: Element[] = [];
  for (let i = 0; i < actions.length; i += 4) rows.push({ type: 'ActionSet', actions: actions.slice(i, i + 4) });
  return rows;
}

export interface PathOffer { id: string; name: string; expert: boolean }

function pathButtons(t: Tr, paths: readonly PathOffer[]): CardAction[] {
  return paths.map((p) => submit(p.expert ? t('staff:paths.expert', { name: p.name }) : p.name, { action: STAFF_ACTION, op: 'persona', id: p.id }));
}

/** First contact in Teams: what to type, and the handbook's paths to show a client. */
export function staffWelcomeCard(t: Tr, paths: readonly PathOffer[]): Attachment {
  const examples = t('staff:welcome.examples').split('\n').filter(Boolean);
  const buttons = pathButtons(t, paths);
  return card([
    heading(t('staff:welcome.title'), 'Large'),
    text(t('staff:welcome.intro')),
    text(lines(examples.map(safeText)), { isSubtle: true, fontType: 'Monospace' }),
    text(t('staff:paths.title'), { weight: 'Bolder', separator: true }),
    ...buttonRows(buttons),
  ], [], {
    summary: t('staff:welcome.title'),
    lines: [t('staff:welcome.intro'), `${examples.join('; ')}.`, pathsLine(t, buttons)],
  });
}

/** "Example paths: Veera, Ville, …" for reading aloud. */
function pathsLine(t: Tr, buttons: readonly CardAction[]): string | undefined {
  return buttons.length ? `${t('staff:paths.title')} ${buttons.map((b) => String(b.title)).join(', ')}.` : undefined;
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
  return `**${safeText(activity.title[lang])}** — ${safeText(activity.organisation.name)} · ${parts.map(safeText).join(' · ')}`;
}

export interface FilterChip { key: FilterKey; label: string }
/** A filter to add, as its button's data says it (a channel, a language code, free, anonymous), with its label. */
export type AddChip = StaffAdd extends infer A ? (A extends StaffAdd ? Omit<A, 'action' | 'op'> & { label: string } : never) : never;

export interface StaffResultsInput {
  rows: readonly Activity[];
  /** The situations the search recognised, by name (never the staff member's own words, which are not echoed). */
  situations: readonly string[];
  filters: readonly FilterChip[];
  addable: readonly AddChip[];
  municipalitySet: boolean;
  paths: readonly PathOffer[];
  /** "More like this" from a detail card: the list says whose likes these are. */
  likeTitle?: string;
}

export function staffResultsCard(t: Tr, lang: Lang, catalogue: Catalogue, input: StaffResultsInput): Attachment {
  const title = input.likeTitle
    ? t('staff:results.like', { n: input.rows.length, title: input.likeTitle })
    : t('staff:results.title', { n: input.rows.length });
  const situations = input.situations.length ? t('staff:results.situations', { situations: input.situations.slice(0, 3).join(', ') }) : undefined;
  const body: Element[] = [heading(safeText(title))];
  if (situations) body.push(text(safeText(situations), { spacing: 'None' }));
  if (input.filters.length) {
    body.push(text(t('staff:filters.recognised'), { isSubtle: true, spacing: 'Small' }));
    body.push(...buttonRows(input.filters.map((f) => submit(t('staff:filters.remove', { label: f.label }), { action: STAFF_ACTION, op: 'remove', key: f.key }))));
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
          items: [{ type: 'ActionSet', actions: [submit(t('staff:actions.details'), { action: STAFF_ACTION, op: 'details', id: a.id })] }],
        },
      ],
    });
  }
  body.push(text(t('staff:filters.add'), { weight: 'Bolder', separator: true }));
  body.push(...buttonRows(input.addable.map(({ label, ...add }) => submit(t('staff:filters.addOne', { label }), { action: STAFF_ACTION, op: 'add', ...add }))));
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
          items: [{ type: 'ActionSet', actions: [submit(t('staff:filters.municipalitySet'), { action: STAFF_ACTION, op: 'setMunicipality' })] }],
        },
      ],
    });
  }
  const actions: CardAction[] = [];
  if (input.rows.length) actions.push(submit(t('staff:actions.clientSummary'), { action: STAFF_ACTION, op: 'clientSummary' }, { style: 'positive' }));
  actions.push(submit(t('staff:actions.paths'), { action: STAFF_ACTION, op: 'paths' }));
  return card(body, actions, {
    summary: title,
    lines: [
      situations,
      input.filters.length ? `${t('staff:filters.recognised')} ${input.filters.map((f) => f.label).join(', ')}.` : t('staff:filters.none'),
      input.rows.length === 0 && t('staff:results.none'),
      ...input.rows.map((a, i) => `${i + 1}. ${a.title[lang]} – ${a.organisation.name}.`),
    ],
  });
}

export function staffPathsCard(t: Tr, paths: readonly PathOffer[]): Attachment {
  const buttons = pathButtons(t, paths);
  return card([text(t('staff:paths.title'), { weight: 'Bolder' }), ...buttonRows(buttons)], [], {
    summary: t('staff:paths.title'),
    lines: [buttons.map((b) => String(b.title)).join(', ')],
  });
}

export const CLIENT_LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The client's language, chosen apart from the staff member's own UI language. */
export function clientLanguageCard(t: Tr, count: number): Attachment {
  const options = CLIENT_LANGS.map((l) => ({ lang: l, title: t(`staff:client.lang.${l}`) }));
  return card([
    text(t('staff:client.ask', { n: count }), { weight: 'Bolder' }),
    text(t('staff:client.note'), { isSubtle: true }),
  ], options.map((o) => submit(o.title, { action: STAFF_ACTION, op: 'clientLang', lang: o.lang })), {
    summary: t('staff:client.ask', { n: count }),
    lines: [`${options.map((o) => o.title).join(', ')}.`, t('staff:client.note')],
  });
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
  const code = t('summary.code', { code: input.code });
  return card([
    heading(t('staff:summary.title'), 'Large'),
    text(t('staff:summary.language', { language })),
    text(code, { weight: 'Bolder', size: 'ExtraLarge' }),
    { type: 'Image', url: input.qrDataUrl, altText: t('staff:summary.qrAlt'), size: 'Medium', horizontalAlignment: 'Left' },
    text(link(input.url, input.url), { spacing: 'None' }),
    text(t('staff:summary.validUntil', { date: input.validUntil }), { isSubtle: true, spacing: 'None' }),
    text(t('staff:summary.handOver'), { separator: true }),
    text(t('staff:summary.listed'), { weight: 'Bolder' }),
    // One title a paragraph with a bullet of its own: Teams joins lines split by a single line break.
    text(lines(input.titles.map((title) => `• ${safeText(title)}`)), { spacing: 'None' }),
  ], [openUrl(t('staff:summary.open'), input.url)], {
    summary: `${t('staff:summary.title')}: ${code}`,
    lines: [
      t('staff:summary.language', { language }),
      input.url,
      t('staff:summary.validUntil', { date: input.validUntil }),
      t('staff:summary.handOver'),
      `${t('staff:summary.listed')} ${input.titles.join('; ')}.`,
    ],
  });
}
