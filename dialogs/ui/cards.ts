// Adaptive Card 1.5 builders: every card a resident sees, in their language, renderable in Web Chat and Teams, each with the text a screen reader reads.
import type { Attachment } from 'botbuilder';
import {
  actionSet, card, heading, link, lines, MAX_BUTTON_TITLE, openUrl, safeText, submit, text, toggle, type CardAction, type Element,
} from './card-kit.js';
import type { Catalogue, RankedActivity } from '../../knowledge/contracts.js';
import type { Activity } from '../../knowledge/schema.js';
import type { Lang, SituationId } from '../../knowledge/vocabulary.js';
import type { Vars } from '../i18n.js';

export type Tr = (key: string, vars?: Vars) => string;

/** Bot Framework channels reject messages much larger than this; cards stay well below. */
export const MAX_MESSAGE_BYTES = 80 * 1024;

/**
 * Catalogue or typed text made safe for a card's markdown without backslash escapes (Teams would show them):
 * markup characters become look-alikes that mean nothing to either client. Kept under its old name for callers.
 */
export const escapeMarkdown = safeText;

/** "09 2525 0111" → "tel:+358925250111"; service numbers such as 112 or 116 111 stay as they are. */
export function telUri(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('0')) return `tel:+358${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** The number that answers in the resident's language (MIELI Kriisipuhelin has one per language), else the activity's number. */
export function phoneFor(activity: Activity, lang: Lang): string | undefined {
  return activity.contact.phoneByLang?.[lang] ?? activity.contact.phone;
}

/** "https://www.mieli.fi/fi/tukea" → "mieli.fi": a link label that reads well aloud and fits a phone screen. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

const LANGUAGE_NAMES: Record<Lang, Intl.DisplayNames> = {
  fi: new Intl.DisplayNames(['fi'], { type: 'language' }),
  sv: new Intl.DisplayNames(['sv'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};
export function languageName(code: string, lang: Lang): string {
  try {
    return LANGUAGE_NAMES[lang].of(code) ?? code;
  } catch {
    return code;
  }
}

/** One formatter per language, made once: making an Intl.DateTimeFormat costs far more than formatting with it. */
const DATE_FORMATS: Record<Lang, Intl.DateTimeFormat> = {
  fi: new Intl.DateTimeFormat('fi-FI', { timeZone: 'UTC' }),
  sv: new Intl.DateTimeFormat('sv-FI', { timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};
/** "2025-11-02" → "2.11.2025" (fi, sv) or "2 November 2025" (en); the input as it is when it is no date. */
function dateText(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return DATE_FORMATS[lang].format(date);
}

export interface SituationChoice { id: SituationId; name: string }

const LANG_BUTTONS: { lang: Lang; title: string }[] = [
  { lang: 'fi', title: 'Suomeksi' }, { lang: 'sv', title: 'På svenska' }, { lang: 'en', title: 'In English' },
];

function languageButtons(current: Lang): CardAction[] {
  return LANG_BUTTONS.filter((b) => b.lang !== current).map((b) => submit(b.title, { action: 'lang', lang: b.lang }));
}

/**
 * A situation's name short enough for a button: "Päihteet, alkoholi, rahapelit (oma tai läheisen)" → "Päihteet, alkoholi,
 * rahapelit" — the parenthesis first, then the last of its listed parts, until it fits. The card's speech keeps the full name.
 */
export function buttonName(name: string): string {
  let short = name.trim();
  if (short.length > MAX_BUTTON_TITLE) short = short.replace(/\s*\([^)]*\)\s*$/, '');
  while (short.length > MAX_BUTTON_TITLE && short.includes(', ')) short = short.slice(0, short.lastIndexOf(', '));
  return short;
}

function situationButtons(choices: readonly SituationChoice[]): Element[] {
  // Rows of three keep the buttons readable on a phone and in the Teams side panel.
  const rows: Element[] = [];
  for (let i = 0; i < choices.length; i += 3) {
    rows.push(actionSet(choices.slice(i, i + 3).map((c) => submit(buttonName(c.name), { action: 'situation', id: c.id }))));
  }
  return rows;
}

const names = (choices: readonly { name: string }[]) => choices.map((c) => c.name).join(', ');

/** First contact: who Luotsi is, the privacy note, and common situations for those who would rather tap. */
export function welcomeCard(t: Tr, lang: Lang, choices: readonly SituationChoice[]): Attachment {
  return card([
    heading(t('welcome.title'), 'Large'),
    text(t('welcome.intro')),
    text(t('welcome.privacy'), { isSubtle: true, size: 'Small' }),
    text(t('welcome.ask'), { weight: 'Bolder' }),
    text(t('welcome.tapInstead'), { isSubtle: true }),
    ...situationButtons(choices),
  ], languageButtons(lang), {
    summary: t('welcome.title'),
    lines: [t('welcome.intro'), t('welcome.privacy'), t('welcome.ask'), choices.length > 0 && `${t('welcome.tapInstead')} ${names(choices)}.`],
  });
}

/** A kind answer when nothing could be understood: the same quick choices, and the languages Luotsi speaks. */
export function choicesCard(t: Tr, lang: Lang, messageKey: string, choices: readonly SituationChoice[], offerPerson = false): Attachment {
  // Not understood: a person may understand better (bot/handover).
  const person = offerPerson ? [actionSet([submit(t('actions.person'), { action: 'handoffRequest' })])] : [];
  return card([
    text(t(messageKey)),
    text(t('choices.tapInstead'), { isSubtle: true }),
    ...situationButtons(choices),
    ...person,
  ], languageButtons(lang), {
    summary: t(messageKey),
    lines: [choices.length > 0 && `${t('choices.tapInstead')} ${names(choices)}.`, offerPerson && `${t('actions.person')}.`],
  });
}

/** "This is what I understood": detected situations as checkboxes, another one to add, and a confirm button. */
export function understoodCard(
  t: Tr, detected: readonly SituationChoice[], others: readonly SituationChoice[],
): Attachment {
  return card([
    heading(t('understood.title')),
    text(t('understood.hint'), { isSubtle: true }),
    ...detected.map((s) => ({
      type: 'Input.Toggle', id: `situation:${s.id}`, title: s.name, value: 'true', valueOn: 'true', valueOff: 'false',
    })),
    {
      type: 'Input.ChoiceSet', id: 'add', style: 'compact', isMultiSelect: false, label: t('understood.addLabel'),
      placeholder: t('understood.addPlaceholder'),
      choices: others.map((s) => ({ title: s.name, value: s.id })),
    },
    text(t('understood.typeInstead'), { isSubtle: true, size: 'Small' }),
  ], [
    submit(t('understood.confirm'), { action: 'confirm' }, { style: 'positive' }),
    submit(t('actions.startOver'), { action: 'startOver' }),
  ], {
    summary: detected.length ? `${t('understood.title')}: ${names(detected)}` : t('understood.title'),
    lines: [t('understood.hint'), t('understood.typeInstead')],
  });
}

/**
 * How a clarifying question is shown, in locale keys (dialogs/questions.ts holds the questions): answers as buttons, or a
 * text field with a submit button. Every question can be skipped and answered by typing instead.
 */
export interface QuestionPrompt {
  readonly askKey: string;
  readonly options?: readonly { readonly value: string; readonly labelKey: string }[];
  readonly field?: { readonly id: string; readonly labelKey: string; readonly placeholderKey: string; readonly submitKey: string };
}

/** One clarifying question with answers as buttons (or a text field); always skippable. Button data: `answer`, `q`, `value`. */
export function questionCard(t: Tr, question: { readonly id: string; readonly prompt: QuestionPrompt }): Attachment {
  const { id, prompt } = question;
  const skip = submit(t('questions.skip'), { action: 'answer', q: id, value: 'any' });
  const ask = t(prompt.askKey);
  if (prompt.field) {
    const { field } = prompt;
    return card([
      text(ask, { weight: 'Bolder' }),
      { type: 'Input.Text', id: field.id, label: t(field.labelKey), placeholder: t(field.placeholderKey) },
    ], [submit(t(field.submitKey), { action: 'answer', q: id }), skip], {
      summary: ask,
      lines: [`${t(field.labelKey)}: ${t(field.placeholderKey)}`],
    });
  }
  const options = (prompt.options ?? []).map((o) => ({ value: o.value, title: t(o.labelKey) }));
  return card([
    text(ask, { weight: 'Bolder' }),
    actionSet(options.map((o) => submit(o.title, { action: 'answer', q: id, value: o.value }))),
    text(t('questions.typeInstead'), { isSubtle: true, size: 'Small' }),
  ], [skip], {
    summary: ask,
    lines: [`${options.map((o) => o.title).join(', ')}, ${t('questions.skip')}.`, t('questions.typeInstead')],
  });
}

function areaText(activity: Activity, lang: Lang, t: Tr, catalogue: Catalogue): string {
  const area = activity.area;
  if (area.scope === 'national') return t('area.national');
  if (area.scope === 'region') return area.regions.map((r) => t(`regions.${r}`)).join(', ');
  return area.municipalities
    .map((code) => {
      const m = catalogue.municipalities.get(code);
      return m ? (lang === 'sv' && m.sv ? m.sv : m.fi) : code;
    })
    .join(', ');
}

/** How to reach an activity, read aloud: phone, hours, chat, web (by the site's name only) and address. */
function spokenContact(activity: Activity, lang: Lang, t: Tr): string[] {
  const c = activity.contact;
  const phone = phoneFor(activity, lang);
  const out: string[] = [];
  if (phone) out.push(t('contact.phone', { phone }) + (c.phoneNote ? ` (${c.phoneNote[lang]})` : ''));
  if (activity.hours) out.push(t('contact.hours', { hours: activity.hours[lang] }));
  if (c.chatUrl) out.push(t('contact.chat', { url: hostOf(c.chatUrl) }));
  out.push(t('contact.web', { url: hostOf(c.url) }));
  if (c.address) out.push(t('contact.address', { address: c.address }));
  return out;
}

/** How to reach an activity as card lines: catalogue text made safe, numbers dialable, web addresses as links named by their site. */
function cardContactLines(activity: Activity, lang: Lang, t: Tr): string[] {
  const c = activity.contact;
  const phone = phoneFor(activity, lang);
  const out: string[] = [];
  if (phone) out.push(t('contact.phone', { phone: `[${phone}](${telUri(phone)})` }) + (c.phoneNote ? ` (${safeText(c.phoneNote[lang])})` : ''));
  if (activity.hours) out.push(t('contact.hours', { hours: safeText(activity.hours[lang]) }));
  if (c.chatUrl) out.push(t('contact.chat', { url: link(hostOf(c.chatUrl), c.chatUrl) }));
  out.push(t('contact.web', { url: link(hostOf(c.url), c.url) }));
  if (c.address) out.push(t('contact.address', { address: safeText(c.address) }));
  return out;
}

/** Where the entry comes from: the sites named in its source (or the organisation's), and when it was checked. */
function sourceText(activity: Activity, lang: Lang, t: Tr): string {
  const urls = [...activity.source.matchAll(/https?:\/\/[^\s;,)]+/g)].map((m) => m[0]);
  const hosts = [...new Set((urls.length ? urls : [activity.organisation.url]).map(hostOf))].slice(0, 2);
  return t('result.source', { source: hosts.join(', '), date: dateText(activity.lastVerified, lang) });
}

export interface ResultCardInput {
  result: RankedActivity;
  situationNames: string[];
  saved: boolean;
}

/** Why an activity was offered, in the resident's terms: the situations and the words they used. */
export function whyText(t: Tr, input: Pick<ResultCardInput, 'result' | 'situationNames'>): string {
  const words = input.result.why.slice(0, 5).map((w) => `"${w}"`).join(', ');
  const situations = input.situationNames.join(', ');
  if (situations && words) return t('result.whyBoth', { situations, words });
  if (situations) return t('result.whySituation', { situations });
  return t('result.whyWords', { words: words || '—' });
}

let detailSerial = 0;

/**
 * One activity, compact enough for a phone screen: title, organisation, why it fits and how to reach it; what it is,
 * gives and asks, the next step, cost, languages, area and source behind a "more details" toggle.
 */
export function resultCard(t: Tr, lang: Lang, catalogue: Catalogue, input: ResultCardInput): Attachment {
  const a = input.result.activity;
  const c = a.contact;
  const why = whyText(t, input);
  const phone = phoneFor(a, lang);
  const reach: Element[] = [];
  if (phone) {
    reach.push(text(`${t('contact.phoneLabel')}: [${phone}](${telUri(phone)})${c.phoneNote ? ` – ${safeText(c.phoneNote[lang])}` : ''}`));
  }
  if (a.hours) reach.push(text(t('contact.hours', { hours: safeText(a.hours[lang]) }), { isSubtle: true, spacing: 'None' }));
  if (c.chatUrl) reach.push(text(`${t('contact.chatLabel')}: ${link(hostOf(c.chatUrl), c.chatUrl)}`, { spacing: 'None' }));
  reach.push(text(`${t('contact.webLabel')}: ${link(hostOf(c.url), c.url)}`, { spacing: 'None' }));
  if (c.address) reach.push(text(`${t('contact.addressLabel')}: ${safeText(c.address)}`, { spacing: 'None' }));

  // Element ids must be unique on the page too: Web Chat shows many cards, and the toggle names its target by id.
  const detailsId = `details-${a.id}-${(detailSerial = (detailSerial + 1) % 1_000_000)}`;
  const details: Element = {
    type: 'Container', id: detailsId, isVisible: false, spacing: 'Small',
    items: [
      text(safeText(a.description[lang])),
      heading(t('result.gives'), 'Default'), text(safeText(a.gives[lang]), { spacing: 'None' }),
      heading(t('result.asks'), 'Default'), text(safeText(a.asks[lang]), { spacing: 'None' }),
      heading(t('result.nextStep'), 'Default'), text(safeText(a.nextStep[lang]), { spacing: 'None' }),
      {
        type: 'FactSet',
        facts: [
          { title: t('result.cost'), value: t(`cost.${a.cost}`) },
          { title: t('result.anonymous'), value: t(a.anonymous ? 'result.anonymousYes' : 'result.anonymousNo') },
          { title: t('result.languages'), value: a.languages.map((l) => languageName(l, lang)).join(', ') },
          { title: t('result.channels'), value: a.channels.map((ch) => t(`channels.${ch}`)).join(', ') },
          { title: t('result.area'), value: safeText(areaText(a, lang, t, catalogue)) },
        ],
      },
      text(sourceText(a, lang, t), { isSubtle: true, size: 'Small' }),
    ],
  };

  const body: Element[] = [
    heading(safeText(a.title[lang]), 'Medium'),
    text(safeText(a.organisation.name), { isSubtle: true, spacing: 'None' }),
    text(safeText(why), { color: 'Accent', spacing: 'Small' }),
    { type: 'Container', spacing: 'Small', items: reach },
  ];
  if (input.saved) body.push(text(t('result.saved'), { color: 'Good', spacing: 'Small' }));
  body.push(actionSet([toggle(t('result.details'), [detailsId])], { spacing: 'Small' }), details);

  const actions: CardAction[] = [
    input.saved
      ? submit(t('actions.summary'), { action: 'summary' })
      : submit(t('result.save'), { action: 'save', id: a.id }, { style: 'positive' }),
    submit(t('actions.more'), { action: 'more', id: a.id }),
  ];
  if (phone) actions.push(openUrl(t('result.call'), telUri(phone)));
  actions.push(openUrl(t('result.openWeb'), c.chatUrl ?? c.url));

  return card(body, actions, {
    summary: `${a.title[lang]} – ${a.organisation.name}`,
    lines: [why, ...spokenContact(a, lang, t), input.saved && t('result.saved')],
  });
}

/** "You're welcome" after results: an offer to look for something else and the way to keep what was found. */
export function thanksCard(t: Tr, options: { canLookElse: boolean; savedCount: number }): Attachment {
  const actions: CardAction[] = [];
  if (options.canLookElse) actions.push(submit(t('actions.else'), { action: 'else' }));
  actions.push(submit(t(options.savedCount ? 'actions.summarySaved' : 'actions.summary', { n: options.savedCount }), { action: 'summary' }));
  return card([
    text(t('smallTalk.thanks')),
    text(t('smallTalk.summaryHint'), { isSubtle: true }),
  ], actions, { summary: t('smallTalk.thanks'), lines: [t('smallTalk.summaryHint')] });
}

export interface PersonaOffer { id: string; name: string; summary: string }

/** After the results: ways to refine, "did this help?", the summary, and similar residents' paths. */
export function refineCard(t: Tr, options: { askFeedback: boolean; personas: readonly PersonaOffer[]; savedCount: number }): Attachment {
  const refine = [
    submit(t('actions.more'), { action: 'more' }),
    submit(t('actions.else'), { action: 'else' }),
    submit(t('actions.nearer'), { action: 'nearer' }),
  ];
  const more = [
    submit(t('actions.phone'), { action: 'phone' }),
    submit(t('actions.person'), { action: 'handoffRequest' }),
    submit(t('actions.startOver'), { action: 'startOver' }),
    submit(t(options.savedCount ? 'actions.summarySaved' : 'actions.summary', { n: options.savedCount }), { action: 'summary' }),
  ];
  const body: Element[] = [text(t('refine.prompt'), { weight: 'Bolder' }), actionSet(refine), actionSet(more)];
  const spoken: string[] = [`${[...refine, ...more].map((b) => String(b.title)).join(', ')}.`];
  for (const p of options.personas) {
    body.push(text(t('persona.offer', { name: safeText(p.name) }), { weight: 'Bolder', separator: true }));
    body.push(text(safeText(p.summary), { isSubtle: true, spacing: 'None' }));
    body.push(actionSet([submit(t('persona.start', { name: p.name }), { action: 'persona', id: p.id })]));
    spoken.push(t('persona.offer', { name: p.name }), p.summary);
  }
  if (options.askFeedback) {
    body.push(text(t('feedback.ask'), { separator: true }));
    body.push(actionSet([
      submit(t('feedback.yes'), { action: 'feedback', helpful: 'yes' }),
      submit(t('feedback.no'), { action: 'feedback', helpful: 'no' }),
    ]));
    spoken.push(`${t('feedback.ask')} ${t('feedback.yes')}, ${t('feedback.no')}.`);
  }
  return card(body, [], { summary: t('refine.prompt'), lines: spoken });
}

/** A sentence ends with a full stop (or its own ! or ?). */
const sentence = (value: string) => (/[.!?…]$/.test(value.trim()) ? value.trim() : `${value.trim()}.`);

/** A crisis line, read aloud: its name and the number that answers in the resident's language, then the number's note and hours. */
function spokenLine(line: Activity, lang: Lang, t: Tr): string {
  const phone = phoneFor(line, lang);
  const chat = !phone && line.contact.chatUrl ? `${t('contact.chatLabel')}: ${hostOf(line.contact.chatUrl)}` : undefined;
  const first = phone ? `${line.title[lang]}: ${phone}` : line.title[lang];
  return [first, chat, line.contact.phoneNote?.[lang], line.hours?.[lang]].filter((x): x is string => Boolean(x)).map(sentence).join(' ');
}

/**
 * The crisis reply: 112 first, then the crisis lines with hours, calm words, and a way back to where we were.
 * Each line shows, and the call button dials, the number that answers in the resident's language. Read aloud, 112 and
 * the lines come before anything else.
 */
export function crisisCard(t: Tr, lang: Lang, lines: readonly Activity[], canContinue: boolean): Attachment {
  const shown = lines.slice(0, 4);
  const body: Element[] = [
    heading(t('crisis.title'), 'Large'),
    text(t('crisis.calm')),
    text(t('crisis.emergency', { number: '112' }), { weight: 'Bolder', size: 'Large', color: 'Attention' }),
  ];
  for (const line of shown) {
    const c = line.contact;
    const phone = phoneFor(line, lang);
    const items: Element[] = [text(safeText(line.title[lang]), { weight: 'Bolder' })];
    if (phone) items.push(text(`[${phone}](${telUri(phone)})${c.phoneNote ? ` – ${safeText(c.phoneNote[lang])}` : ''}`, { spacing: 'None' }));
    if (line.hours) items.push(text(safeText(line.hours[lang]), { isSubtle: true, spacing: 'None' }));
    if (c.chatUrl) items.push(text(`${t('contact.chatLabel')}: ${link(hostOf(c.chatUrl), c.chatUrl)}`, { spacing: 'None' }));
    body.push({ type: 'Container', separator: true, items });
  }
  const offer = t(canContinue ? 'crisis.continueOffer' : 'crisis.talkOffer');
  body.push(text(offer));
  const actions: CardAction[] = [openUrl(t('crisis.call112'), 'tel:112')];
  const call = shown.map((line) => ({ line, phone: phoneFor(line, lang) })).find((l) => l.phone);
  if (call?.phone) actions.push(openUrl(callTitle(t, call.line.title[lang], call.phone), telUri(call.phone)));
  actions.push(submit(t('crisis.continue'), { action: 'continue' }));
  return card(body, actions, {
    summary: t('crisis.emergency', { number: '112' }),
    lines: [...shown.map((line) => spokenLine(line, lang, t)), t('crisis.title'), t('crisis.calm'), offer],
  });
}

/** "Soita: MIELI Kriisipuhelin", or the number itself when the name would not fit a button. */
function callTitle(t: Tr, name: string, phone: string): string {
  const named = t('crisis.callLine', { name });
  return named.length <= 40 ? named : t('crisis.callLine', { name: phone });
}

export interface SummaryCardInput {
  activities: readonly Activity[];
  code: string;
  url: string;
  validUntil: string;
}

/** The chosen activities with contacts as plain, copyable text, the code and the link to the printable page. */
export function summaryCard(t: Tr, lang: Lang, input: SummaryCardInput): Attachment {
  const body: Element[] = [heading(t('summary.title'), 'Large'), text(t('summary.intro'))];
  for (const a of input.activities) {
    body.push({
      type: 'Container', separator: true,
      items: [
        text(safeText(a.title[lang]), { weight: 'Bolder' }),
        text(safeText(a.organisation.name), { isSubtle: true, spacing: 'None' }),
        text(safeText(a.nextStep[lang]), { spacing: 'Small' }),
        // One contact a paragraph, numbers and addresses as plain text: easy to select and copy in every client.
        text(lines(cardContactLines(a, lang, t)), { spacing: 'Small', size: 'Small' }),
      ],
    });
  }
  body.push(text(t('summary.code', { code: input.code }), { weight: 'Bolder', size: 'Large', separator: true }));
  body.push(text(t('summary.validUntil', { date: input.validUntil }), { isSubtle: true, spacing: 'None' }));
  body.push(text(t('summary.showWorker')));
  return card(body, [openUrl(t('summary.open'), input.url), submit(t('actions.startOver'), { action: 'startOver' })], {
    summary: `${t('summary.title')}: ${t('summary.code', { code: input.code })}`,
    lines: [
      ...input.activities.map((a) => {
        const phone = phoneFor(a, lang);
        return `${a.title[lang]}: ${phone ?? hostOf(a.contact.url)}.`;
      }),
      t('summary.validUntil', { date: input.validUntil }),
      t('summary.showWorker'),
    ],
  });
}
