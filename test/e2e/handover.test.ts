// The handover from the resident's side, in the stock Bot Framework Web Chat in its default settings
// (createDirectLine({ domain, token }): the WebSocket stream): the resident asks for a person and consents in the page;
// this test plays the staff in Teams (activities to /api/messages in TEAMS_DEV_MODE, the bot's posts read from a stand-in
// connector). Staff messages must appear in the open page, in order, without a reload; the resident's reply typed in the
// page must reach the request's thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postTeams, type Received, startConnector, teamsMessage, until } from '../integration/helpers/teams-connector.js';
import { botText, drawn, haveChromium, heard, listenToLiveRegion, shot, startLuotsi, watchErrors, type Locator, type Page, type Running } from './harness.js';

const QUEUE = '19:palveluohjaus@thread.tacv2';
const STAFF = { id: '29:anna', name: 'Anna Virtanen', aadObjectId: 'aad-anna' };
const all = (x: unknown) => JSON.stringify(x);
const ticketOf = (r: Received) => /"action":"handoffAccept","ticket":"([^"]+)"/.exec(all(r.body))?.[1];
/** A text with {{vars}} filled in, as i18next would. */
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
/** The first sentence of a bot text: enough to know it, and untouched by Web Chat's markdown. */
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? text;

describe.skipIf(!haveChromium)('a handover in the stock Web Chat (default mode: the WebSocket stream), in Chromium', () => {
  let run: Running;
  let connector: Awaited<ReturnType<typeof startConnector>>;

  /** A Teams activity from a staff member in the queue channel, or in a request's thread. */
  const staffSays = (text: string, extra: Record<string, unknown> = {}) => postTeams(run.server.url, teamsMessage(connector.url, text, {
    conversation: { id: QUEUE, conversationType: 'channel', tenantId: 'tenant-1', isGroup: true },
    from: STAFF,
    ...extra,
  }));

  beforeAll(async () => {
    connector = await startConnector();
    run = await startLuotsi({}, { TEAMS_DEV_MODE: '1', HANDOFF_CONTACT_FI: 'Palveluohjaus, puh. 09 000 0000 (testi)' });
    // The team makes its channel the queue.
    const res = await staffSays('ota yhteydenotot tänne');
    expect(res.status).toBe(200);
    await until(() => connector.received.find((r) => /ottaa nyt vastaan/.test(all(r.body))), 10_000);
  });
  afterAll(async () => {
    await run?.stop();
    await connector?.close();
  });

  /** Our own page (its CSP allows our scripts only) with the stock Web Chat bundle, created with nothing but domain and token. */
  async function stockWebChat(page: Page): Promise<void> {
    await page.goto(`${run.server.url}/privacy?lang=fi`);
    const bundleUrl = run.server.url + /"(\/webchat\.js\?v=[^"]+)"/.exec(await (await fetch(`${run.server.url}/widget.js`)).text())![1]!;
    await page.addScriptTag({ url: bundleUrl });
    await page.evaluate(async () => {
      const token = (await (await fetch('/v3/directline/tokens/generate', { method: 'POST' })).json() as { token: string }).token;
      const host = document.createElement('div');
      host.id = 'stock';
      host.style.height = '700px';
      document.body.prepend(host);
      const WebChat = (window as unknown as { WebChat: { createDirectLine(o: object): unknown; renderWebChat(p: object, el: Element): void } }).WebChat;
      // The default settings: no webSocket option (true), no polling interval.
      WebChat.renderWebChat({ directLine: WebChat.createDirectLine({ domain: `${location.origin}/v3/directline`, token }), locale: 'fi-FI' }, host);
    });
  }

  /** Whether an element is where the resident looks: inside the transcript's scrolled viewport (Web Chat sticks to the bottom). */
  const inView = (target: Locator) => target.evaluate((el) => {
    const scroller = el.closest('.webchat__basic-transcript__scrollable');
    if (!scroller) return false;
    const r = el.getBoundingClientRect();
    const v = scroller.getBoundingClientRect();
    return r.height > 0 && r.top >= v.top - 1 && r.bottom <= v.bottom + 1;
  });

  it('staff messages appear in the open page as they are sent, in order, and the resident\'s reply reaches the thread', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1000, height: 900 }, locale: 'fi-FI' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // What the stream carried, and whether the page was ever loaded again.
    const sockets: string[] = [];
    const frames: string[] = [];
    page.on('websocket', (ws) => {
      sockets.push(ws.url());
      ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8')));
    });
    let loads = 0;
    page.on('load', () => { loads++; });
    try {
      await stockWebChat(page);
      const loadsBefore = loads;
      const transcript = page.locator('#stock');
      const activities = transcript.locator('.webchat__basic-transcript__activity');
      const cards = transcript.locator('.webchat__basic-transcript__activity .ac-adaptiveCard');
      const bubbles = transcript.locator('.webchat__bubble__content');
      const box = transcript.locator('.webchat__send-box-text-box__input');
      await expect.poll(() => cards.filter({ hasText: drawn(botText('fi', 'welcome.title')) }).count(), { timeout: 30_000 }).toBe(1);
      expect(sockets.filter((u) => /^wss?:\/\/.+\/v3\/directline\/conversations\/[^/]+\/stream/.test(u)), `sockets: ${sockets.join(', ')}`).toHaveLength(1);
      const said = await listenToLiveRegion(page);

      // The resident asks for a person in their own words and consents to what is shared.
      await box.fill('haluan puhua ihmisen kanssa');
      await box.press('Enter');
      const consent = cards.filter({ hasText: drawn(botText('fi', 'handover.consent.title')) }).last();
      await consent.waitFor({ state: 'visible', timeout: 20_000 });
      const before = connector.received.length;
      await consent.locator('button.ac-pushButton').filter({ hasText: new RegExp(`^\\s*${drawn(botText('fi', 'handover.consent.share')).source}\\s*$`) }).click();
      await expect.poll(() => cards.filter({ hasText: drawn(botText('fi', 'handover.placeFirst')) }).count(), { timeout: 20_000 }).toBe(1);

      // Staff accept the request card that came to the channel.
      const request = await until(() => connector.received.slice(before).find((r) => ticketOf(r)), 10_000);
      expect(request.path).toBe(`/v3/conversations/${encodeURIComponent(QUEUE)}/activities`);
      const ticket = ticketOf(request)!;
      const thread = `${QUEUE};messageid=reply-${connector.received.indexOf(request) + 1}`;
      const inThread = { conversation: { id: thread, conversationType: 'channel', tenantId: 'tenant-1' } };
      expect((await staffSays('', { value: { action: 'handoffAccept', ticket }, ...inThread })).status).toBe(200);

      // "Anna joined" is shown in the page (first name only) and read out by Web Chat's live region.
      const joined = firstSentence(fill(botText('fi', 'handover.joined'), { name: 'Anna' }));
      await expect.poll(() => cards.filter({ hasText: drawn(joined) }).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => inView(cards.filter({ hasText: drawn(joined) }).first()), { timeout: 10_000 }).toBe(true);
      expect(await transcript.innerText()).not.toContain('Virtanen');
      await expect.poll(async () => (await said.said()).some((s) => heard(s).includes(heard(joined))), { timeout: 10_000 }).toBe(true);

      // Staff write in the thread: each message appears in the open page, through the stream, in the order sent.
      const fromStaff = ['Hei, olen Anna palveluohjauksesta.', 'Kerro vähän lisää tilanteestasi.', 'Missä kunnassa asut?'];
      for (const text of fromStaff) expect((await staffSays(text, inThread)).status).toBe(200);
      const shown = async () => (await bubbles.allInnerTexts()).map((t) => t.trim()).filter((t) => fromStaff.includes(t));
      await expect.poll(shown, { timeout: 15_000 }).toEqual(fromStaff);
      for (const text of fromStaff) expect(frames.filter((f) => f.includes(text)), `stream frames carrying "${text}"`).toHaveLength(1);
      // ...and scrolled into view, as they arrive.
      await expect.poll(() => inView(bubbles.filter({ hasText: fromStaff.at(-1)! }).first()), { timeout: 10_000 }).toBe(true);

      // The resident answers in the page: the words reach the request's thread in Teams, as plain text, and nothing else answers.
      const beforeReply = connector.received.length;
      const activitiesBeforeReply = await activities.count();
      await box.fill('Asun Vantaalla, kiitos');
      await box.press('Enter');
      const post = await until(() => connector.received.slice(beforeReply).find((r) => /Asun Vantaalla/.test(all(r.body))), 15_000);
      expect(post.path).toBe(`/v3/conversations/${encodeURIComponent(thread)}/activities`);
      expect(post.body).toMatchObject({ textFormat: 'plain', text: 'Asukas: Asun Vantaalla, kiitos' });
      await expect.poll(() => activities.count(), { timeout: 10_000 }).toBe(activitiesBeforeReply + 1);

      // Staff end it: the page shows the resident is back with Luotsi.
      expect((await staffSays('lopeta', inThread)).status).toBe(200);
      const ended = firstSentence(fill(botText('fi', 'handover.endedByStaff'), { name: 'Anna' }));
      await expect.poll(() => cards.filter({ hasText: drawn(ended) }).count(), { timeout: 15_000 }).toBe(1);
      await expect.poll(() => inView(cards.filter({ hasText: drawn(ended) }).first()), { timeout: 10_000 }).toBe(true);

      // All of it in the page as first loaded, over the one socket.
      expect(loads).toBe(loadsBefore);
      expect(sockets).toHaveLength(1);
      expect(errors.pageErrors).toEqual([]);
      await shot(page, 'handover-stock-webchat');
    } finally {
      await context.close();
    }
  });
});
