// What the widget makes Web Chat read for a card, whatever the bot put on it: its `speak`, or else the card's own visible
// text (no hidden parts, no markdown), in the live region and in the transcript's label for that reply. A stand-in bot
// sends the cards, so this holds for any card, not only Luotsi's (which carry `speak`, see bot/card-kit.ts).
import { ActivityHandler, CardFactory, MessageFactory } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatOn, haveChromium, heard, listenToLiveRegion, startLuotsi, type Page, type Running } from './harness.js';

const PLAIN_CARD = {
  type: 'AdaptiveCard', version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Vertaistukiryhmä omaisille', size: 'Large', weight: 'Bolder', style: 'heading', wrap: true },
    { type: 'TextBlock', text: 'Sopii, koska kerroit: **omaishoito** \\(äiti\\)', wrap: true },
    { type: 'TextBlock', text: 'Verkkosivu: [omaiset.fi](https://omaiset.fi)', wrap: true },
    { type: 'Container', isVisible: false, id: 'hidden-details', items: [{ type: 'TextBlock', text: 'Piilotettu lisätieto' }] },
    { type: 'FactSet', facts: [{ title: 'Hinta', value: 'Maksuton' }] },
  ],
  actions: [{ type: 'Action.Submit', title: 'Tallenna', data: { action: 'save' } }],
};

class CardBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'plain') await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(PLAIN_CARD)));
      else if (text === 'spoken') {
        await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard({ ...PLAIN_CARD, speak: 'Ryhmä omaisille, maksuton. Soita 09 123 4567.' })));
      } else await context.sendActivity(`echo ${text}`);
      await next();
    });
  }
}

describe.skipIf(!haveChromium)('a card read aloud', () => {
  let run: Running;
  let page: Page;
  let c: ReturnType<typeof chatOn>;
  let live: Awaited<ReturnType<typeof listenToLiveRegion>>;

  beforeAll(async () => {
    run = await startLuotsi({ bot: new CardBot() });
    page = await run.browser.newPage({ viewport: { width: 1280, height: 900 } });
    c = chatOn(page);
    await page.goto(`${run.server.url}/?lang=fi`);
    await c.launcher.click();
    await c.sendBox.waitFor({ timeout: 30_000 });
    live = await listenToLiveRegion(page);
  });
  afterAll(async () => { await run?.stop(); });

  /** The hidden label Web Chat reads when the resident moves to the last reply in the transcript. */
  const lastReplyLabel = () => c.lastActivity().locator('.webchat__basic-transcript__activity-active-descendant').evaluate((el) => {
    const id = el.getAttribute('aria-labelledby');
    return (id && document.getElementById(id)?.textContent) || '';
  });

  it('reads a card without speak by its own visible text: title, why, how to reach, facts; nothing hidden, no markdown', async () => {
    await live.clear();
    await c.say('plain');
    await expect.poll(() => c.cards.count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => heard((await live.said()).join('\n')), { timeout: 5_000 }).toContain('Vertaistukiryhmä omaisille');
    const said = heard((await live.said()).join('\n'));
    for (const part of ['Sopii, koska kerroit: omaishoito (äiti)', 'Verkkosivu: omaiset.fi', 'Hinta: Maksuton']) expect(said).toContain(part);
    expect(said).not.toContain('Piilotettu');
    expect(said).not.toMatch(/\*\*|\\\(|\]\(/);
    const label = heard(await lastReplyLabel());
    expect(label).toContain('Vertaistukiryhmä omaisille');
    expect(label).toContain('Verkkosivu: omaiset.fi');
  });

  it('reads a card by its speak when it has one', async () => {
    await live.clear();
    await c.say('spoken');
    await expect.poll(() => c.cards.count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(async () => heard((await live.said()).join('\n')), { timeout: 5_000 }).toContain('Ryhmä omaisille, maksuton. Soita 09 123 4567.');
    expect(heard(await lastReplyLabel())).toContain('Ryhmä omaisille, maksuton.');
  });

  it('leaves a plain text message as Web Chat reads it', async () => {
    await live.clear();
    await c.say('hello');
    await expect.poll(async () => heard((await live.said()).join('\n')), { timeout: 5_000 }).toContain('echo hello');
  });
});
