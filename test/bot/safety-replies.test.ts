// Replies without a turn: the crisis card for a flagged message in its own language, and fallback texts that always carry 112 and MIELI.
import { describe, expect, it } from 'vitest';
import { phoneFor, telUri } from '../../dialogs/ui/cards.js';
import { createI18n } from '../../dialogs/i18n.js';
import { createSafetyReplies, replyLang } from '../../bot/safety-replies.js';
import type { CrisisKind, Lang } from '../../knowledge/vocabulary.js';
import { LANGS } from '../../knowledge/vocabulary.js';
import { createHarness, view } from '../fixtures/bot-harness.js';
import { createFakeMatcher } from '../fixtures/fake-matcher.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const i18n = createI18n();
const { catalogue } = realKnowledge();
const mieli = catalogue.activityById.get('mieli-kriisipuhelin')!;
const counted: [Lang, CrisisKind][] = [];
const replies = createSafetyReplies({ catalogue, i18n, onCrisis: (lang, kind) => counted.push([lang, kind]) });
const LOCALE: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-US' };

describe('the crisis reply without a turn', () => {
  it('is nothing for an ordinary message, a typing indicator or an empty one', () => {
    expect(replies.crisis({ type: 'message', text: 'Hoidan dementoitunutta äitiäni', locale: 'fi-FI' })).toBeUndefined();
    expect(replies.crisis({ type: 'typing', text: 'haluan tappaa itseni' })).toBeUndefined();
    expect(replies.crisis({ type: 'message' })).toBeUndefined();
    expect(replies.flags({ type: 'message', text: 'haluan tappaa itseni' })).toBe(true);
  });

  it.each([
    ['fi', 'fi-FI', 'aion tappaa itseni tänään'],
    ['sv', 'sv-SE', 'jag vill ta mitt liv'],
    ['en', 'en-US', "I'm going to kill myself tonight"],
    ['sv', 'fi-FI', 'jag vill inte leva längre, jag ska ta mitt liv'],
  ] as const)('answers in %s (locale %s): 112 first and the MIELI line of that language', (lang, locale, text) => {
    const reply = replies.crisis({ type: 'message', text, locale });
    expect(reply?.locale).toBe(LOCALE[lang]);
    const seen = view([reply!]);
    expect(seen.text).toContain(i18n.t(lang, 'crisis.title'));
    expect(seen.text).toContain(i18n.t(lang, 'crisis.emergency', { number: '112' }));
    expect(seen.buttons[0]?.url).toBe('tel:112');
    expect(seen.buttons.map((b) => b.url)).toContain(telUri(phoneFor(mieli, lang)!));
  });

  it('reads a crisis typed into a card field', () => {
    expect(replies.crisis({ type: 'message', value: { action: 'answer', q: 'municipality', municipalityName: 'haluan tappaa itseni' } })).toBeDefined();
  });

  it('shows the children\'s and youth line only when the message says the writer is young', () => {
    expect(view([replies.crisis({ type: 'message', text: 'olen 14 ja haluan tappaa itseni', locale: 'fi-FI' })!]).text).toContain('116 111');
    expect(view([replies.crisis({ type: 'message', text: 'haluan tappaa itseni', locale: 'fi-FI' })!]).text).not.toContain('116 111');
  });

  it('is counted by language and kind, never by text', () => {
    counted.length = 0;
    replies.crisis({ type: 'message', text: 'jag vill ta mitt liv', locale: 'sv-SE' });
    expect(counted).toHaveLength(1);
    expect(counted[0]?.[0]).toBe('sv');
  });

  it('gives the kind apology in the language of the message when the client sends no locale', () => {
    expect(replies.unavailable({ type: 'message', text: 'Jag vårdar min mamma som har demens' }).locale).toBe('sv-SE');
    expect(replies.unavailable({ type: 'message', text: 'ok', locale: 'en-GB' }).locale).toBe('en-US');
  });

  it('keeps the locale\'s language for a short message', () => {
    expect(replyLang('apua', 'sv-SE')).toBe('sv');
    expect(replyLang('hjälp', undefined)).toBe('sv');
  });
});

describe.each(LANGS)('fallback texts in %s', (lang) => {
  const number = phoneFor(mieli, lang)!;

  it('"temporary problem" carries 112, MIELI and the line of the language, with a way to start over', () => {
    const reply = replies.unavailable({ type: 'message', text: 'ok', locale: LOCALE[lang] });
    expect(reply.locale).toBe(LOCALE[lang]);
    expect(reply.text).toContain('112');
    expect(reply.text).toContain('MIELI');
    expect(reply.text).toContain(number);
    expect(reply.text).toContain('09 2525 0111'); // the line that answers around the clock
    expect(reply.suggestedActions?.actions.map((a) => a.title)).toContain(i18n.t(lang, 'actions.startOver'));
  });

  it.each(['errors.general', 'errors.unavailable', 'web:widget.failed'])('%s carries 112, MIELI and the number the catalogue holds', (key) => {
    const text = i18n.t(lang, key);
    expect(text).toContain('112');
    expect(text).toContain('MIELI');
    expect(text).toContain(number);
  });
});

describe('a turn that breaks on a crisis message', () => {
  it('still answers with the crisis card, not an apology', async () => {
    const fixture = fixtureCatalogue();
    const broken = { ...createFakeMatcher(fixture), detectLanguage: () => { throw new Error('language model corrupt'); } };
    const h = createHarness({ catalogue: fixture, matcher: broken, locale: 'fi-FI' });
    const r = await h.send('aion tappaa itseni tänään');
    expect(r.text).toContain(i18n.t('fi', 'crisis.title'));
    expect(r.buttons[0]?.url).toBe('tel:112');
    expect(r.text).not.toContain(i18n.t('fi', 'errors.general'));
    expect(h.errors).toHaveLength(1);
  });

  it('answers anything else with the apology that carries 112 and MIELI', async () => {
    const fixture = fixtureCatalogue();
    const broken = { ...createFakeMatcher(fixture), detectLanguage: () => { throw new Error('language model corrupt'); } };
    const h = createHarness({ catalogue: fixture, matcher: broken, locale: 'fi-FI' });
    const r = await h.send('Hoidan äitiäni');
    expect(r.text).toContain(i18n.t('fi', 'errors.general'));
    expect(r.text).toContain('MIELI');
    expect(r.text).toContain('112');
  });
});
