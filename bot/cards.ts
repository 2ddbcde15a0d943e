// Adaptive Card 1.5 builders: every card a resident sees, in their language, renderable in Web Chat and Teams.
import type { Attachment } from 'botbuilder';
import { card, text, heading, submit, openUrl, type CardAction, type Element } from './card-kit.js';
import type { Catalogue, RankedActivity } from '../knowledge/contracts.js';
import type { Activity } from '../knowledge/schema.js';
import type { Lang, Question, SituationId } from '../knowledge/vocabulary.js';
import type { Vars } from './i18n.js';

export type Tr = (key: string, vars?: Vars) => string;


/** Bot Framework channels reject messages much larger than this; cards stay well below. */
export const MAX_MESSAGE_BYTES = 80 * 1024;

/** Several rows of buttons inside the body, since a card's own actions row holds only a handful. */
const actionSet = (actions: CardAction[]): Element => ({ type: 'ActionSet', actions });

/** Adaptive Card markdown would turn catalogue text like "*" or "[" into formatting. */
export function escapeMarkdown(value: string): string {
  return value.replace(/([\\`*_[\]()#>|~])/g, '\\$1');
}

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

export interface SituationChoice { id: SituationId; name: string }

const LANG_BUTTONS: { lang: Lang; title: string }[] = [
  { lang: 'fi', title: 'Suomeksi' }, { lang: 'sv', title: 'På svenska' }, { lang: 'en', title: 'In English' },
];

function languageButtons(current: Lang): CardAction[] {
  return LANG_BUTTONS.filter((b) => b.lang !== current).map((b) => submit(b.title, { action: 'lang', lang: b.lang }));
}

function situationButtons(choices: readonly SituationChoice[]): Element[] {
  // Rows of three keep the buttons readable on a phone and in the Teams side panel.
  const rows: Element[] = [];
  for (let i = 0; i < choices.length; i += 3) {
    rows.push(actionSet(choices.slice(i, i + 3).map((c) => submit(c.name, { action: 'situation', id: c.id }))));
  }
  return rows;
}

/** First contact: who Luotsi is, the privacy note, and common situations for those who would rather tap. */
export function welcomeCard(t: Tr, lang: Lang, choices: readonly SituationChoice[]): Attachment {
  return card([
    heading(t('welcome.title'), 'Large'),
    text(t('welcome.intro')),
    text(t('welcome.privacy'), { isSubtle: true, size: 'Small' }),
    text(t('welcome.ask'), { weight: 'Bolder' }),
    text(t('welcome.tapInstead'), { isSubtle: true }),
    ...situationButtons(choices),
  ], languageButtons(lang));
}

/** A kind answer when nothing could be understood: the same quick choices, and the languages Luotsi speaks. */
export function choicesCard(t: Tr, lang: Lang, messageKey: string, choices: readonly SituationChoice[]): Attachment {
  return card([
    text(t(messageKey)),
    text(t('choices.tapInstead'), { isSubtle: true }),
    ...situationButtons(choices),
  ], languageButtons(lang));
}

/** "This is what I understood": detected situations as toggles, another one to add, and a confirm button. */
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
  ]);
}

const QUESTION_OPTIONS: Record<Exclude<Question, 'municipality'>, string[]> = {
  forWhom: ['self', 'close-one', 'child'],
  channel: ['phone', 'chat', 'face-to-face', 'online'],
  language: ['fi', 'sv', 'en'],
  age: ['child', 'youth', 'adult', 'senior'],
};

/** One clarifying question with answers as buttons (and a text field for the municipality); always skippable. */
export function questionCard(t: Tr, question: Question): Attachment {
  const skip = submit(t('questions.skip'), { action: 'answer', q: question, value: 'any' });
  if (question === 'municipality') {
    return card([
      text(t('questions.municipality.ask'), { weight: 'Bolder' }),
      { type: 'Input.Text', id: 'municipalityName', label: t('questions.municipality.label'), placeholder: t('questions.municipality.placeholder') },
    ], [submit(t('questions.municipality.submit'), { action: 'answer', q: 'municipality' }), skip]);
  }
  const options = QUESTION_OPTIONS[question];
  return card([
    text(t(`questions.${question}.ask`), { weight: 'Bolder' }),
    actionSet(options.map((o) => submit(t(`questions.${question}.options.${o}`), { action: 'answer', q: question, value: o }))),
    text(t('questions.typeInstead'), { isSubtle: true, size: 'Small' }),
  ], [skip]);
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

/** How to reach an activity as plain lines, so numbers and addresses can be copied as text. */
export function contactLines(activity: Activity, lang: Lang, t: Tr): string[] {
  const c = activity.contact;
  const phone = phoneFor(activity, lang);
  const lines: string[] = [];
  if (phone) lines.push(t('contact.phone', { phone }) + (c.phoneNote ? ` (${c.phoneNote[lang]})` : ''));
  if (activity.hours) lines.push(t('contact.hours', { hours: activity.hours[lang] }));
  if (c.chatUrl) lines.push(t('contact.chat', { url: c.chatUrl }));
  lines.push(t('contact.web', { url: c.url }));
  if (c.address) lines.push(t('contact.address', { address: c.address }));
  return lines;
}

export interface ResultCardInput {
  result: RankedActivity;
  situationNames: string[];
  saved: boolean;
}

/** One activity: what it is, why it fits, what it gives and asks, the next step, and how to reach it. */
export function resultCard(t: Tr, lang: Lang, catalogue: Catalogue, input: ResultCardInput): Attachment {
  const a = input.result.activity;
  const c = a.contact;
  const why = input.result.why.slice(0, 5).map((w) => `"${w}"`).join(', ');
  const whyText = input.situationNames.length && why
    ? t('result.whyBoth', { situations: input.situationNames.join(', '), words: why })
    : input.situationNames.length ? t('result.whySituation', { situations: input.situationNames.join(', ') })
      : t('result.whyWords', { words: why || '—' });
  const phone = phoneFor(a, lang);
  const reach: Element[] = [];
  if (phone) {
    reach.push(text(`${t('contact.phoneLabel')}: [${phone}](${telUri(phone)})${c.phoneNote ? ` — ${escapeMarkdown(c.phoneNote[lang])}` : ''}`));
  }
  if (a.hours) reach.push(text(t('contact.hours', { hours: escapeMarkdown(a.hours[lang]) }), { isSubtle: true }));
  if (c.chatUrl) reach.push(text(`${t('contact.chatLabel')}: [${c.chatUrl}](${c.chatUrl})`));
  reach.push(text(`${t('contact.webLabel')}: [${c.url}](${c.url})`));
  if (c.address) reach.push(text(`${t('contact.addressLabel')}: ${escapeMarkdown(c.address)}`));

  const actions: CardAction[] = [
    input.saved
      ? submit(t('result.saved'), { action: 'summary' })
      : submit(t('result.save'), { action: 'save', id: a.id }, { style: 'positive' }),
    submit(t('actions.more'), { action: 'more', id: a.id }),
  ];
  if (phone) actions.push(openUrl(t('result.call'), telUri(phone)));
  actions.push(openUrl(t('result.openWeb'), c.chatUrl ?? c.url));

  return card([
    heading(escapeMarkdown(a.title[lang]), 'Large'),
    text(escapeMarkdown(a.organisation.name), { isSubtle: true, spacing: 'None' }),
    text(escapeMarkdown(a.description[lang])),
    text(whyText, { color: 'Accent' }),
    heading(t('result.gives'), 'Default'), text(escapeMarkdown(a.gives[lang]), { spacing: 'None' }),
    heading(t('result.asks'), 'Default'), text(escapeMarkdown(a.asks[lang]), { spacing: 'None' }),
    heading(t('result.nextStep'), 'Default'), text(escapeMarkdown(a.nextStep[lang]), { spacing: 'None' }),
    heading(t('result.reach'), 'Default'),
    { type: 'Container', spacing: 'None', items: reach },
    {
      type: 'FactSet',
      facts: [
        { title: t('result.cost'), value: t(`cost.${a.cost}`) },
        { title: t('result.anonymous'), value: t(a.anonymous ? 'result.anonymousYes' : 'result.anonymousNo') },
        { title: t('result.languages'), value: a.languages.map((l) => languageName(l, lang)).join(', ') },
        { title: t('result.channels'), value: a.channels.map((ch) => t(`channels.${ch}`)).join(', ') },
        { title: t('result.area'), value: areaText(a, lang, t, catalogue) },
      ],
    },
  ], actions);
}

/** "You're welcome" after results: an offer to look for something else and the way to keep what was found. */
export function thanksCard(t: Tr, options: { canLookElse: boolean; savedCount: number }): Attachment {
  const actions: CardAction[] = [];
  if (options.canLookElse) actions.push(submit(t('actions.else'), { action: 'else' }));
  actions.push(submit(t(options.savedCount ? 'actions.summarySaved' : 'actions.summary', { n: options.savedCount }), { action: 'summary' }));
  return card([
    text(t('smallTalk.thanks')),
    text(t('smallTalk.summaryHint'), { isSubtle: true }),
  ], actions);
}

export interface PersonaOffer { id: string; name: string; summary: string }

/** After the results: ways to refine, "did this help?", the summary, and similar residents' paths. */
export function refineCard(t: Tr, options: { askFeedback: boolean; personas: readonly PersonaOffer[]; savedCount: number }): Attachment {
  const body: Element[] = [text(t('refine.prompt'), { weight: 'Bolder' })];
  body.push(actionSet([
    submit(t('actions.more'), { action: 'more' }),
    submit(t('actions.else'), { action: 'else' }),
    submit(t('actions.nearer'), { action: 'nearer' }),
  ]));
  body.push(actionSet([
    submit(t('actions.phone'), { action: 'phone' }),
    submit(t('actions.startOver'), { action: 'startOver' }),
    submit(t(options.savedCount ? 'actions.summarySaved' : 'actions.summary', { n: options.savedCount }), { action: 'summary' }),
  ]));
  for (const p of options.personas) {
    body.push(text(t('persona.offer', { name: p.name }), { weight: 'Bolder', separator: true }));
    body.push(text(p.summary, { isSubtle: true, spacing: 'None' }));
    body.push(actionSet([submit(t('persona.start', { name: p.name }), { action: 'persona', id: p.id })]));
  }
  if (options.askFeedback) {
    body.push(text(t('feedback.ask'), { separator: true }));
    body.push(actionSet([
      submit(t('feedback.yes'), { action: 'feedback', helpful: 'yes' }),
      submit(t('feedback.no'), { action: 'feedback', helpful: 'no' }),
    ]));
  }
  return card(body);
}

/**
 * The crisis reply: 112 first, then the crisis lines with hours, calm words, and a way back to where we were.
 * Each line shows, and the call button dials, the number that answers in the resident's language.
 */
export function crisisCard(t: Tr, lang: Lang, lines: readonly Activity[], canContinue: boolean): Attachment {
  const body: Element[] = [
    heading(t('crisis.title'), 'Large'),
    text(t('crisis.calm')),
    text(t('crisis.emergency', { number: '112' }), { weight: 'Bolder', size: 'Large', color: 'Attention' }),
  ];
  for (const line of lines.slice(0, 4)) {
    const c = line.contact;
    const phone = phoneFor(line, lang);
    const items: Element[] = [text(escapeMarkdown(line.title[lang]), { weight: 'Bolder' })];
    if (phone) items.push(text(`[${phone}](${telUri(phone)})${c.phoneNote ? ` — ${escapeMarkdown(c.phoneNote[lang])}` : ''}`, { spacing: 'None' }));
    if (line.hours) items.push(text(escapeMarkdown(line.hours[lang]), { isSubtle: true, spacing: 'None' }));
    if (c.chatUrl) items.push(text(`${t('contact.chatLabel')}: [${c.chatUrl}](${c.chatUrl})`, { spacing: 'None' }));
    body.push({ type: 'Container', separator: true, items });
  }
  body.push(text(t(canContinue ? 'crisis.continueOffer' : 'crisis.talkOffer')));
  const actions: CardAction[] = [openUrl(t('crisis.call112'), 'tel:112')];
  const call = lines.map((line) => ({ line, phone: phoneFor(line, lang) })).find((l) => l.phone);
  if (call?.phone) actions.push(openUrl(t('crisis.callLine', { name: call.line.title[lang] }), telUri(call.phone)));
  actions.push(submit(t('crisis.continue'), { action: 'continue' }));
  return card(body, actions);
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
        text(escapeMarkdown(a.title[lang]), { weight: 'Bolder' }),
        text(escapeMarkdown(a.organisation.name), { isSubtle: true, spacing: 'None' }),
        text(escapeMarkdown(a.nextStep[lang]), { spacing: 'Small' }),
        // Plain text, one contact a line: easy to select and copy in every client.
        text(contactLines(a, lang, t).map(escapeMarkdown).join('\n\n'), { spacing: 'Small', fontType: 'Monospace', size: 'Small' }),
      ],
    });
  }
  body.push(text(t('summary.code', { code: input.code }), { weight: 'Bolder', size: 'Large', separator: true }));
  body.push(text(t('summary.validUntil', { date: input.validUntil }), { isSubtle: true, spacing: 'None' }));
  body.push(text(t('summary.showWorker')));
  return card(body, [openUrl(t('summary.open'), input.url), submit(t('actions.startOver'), { action: 'startOver' })]);
}
