// Bot Framework Web Chat in its default settings (createDirectLine({ domain, token }): WebSocket on) against our Direct
// Line, and the widget's transport option: the stream by default when the server offers it, polling when asked. The bundle
// is the one the widget loads: Web Chat 4.18.1's own components and its Direct Line client, unchanged, built without the
// speech services and other languages' strings (scripts/build-webchat.mjs); the page uses nothing but Web Chat's API.
//
// STREAM: these tests need the server's Direct Line WebSocket stream (streamUrl, shared/spec/interfaces.md). Until it is
// integrated they skip with a message (and fail with CI=true); once `serverOffersStream` is true they always run. After the
// integration the STREAM_PENDING guard below can go.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { botText, chatOn, drawn, haveChromium, LANGS, serverOffersStream, startLuotsi, watchErrors, type Page, type Running } from './harness.js';

describe.skipIf(!haveChromium)('the stock clients in their default mode, in Chromium', () => {
  let run: Running;
  let stream = false;

  beforeAll(async () => {
    run = await startLuotsi();
    stream = await serverOffersStream(run.server.url);
    if (!stream) {
      // STREAM_PENDING
      if (process.env.CI === 'true') throw new Error('e2e: the server offers no Direct Line streamUrl; stock Web Chat in its default mode would hang');
      console.warn('e2e: SKIPPED the default-mode (WebSocket) tests: the server offers no streamUrl yet. With CI=true this fails instead.');
    }
  });
  afterAll(async () => { await run?.stop(); });

  /** A page of ours (its CSP allows our scripts only) with the bundle the widget uses, and sockets recorded. */
  async function bundlePage(): Promise<{ page: Page; sockets: string[]; close(): Promise<void> }> {
    const context = await run.browser.newContext({ viewport: { width: 1000, height: 800 }, locale: 'en-US' });
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (ws) => sockets.push(ws.url()));
    await page.goto(`${run.server.url}/privacy?lang=en`);
    return { page, sockets, close: () => context.close() };
  }

  it('greets and answers a crisis with 112 in stock Web Chat, created with nothing but domain and token', async (ctx) => {
    if (!stream) return ctx.skip(); // STREAM_PENDING
    const { page, sockets, close } = await bundlePage();
    const errors = watchErrors(page);
    try {
      const bundleUrl = run.server.url + /"(\/webchat\.js\?v=[^"]+)"/.exec(await (await fetch(`${run.server.url}/widget.js`)).text())![1]!;
      await page.addScriptTag({ url: bundleUrl });
      await page.evaluate(async () => {
        const token = (await (await fetch('/v3/directline/tokens/generate', { method: 'POST' })).json() as { token: string }).token;
        const host = document.createElement('div');
        host.id = 'stock';
        host.style.height = '600px';
        document.body.prepend(host);
        const WebChat = (window as unknown as { WebChat: { createDirectLine(o: object): unknown; renderWebChat(p: object, el: Element): void } }).WebChat;
        // The default settings: no webSocket option (true), no polling interval, nothing else.
        WebChat.renderWebChat({ directLine: WebChat.createDirectLine({ domain: `${location.origin}/v3/directline`, token }), locale: 'en-US' }, host);
      });
      const transcript = page.locator('#stock');
      // Started without a locale (the default), the bot greets in its default language.
      const greeting = new RegExp(LANGS.map((l) => drawn(botText(l, 'welcome.title')).source).join('|'));
      await expect.poll(() => transcript.locator('.ac-adaptiveCard').filter({ hasText: greeting }).count(), { timeout: 30_000 }).toBe(1);
      expect(sockets.some((u) => /^wss?:\/\/.+\/v3\/directline\/conversations\/[^/]+\/stream/.test(u)), `sockets: ${sockets.join(', ')}`).toBe(true);
      expect(sockets.some((u) => u.includes('undefined'))).toBe(false);

      const box = transcript.locator('.webchat__send-box-text-box__input');
      await box.fill('I want to kill myself');
      await box.press('Enter');
      await expect.poll(() => transcript.locator('.ac-adaptiveCard').filter({ hasText: '112' }).count(), { timeout: 20_000 }).toBe(1);
      expect(errors.pageErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the widget uses the stream by default when the server offers it', async (ctx) => {
    if (!stream) return ctx.skip(); // STREAM_PENDING
    const { page, sockets, close } = await bundlePage();
    try {
      await page.goto(`${run.server.url}/?lang=en`);
      const c = chatOn(page);
      await c.launcher.click();
      await c.greeted('en');
      expect(sockets.filter((u) => /\/v3\/directline\/conversations\/[^/]+\/stream/.test(u))).toHaveLength(1);
      await c.say('I want to kill myself');
      await expect.poll(() => c.cards.filter({ hasText: '112' }).count(), { timeout: 20_000 }).toBe(1);
    } finally {
      await close();
    }
  });

  it('the widget hands Web Chat the stream it opened, keeps the token fresh, and the chat goes on with the new one', async (ctx) => {
    if (!stream) return ctx.skip(); // STREAM_PENDING
    const { page, sockets, close } = await bundlePage();
    try {
      // The page's clock, so that 15 minutes pass at once; the server's tokens keep real time.
      await page.clock.install();
      await page.goto(`${run.server.url}/?lang=en`);
      const started: string[] = [];
      const refreshed: string[] = [];
      const posted: string[] = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && /\/conversations\/[^/]+\/activities$/.test(new URL(r.url()).pathname)) posted.push(r.headers().authorization ?? '');
        const path = new URL(r.url()).pathname;
        if (path === '/v3/directline/conversations' || path === '/v3/directline/tokens/generate') started.push(`${r.method()} ${path}`);
        if (path === '/v3/directline/tokens/refresh') refreshed.push(r.headers().authorization ?? '');
      });
      const c = chatOn(page);
      await c.launcher.click();
      await c.greeted('en');
      // The conversation was started once, by the widget; Web Chat opened the stream it was handed.
      expect(started).toEqual(['POST /v3/directline/tokens/generate', 'POST /v3/directline/conversations']);
      expect(sockets.filter((u) => /\/v3\/directline\/conversations\/[^/]+\/stream/.test(u))).toHaveLength(1);
      const tokenOf = () => page.evaluate(() => (JSON.parse(sessionStorage.getItem('luotsi.directline') ?? '{}') as { token?: string }).token);
      const before = await tokenOf();
      await page.clock.fastForward('15:05');
      await expect.poll(() => refreshed.length, { timeout: 20_000 }).toBe(1);
      expect(refreshed[0]).toBe(`Bearer ${before}`);
      await expect.poll(tokenOf, { timeout: 20_000 }).not.toBe(before);
      await c.say('I want to kill myself');
      await expect.poll(() => c.cards.filter({ hasText: '112' }).count(), { timeout: 20_000 }).toBe(1);
      // Web Chat posted with the refreshed token.
      expect(posted.at(-1)).toBe(`Bearer ${await tokenOf()}`);
    } finally {
      await close();
    }
  });

  it('the widget polls, and opens no socket, with data-transport="polling"', async () => {
    const { page, sockets, close } = await bundlePage();
    try {
      // An embed on some other page of ours, as a municipal site would write it.
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.src = '/widget.js';
        s.dataset.lang = 'en';
        s.dataset.transport = 'polling';
        document.head.appendChild(s);
      });
      const c = chatOn(page);
      await c.launcher.click();
      await c.greeted('en');
      await c.say('I want to kill myself');
      await expect.poll(() => c.cards.filter({ hasText: '112' }).count(), { timeout: 20_000 }).toBe(1);
      expect(sockets).toEqual([]);
    } finally {
      await close();
    }
  });
});
