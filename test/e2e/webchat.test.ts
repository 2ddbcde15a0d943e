// The resident's path in a real browser: the municipal demo page, the widget, stock Web Chat over our Direct Line, the summary page, and axe.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`e2e: Chromium is missing at ${CHROMIUM}; install it (apt-get install chromium) — CI must not skip the browser test`);
  console.warn(`e2e: skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install chromium). With CI=true this fails instead.`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core's serious and critical findings on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's own CSP (no inline scripts) still holds for everything else.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { violations: result.violations, passes: result.passes.length };
  });
  if (violations.passes === 0) throw new Error('axe checked nothing on the page');
  return violations.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!haveChromium)('a resident on the municipal page, in Chromium', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  const chat = () => page.locator('#luotsi-panel');
  const activities = () => chat().locator('.webchat__basic-transcript__activity');
  const lastActivity = () => activities().last();
  const sendBox = () => chat().locator('.webchat__send-box-text-box__input');

  async function say(text: string): Promise<void> {
    const before = await activities().count();
    await sendBox().fill(text);
    await sendBox().press('Enter');
    // Our own message (the server's echo) and at least one answer.
    await expect.poll(() => activities().count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 2);
  }

  async function tap(button: Locator): Promise<void> {
    const before = await activities().count();
    await button.click();
    await expect.poll(() => activities().count(), { timeout: 20_000 }).toBeGreaterThan(before);
  }

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const port = await freePort();
    const parsed = parseConfig({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' });
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const created = await createApp(parsed.config);
    if (!created.ok) throw new Error(created.errors.join('\n'));
    luotsi = created.luotsi;
    server = await luotsi.start(port);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text()); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await luotsi?.stores.close();
  });

  it('opens the chat from the button with the keyboard, greets in Finnish, and Esc closes it', async () => {
    await page.goto(`${server.url}/?lang=fi`);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('fi');
    const launcher = page.getByRole('button', { name: 'Kysy Luotsilta' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    expect(await launcher.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => chat().getByText('Hei, olen Luotsi').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => sendBox().evaluate((el) => el === document.activeElement), { timeout: 5_000 }).toBe(true);
    await shot('01-greeting');

    await page.keyboard.press('Escape');
    expect(await chat().isHidden()).toBe(true);
    expect(await launcher.getAttribute('aria-expanded')).toBe('false');
    expect(await launcher.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await chat().isVisible()).toBe(true);
    // Reopening keeps the same conversation rather than greeting again.
    expect(await chat().getByText('Hei, olen Luotsi').count()).toBe(1);
  });

  it('understands a Finnish need and shows result cards', async () => {
    await say('Hoidan muistisairasta äitiäni ja olen ihan uupunut');
    await expect.poll(() => lastActivity().innerText()).toMatch(/Omaishoitajuus/);
    await tap(lastActivity().getByRole('button', { name: 'Näin on, jatketaan' }));
    // At most two clarifying questions; skipping them still gives results.
    for (let i = 0; i < 2 && (await chat().getByRole('button', { name: 'Tallenna yhteenvetoon' }).count()) === 0; i++) {
      await tap(lastActivity().getByRole('button', { name: 'Ohita' }));
    }
    await expect.poll(() => chat().getByRole('button', { name: 'Tallenna yhteenvetoon' }).count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => chat().innerText()).toMatch(/Tässä 3 vaihtoehtoa/);
    await shot('02-results');
  });

  it('saves a result when its card action is tapped', async () => {
    await tap(chat().getByRole('button', { name: 'Tallenna yhteenvetoon' }).first());
    await expect.poll(() => chat().innerText(), { timeout: 20_000 }).toMatch(/Tallensin sen yhteenvetoosi\. Tallennettuja yhteensä: 1\./);
  });

  it('switches to Swedish when asked', async () => {
    await say('på svenska');
    await expect.poll(() => chat().innerText(), { timeout: 20_000 }).toMatch(/Visst, vi fortsätter på svenska\./);
    await shot('03-svenska');
  });

  it('has no serious or critical accessibility problems with the chat open', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens the printable summary page in Swedish', async () => {
    await say('sammanfattning');
    await expect.poll(() => lastActivity().innerText(), { timeout: 20_000 }).toMatch(/Din sammanfattning/);
    const code = /Kod: ([A-Z2-9]{6})/.exec(await lastActivity().innerText())?.[1];
    expect(code).toBeDefined();
    const [summary] = await Promise.all([
      page.context().waitForEvent('page'),
      lastActivity().getByRole('button', { name: 'Öppna sidan för utskrift' }).click(),
    ]);
    await summary.waitForLoadState();
    expect(summary.url()).toBe(`${server.url}/summary/${code}`);
    expect(await summary.locator('html').getAttribute('lang')).toBe('sv');
    expect(await summary.locator('section.activity').count()).toBe(1);
    await summary.screenshot({ path: join(ARTIFACTS, '04-summary.png'), fullPage: true });
    expect(await seriousViolations(summary)).toEqual([]);
    await summary.close();
  });

  it('keeps the conversation when the resident moves to another page of the site', async () => {
    await page.goto(`${server.url}/?lang=fi`);
    await page.getByRole('button', { name: 'Kysy Luotsilta' }).click();
    await expect.poll(() => chat().getByText('Hoidan muistisairasta äitiäni ja olen ihan uupunut').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await chat().getByText('Hei, olen Luotsi').count()).toBe(1);
    await shot('05-after-navigation');
  });

  it('ran without script errors or Content Security Policy violations', () => {
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});
