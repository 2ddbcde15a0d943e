// Staff search on its own (DialogTestClient, as Teams): a search, filters added and removed by button, details, and forged button data that changes nothing.
import { describe, expect, it } from 'vitest';
import { StaffSearchDialog } from '../../dialogs/staff-search-dialog.js';
import type { RepliesView } from '../fixtures/bot-harness.js';
import { dialogClient } from '../fixtures/dialog-client.js';

const staffButtons = (v: RepliesView, op: string) => v.buttons.filter((b) => b.data?.action === 'staffSearch' && b.data.op === op);
const rows = (v: RepliesView) => staffButtons(v, 'details').map((b) => String(b.data?.id));
const removable = (v: RepliesView) => staffButtons(v, 'remove').map((b) => String(b.data?.key)).sort();

async function searched() {
  const client = dialogClient((deps) => new StaffSearchDialog(deps), { channelId: 'msteams' });
  const welcome = await client.send('hei');
  expect(welcome.text).toContain(client.i18n.t('fi', 'staff:welcome.title'));
  expect(staffButtons(welcome, 'persona').length).toBeGreaterThan(0);
  const results = await client.send('omaishoitaja Vantaa');
  return { client, results };
}

describe('staff search, one dialog', () => {
  it('lists the caregiver activities open in Vantaa, with the municipality as a filter to remove', async () => {
    const { results } = await searched();
    expect(removable(results)).toEqual(['municipality']);
    expect(rows(results)).toEqual(expect.arrayContaining(['omaishoitajat-neuvonta', 'omaishoitajat-vertaisryhma-vantaa']));
    expect(rows(results)).not.toContain('muisti-vertaisryhma-helsinki');
  });

  it('adds a channel by button and removes it again', async () => {
    const { client, results } = await searched();
    const phone = staffButtons(results, 'add').find((b) => b.data?.key === 'channel' && b.data.value === 'phone');
    expect(phone?.data).toBeDefined();
    const byPhone = await client.send(phone!.data!);
    expect(removable(byPhone)).toEqual(['channel', 'municipality']);
    expect(rows(byPhone)).toContain('omaishoitajat-neuvonta');
    expect(rows(byPhone)).not.toContain('omaishoitajat-vertaisryhma-vantaa');
    for (const id of rows(byPhone)) expect(client.catalogue.activityById.get(id)?.channels, id).toContain('phone');
    const removed = await client.send({ action: 'staffSearch', op: 'remove', key: 'channel' });
    expect(removable(removed)).toEqual(['municipality']);
    expect(rows(removed)).toEqual(rows(results));
  });

  it('shows an activity\'s full card on details', async () => {
    const { client } = await searched();
    const details = await client.send({ action: 'staffSearch', op: 'details', id: 'omaishoitajat-neuvonta' });
    expect(details.text).toContain('Omaishoitajien neuvonta');
    expect(details.buttons.map((b) => b.data?.action)).toContain('save');
  });

  it.each([
    ['a channel that does not exist', { action: 'staffSearch', op: 'add', key: 'channel', value: 'carrier-pigeon' }],
    ['a filter of the wrong kind', { action: 'staffSearch', op: 'add', key: 'free', value: 'no thanks' }],
    ['a key staff search does not have', { action: 'staffSearch', op: 'remove', key: '__proto__' }],
    ['an unknown op', { action: 'staffSearch', op: 'exportAll' }],
  ])('ignores forged button data (%s): the same list, the same filters', async (_name, value) => {
    const { client, results } = await searched();
    const after = await client.send(value);
    expect(removable(after)).toEqual(removable(results));
    expect(rows(after)).toEqual(rows(results));
  });
});
