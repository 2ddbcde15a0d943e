import { describe, expect, it } from 'vitest';
import type { MemoryStorage } from '../../adapters/storage/memory-stores.js';
import { renderSummaryPage } from '../../bot/summary-page.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import type { Matcher } from '../../knowledge/contracts.js';
import { fixtureCatalogue } from '../fixtures/catalogue.js';
import { createFakeMatcher } from '../fixtures/fake-matcher.js';
import { createHarness, LOCALE, type RepliesView, transcript } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

interface Script {
  lang: Lang;
  need: string;
  caregiver: string;
  municipality: string;
  vantaaGroup: string;
  helsinkiGroup: string;
  phoneAdvice: string;
  crisis: string;
  switchTo: { text: string; lang: Lang };
  summaryWord: string;
  forget: string;
  phoneOnly: string;
  somethingElse: string;
}

const SCRIPTS: Script[] = [
  {
    lang: 'fi', need: 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut', caregiver: 'Omaishoitajuus', municipality: 'Vantaalla',
    vantaaGroup: 'Omaishoitajien vertaisryhmä Vantaalla', helsinkiGroup: 'Muistisairaiden läheisten ryhmä', phoneAdvice: 'Omaishoitajien neuvonta',
    crisis: 'en jaksa enää elää', switchTo: { text: 'på svenska', lang: 'sv' }, summaryWord: 'yhteenveto', forget: 'poista tietoni',
    phoneOnly: 'vain puhelimitse', somethingElse: 'jotain muuta',
  },
  {
    lang: 'sv', need: 'Jag vårdar min mamma som har demens och är helt utmattad', caregiver: 'Närståendevård', municipality: 'Vanda',
    vantaaGroup: 'Kamratgrupp för närståendevårdare i Vanda', helsinkiGroup: 'Grupp för anhöriga till minnessjuka', phoneAdvice: 'Rådgivning för närståendevårdare',
    crisis: 'jag vill ta mitt liv', switchTo: { text: 'in English', lang: 'en' }, summaryWord: 'sammanfattning', forget: 'glöm mig',
    phoneOnly: 'bara per telefon', somethingElse: 'något annat',
  },
  {
    lang: 'en', need: 'I look after my mother who has dementia and I am exhausted', caregiver: 'Caring for a loved one', municipality: 'Vantaa',
    vantaaGroup: "Carers' peer group in Vantaa", helsinkiGroup: 'Group for relatives of people with dementia', phoneAdvice: 'Advice for family carers',
    crisis: "I'm going to kill myself", switchTo: { text: 'suomeksi', lang: 'fi' }, summaryWord: 'summary', forget: 'forget me',
    phoneOnly: 'only by phone', somethingElse: 'something else',
  },
];

/** The resident keeps only the caregiver situation on the "what I understood" card. */
const keepCaregiverOnly = { action: 'confirm', 'situation:caregiver': 'true', 'situation:mental-health': 'false' };
const skipChannel = { action: 'answer', q: 'channel', value: 'any' };

function savedIdFrom(replies: RepliesView, title: string): string {
  const card = replies.cards.find((c) => JSON.stringify(c).includes(title));
  const save = JSON.stringify(card).match(/"action":"save","id":"([^"]+)"/);
  if (!save?.[1]) throw new Error(`no save button on the card of ${title}`);
  return save[1];
}

describe.each(SCRIPTS)('in $lang', (s) => {
  it('takes a free-text need through what it understood and the clarifying questions to three result cards', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    const [, , , results] = await transcript(h, s.lang, [
      { user: s.need, says: ['welcome.privacyShort', 'understood.title'], shows: [s.caregiver], offers: ['confirm'] },
      // "my mother" already answered "for whom", so the first question is the municipality.
      { user: keepCaregiverOnly, says: ['questions.municipality.ask'], hides: [s.caregiver] },
      { user: s.municipality, says: ['questions.channel.ask'], offers: ['answer'] },
      {
        user: skipChannel, says: [['results.intro', { count: 3 }], 'result.gives', 'result.asks', 'result.nextStep', 'refine.prompt', 'feedback.ask'],
        shows: [s.vantaaGroup], hides: [s.helsinkiGroup], offers: ['save', 'more', 'else', 'nearer', 'phone', 'startOver', 'feedback'],
      },
    ]);
    expect(results?.cards.filter((c) => JSON.stringify(c).includes('"action":"save"'))).toHaveLength(3);
    expect(results?.cards.every((c) => c.version === '1.5')).toBe(true);
  });

  it('does not ask for the municipality when the need names a place outside the catalogue\'s regions', async () => {
    const elsewhere: Record<Lang, string> = { fi: ' Asun Kuopiossa.', sv: ' Jag bor i Vasa.', en: ' I live in Tampere.' };
    const real = realKnowledge();
    const h = createHarness({ locale: LOCALE[s.lang], catalogue: real.catalogue, matcher: real.matcher });
    await transcript(h, s.lang, [
      { user: s.need + elsewhere[s.lang], says: ['understood.title'], offers: ['confirm'] },
      { user: keepCaregiverOnly, says: ['questions.channel.ask'] },
    ]);
  });

  it('refines the results: only by phone, something else, and nearer to me asks where first', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    const shown = await transcript(h, s.lang, [
      { user: s.need },
      { user: { action: 'confirm', 'situation:caregiver': 'true', 'situation:mental-health': 'false' } },
      { user: { action: 'answer', q: 'municipality', value: 'any' }, says: ['questions.channel.ask'] },
      { user: skipChannel, says: [['results.intro', { count: 3 }]] },
      { user: s.phoneOnly, says: ['results.intro_phone'], shows: [s.phoneAdvice, 'tel:+358207806500'], hides: [s.vantaaGroup] },
      { user: { action: 'startOver' }, says: ['startOver.done', 'need.ask'] },
      { user: s.need, says: ['understood.title'] },
      { user: keepCaregiverOnly, says: ['questions.municipality.ask'] },
      { user: { action: 'answer', q: 'municipality', value: 'any' } },
      { user: skipChannel },
    ]);
    const firstTitles = (shown[9]?.text ?? '').split('\n');
    const other = await h.send(s.somethingElse);
    expect(other.text).toContain(h.i18n.t(s.lang, 'results.intro_else'));
    const before = h.catalogue.activities.filter((a) => firstTitles.includes(a.title[s.lang])).map((a) => a.title[s.lang]);
    expect(before.length).toBeGreaterThan(0);
    for (const title of before) expect(other.text.split('\n')).not.toContain(title);

    await transcript(h, s.lang, [
      { user: { action: 'nearer' }, says: ['questions.municipality.ask'] },
      { user: { action: 'answer', q: 'municipality', municipalityName: s.municipality }, says: ['results.intro_nearer'], hides: [s.helsinkiGroup] },
    ]);
  });

  it('answers a crisis typed into a clarifying question at once, and the question still waits afterwards', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly, says: ['questions.municipality.ask'] },
      {
        user: s.crisis, says: ['crisis.title', ['crisis.emergency', { number: '112' }], 'crisis.continueOffer'],
        shows: ['09 2525 0111', 'tel:+358925250111'], hides: [h.i18n.t(s.lang, 'questions.channel.ask')], offers: ['continue'],
        then: (r) => expect(r.buttons.map((b) => b.url)).toContain('tel:112'),
      },
      { user: { action: 'continue' }, says: ['questions.municipality.ask'] },
      { user: s.municipality, says: ['questions.channel.ask'] },
      { user: skipChannel, says: [['results.intro', { count: 3 }]], shows: [s.vantaaGroup] },
    ]);
  });

  it('finds a danger sentence buried after 2,500 characters of a long story and answers it with the crisis card', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    const story = `${s.need}. `.repeat(Math.ceil(2500 / (s.need.length + 2)));
    expect(story.length).toBeGreaterThan(2500);
    await transcript(h, s.lang, [
      { user: `${story} ${s.crisis}.`, says: ['crisis.title', ['crisis.emergency', { number: '112' }]] },
    ]);
  });

  it('switches language in the middle of a question and carries on in the new one', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly, says: ['questions.municipality.ask'] },
    ]);
    const to = s.switchTo.lang;
    await transcript(h, to, [
      { user: s.switchTo.text, says: ['language.switched', 'questions.municipality.ask'] },
      { user: { action: 'answer', q: 'municipality', value: 'any' }, says: ['questions.channel.ask'] },
      { user: skipChannel, says: [['results.intro', { count: 3 }], 'result.nextStep'] },
    ]);
  });

  it('makes a summary with a stored code whose page renders in the same language', async () => {
    let clock = Date.UTC(2026, 10, 23, 12);
    const h = createHarness({ locale: LOCALE[s.lang], now: () => clock });
    const [, , , results] = await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly },
      { user: s.municipality },
      { user: skipChannel, shows: [s.vantaaGroup] },
    ]);
    const id = savedIdFrom(results as RepliesView, s.vantaaGroup);
    const [, summary] = await transcript(h, s.lang, [
      { user: { action: 'save', id }, says: [['result.savedConfirm', { n: 1 }]] },
      { user: s.summaryWord, says: ['summary.title', 'summary.showWorker'], shows: [s.vantaaGroup] },
    ]);
    const code = summary?.text.match(/([A-Z2-9]{6})/)?.[1] ?? '';
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(summary?.buttons.map((b) => b.url)).toContain(`https://luotsi.example.fi/summary/${code}`);
    const record = await h.stores.summaries.get(code);
    expect(record).toMatchObject({ code, lang: s.lang, activityIds: [id], situationIds: ['caregiver'], createdAt: clock });

    const html = renderSummaryPage(record!, h.catalogue, h.i18n);
    expect(html).toContain(`<html lang="${s.lang}">`);
    expect(html).toContain(h.i18n.t(s.lang, 'page.heading'));
    expect(html).toContain(code);
    expect(html).not.toContain(s.need);
    clock += 1;
  });

  it('forgets everything at once when asked, and says so', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly },
      { user: s.forget, says: ['privacy.forgotten'] },
    ]);
    expect((h.stores.storage as MemoryStorage).size).toBe(0);
    // A fresh start: the privacy note comes again and nothing of the earlier need remains.
    await transcript(h, s.lang, [{ user: s.need, says: ['welcome.privacyShort', 'understood.title'] }]);
  });

  it('asks whether it helped and counts the answer without any text', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly },
      { user: s.municipality },
      { user: skipChannel, says: ['feedback.ask'] },
      { user: { action: 'feedback', helpful: 'yes' }, says: ['feedback.thanks', 'summary.title'] },
    ]);
    expect(await h.stores.counters.read('feedback')).toEqual({ [`helpful=yes,lang=${s.lang}`]: 1 });
  });
});

describe('messages Luotsi cannot make sense of', () => {
  const odd: [string, string][] = [
    ['nonsense', 'asdf qwerty zxcv'],
    // Emoji only is small talk now (see below); symbols without a friendly emoji are still not understood.
    ['symbols only', '+++ ### ???'],
    ['10,000 characters', 'blaa '.repeat(2000)],
    ['Arabic', 'أحتاج إلى مساعدة مع والدتي المريضة'],
    ['control characters and markup', '\u0000\u0007<script>alert(1)</script>'],
  ];

  it.each(odd)('answers %s kindly with choices at first contact', async (_name, text) => {
    const h = createHarness();
    const [r] = await transcript(h, 'fi', [{ user: text, says: ['welcome.privacy'], offers: ['situation', 'lang'] }]);
    expect(r?.text).not.toContain('<script>');
  });

  it.each(odd)('answers %s kindly with choices in the middle of a conversation, and counts an unmet need', async (_name, text) => {
    const h = createHarness({ locale: 'en-US' });
    await transcript(h, 'en', [
      { user: 'hello', says: ['welcome.ask'] },
      { user: text, offers: ['situation', 'lang'] },
      // The conversation goes on: a real need is still understood afterwards.
      { user: 'I feel so lonely', says: ['understood.title'], shows: ['Loneliness'] },
    ]);
    expect(Object.values(await h.stores.counters.read('unmet_need'))).toEqual([1]);
  });

  it('tells a resident writing in another language which languages it speaks', async () => {
    const h = createHarness({ locale: 'sv-SE' });
    await transcript(h, 'sv', [
      { user: 'hej', says: ['welcome.ask'] },
      { user: 'أحتاج إلى مساعدة مع والدتي المريضة', says: ['notUnderstood.otherLanguage'], offers: ['situation'] },
    ]);
  });

  it('records an unmet need per situation, municipality and language, never the text, when nothing fits', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    await transcript(h, 'fi', [
      { user: 'Velat kasvaa enkä saa laskuja maksettua, asun Helsingissä' },
      { user: { action: 'confirm', 'situation:money-debt': 'true' }, says: [['results.intro', { count: 1 }]] },
      { user: { action: 'else' }, says: ['results.none'], offers: ['startOver', 'else'] },
    ]);
    const counts = await h.stores.counters.read('unmet_need');
    expect(counts).toEqual({ 'lang=fi,municipality=091,situation=money-debt': 1 });
    expect(JSON.stringify(counts)).not.toContain('Velat');
  });
});

describe('first contact', () => {
  it('greets in the channel locale with the privacy note and quick choices when a resident joins', async () => {
    const h = createHarness({ locale: 'sv-SE' });
    await h.adapter.receiveActivity({
      type: 'conversationUpdate', locale: 'sv-SE',
      membersAdded: [{ id: 'user1', name: 'User' }], recipient: { id: 'bot', name: 'Luotsi' },
    });
    const replies = [];
    while (h.adapter.activeQueue.length) replies.push(h.adapter.getNextReply());
    const text = JSON.stringify(replies);
    expect(text).toContain(h.i18n.t('sv', 'welcome.privacy').replace(/"/g, '\\"'));
    expect(replies.every((a) => a.locale === 'sv-SE')).toBe(true);
  });

  it('answers a Swedish first message in Swedish even when the page says Finnish', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    await transcript(h, 'sv', [{ user: 'Jag vårdar min mamma som har demens och behöver hjälp', says: ['understood.title'], shows: ['Närståendevård'] }]);
  });

  it('opens staff search by default in Teams, and never in web chat for a typed "henkilöstö" / "personal" / "staff"', async () => {
    const teams = createHarness({ channelId: 'msteams', locale: 'fi-FI' });
    const [hits] = await transcript(teams, 'fi', [{ user: 'omaishoitaja Vantaa puhelin', offers: ['staffSearch'], hides: [teams.i18n.t('fi', 'understood.title')] }]);
    expect(hits?.text).toContain('Omaishoitajien neuvonta');
    for (const [word, lang] of [['henkilöstö', 'fi'], ['personal', 'sv'], ['staff', 'en']] as const) {
      const web = createHarness({ locale: LOCALE[lang] });
      const [reply] = await transcript(web, lang, [{ user: word }]);
      expect(JSON.stringify(reply?.activities), word).not.toContain('"action":"staffSearch"');
      expect(reply?.text, word).not.toContain(web.i18n.t(lang, 'staff:welcome.title'));
    }
  });

  it('keeps the resident flow in web chat when a client claims to be staff (channelData.mode)', async () => {
    const h = createHarness({ locale: 'fi-FI' });
    await h.adapter.receiveActivity({ type: 'message', text: 'omaishoitaja Vantaa', locale: 'fi-FI', channelData: { mode: 'staff' } });
    const replies = [];
    while (h.adapter.activeQueue.length) replies.push(h.adapter.getNextReply());
    expect(JSON.stringify(replies)).not.toContain('"action":"staffSearch"');
    expect(JSON.stringify(replies)).toContain(h.i18n.t('fi', 'understood.title'));
    expect(h.errors).toEqual([]);
  });

  it('keeps the resident flow in web chat unless staff search is asked for', async () => {
    const web = createHarness({ locale: 'fi-FI' });
    await transcript(web, 'fi', [{ user: 'omaishoitaja Vantaa puhelin', says: ['understood.title'] }]);
  });
});

describe('people in a similar situation', () => {
  it.each(['fi', 'sv', 'en'] as const)('offers a persona whose situations match and starts the journey on a tap (%s)', async (lang) => {
    const need = { fi: 'Hoidan dementoitunutta äitiäni', sv: 'Jag vårdar min mamma som har demens', en: 'I look after my mother who has dementia' }[lang];
    const h = createHarness({ locale: LOCALE[lang] });
    const [, , results] = await transcript(h, lang, [
      { user: need },
      { user: keepCaregiverOnly },
      { user: { action: 'answer', q: 'municipality', value: 'any' } },
    ]);
    const last = results?.buttons.some((b) => b.data?.action === 'answer') ? (await h.send(skipChannel)) : results;
    expect(last?.text).toContain(h.i18n.t(lang, 'persona.offer', { name: 'Ville' }));
    const persona = last?.buttons.find((b) => b.data?.action === 'persona');
    expect(persona?.data).toEqual({ action: 'persona', id: 'ville' });
    const journey = await h.send(persona?.data ?? {});
    expect(h.errors).toEqual([]);
    expect(journey.text).toContain(h.catalogue.personas.get('ville')?.steps[0]?.story[lang]);
    expect(journey.locales.every((l) => l === LOCALE[lang])).toBe(true);
  });
});

describe('why a result fits', () => {
  it('quotes only words the resident actually wrote, never the matcher\'s internal concepts', async () => {
    const catalogue = fixtureCatalogue();
    const fake = createFakeMatcher(catalogue);
    const conceptual: Matcher = {
      ...fake,
      match: (q) => {
        const r = fake.match(q);
        return { ...r, results: r.results.map((x) => ({ ...x, why: ['caregiver-concept', ...x.why] })) };
      },
    };
    const h = createHarness({ catalogue, matcher: conceptual, locale: 'fi-FI' });
    const [, , , results] = await transcript(h, 'fi', [
      { user: 'Hoidan dementoitunutta äitiäni' },
      { user: keepCaregiverOnly },
      { user: { action: 'answer', q: 'municipality', value: 'any' } },
      { user: skipChannel },
    ]);
    expect(results?.text).toContain('"dementoitunutta"');
    expect(results?.text).not.toContain('caregiver-concept');
  });
});

describe('a short answer typed at the "understood" card', () => {
  it('keeps the need and takes "for myself" and the place as answers, so it does not ask them again', async () => {
    const { catalogue, matcher } = realKnowledge();
    const h = createHarness({ locale: 'en-US', catalogue, matcher });
    const need = await h.send('I have debts I cannot pay');
    expect(need.text).toContain(h.i18n.t('en', 'understood.title'));
    const self = await h.send('myself');
    expect(self.text).not.toContain(h.i18n.t('en', 'understood.title'));
    expect(self.text).not.toContain(h.i18n.t('en', 'questions.forWhom.ask'));
    // At most the remaining questions (where, how), each once; then results.
    let place = self;
    for (let i = 0; i < 2 && !/Here (is an option|are \d+ options)/.test(place.text); i++) {
      expect(place.text).not.toContain(h.i18n.t('en', 'questions.forWhom.ask'));
      place = await h.send(place.text.includes(h.i18n.t('en', 'questions.municipality.ask')) ? 'Helsinki' : h.i18n.t('en', 'questions.skip'));
    }
    expect(place.text).toMatch(/Here (is an option|are \d+ options) that could suit you/);
    const shown = place.cards.flatMap((c) => (c.body as { text?: string }[]).map((b) => b.text ?? '')).join('\n');
    const debtActivities = catalogue.activities.filter((a) => a.situationIds.includes('money-debt')).map((a) => a.title.en);
    expect(debtActivities.some((title) => shown.includes(title)), 'a debt activity among the results').toBe(true);
  });

  it('still takes a longer message there as the need told again', async () => {
    const { catalogue, matcher } = realKnowledge();
    const h = createHarness({ locale: 'en-US', catalogue, matcher });
    await h.send('I have debts I cannot pay');
    const again = await h.send('actually I feel very lonely since my wife died');
    expect(again.text).toContain(h.i18n.t('en', 'understood.title'));
    const toggles = again.cards.flatMap((c) => (c.body as { type: string; id?: string; value?: string }[]))
      .filter((b) => b.type === 'Input.Toggle' && b.value === 'true').map((b) => b.id);
    expect(toggles).not.toContain('situation:money-debt');
  });
});

interface SmallTalkScript {
  lang: Lang;
  greeting: string;
  greetingAgain: string;
  need: string;
  municipality: string;
  thanks: string;
  goodbye: string;
  emoji: string;
  lonely: string;
  loneliness: string;
  forgetWord: string;
}

const SMALL_TALK: SmallTalkScript[] = [
  {
    lang: 'fi', greeting: 'Moi!', greetingAgain: 'terve 😊', need: 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut', municipality: 'Vantaalla',
    thanks: 'kiitos!', goodbye: 'heippa', emoji: '😊👍', lonely: 'hei, olen yksinäinen', loneliness: 'Yksinäisyys', forgetWord: 'poista tietoni',
  },
  {
    lang: 'sv', greeting: 'Hejsan 👋', greetingAgain: 'hej', need: 'Jag vårdar min mamma som har demens och är helt utmattad', municipality: 'Vanda',
    thanks: 'Tack så mycket!', goodbye: 'hej då', emoji: '🙏❤️', lonely: 'hej, jag är ensam', loneliness: 'Ensamhet', forgetWord: 'glöm mig',
  },
  {
    lang: 'en', greeting: 'Good morning!', greetingAgain: 'hi', need: 'I look after my mother who has dementia and I am exhausted', municipality: 'Vantaa',
    thanks: 'thank you', goodbye: 'bye', emoji: '👍', lonely: 'hi, I am lonely', loneliness: 'Loneliness', forgetWord: 'forget me',
  },
];

describe.each(SMALL_TALK)('small talk in $lang', (s) => {
  const notUnderstood = (h: { i18n: { t: (l: Lang, k: string) => string } }) => h.i18n.t(s.lang, 'notUnderstood.message');

  it('answers a greeting at the start with the welcome and the quick choices, and a later one with a short hello', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.greeting, says: ['welcome.title', 'welcome.ask'], offers: ['situation', 'lang'], hides: [notUnderstood(h)] },
      { user: s.greetingAgain, says: ['smallTalk.greeting', 'choices.tapInstead'], offers: ['situation'], hides: [notUnderstood(h)] },
      // The conversation goes on as usual afterwards.
      { user: s.need, says: ['understood.title'] },
    ]);
    expect(await h.stores.counters.read('unmet_need')).toEqual({});
  });

  it('answers thanks after the results with "you\'re welcome", something else and the summary hint, and keeps the results open', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly },
      { user: s.municipality },
      { user: skipChannel, says: [['results.intro', { count: 3 }]] },
      { user: s.thanks, says: ['smallTalk.thanks', 'smallTalk.summaryHint'], offers: ['else', 'summary'], hides: [notUnderstood(h)] },
      { user: { action: 'else' }, says: ['results.intro_else'] },
    ]);
    expect(await h.stores.counters.read('unmet_need')).toEqual({});
  });

  it('answers thanks after "did this help?" ended the conversation, and thanks before any results with the choices', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.greeting },
      { user: s.thanks, says: ['smallTalk.thanksChoices'], offers: ['situation'], hides: [h.i18n.t(s.lang, 'smallTalk.summaryHint')] },
      { user: s.need },
      { user: keepCaregiverOnly },
      { user: s.municipality },
      { user: skipChannel },
      { user: { action: 'feedback', helpful: 'yes' }, says: ['feedback.thanks', 'summary.title'] },
      { user: s.thanks, says: ['smallTalk.thanks', 'smallTalk.summaryHint'], offers: ['summary'], hides: [notUnderstood(h)] },
    ]);
  });

  it('answers emoji only with a friendly line and the choices', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.greeting, says: ['welcome.ask'] },
      { user: s.emoji, says: ['smallTalk.emoji'], offers: ['situation', 'lang'], hides: [notUnderstood(h)] },
    ]);
    expect(await h.stores.counters.read('unmet_need')).toEqual({});
  });

  it('says goodbye with the reminder that the conversation can be deleted, and a new need starts afresh', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly },
      { user: s.municipality },
      { user: skipChannel },
      { user: s.goodbye, says: ['smallTalk.goodbye'], shows: [`"${s.forgetWord}"`], hides: [notUnderstood(h)] },
      { user: s.need, says: ['understood.title'], hides: [h.i18n.t(s.lang, 'welcome.privacyShort')] },
    ]);
  });

  it('answers small talk in the middle of a question briefly and asks the same question again', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.need },
      { user: keepCaregiverOnly, says: ['questions.municipality.ask'] },
      { user: s.greetingAgain, says: ['smallTalk.short.greeting', 'questions.municipality.ask'] },
      { user: s.emoji, says: ['smallTalk.short.emoji', 'questions.municipality.ask'] },
      { user: s.municipality, says: ['questions.channel.ask'] },
    ]);
  });

  it('takes a greeting with a need as the need', async () => {
    const h = createHarness({ locale: LOCALE[s.lang] });
    await transcript(h, s.lang, [
      { user: s.lonely, says: ['welcome.privacyShort', 'understood.title'], shows: [s.loneliness], hides: [h.i18n.t(s.lang, 'smallTalk.greeting')] },
    ]);
    const later = createHarness({ locale: LOCALE[s.lang] });
    await transcript(later, s.lang, [
      { user: s.greeting },
      { user: s.lonely, says: ['understood.title'], shows: [s.loneliness] },
    ]);
  });
});

describe('a conversation saved by the version before the clarify loop', () => {
  // That version waited for a clarifying answer at step 3 or 4 of the need waterfall, with the prompt straight on it.
  it.each([3, 4])('gets an answer, not silence, when its answer arrives at old step %i', async (stepIndex) => {
    const h = createHarness({ locale: LOCALE.fi });
    await h.send('Hoidan dementoitunutta äitiäni ja olen ihan uupunut');
    await h.send({ action: 'confirm', 'situation:caregiver': 'true', 'situation:mental-health': 'false' });
    const storage = h.stores.storage;
    const key = 'directline/conversations/Convo1/';
    type Stack = Array<{ id: string; state: { dialogs: { dialogStack: Stack }; stepIndex?: number } }>;
    const item = (await storage.read([key]))[key] as { dialogState: { dialogStack: Stack } };
    // The root dialog's stack holds the main dialog, whose stack holds the need waterfall and its prompt.
    const [root] = item.dialogState.dialogStack;
    expect(root?.id).toBe('root');
    const [main] = root!.state.dialogs.dialogStack;
    expect(main?.id).toBe('main');
    const inner = main!.state.dialogs.dialogStack;
    expect(inner.map((d) => d.id)).toEqual(['need', 'clarify', 'reply']);
    inner[0]!.state.stepIndex = stepIndex;
    inner.splice(1, 1);
    await storage.write({ [key]: { ...item, eTag: '*' } });
    const reply = await h.send('Vantaalla');
    expect(h.errors).toEqual([]);
    expect(reply.text.length).toBeGreaterThan(0);
  });
});

describe('a language wish the answer could not keep', () => {
  it('is said above the results, not hidden', async () => {
    const real = realKnowledge();
    const h = createHarness({ locale: LOCALE.en, catalogue: real.catalogue, matcher: real.matcher });
    await h.send('My husband has Parkinson\'s and I look after him at home in Hämeenlinna. Is there a support group for spouses, ideally in English?');
    let replies = await h.send({ action: 'confirm' });
    const intro = h.i18n.t('en', 'results.intro', { count: 3 });
    for (let i = 0; i < 3 && !replies.text.includes(intro); i++) replies = await h.send(skipChannel);
    expect(replies.text).toContain(intro);
    expect(replies.text).toContain(h.i18n.t('en', 'results.relaxedLanguage', { language: 'English' }));
  });
});
