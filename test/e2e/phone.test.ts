// The chat on a phone (390×844, touch) in Finnish, Swedish and English: nothing covers the message box or the send button,
// tapping the box keeps the chat open, a crisis message typed there gets 112 (seen and announced), and a result fits the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  botText, centreHits, chatOn, haveChromium, heard, LANGS, listenToLiveRegion, PHONE, shot, startLuotsi, watchErrors,
  widgetTexts, type Lang, type Running,
} from './harness.js';

const CRISIS: Record<Lang, string> = {
  fi: 'en halua enää elää',
  sv: 'jag vill inte leva längre',
  en: 'I want to kill myself',
};

describe.skipIf(!haveChromium)('a resident on a phone', () => {
  let run: Running;

  beforeAll(async () => { run = await startLuotsi(); });
  afterAll(async () => { await run?.stop(); });

  for (const lang of LANGS) {
    it(`(${lang}) sees the message box and the send button uncovered, and a crisis message typed there gets 112`, async () => {
      const context = await run.browser.newContext({ ...PHONE, locale: `${lang}-FI` });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const c = chatOn(page);
      try {
        await page.goto(`${run.server.url}/?lang=${lang}`);
        await page.getByRole('button', { name: widgetTexts(lang).open }).tap();
        await c.greeted(lang);
        const live = await listenToLiveRegion(page);

        // The button that opened the panel is gone while it is open: it would sit on the message box.
        expect(await c.launcher.isVisible()).toBe(false);
        // The page itself fits the phone (no sideways scrolling), and the panel fills it.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        const panel = await c.panel.boundingBox();
        expect(panel).toEqual({ x: 0, y: 0, width: 390, height: 844 });
        for (const [what, target] of [['message box', c.sendBox], ['send button', c.sendButton]] as const) {
          expect(await target.isVisible(), what).toBe(true);
          const hit = await centreHits(target);
          expect(hit.hits, `${what}: a tap at its centre lands on ${hit.found}`).toBe(true);
        }

        // Tapping the box types there; the chat stays open.
        await c.sendBox.tap();
        expect(await c.panel.isVisible()).toBe(true);
        expect(await c.sendBox.evaluate((el) => el === document.activeElement)).toBe(true);
        await shot(page, `10-phone-${lang}`);

        await live.clear();
        const before = await c.activities.count();
        await page.keyboard.type(CRISIS[lang]);
        await c.sendButton.tap();
        await expect.poll(() => c.activities.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 2);
        const crisis = c.cards.filter({ hasText: '112' }).last();
        await expect.poll(() => crisis.count(), { timeout: 20_000 }).toBe(1);
        await expect.poll(() => crisis.locator('button', { hasText: '112' }).count()).toBeGreaterThan(0);
        // The crisis card in the language the resident wrote in.
        expect(heard(await crisis.innerText())).toContain(heard(botText(lang, 'crisis.call112')));
        // And a screen reader hears 112 and the crisis line's number, not only the buttons.
        const line = (await crisis.locator('a[href^="tel:"]').allInnerTexts()).map(heard).find((t) => !/^112$/.test(t));
        expect(line, 'a crisis line number on the card').toBeDefined();
        await expect.poll(async () => heard((await live.said()).join('\n')), { timeout: 5_000 }).toContain(line!);
        expect(heard((await live.said()).join('\n'))).toMatch(/\b112\b/);
        // Still nothing over the box after the answer.
        expect((await centreHits(c.sendBox)).hits).toBe(true);
        await shot(page, `11-phone-crisis-${lang}`);
        expect(errors.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('(fi) shows a result card whole on the screen, from its title, when the results come', async () => {
    const context = await run.browser.newContext({ ...PHONE, locale: 'fi-FI' });
    const page = await context.newPage();
    const c = chatOn(page);
    try {
      await page.goto(`${run.server.url}/?lang=fi`);
      await c.launcher.tap();
      await c.greeted('fi');
      // The greeting is shown from its top.
      expect(await c.cards.first().locator('.ac-textBlock').first().isVisible()).toBe(true);
      const scroller = page.locator('#luotsi-panel .webchat__basic-transcript__scrollable');
      await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);

      await c.sendBox.tap();
      await c.say('Hoidan muistisairasta äitiäni ja olen ihan uupunut');
      await c.tap(c.cardButton('Näin on, jatketaan'));
      for (let i = 0; i < 2 && (await c.cards.locator('button', { hasText: 'Tallenna yhteenvetoon' }).count()) === 0; i++) {
        await c.tap(c.cardButton('Ohita'));
      }
      await expect.poll(() => c.cards.filter({ hasText: botText('fi', 'refine.prompt') }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(500);

      const view = (await scroller.boundingBox())!;
      const results = c.cards.filter({ has: page.locator('button', { hasText: 'Tallenna yhteenvetoon' }) });
      const heights: number[] = [];
      for (let i = 0; i < (await results.count()); i++) heights.push(Math.round((await results.nth(i).boundingBox())!.height));
      console.log(`e2e: phone result cards ${heights.join(', ')} px tall in a ${Math.round(view.height)} px chat`);
      for (const h of heights) expect(h, 'a result card fits the phone chat').toBeLessThanOrEqual(view.height);
      const first = (await results.first().boundingBox())!;
      expect(first.y).toBeGreaterThanOrEqual(view.y - 1);
      expect(first.y + first.height).toBeLessThanOrEqual(view.y + view.height + 1);
      await shot(page, '12-phone-results');
    } finally {
      await context.close();
    }
  });
});
