// Typed step options instead of casts: a shape a step does not expect is an error that names its place, and a broken
// saved state costs the resident a kind apology and a fresh start, never a wrong answer.
import type { DialogInstance, WaterfallStepContext } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { instanceState, stepOptions, stepResult } from '../../dialogs/dialog-state.js';
import { createHarness, LOCALE } from '../fixtures/bot-harness.js';

const step = (fields: { options?: unknown; result?: unknown }) =>
  ({ ...fields, index: 2, values: {}, activeDialog: { id: 'need' } }) as unknown as WaterfallStepContext;

describe('reading what the dialog engine keeps untyped', () => {
  const Options = z.object({ asked: z.array(z.string()).default([]) });

  it('parses a step\'s options and fills their defaults', () => {
    expect(stepOptions(step({ options: { asked: ['channel'] } }), Options)).toEqual({ asked: ['channel'] });
    expect(stepOptions(step({}), Options)).toEqual({ asked: [] });
  });

  it('throws on a wrong shape, naming the waterfall, the step and the field, not the value', () => {
    const secret = 'olen yksinäinen';
    expect(() => stepOptions(step({ options: { asked: secret } }), Options)).toThrow(/need step 2 options: unexpected shape[\s\S]*asked/);
    expect(() => stepResult(step({ result: { text: 1 } }), z.object({ text: z.string() }))).toThrow(/need step 2 result/);
    try {
      stepOptions(step({ options: { asked: secret } }), Options);
    } catch (error) {
      expect(String(error)).not.toContain(secret);
    }
  });

  it('returns a dialog\'s own state as the same object, so what the dialog writes is kept', () => {
    const instance: DialogInstance = { id: 'walk', state: { index: 1 } };
    const state = instanceState(instance, z.object({ index: z.number() }));
    state.index += 1;
    expect(instance.state).toEqual({ index: 2 });
    expect(() => instanceState({ id: 'walk', state: { index: 'x' } }, z.object({ index: z.number() }))).toThrow(/walk state/);
  });
});

describe('a saved state of the wrong shape', () => {
  it('gets the apology and a fresh start, and the error names the dialog', async () => {
    const h = createHarness({ locale: LOCALE.fi });
    await h.send('Hei');
    await h.send({ action: 'persona', id: 'veera' });
    const key = 'directline/conversations/Convo1/';
    const item = (await h.stores.storage.read([key]))[key];
    const json = JSON.stringify(item).replace('"index":0', '"index":"first"');
    expect(json).toContain('"index":"first"');
    await h.stores.storage.write({ [key]: { ...JSON.parse(json), eTag: '*' } });
    const reply = await h.send('seuraava');
    expect(reply.text).toContain(h.i18n.t('fi', 'errors.general'));
    expect(String(h.errors[0])).toMatch(/personaJourney\.walk state: unexpected shape/);
    const again = await h.send('Hei');
    expect(again.text).toContain(h.i18n.t('fi', 'smallTalk.greeting'));
    expect(h.errors).toHaveLength(1);
  });
});
