// Every card Luotsi builds, in fi, sv and en, against the official Adaptive Cards 1.5 schema and the rules Teams' renderer sets.
import type { Activity as BotActivity, Attachment } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { ADAPTIVE_CARD, MAX_BUTTON_TITLE } from '../../dialogs/ui/card-kit.js';
import {
  choicesCard, crisisCard, questionCard, refineCard, resultCard, summaryCard, thanksCard, understoodCard, welcomeCard,
} from '../../dialogs/ui/cards.js';
import { crisisLinesFor } from '../../bot/crisis-lines.js';
import { createI18n } from '../../dialogs/i18n.js';
import { journeyEndCard, journeyHintCard, journeyIntroCard, journeyStepCard, PHASE_ORDER } from '../../dialogs/ui/journey-cards.js';
import {
  clientLanguageCard, clientSummaryCard, staffPathsCard, staffResultsCard, staffWelcomeCard, type AddChip, type FilterChip,
} from '../../dialogs/ui/staff-cards.js';
import type { RankedActivity } from '../../knowledge/contracts.js';
import type { Activity } from '../../knowledge/schema.js';
import { CRISIS_KINDS, LANGS, type Lang } from '../../knowledge/vocabulary.js';
import { QUESTIONS } from '../../dialogs/questions.js';
import { createHarness, LOCALE, type Harness } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';
import { checkAdaptiveCard } from './schema-validators.js';

const i18n = createI18n();
const { catalogue, matcher } = realKnowledge();
const activities = catalogue.activities;
const ranked = (a: Activity, why: string[] = ['omaishoitaja', 'muisti']): RankedActivity =>
  ({ id: a.id, activity: a, title: a.title.fi, typeIds: [...a.typeIds], score: 0.9, why });

interface Built { name: string; card: Attachment }

/** Every builder, with the real catalogue: every activity, every crisis kind, every persona, every question. */
function allCards(lang: Lang): Built[] {
  const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
  const situations = [...catalogue.situations.values()].map((s) => ({ id: s.id, name: s.name[lang] }));
  const personas = [...catalogue.personas.values()];
  const paths = personas.map((p) => ({ id: p.id, name: p.name, expert: p.audience === 'staff' }));
  const out: Built[] = [
    { name: 'welcome', card: welcomeCard(t, lang, situations.slice(0, 9)) },
    { name: 'choices', card: choicesCard(t, lang, 'notUnderstood.message', situations.slice(0, 9)) },
    { name: 'understood', card: understoodCard(t, situations.slice(0, 3), situations.slice(3)) },
    ...QUESTIONS.all.map((q) => ({ name: `question ${q.id}`, card: questionCard(t, q) })),
    { name: 'thanks', card: thanksCard(t, { canLookElse: true, savedCount: 2 }) },
    { name: 'refine', card: refineCard(t, { askFeedback: true, personas: personas.map((p) => ({ id: p.id, name: p.name, summary: p.summary[lang] })), savedCount: 3 }) },
    { name: 'summary', card: summaryCard(t, lang, { activities: activities.slice(0, 6), code: 'ABC234', url: 'https://luotsi.example.fi/summary/ABC234', validUntil: '7.12.2026' }) },
    { name: 'staff welcome', card: staffWelcomeCard(t, paths) },
    { name: 'staff paths', card: staffPathsCard(t, paths) },
    { name: 'client language', card: clientLanguageCard(t, 5) },
    {
      name: 'client summary',
      card: clientSummaryCard(t, {
        code: 'ABC234', url: 'https://luotsi.example.fi/summary/ABC234', qrDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
        validUntil: '7.12.2026', clientLang: 'sv', titles: activities.slice(0, 5).map((a) => a.title.sv),
      }),
    },
  ];
  for (const a of activities) {
    out.push({ name: `result ${a.id}`, card: resultCard(t, lang, catalogue, { result: ranked(a), situationNames: [situations[0]!.name], saved: false }) });
    out.push({ name: `result ${a.id} saved`, card: resultCard(t, lang, catalogue, { result: ranked(a, []), situationNames: [], saved: true }) });
  }
  for (const kind of [undefined, ...CRISIS_KINDS]) {
    for (const young of [false, true]) {
      out.push({ name: `crisis ${kind ?? 'none'} young=${young}`, card: crisisCard(t, lang, crisisLinesFor(catalogue, kind, young), young) });
    }
  }
  const filters: FilterChip[] = [
    { key: 'municipality', label: 'Kauniainen' }, { key: 'channel', label: t('channels.face-to-face') },
    { key: 'language', label: t('staff:filters.language', { language: 'português' }) }, { key: 'free', label: t('staff:filters.free') },
  ];
  const addable: AddChip[] = [
    ...(['phone', 'chat', 'face-to-face'] as const).map((c) => ({ key: 'channel' as const, value: c, label: t(`channels.${c}`) })),
    ...LANGS.map((l) => ({ key: 'language' as const, value: l, label: t('staff:filters.language', { language: new Intl.DisplayNames([lang], { type: 'language' }).of(l)! }) })),
    { key: 'anonymous', value: true, label: t('staff:filters.anonymous') },
  ];
  for (const [name, rows, likeTitle] of [['staff results', activities.slice(0, 8), undefined], ['staff results none', [], undefined], ['staff like', activities.slice(8, 16), activities[0]!.title[lang]]] as const) {
    out.push({
      name,
      card: staffResultsCard(t, lang, catalogue, {
        rows, situations: situations.slice(0, 2).map((s) => s.name), filters, addable, municipalitySet: false, paths,
        ...(likeTitle ? { likeTitle } : {}),
      }),
    });
  }
  for (const p of personas) {
    const steps = p.steps.length;
    out.push({ name: `journey intro ${p.id}`, card: journeyIntroCard(t, { name: p.name, summary: p.summary[lang], expert: p.audience === 'staff', audience: 'resident', steps, phases: PHASE_ORDER }) });
    p.steps.forEach((step, index) => {
      const shown = activities.filter((a) => a.typeIds.includes(step.typeId)).slice(0, 3);
      out.push({
        name: `journey ${p.id} step ${index}`,
        card: journeyStepCard(t, lang, {
          index, total: steps, phase: step.phase, firstOfPhase: true, story: step.story[lang], activities: shown, local: index % 2 === 0,
          savedIds: new Set(shown.slice(0, 1).map((a) => a.id)), canGoBack: true,
        }),
      });
    });
    out.push({ name: `journey end ${p.id}`, card: journeyEndCard(t, { name: p.name, savedCount: 2, canGoBack: true }) });
    out.push({ name: `journey hint ${p.id}`, card: journeyHintCard(t, 'journeys:hint', { name: p.name }, { index: 0, last: false, canGoBack: true }) });
  }
  return out;
}

const content = (card: Attachment) => card.content as Record<string, unknown>;

/** Every string value of a card with where it is, so a rule can name the offending field. */
function strings(node: unknown, path = ''): { path: string; value: string }[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((n, i) => strings(n, `${path}[${i}]`));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

function actions(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(actions);
  if (!node || typeof node !== 'object') return [];
  const el = node as Record<string, unknown>;
  const own = typeof el.type === 'string' && el.type.startsWith('Action.') ? [el] : [];
  return [...own, ...Object.values(el).flatMap(actions)];
}

/** Text a client renders as markdown: TextBlocks, facts and the fallback text. */
function markdownTexts(node: unknown, path = ''): { path: string; value: string }[] {
  return strings(node, path).filter(({ path: p }) => /(^|\.)text$|\.value$|\.title$|^fallbackText$/.test(p) && !/\.data\./.test(p));
}

describe.each(LANGS)('every card in %s', (lang) => {
  const cards = allCards(lang);

  it('validates against the official Adaptive Cards 1.5 schema', () => {
    expect(cards.length).toBeGreaterThan(200);
    const invalid = cards.map((c) => ({ name: c.name, ...checkAdaptiveCard(content(c.card)) })).filter((r) => !r.valid);
    expect(invalid.slice(0, 3)).toEqual([]);
    for (const c of cards) expect(c.card.contentType).toBe(ADAPTIVE_CARD);
  });

  it('uses no backslash escapes, which Teams shows literally, and no single line breaks, which Teams joins', () => {
    for (const c of cards) {
      for (const { path, value } of markdownTexts(content(c.card))) {
        expect(value, `${c.name} ${path}`).not.toMatch(/\\/);
        if (path !== 'fallbackText') expect(value, `${c.name} ${path}`).not.toMatch(/(^|[^\n])\n(?!\n)/);
      }
    }
  });

  it(`gives every button a title of 1–${MAX_BUTTON_TITLE} characters that was never cut to fit`, () => {
    const titles = cards.flatMap((c) => actions(content(c.card)).map((a) => ({ card: c.name, title: typeof a.title === 'string' ? a.title : '' })));
    expect(titles.length).toBeGreaterThan(500);
    for (const { card, title } of titles) {
      expect(title.trim().length, `${card}: "${title}"`).toBeGreaterThan(0);
      expect(title.length, `${card}: "${title}"`).toBeLessThanOrEqual(MAX_BUTTON_TITLE);
      expect(title, `${card}: "${title}" was cut`).not.toMatch(/…$/);
    }
  });

  it('gives every card fallbackText and speak that carry its content', () => {
    for (const c of cards) {
      const { fallbackText, speak } = content(c.card) as { fallbackText?: unknown; speak?: unknown };
      expect(typeof fallbackText === 'string' && fallbackText.trim().length > 0, `${c.name} fallbackText`).toBe(true);
      expect(typeof speak === 'string' && speak.trim().length > 0, `${c.name} speak`).toBe(true);
      expect(String(speak), `${c.name} speak has no markdown links`).not.toMatch(/\]\(/);
    }
  });

  it('reads a result card aloud as its title, why it fits and how to reach it, with the details behind a toggle', () => {
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
    const a = catalogue.activityById.get('mieli-kriisipuhelin')!;
    const c = content(resultCard(t, lang, catalogue, { result: ranked(a), situationNames: ['X'], saved: false }));
    const speak = String(c.speak);
    expect(speak.split('\n')[0]).toBe(`${a.title[lang]} – ${a.organisation.name}`);
    expect(speak).toContain(t('result.whyBoth', { situations: 'X', words: '"omaishoitaja", "muisti"' }));
    expect(speak).toContain(a.contact.phoneByLang?.[lang] ?? a.contact.phone);
    expect(speak).not.toContain(a.description[lang]);
    const toggle = actions(c).find((x) => x.type === 'Action.ToggleVisibility') as { targetElements: string[]; title: string } | undefined;
    expect(toggle?.title).toBe(t('result.details'));
    const hidden = JSON.stringify(c).indexOf(`"id":"${toggle?.targetElements[0]}","isVisible":false`);
    expect(hidden).toBeGreaterThan(0);
    expect(JSON.stringify(c).indexOf(JSON.stringify(a.description[lang]).slice(1, -1).slice(0, 30))).toBeGreaterThan(hidden);
  });

  it('reads the crisis card aloud as 112 first, then the crisis lines, then the rest', () => {
    const t = (key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);
    for (const kind of CRISIS_KINDS) {
      const lines = crisisLinesFor(catalogue, kind, false);
      const speak = String(content(crisisCard(t, lang, lines, true)).speak).split('\n');
      expect(speak[0], kind).toBe(t('crisis.emergency', { number: '112' }));
      lines.slice(0, 4).forEach((line, i) => expect(speak[i + 1], `${kind} line ${i + 1}`).toContain(line.title[lang]));
      expect(speak.indexOf(t('crisis.title')), kind).toBeGreaterThan(lines.slice(0, 4).length);
    }
  });
});

describe('the schema check itself', () => {
  it('refuses cards that break the schema, so a pass means something', () => {
    const ok = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x' }] };
    expect(checkAdaptiveCard(ok).valid).toBe(true);
    expect(checkAdaptiveCard({ ...ok, body: [{ type: 'TextBlock', text: 'x', colour: 'Good' }] }).valid).toBe(false);
    expect(checkAdaptiveCard({ ...ok, body: [{ type: 'TextBlock', text: 'x', size: 'Huge' }] }).valid).toBe(false);
    expect(checkAdaptiveCard({ ...ok, actions: [{ type: 'Action.Submit', title: 'x', data: {}, toggles: true }] }).valid).toBe(false);
    expect(checkAdaptiveCard({ ...ok, actions: [{ type: 'Action.ToggleVisibility', title: 'x' }] }).valid).toBe(false);
    expect(checkAdaptiveCard({ ...ok, type: 'HeroCard' }).valid).toBe(false);
    const nested = { type: 'Container', items: [{ type: 'ActionSet', actions: [{ type: 'Action.ToggleVisibility', title: 'x', targetElements: ['a'] }] }] };
    expect(checkAdaptiveCard({ ...ok, body: [nested] }).valid).toBe(true);
    expect(checkAdaptiveCard({ ...ok, body: [{ ...nested, items: [...nested.items, { type: 'TextBlock', text: 'x', wrap: 'yes' }] }] }).valid).toBe(false);
  });
});

/** Every card-bearing reply of a conversation: carries `speak` and `summary`, and its cards pass the schema. */
function expectReadableReplies(replies: Partial<BotActivity>[], where: string): number {
  let cards = 0;
  for (const a of replies) {
    const attached = (a.attachments ?? []).filter((x) => x.contentType === ADAPTIVE_CARD);
    if (attached.length === 0) continue;
    cards += attached.length;
    expect(typeof a.speak === 'string' && a.speak.length > 0, `${where}: speak`).toBe(true);
    expect(typeof a.summary === 'string' && a.summary.length > 0, `${where}: summary`).toBe(true);
    expect(a.speak, `${where}: speak starts with the first card's`).toContain(String((attached[0]!.content as { speak: string }).speak).split('\n')[0]);
    for (const c of attached) expect(checkAdaptiveCard(c.content).errors, where).toEqual([]);
  }
  return cards;
}

async function conversation(h: Harness, inputs: (string | Record<string, unknown>)[], where: string): Promise<number> {
  let cards = 0;
  for (const input of inputs) {
    const replies = await h.send(input);
    expect(h.errors, where).toEqual([]);
    cards += expectReadableReplies(replies.activities, `${where} "${typeof input === 'string' ? input : JSON.stringify(input)}"`);
  }
  return cards;
}

describe.each(LANGS)('what the bot sends in %s', (lang) => {
  const need = { fi: 'Hoidan muistisairasta äitiäni Vantaalla ja olen uupunut', sv: 'Jag vårdar min mamma som har demens i Vanda och är utmattad', en: 'I look after my mother who has dementia in Vantaa and I am exhausted' }[lang];
  const crisis = { fi: 'aion tappaa itseni tänään', sv: 'jag ska ta livet av mig i dag', en: 'I am going to kill myself tonight' }[lang];

  it('carries speak and summary on every card-bearing reply of a resident\'s conversation, crisis included', async () => {
    const h = createHarness({ catalogue, matcher, locale: LOCALE[lang] });
    const cards = await conversation(h, ['hei', need, { action: 'confirm' }, { action: 'answer', q: 'forWhom', value: 'self' },
      { action: 'answer', q: 'channel', value: 'any' }, { action: 'more' }, crisis, { action: 'summary' }], 'resident');
    expect(cards).toBeGreaterThan(5);
  });

  it('carries speak and summary on every card-bearing reply of staff search in Teams', async () => {
    const h = createHarness({ catalogue, matcher, locale: LOCALE[lang], channelId: 'msteams' });
    const cards = await conversation(h, ['omaishoitaja Vantaa puhelin', { action: 'staffSearch', op: 'clientSummary' },
      { action: 'staffSearch', op: 'clientLang', lang: 'sv' }, { action: 'staffSearch', op: 'paths' }, { action: 'staffSearch', op: 'persona', id: 'ville' },
      { action: 'journey', op: 'next', step: 0 }], 'staff');
    expect(cards).toBeGreaterThan(4);
  });
});
