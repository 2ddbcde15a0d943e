import type { Activity } from 'botbuilder';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../adapters/storage/memory-stores.js';
import { ACTIVITY_SKELETON, createTranscriptCodec } from '../../adapters/storage/transcript-codec.js';

const card = (title: string): Partial<Activity> => ({
  type: 'message', locale: 'fi-FI', from: { id: 'luotsi', name: 'Luotsi', role: 'bot' },
  attachments: [{
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: title, wrap: true, weight: 'Bolder' }] },
  }],
});

describe('in-memory transcripts with the preset-dictionary codec', () => {
  const codec = createTranscriptCodec(['Omaishoitajuus, läheisen hoitaminen', 'Ymmärsin näin', ACTIVITY_SKELETON]);

  it('gives back exactly what was stored, emoji, control characters and all', async () => {
    const stores = createMemoryStores({ transcriptCodec: codec });
    const activities: Partial<Activity>[] = [card('Ymmärsin näin'), { type: 'message', text: 'mä en jaksa 😔 \u0000\u001f "lainaus" \\ ', from: { id: 'u', name: '' } }, card('Närståendevård')];
    await stores.conversations.create('c1');
    await stores.conversations.append('c1', activities);
    expect((await stores.conversations.list('c1', 0)).activities).toEqual(activities);
    expect((await stores.conversations.list('c1', 2)).activities).toEqual([activities[2]]);
    await stores.close();
  });

  it('stores a card in a fraction of its JSON size, and a short message as it is', () => {
    const big = card('Ymmärsin näin');
    (big.attachments![0]!.content as { body: unknown[] }).body.push(...['Omaishoitajuus, läheisen hoitaminen', 'Ymmärsin näin', 'Närståendevård']
      .map((text) => ({ type: 'TextBlock', text, wrap: true, isSubtle: true, size: 'Small' })));
    const json = JSON.stringify(big);
    expect(json.length).toBeGreaterThan(512);
    const stored = codec.encode(json);
    expect(codec.decode(stored)).toBe(json);
    expect(stored.length).toBeLessThan(json.length / 3);
    const short = JSON.stringify({ type: 'message', text: 'itselleni' });
    expect(codec.encode(short)).toBe(short);
  });

  it('still reads text stored without compression', () => {
    expect(codec.decode('{"type":"message"}')).toBe('{"type":"message"}');
  });

  it('reads back what was stored with the whole 32 KiB dictionary, and compresses with its last 8 KiB alone', () => {
    // A dictionary longer than the window: the texts a card repeats, the commonest last.
    const texts = Array.from({ length: 900 }, (_, i) => `Toiminta numero ${i}: vertaistukea ja keskusteluapua läheisille`);
    const long = createTranscriptCodec([...texts, ACTIVITY_SKELETON]);
    const all = Buffer.from([...texts, ACTIVITY_SKELETON].join('\n'), 'utf8');
    expect(all.length).toBeGreaterThan(32 * 1024);
    const big = card('Toiminta numero 10: vertaistukea ja keskusteluapua läheisille');
    (big.attachments![0]!.content as { body: unknown[] }).body.push(...[5, 300, 880].map((i) => ({ type: 'TextBlock', text: texts[i], wrap: true })));
    const json = JSON.stringify(big);
    // As the codec stored activities before it compressed with the dictionary's end only.
    const before = `\u0000${deflateRawSync(json, { dictionary: all.subarray(all.length - 32 * 1024) }).toString('latin1')}`;
    expect(long.decode(before)).toBe(json);
    const now = long.encode(json);
    expect(now).not.toBe(before);
    expect(long.decode(now)).toBe(json);
    expect(now.length).toBeLessThan(json.length / 2);
  });

  it('keeps a turn\'s activities uncompressed until they are read or the next ones come, then compresses each once', async () => {
    let encoded = 0;
    let inflated = 0;
    const counting = {
      encode: (json: string) => { encoded++; return `\u0000${json}`; },
      decode: (stored: string) => (stored.startsWith('\u0000') ? (inflated++, stored.slice(1)) : stored),
    };
    const stores = createMemoryStores({ transcriptCodec: counting });
    const [a, b, c, d] = ['yksi', 'kaksi', 'kolme', 'neljä'].map(card);
    await stores.conversations.create('t');
    await stores.conversations.append('t', [a!, b!]);
    expect(encoded).toBe(0);
    // The read after the turn gets them as they were stored, and they are compressed after it.
    expect((await stores.conversations.list('t', 0)).activities).toEqual([a, b]);
    expect([encoded, inflated]).toEqual([2, 0]);
    expect((await stores.conversations.list('t', 0)).activities).toEqual([a, b]);
    expect([encoded, inflated]).toEqual([2, 2]);
    // Not read before the next ones: compressed when they come.
    await stores.conversations.append('t', [c!]);
    await stores.conversations.append('t', [d!]);
    expect(encoded).toBe(3);
    expect((await stores.conversations.list('t', 2)).activities).toEqual([c, d]);
    expect([encoded, inflated]).toEqual([4, 3]);
    await stores.close();
  });
});
