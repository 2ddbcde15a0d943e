// One zod union reads every button's data: what the card builders write parses back unchanged, and a forged or malformed value is no button.
import { describe, expect, it } from 'vitest';
import { readButton } from '../../dialogs/ui/actions.js';
import { createHarness, LOCALE } from '../fixtures/bot-harness.js';

describe('card actions', () => {
  it('reads back the data of every button the resident flow draws', async () => {
    const h = createHarness({ locale: LOCALE.fi });
    const seen = [
      ...(await h.send('hei')).buttons,
      ...(await h.send('Hoidan dementoitunutta äitiäni ja olen ihan uupunut')).buttons,
      ...(await h.send({ action: 'confirm', 'situation:caregiver': 'true', 'situation:mental-health': 'false' })).buttons,
      ...(await h.send('Vantaalla')).buttons,
      ...(await h.send({ action: 'answer', q: 'channel', value: 'any' })).buttons,
    ].flatMap((b) => (b.data ? [b.data] : []));
    expect(new Set(seen.map((d) => d.action))).toEqual(new Set(['lang', 'situation', 'confirm', 'startOver', 'answer', 'save', 'more', 'else', 'nearer', 'phone', 'handoffRequest', 'summary', 'feedback', 'persona']));
    for (const data of seen) expect(readButton(data), JSON.stringify(data)).toEqual(data);
  });

  it.each([
    ['an unknown action', { action: 'drop-tables' }],
    ['a situation that does not exist', { action: 'situation', id: '../../etc' }],
    ['a filter key staff search does not have', { action: 'staffSearch', op: 'remove', key: 'admin' }],
    ['a channel that does not exist', { action: 'staffSearch', op: 'add', key: 'channel', value: 'carrier-pigeon' }],
    ['a filter value of the wrong kind', { action: 'staffSearch', op: 'add', key: 'free', value: 'yes please' }],
    ['a journey step that is no number', { action: 'journey', op: 'next', step: '1' }],
    ['a ticket id longer than any ticket', { action: 'handoffAccept', ticket: 'x'.repeat(65) }],
    ['an array', ['save', 'x']],
    ['a string', 'save'],
  ])('is no button for %s', (_name, value) => {
    expect(readButton(value)).toBeUndefined();
  });

  it('keeps only the keys its button has, and an empty pick on the understood card is no pick', () => {
    expect(readButton({ action: 'more', id: 'a', role: 'admin' })).toEqual({ action: 'more', id: 'a' });
    expect(readButton({ action: 'confirm', add: '', 'situation:caregiver': 'true' })).toEqual({ action: 'confirm', add: undefined, 'situation:caregiver': 'true' });
  });
});
