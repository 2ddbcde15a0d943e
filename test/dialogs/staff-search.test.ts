// Staff search as Teams transcripts over the real knowledge base and matcher: filters, details, and the client's summary with code and QR.
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../dialogs/ui/cards.js';
import { createI18n } from '../../dialogs/i18n.js';
import { MAX_ROWS } from '../../dialogs/staff-search-dialog.js';
import type { Activity } from '../../knowledge/schema.js';
import type { Lang } from '../../knowledge/vocabulary.js';
import { createCheckedHarness, LOCALE, type RepliesView } from '../fixtures/bot-harness.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const i18n = createI18n();
const t = (lang: Lang, key: string, vars?: Record<string, string | number>) => i18n.t(lang, key, vars);

const { catalogue, matcher } = realKnowledge();

/** The bot as createBot wires it, talked to as Microsoft Teams does. */
function teamsBot(lang: Lang) {
  const h = createCheckedHarness({ catalogue, matcher, channelId: 'msteams', locale: LOCALE[lang], publicBaseUrl: 'https://luotsi.example.fi/' });
  return { send: (input: string | Record<string, unknown>) => h.send(input), stores: h.stores };
}

const rowIds = (v: RepliesView) =>
  v.buttons.filter((b) => b.data?.action === 'staffSearch' && b.data.op === 'details').map((b) => String(b.data?.id));
const removable = (v: RepliesView) =>
  v.buttons.filter((b) => b.data?.action === 'staffSearch' && b.data.op === 'remove').map((b) => String(b.data?.key));

function openIn(a: Activity, code: string): boolean {
  if (a.area.scope === 'national') return true;
  if (a.area.scope === 'region') return a.area.regions.includes(catalogue.regionOf(code)!);
  return a.area.municipalities.includes(code);
}

const FILTERED: Record<Lang, string> = {
  fi: 'omaishoitaja muisti Vantaa puhelin ruotsiksi',
  sv: 'närståendevårdare minne Vanda telefon svenska',
  en: 'family carer memory Vantaa phone Swedish',
};

describe.each(['fi', 'sv', 'en'] as const)('staff search in %s', (lang) => {
  it('lists only activities that meet the municipality, channel and language filters, with the filters as removable buttons', async () => {
    const { send } = teamsBot(lang);
    const replies = await send(FILTERED[lang]);
    const vantaa = catalogue.findMunicipality('Vantaa')!.code;
    expect(removable(replies).sort()).toEqual(['channel', 'language', 'municipality']);
    const swedish = t(lang, 'staff:filters.language', { language: new Intl.DisplayNames([lang], { type: 'language' }).of('sv')! });
    expect(replies.buttons.map((b) => b.title)).toContain(t(lang, 'staff:filters.remove', { label: swedish }));
    const ids = rowIds(replies);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThanOrEqual(MAX_ROWS);
    for (const id of ids) {
      const a = catalogue.activityById.get(id)!;
      expect(openIn(a, vantaa), `${id} is open in Vantaa`).toBe(true);
      expect(a.channels, id).toContain('phone');
      expect(a.languages, id).toContain('sv');
      expect(replies.text).toContain(escapeMarkdown(a.title[lang]));
    }
  });

  it('shows the full card on tapping details', async () => {
    const { send } = teamsBot(lang);
    const list = await send(FILTERED[lang]);
    const id = rowIds(list)[0]!;
    const a = catalogue.activityById.get(id)!;
    const details = await send({ action: 'staffSearch', op: 'details', id });
    expect(details.text).toContain(escapeMarkdown(a.description[lang]));
    expect(details.text).toContain(escapeMarkdown(a.asks[lang]));
    expect(details.text).toContain(escapeMarkdown(a.nextStep[lang]));
  });
});

describe('staff search filters and hand-over', () => {
  it('makes a summary for the client in Swedish from a Finnish session, stores it with lang sv and shows the code and a QR code', async () => {
    const { send, stores } = teamsBot('fi');
    const list = await send(FILTERED.fi);
    const ids = rowIds(list);
    const ask = await send({ action: 'staffSearch', op: 'clientSummary' });
    expect(ask.text).toContain(t('fi', 'staff:client.ask', { n: ids.length }));
    expect(ask.buttons.map((b) => b.data?.lang)).toEqual(['fi', 'sv', 'en']);

    const made = await send({ action: 'staffSearch', op: 'clientLang', lang: 'sv' });
    const prefix = t('fi', 'summary.code', { code: '§' }).split('§')[0]!;
    const code = made.text.split('\n').find((line) => line.startsWith(prefix))?.slice(prefix.length);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    const record = await stores.summaries.get(code!);
    expect(record?.lang).toBe('sv');
    expect(record?.activityIds).toEqual(ids);
    expect(made.text).toContain(`https://luotsi.example.fi/summary/${code}`);
    const image = JSON.stringify(made.cards).match(/"url":"(data:image\/png;base64,[^"]+)"/)?.[1];
    expect(image, 'a QR code image').toBeDefined();
    // Titles are listed in the client's language, the rest in the worker's.
    expect(made.text).toContain(escapeMarkdown(catalogue.activityById.get(ids[0]!)!.title.sv));
    expect(made.text).toContain(t('fi', 'staff:summary.title'));
    for (const a of made.activities) expect(Buffer.byteLength(JSON.stringify(a))).toBeLessThan(80 * 1024);
  });

  it('widens the list when a filter is removed and narrows it when one is added', async () => {
    const { send } = teamsBot('fi');
    await send(FILTERED.fi);
    const wider = await send({ action: 'staffSearch', op: 'remove', key: 'language' });
    expect(removable(wider).sort()).toEqual(['channel', 'municipality']);
    const anyNotSwedish = rowIds(wider).some((id) => !catalogue.activityById.get(id)!.languages.includes('sv'));
    expect(anyNotSwedish, 'without the language filter Finnish-only activities appear').toBe(true);
    const free = await send({ action: 'staffSearch', op: 'add', key: 'free', value: true });
    expect(removable(free)).toContain('free');
    for (const id of rowIds(free)) expect(catalogue.activityById.get(id)!.cost, id).toBe('free');
  });

  it('reads a bare municipality and a bare language name as filters', async () => {
    const { send } = teamsBot('fi');
    const debt = await send('velkaneuvonta Espoo');
    expect(removable(debt)).toEqual(['municipality']);
    const espoo = catalogue.findMunicipality('Espoo')!.code;
    expect(rowIds(debt).length).toBeGreaterThan(0);
    for (const id of rowIds(debt)) expect(openIn(catalogue.activityById.get(id)!, espoo), id).toBe(true);

    const arabic = await send('kotoutuminen arabia');
    expect(removable(arabic)).toEqual(['language']);
    for (const id of rowIds(arabic)) expect(catalogue.activityById.get(id)!.languages, id).toContain('ar');
  });

  it('shows the NGO expert\'s path to staff and returns to the list afterwards', async () => {
    const { send } = teamsBot('en');
    const list = await send(FILTERED.en);
    const path = await send({ action: 'staffSearch', op: 'persona', id: 'jatta' });
    expect(path.text).toContain(t('en', 'journeys:intro.expert', { name: 'Jatta' }));
    const back = await send({ action: 'journey', op: 'back' });
    expect(rowIds(back)).toEqual(rowIds(list));
  });

  it('greets a worker who writes nothing searchable with examples and the example paths', async () => {
    const { send } = teamsBot('en');
    const first = await send({ action: 'staffSearch', op: 'paths' });
    expect(first.buttons.filter((b) => b.data?.op === 'persona')).toHaveLength(8);
  });
});
