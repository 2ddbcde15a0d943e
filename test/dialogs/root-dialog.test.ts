// The root dialog routes every turn: on its own (DialogTestClient) it gives staff search in Teams and the resident's flow
// elsewhere, answers the global commands wherever the conversation is (a clarifying question, a similar person's path,
// a staff search), and says the same as the whole bot does; a conversation saved before it existed goes on.
import type { DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { adoptSavedStack, RootDialog } from '../../dialogs/root-dialog.js';
import { createHarness, LOCALE, type RepliesView } from '../fixtures/bot-harness.js';
import { dialogClient } from '../fixtures/dialog-client.js';

const NEED = 'Hoidan dementoitunutta äitiäni ja olen ihan uupunut';
const KEEP_CAREGIVER = { action: 'confirm', 'situation:caregiver': 'true', 'situation:mental-health': 'false' };
const SEARCH = 'omaishoitaja Vantaa';

const staffRows = (v: RepliesView) => v.buttons.filter((b) => b.data?.action === 'staffSearch' && b.data.op === 'details');
const root = (channelId = 'directline', staffSearch = true) => dialogClient((deps) => new RootDialog(deps, { staffSearch }), { channelId });

describe('the root dialog in Teams', () => {
  it('starts a new staff search on "aloita alusta" in staff mode, not the residents\' welcome, and the new search works', async () => {
    const client = root('msteams');
    const t = (key: string) => client.i18n.t('fi', key);
    expect(staffRows(await client.send(SEARCH)).length).toBeGreaterThan(0);
    const again = await client.send('aloita alusta');
    expect(again.text).toContain(t('startOver.done'));
    expect(again.text).toContain(t('staff:welcome.title'));
    expect(again.text).not.toContain(t('welcome.title'));
    expect(again.text).not.toContain(t('need.ask'));
    expect(staffRows(await client.send(SEARCH)).length).toBeGreaterThan(0);
  });

  it('begins staff search with "staff" from the middle of a search', async () => {
    const client = root('msteams');
    await client.send(SEARCH);
    const staff = await client.send('staff');
    expect(staff.text).toContain(client.i18n.t('fi', 'staff:welcome.title'));
    expect(staffRows(staff)).toEqual([]);
  });

  it('gives the residents\' flow when staff search is not there, and says so on "staff"', async () => {
    const client = root('msteams', false);
    expect((await client.send('staff')).text).toContain(client.i18n.t('fi', 'staff.unavailable'));
    expect((await client.send('hei')).text).toContain(client.i18n.t('fi', 'welcome.title'));
  });
});

describe('the root dialog outside Teams', () => {
  it('never opens staff search: "staff" is an ordinary word, and start over begins the resident\'s flow', async () => {
    const client = root('directline');
    const t = (key: string) => client.i18n.t('fi', key);
    const staff = await client.send('staff');
    expect(staff.text).not.toContain(t('staff:welcome.title'));
    expect(staff.text).toContain(t('welcome.title'));
    const again = await client.send('aloita alusta');
    expect(again.text).toContain(t('startOver.done'));
    expect(again.text).toContain(t('need.ask'));
    expect(again.text).not.toContain(t('staff:welcome.title'));
  });
});

describe('global commands in the middle of a clarifying question', () => {
  it('switches the language and asks the same question again in it; the answer is still taken', async () => {
    const client = root();
    await client.send('hei');
    await client.send(NEED);
    const question = await client.send(KEEP_CAREGIVER);
    expect(question.text).toContain(client.i18n.t('fi', 'questions.municipality.ask'));
    const switched = await client.send('in english');
    expect(switched.text).toContain(client.i18n.t('en', 'language.switched'));
    expect(switched.text).toContain(client.i18n.t('en', 'questions.municipality.ask'));
    const next = await client.send('Vantaa');
    expect(next.text).toContain(client.i18n.t('en', 'questions.channel.ask'));
    expect(client.data.query?.facets.municipality).toBe('092');
  });

  it('shows the summary, and the question still waits for its answer', async () => {
    const client = root();
    await client.send('hei');
    await client.send(NEED);
    await client.send(KEEP_CAREGIVER);
    const summary = await client.send('yhteenveto');
    expect(summary.text).toContain(client.i18n.t('fi', 'summary.empty'));
    expect((await client.send('Vantaalla')).text).toContain(client.i18n.t('fi', 'questions.channel.ask'));
  });
});

describe('global commands on a similar person\'s path', () => {
  async function onPath() {
    const client = root();
    await client.send('Hei');
    const intro = await client.send({ action: 'persona', id: 'veera' });
    const total = client.catalogue.personas.get('veera')!.steps.length;
    const step = (n: number, lang: 'fi' | 'en' = 'fi') => client.i18n.t(lang, 'journeys:step.counter', { n, total });
    expect(intro.text).toContain(step(1));
    return { client, step };
  }

  it('shows the summary and "continue" the same step, and the path goes on', async () => {
    const { client, step } = await onPath();
    expect((await client.send('yhteenveto')).text).toContain(client.i18n.t('fi', 'summary.empty'));
    expect((await client.send('jatka')).text).toContain(step(1));
    expect((await client.send('seuraava')).text).toContain(step(2));
  });

  it('switches the language and shows the same step in it', async () => {
    const { client, step } = await onPath();
    const switched = await client.send({ action: 'lang', lang: 'en' });
    expect(switched.text).toContain(client.i18n.t('en', 'language.switched'));
    expect(switched.text).toContain(step(1, 'en'));
  });

  it('starts over: the path ends and the resident is asked what they need', async () => {
    const { client } = await onPath();
    const again = await client.send('aloita alusta');
    expect(again.text).toContain(client.i18n.t('fi', 'startOver.done'));
    expect(again.text).toContain(client.i18n.t('fi', 'need.ask'));
    const next = await client.send('seuraava');
    expect(next.text).not.toContain(client.i18n.t('fi', 'journeys:step.counter', { n: 2, total: 3 }));
  });

  it('answers "moi" briefly with the same step, and a goodbye ends the path kindly', async () => {
    const { client, step } = await onPath();
    const hello = await client.send('moi');
    expect(hello.text).toContain(client.i18n.t('fi', 'smallTalk.short.greeting'));
    expect(hello.text).toContain(step(1));
    expect((await client.send('heippa')).text).toContain(client.i18n.t('fi', 'smallTalk.goodbye'));
  });
});

describe('the root dialog alone and the whole bot', () => {
  // Everything but the summary's random code: the same words, in the same order, for the same turns.
  const turns: (string | Record<string, unknown>)[] = [
    'hei', NEED, KEEP_CAREGIVER, { action: 'lang', lang: 'sv' }, 'fortsätt', 'Vanda', { action: 'save', id: 'omaishoitajat-neuvonta' },
    { action: 'answer', q: 'channel', value: 'phone' }, { action: 'persona', id: 'veera' }, { action: 'lang', lang: 'fi' }, 'moi',
    { action: 'else' }, 'aloita alusta', 'Olen yksinäinen',
  ];

  it('says the same at every turn of a conversation that goes through questions, a path and its commands', async () => {
    const alone = root();
    const bot = createHarness({ locale: LOCALE.fi });
    for (const turn of turns) {
      const [a, b] = [await alone.send(turn), await bot.send(turn)];
      expect(b.text, JSON.stringify(turn)).toBe(a.text);
      expect(b.buttons, JSON.stringify(turn)).toEqual(a.buttons);
    }
    expect(bot.errors).toEqual([]);
  });
});

describe('a conversation saved before the root dialog', () => {
  type Instance = { id: string; state: Record<string, unknown> };
  const key = 'directline/conversations/Convo1/';
  const children = (instance: Instance) => (instance.state.dialogs as { dialogStack: Instance[] }).dialogStack;

  /** Rewrites the saved stack the way the version before the root dialog kept it. */
  async function saveAsBefore(h: ReturnType<typeof createHarness>, before: (rootChildren: Instance[]) => Instance[]) {
    const item = (await h.stores.storage.read([key]))[key] as { dialogState: { dialogStack: Instance[] } };
    const [top] = item.dialogState.dialogStack;
    expect(top?.id).toBe('root');
    item.dialogState.dialogStack = before(children(top!));
    await h.stores.storage.write({ [key]: { ...item, eTag: '*' } });
  }

  it('goes on with the question that waited at the top of the bot\'s stack', async () => {
    const h = createHarness({ locale: LOCALE.fi });
    await h.send(NEED);
    await h.send(KEEP_CAREGIVER);
    await saveAsBefore(h, (stack) => stack);
    const next = await h.send('Vantaalla');
    expect(h.errors).toEqual([]);
    expect(next.text).toContain(h.i18n.t('fi', 'questions.channel.ask'));
  });

  it('goes on with a path that was inside the main dialog', async () => {
    const h = createHarness({ locale: LOCALE.fi });
    await h.send('Hei');
    await h.send({ action: 'persona', id: 'veera' });
    await saveAsBefore(h, (stack) => [{ id: 'main', state: { dialogs: { dialogStack: stack } } }]);
    const next = await h.send('seuraava');
    expect(h.errors).toEqual([]);
    const total = h.catalogue.personas.get('veera')!.steps.length;
    expect(next.text).toContain(h.i18n.t('fi', 'journeys:step.counter', { n: 2, total }));
  });

  it('leaves a stack the root already holds, and an empty one, as they are', () => {
    const held: DialogState = { dialogStack: [{ id: 'root', state: { dialogs: { dialogStack: [{ id: 'main', state: {} }] } } }] };
    const copy = structuredClone(held);
    adoptSavedStack(held);
    expect(held).toEqual(copy);
    const empty: DialogState = { dialogStack: [] };
    adoptSavedStack(empty);
    expect(empty).toEqual({ dialogStack: [] });
  });
});
