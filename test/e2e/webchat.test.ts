// The resident's path in a real browser on a desktop: the municipal demo page, the widget, stock Web Chat over our Direct Line,
// what a screen reader hears, the keyboard, the conversation's language, the summary page, and axe.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS, botText, chatOn, focusedActivity, haveChromium, heard, listenToLiveRegion, seriousViolations, shot, startLuotsi,
  watchErrors, widgetTexts, type Page, type Running,
} from './harness.js';

describe.skipIf(!haveChromium)('a resident on the municipal page, in Chromium', () => {
  let run: Running;
  let page: Page;
  let errors: ReturnType<typeof watchErrors>;
  let c: ReturnType<typeof chatOn>;
  let live: Awaited<ReturnType<typeof listenToLiveRegion>>;
  /** The first result's card text as drawn: its title, why it fits, and how to reach it. */
  let firstResult: { title: string; why: string; reach: string } | undefined;

  beforeAll(async () => {
    run = await startLuotsi();
    page = await run.browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    errors = watchErrors(page);
    c = chatOn(page);
  });

  afterAll(async () => {
    await run?.stop();
  });

  it('opens the chat from the button with the keyboard, greets in Finnish, and Esc closes it', async () => {
    await page.goto(`${run.server.url}/?lang=fi`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fi');
    const launcher = page.getByRole('button', { name: 'Kysy Luotsilta' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    await c.greeted('fi');
    await expect.poll(() => c.sendBox.evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
    live = await listenToLiveRegion(page);
    await shot(page, '01-greeting');

    await page.keyboard.press('Escape');
    await expect.poll(() => c.panel.isHidden()).toBe(true);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await c.panel.isVisible()).toBe(true);
    // Reopening keeps the same conversation rather than greeting again.
    expect(await c.cards.filter({ hasText: botText('fi', 'welcome.title') }).count()).toBe(1);
  });

  it('understands a Finnish need, shows result cards, and shows the first of them rather than the end', async () => {
    await c.say('Hoidan muistisairasta äitiäni ja olen ihan uupunut');
    await expect.poll(() => c.lastActivity().innerText()).toMatch(/Omaishoitajuus/);
    await c.tap(c.cardButton('Näin on, jatketaan'));
    // At most two clarifying questions; skipping them still gives results.
    for (let i = 0; i < 2 && (await c.cards.locator('button', { hasText: 'Tallenna yhteenvetoon' }).count()) === 0; i++) {
      await c.tap(c.cardButton('Ohita'));
    }
    await expect.poll(() => c.cards.locator('button', { hasText: 'Tallenna yhteenvetoon' }).count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => c.bubbles.filter({ hasText: /Tässä 3 vaihtoehtoa/ }).count()).toBe(1);
    // Everything has arrived when the question after the results has.
    await expect.poll(() => c.cards.filter({ hasText: botText('fi', 'refine.prompt') }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(500);

    const first = c.cards.filter({ has: page.locator('button', { hasText: 'Tallenna yhteenvetoon' }) }).first();
    const blocks = (await first.locator('.ac-textBlock').allInnerTexts()).map(heard);
    firstResult = {
      title: blocks[0]!,
      why: blocks.find((b) => b.startsWith('Sopii, koska'))!,
      reach: blocks.find((b) => /^(Puhelin|Verkkosivu|Chat):/.test(b))!,
    };
    expect(firstResult.why, `why-line in ${blocks.join(' / ')}`).toBeDefined();
    expect(firstResult.reach, `contact line in ${blocks.join(' / ')}`).toBeDefined();

    // The first result's title is in view: the chat did not run on to the bottom.
    const view = await page.locator('#luotsi-panel .webchat__basic-transcript__scrollable').boundingBox();
    const title = await first.locator('.ac-textBlock').first().boundingBox();
    expect(view && title).toBeTruthy();
    expect(title!.y).toBeGreaterThanOrEqual(view!.y - 1);
    expect(title!.y + title!.height).toBeLessThanOrEqual(view!.y + view!.height + 1);
    const card = await first.boundingBox();
    console.log(`e2e: desktop result card ${Math.round(card!.height)} px tall in a ${Math.round(view!.height)} px chat`);
    await shot(page, '02-results');
  });

  it("announces a result card's content in Web Chat's live region: title, why it fits, how to reach it", async () => {
    // Depends on what the cards carry for a screen reader (speak / text): see bot/card-kit.ts.
    const said = heard((await live.said()).join('\n'));
    expect(said).toContain(firstResult!.title);
    expect(said).toContain(firstResult!.why);
    expect(said).toContain(firstResult!.reach);
  });

  it('moves the focus to the answer after a card action, out of the old card', async () => {
    const save = c.cards.locator('button', { hasText: 'Tallenna yhteenvetoon' }).first();
    await save.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => c.bubbles.filter({ hasText: /Tallensin sen yhteenvetoosi\. Tallennettuja yhteensä: 1\./ }).count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(async () => (await focusedActivity(page)).activityText ?? '', { timeout: 5_000 }).toMatch(/Tallensin sen yhteenvetoosi/);
    const focus = await focusedActivity(page);
    expect(focus.inCard).toBe(false);
    expect(focus.transcriptFocused).toBe(true);
  });

  it('gives no button toggle semantics (aria-pressed), also after buttons were used', async () => {
    expect(await c.cards.locator('button').count()).toBeGreaterThan(10);
    expect(await c.panel.locator('.ac-pushButton[aria-pressed]').count()).toBe(0);
  });

  it("says whether a result's details are shown (aria-expanded on its details button)", async () => {
    // The compact result card keeps its details behind a button (Action.ToggleVisibility, bot/cards.ts).
    const toggle = c.cards.locator('button.ac-pushButton[aria-controls]').first();
    expect(await toggle.count()).toBe(1);
    const details = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await details.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await details.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-pressed')).toBeNull();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('leaves a card, not the chat, on Esc', async () => {
    const button = c.cards.locator('button', { hasText: 'Lisää tällaisia' }).first();
    await button.focus();
    expect((await focusedActivity(page)).inCard).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    expect(await c.panel.isVisible()).toBe(true);
    const focus = await focusedActivity(page);
    expect(focus.inCard).toBe(false);
    expect(await page.evaluate(() => !!document.activeElement?.closest('#luotsi-panel'))).toBe(true);
  });

  it('switches to Swedish when asked, and the panel follows: lang, title, placeholder, privacy note', async () => {
    const placeholderFi = await c.sendBox.getAttribute('placeholder');
    await c.say('på svenska');
    await expect.poll(() => c.bubbles.filter({ hasText: /Visst, vi fortsätter på svenska\./ }).count(), { timeout: 20_000 }).toBe(1);
    const sv = widgetTexts('sv');
    await expect.poll(() => c.panel.getAttribute('lang')).toBe('sv');
    expect(await page.locator('#luotsi-title').innerText()).toBe(sv.title);
    expect(heard(await page.locator('.luotsi-note').innerText())).toBe(heard(`${sv.note} ${sv.privacy}`));
    expect(await page.locator('.luotsi-note a').getAttribute('href')).toMatch(/\/privacy\?lang=sv$/);
    expect(await page.locator('.luotsi-close').getAttribute('aria-label')).toBe(sv.close);
    await expect.poll(() => c.sendBox.getAttribute('placeholder')).not.toBe(placeholderFi);
    // Web Chat's own Swedish text for the message box.
    expect(await c.sendBox.getAttribute('placeholder')).toMatch(/meddelande/i);
    await shot(page, '03-svenska');
  });

  it('has no serious or critical accessibility problems with the chat open', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens the printable summary page in Swedish', async () => {
    await c.say('sammanfattning');
    await expect.poll(() => c.lastActivity().innerText(), { timeout: 20_000 }).toMatch(/Din sammanfattning/);
    const code = /Kod: ([A-Z2-9]{6})/.exec(await c.lastActivity().innerText())?.[1];
    expect(code).toBeDefined();
    const [summary] = await Promise.all([
      page.context().waitForEvent('page'),
      c.lastActivity().getByRole('button', { name: 'Öppna sidan för utskrift' }).click(),
    ]);
    await summary.waitForLoadState();
    expect(summary.url()).toBe(`${run.server.url}/summary/${code}`);
    expect(await summary.locator('html').getAttribute('lang')).toBe('sv');
    expect(await summary.locator('section.activity').count()).toBe(1);
    await summary.screenshot({ path: join(ARTIFACTS, '04-summary.png'), fullPage: true });
    expect(await seriousViolations(summary)).toEqual([]);
    await summary.close();
  });

  it("keeps the conversation, its results and its language when the resident uses the site's own language links", async () => {
    const cardsBefore = await c.cards.count();
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL(/\?lang=en$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // The button is the English page's; the panel, open as it was, goes on in the conversation's language.
    expect(await c.launcher.innerText()).toBe(widgetTexts('en').open);
    await expect.poll(() => c.panel.isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => c.cards.count(), { timeout: 30_000 }).toBe(cardsBefore);
    expect(await c.bubbles.filter({ hasText: 'Hoidan muistisairasta äitiäni ja olen ihan uupunut' }).count()).toBe(1);
    expect(await c.cards.filter({ hasText: botText('fi', 'welcome.title') }).count()).toBe(1);
    expect(await c.cards.filter({ hasText: firstResult!.title }).count()).toBeGreaterThan(0);
    expect(await c.panel.getAttribute('lang')).toBe('sv');
    expect(await page.locator('#luotsi-title').innerText()).toBe(widgetTexts('sv').title);
    // And the conversation goes on where it was.
    await c.say('tack');
    expect(await c.panel.getAttribute('lang')).toBe('sv');
    await shot(page, '05-after-navigation');
  });

  it('ran without script errors or Content Security Policy violations', () => {
    expect(errors.pageErrors).toEqual([]);
    expect(errors.cspViolations).toEqual([]);
  });
});
