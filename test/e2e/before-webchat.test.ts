// Before Web Chat has loaded (a slow phone connection): the widget's own view of the conversation with a labelled message
// box, a send button and the greeting's buttons, and the hand-over to Web Chat when it is ready. The Web Chat bundle is
// held back until the test lets it through, so what happens before and after does not depend on the machine's speed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  botText, centreHits, chatOn, drawn, haveChromium, heard, listenFromTheStart, PHONE, seriousViolations, shot, startLuotsi,
  watchErrors, widgetTexts, type BrowserContext, type Lang, type Page, type Running,
} from './harness.js';

const NEED = 'Hoidan muistisairasta äitiäni ja olen ihan uupunut';
const UNDERSTOOD: Record<Lang, string> = {
  fi: botText('fi', 'understood.title'), sv: botText('sv', 'understood.title'), en: botText('en', 'understood.title'),
};

/** Opens a page whose Web Chat bundle waits for `release()`; `posts` can be held back the same way. */
async function pageWithHeldBundle(run: Running, options: Parameters<Running['browser']['newContext']>[0]) {
  const context: BrowserContext = await run.browser.newContext(options);
  const page: Page = await context.newPage();
  let release!: () => void;
  const bundle = new Promise<void>((r) => { release = r; });
  let bundleRequested = false;
  await page.route('**/webchat.js*', async (route) => { bundleRequested = true; await bundle; await route.continue(); });
  return { context, page, release: () => release(), requested: () => bundleRequested };
}

/** Web Chat's transcript as the resident reads it: each activity's visible text, in order. */
async function transcript(page: Page): Promise<string[]> {
  return (await page.locator('#luotsi-panel .webchat__basic-transcript__activity .webchat__basic-transcript__activity-body').allInnerTexts()).map(heard);
}

const count = (list: string[], text: string) => list.filter((t) => t.includes(heard(text))).length;

/** How many messages the widget's own view shows: the bot's replies and the resident's typed words. */
async function shownBeforeWebChat(page: Page): Promise<number> {
  return page.locator('#luotsi-panel .luotsi-lite__bot, #luotsi-panel .luotsi-lite__user').count();
}

describe.skipIf(!haveChromium)('the chat before Web Chat has loaded', () => {
  let run: Running;

  beforeAll(async () => { run = await startLuotsi(); });
  afterAll(async () => { await run?.stop(); });

  it('(fi, desktop) gives a labelled message box at once; a message typed there gets its answer once, in order, and Web Chat takes over with the draft and the focus', async () => {
    const { context, page, release, requested } = await pageWithHeldBundle(run, { viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    const errors = watchErrors(page);
    const live = await listenFromTheStart(page);
    const c = chatOn(page);
    try {
      await page.goto(`${run.server.url}/?lang=fi`);
      await page.getByRole('button', { name: widgetTexts('fi').open }).click();

      // The greeting, its buttons, and a message box with its label and a send button, while Web Chat is still held back.
      const box = c.panel.getByRole('textbox', { name: 'Kirjoita viestisi' });
      await box.waitFor();
      expect(requested()).toBe(true);
      expect(await c.activities.count()).toBe(0);
      await expect.poll(() => c.panel.locator('.luotsi-lite').innerText()).toContain(botText('fi', 'welcome.title'));
      expect(await c.panel.getByRole('button', { name: 'Lähetä' }).isVisible()).toBe(true);
      expect(await c.panel.getByRole('button', { name: 'Yksinäisyys' }).isVisible()).toBe(true);
      // Opened from the keyboard on a desktop: the message box has the focus, as Web Chat's would.
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      // The greeting is said once, by the widget (Web Chat is not there to say it).
      await expect.poll(async () => count((await live.said()).map(heard), botText('fi', 'welcome.title'))).toBe(1);
      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, '20-before-webchat');

      await page.keyboard.type(NEED);
      await page.keyboard.press('Enter');
      await expect.poll(() => c.panel.locator('.luotsi-lite').innerText(), { timeout: 20_000 }).toContain(UNDERSTOOD.fi);
      // The answer is said once; the resident's own words are not read back to them.
      await expect.poll(async () => count((await live.said()).map(heard), UNDERSTOOD.fi)).toBe(1);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('kyl');
      const before = await shownBeforeWebChat(page);

      // Web Chat arrives: it shows the whole conversation once, in order, with the draft in its own box and the focus there.
      release();
      await c.greeted('fi');
      await expect.poll(() => c.sendBox.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
      expect(await c.sendBox.inputValue()).toBe('kyl');
      const shown = await transcript(page);
      expect(count(shown, botText('fi', 'welcome.title'))).toBe(1);
      expect(count(shown, NEED)).toBe(1);
      expect(count(shown, UNDERSTOOD.fi)).toBe(1);
      const order = [botText('fi', 'welcome.title'), NEED, UNDERSTOOD.fi].map((t) => shown.findIndex((s) => s.includes(heard(t))));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(shown).toHaveLength(before);

      // Nothing was said again when Web Chat read the conversation from its start.
      await page.waitForTimeout(2_000);
      const said = (await live.said()).map(heard);
      expect(count(said, botText('fi', 'welcome.title'))).toBe(1);
      expect(count(said, UNDERSTOOD.fi)).toBe(1);

      expect(await seriousViolations(page)).toEqual([]);
      await shot(page, '21-after-webchat');

      // And the conversation goes on in Web Chat, with the card the widget's view could only show as text.
      await c.sendBox.fill('');
      await c.tap(c.cardButton('Näin on, jatketaan'));
      expect(await c.activities.count()).toBeGreaterThan(3);
      expect(errors.pageErrors).toEqual([]);
      expect(errors.cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('(fi → sv, phone) keeps the launcher off the message box, answers a button in the language it chose, and a crisis with 112 to call', async () => {
    const { context, page, release } = await pageWithHeldBundle(run, { ...PHONE, locale: 'fi-FI' });
    const errors = watchErrors(page);
    const live = await listenFromTheStart(page);
    const c = chatOn(page);
    try {
      await page.goto(`${run.server.url}/?lang=fi`);
      await c.launcher.tap();
      const boxFi = c.panel.getByRole('textbox', { name: 'Kirjoita viestisi' });
      await boxFi.waitFor();
      // On a phone the panel's heading has the focus (no keyboard over the greeting), and nothing covers the box or button.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('luotsi-title');
      expect(await c.launcher.isVisible()).toBe(false);
      const send = c.panel.getByRole('button', { name: 'Lähetä' });
      for (const [what, target] of [['message box', boxFi], ['send button', send]] as const) {
        const hit = await centreHits(target);
        expect(hit.hits, `${what}: a tap at its centre lands on ${hit.found}`).toBe(true);
      }
      await shot(page, '22-phone-before-webchat');

      // The greeting's language button: the answer in Swedish, and the panel in Swedish from then on.
      await c.panel.getByRole('button', { name: 'På svenska' }).tap();
      await expect.poll(() => c.panel.getAttribute('lang'), { timeout: 20_000 }).toBe('sv');
      const switched = heard(await c.panel.locator('.luotsi-lite__bot').nth(1).innerText()).slice(0, 40);
      const box = c.panel.getByRole('textbox', { name: 'Skriv ditt meddelande' });
      await box.waitFor();
      expect(await c.panel.getByRole('button', { name: 'Skicka' }).isVisible()).toBe(true);
      // After a button, the focus is on its answer (which is read on focus).
      expect(await page.evaluate(() => document.activeElement?.classList.contains('luotsi-lite__bot'))).toBe(true);

      // A crisis typed here gets 112 and the crisis lines at once, with numbers to call, and a screen reader hears them.
      await box.tap();
      await page.keyboard.type('jag vill inte leva längre');
      await c.panel.getByRole('button', { name: 'Skicka' }).tap();
      const crisis = c.panel.locator('.luotsi-lite__bot').filter({ hasText: '112' }).last();
      await expect.poll(() => crisis.count(), { timeout: 20_000 }).toBe(1);
      expect(heard(await crisis.innerText())).toContain(heard(botText('sv', 'crisis.emergency').replace('{{number}}', '112')));
      expect(await c.panel.getByRole('link', { name: botText('sv', 'crisis.call112') }).getAttribute('href')).toBe('tel:112');
      const line = await crisis.locator('a[href^="tel:"]').first().innerText();
      await expect.poll(async () => heard((await live.said()).join('\n')), { timeout: 5_000 }).toContain(heard(line));
      const heardBefore = (await live.said()).map(heard).filter((s) => s.includes(heard(line))).length;
      expect(heardBefore).toBe(1);
      await shot(page, '23-phone-crisis-before-webchat');
      const before = await shownBeforeWebChat(page);

      // Web Chat takes over in Swedish, with the crisis card once and nothing said again; the focus stays in the chat.
      release();
      await c.greeted('fi');
      await expect.poll(() => c.sendBox.getAttribute('placeholder')).toBe('Skriv ditt meddelande');
      expect(await c.cards.filter({ hasText: '112' }).count()).toBe(1);
      // Everything the widget's view showed, once: the greeting, the answer to the button, the crisis message and its card.
      const shown = await transcript(page);
      expect(shown).toHaveLength(before);
      expect(count(shown, switched)).toBe(1);
      expect(await c.cards.filter({ hasText: drawn(botText('fi', 'welcome.title')) }).count()).toBe(1);
      expect(await c.launcher.isVisible()).toBe(false);
      expect((await centreHits(c.sendBox)).hits).toBe(true);
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('#luotsi-panel .luotsi-chat'))).toBe(true);
      await page.waitForTimeout(2_000);
      expect((await live.said()).map(heard).filter((s) => s.includes(heard(line))).length).toBe(1);
      expect(errors.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('(en) hands over only once a message on its way is in, and a message the server did not take goes back into the box', async () => {
    const { context, page, release } = await pageWithHeldBundle(run, { viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const errors = watchErrors(page);
    const c = chatOn(page);
    try {
      await page.goto(`${run.server.url}/?lang=en`);
      await c.launcher.click();
      const box = c.panel.getByRole('textbox', { name: 'Type your message' });
      await box.waitFor();

      // The first message fails on the way: it is back in the box, with a notice, and nothing is shown as sent.
      await page.route('**/v3/directline/conversations/*/activities', (route) => (route.request().method() === 'POST' ? route.abort() : route.fallback()), { times: 1 });
      await box.fill('I feel lonely');
      await box.press('Enter');
      await expect.poll(() => c.panel.getByRole('alert').innerText(), { timeout: 10_000 }).toContain(widgetTexts('en').sendFailed);
      expect(await box.inputValue()).toBe('I feel lonely');
      expect(await c.panel.locator('.luotsi-lite__user').count()).toBe(0);

      // Sent again, and held on its way while Web Chat arrives: Web Chat takes over only once it is in, and shows it once.
      let letThrough!: () => void;
      const held = new Promise<void>((r) => { letThrough = r; });
      await page.route('**/v3/directline/conversations/*/activities', async (route) => {
        if (route.request().method() !== 'POST') return route.fallback();
        await held;
        return route.continue();
      }, { times: 1 });
      await box.press('Enter');
      await expect.poll(() => c.panel.locator('.luotsi-lite__user').count()).toBe(1);
      release();
      await expect.poll(() => c.activities.count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(1_000);
      // Web Chat is drawn, but the widget's view stays while the message is on its way.
      expect(await c.panel.locator('.luotsi-lite').count()).toBe(1);
      letThrough();
      await c.greeted('en');
      await expect.poll(async () => count(await transcript(page), 'I feel lonely'), { timeout: 20_000 }).toBe(1);
      await expect.poll(async () => (await transcript(page)).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
      await page.waitForTimeout(1_000);
      expect(count(await transcript(page), 'I feel lonely')).toBe(1);
      expect(await c.sendBox.inputValue()).toBe('');
      expect(errors.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
