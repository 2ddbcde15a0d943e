// What every browser test shares: a Luotsi server on a free port, Chromium, the chat panel's parts, Web Chat's live region, and axe.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { createApp, type AppOverrides, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`e2e: Chromium is missing at ${CHROMIUM}; install it (apt-get install chromium) — CI must not skip the browser test`);
  console.warn(`e2e: skipping the browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium). With CI=true this fails instead.`);
}

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** A phone: the viewport the issue was measured on, with touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } as const;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address() as { port: number }; s.close(() => resolve(port)); });
  });
}

export interface Running { luotsi: LuotsiApp; server: RunningServer; browser: Browser; stop(): Promise<void> }

/**
 * Luotsi (in-memory state, no rate limits; another bot if given) and Chromium. `env` adds to (or replaces) the server's
 * environment, e.g. `{ TEAMS_DEV_MODE: '1' }` for a test that plays Teams.
 */
export async function startLuotsi(overrides: AppOverrides = {}, env: Record<string, string> = {}): Promise<Running> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const port = await freePort();
  const parsed = parseConfig({ PORT: String(port), PUBLIC_BASE_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, overrides);
  if (!created.ok) throw new Error(created.errors.join('\n'));
  const luotsi = created.luotsi;
  const server = await luotsi.start(port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  return {
    luotsi, server, browser,
    async stop() {
      await browser.close();
      await server.close();
      await luotsi.stores.close();
    },
  };
}

/** Script errors and Content Security Policy violations on a page, for a test to assert there were none. */
export function watchErrors(page: Page): { pageErrors: string[]; cspViolations: string[] } {
  const seen = { pageErrors: [] as string[], cspViolations: [] as string[] };
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) seen.cspViolations.push(m.text()); });
  page.on('pageerror', (e) => seen.pageErrors.push(e.message));
  return seen;
}

/** The texts the widget shows, from locales/{lang}/web.json. */
type WidgetText = 'open' | 'close' | 'title' | 'note' | 'privacy' | 'input' | 'send' | 'sendFailed';
export function widgetTexts(lang: Lang): Record<WidgetText, string> {
  return (JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'web.json'), 'utf8')) as { widget: Record<WidgetText, string> }).widget;
}

/** The bot's texts, from locales/{lang}/translation.json. */
export function botText(lang: Lang, path: string): string {
  let node: unknown = JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'translation.json'), 'utf8'));
  for (const key of path.split('.')) node = (node as Record<string, unknown>)[key];
  if (typeof node !== 'string') throw new Error(`no text ${lang}:${path}`);
  return node;
}

/** A text as a card draws it: Web Chat's markdown turns straight quotes into typographic ones. */
export function drawn(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/'/g, "['’]").replace(/"/g, '["“”]'));
}

/** The chat panel on a page, and what a resident does in it. */
export function chatOn(page: Page) {
  const panel = page.locator('#luotsi-panel');
  const activities = panel.locator('.webchat__basic-transcript__activity');
  const sendBox = panel.locator('.webchat__send-box-text-box__input');
  const sendButton = panel.locator('.webchat__send-box button.webchat__send-button');
  /** Cards as drawn (not Web Chat's hidden labels or live region, which repeat their text). */
  const cards = panel.locator('.webchat__basic-transcript__activity .ac-adaptiveCard');
  /** Message bubbles' visible text (the user's and the bot's). */
  const bubbles = panel.locator('.webchat__bubble__content');
  const launcher = page.locator('.luotsi-launcher');
  const lastActivity = () => activities.last();

  return {
    panel, activities, sendBox, sendButton, cards, bubbles, launcher, lastActivity,
    /** Types a message and sends it; waits for its echo and at least one answer. */
    async say(text: string): Promise<void> {
      const before = await activities.count();
      await sendBox.fill(text);
      await sendBox.press('Enter');
      await expect.poll(() => activities.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 2);
    },
    /** Presses a card's button (a mouse click) and waits for an answer. */
    async tap(button: Locator): Promise<void> {
      const before = await activities.count();
      await button.click();
      await expect.poll(() => activities.count(), { timeout: 20_000 }).toBeGreaterThan(before);
    },
    /** A button of the last card with that title. */
    cardButton(name: string | RegExp, scope: Locator = activities.last()): Locator {
      return scope.locator('button.ac-pushButton').filter({ hasText: name }).first();
    },
    /** Waits until Web Chat has drawn the greeting card and the widget's own view (if it was shown) has given way to it. */
    async greeted(lang: Lang): Promise<void> {
      await expect.poll(() => cards.filter({ hasText: drawn(botText(lang, 'welcome.title')) }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
      await expect.poll(() => panel.locator('.luotsi-lite').count(), { timeout: 15_000 }).toBe(0);
    },
  };
}

/** The live regions a screen reader listens to in the chat: Web Chat's, and the widget's own (its view before Web Chat). */
const LIVE_REGIONS = '.webchat__live-region-transcript, .luotsi-announcer';

/**
 * Records, in the page, what is added to the chat's live regions from now on, as a screen reader hears it: an addition
 * inside something hidden from it (aria-hidden, inert) is not heard. The regions empty themselves seconds after each
 * announcement, so additions are recorded as they come. Run before the page's scripts (addInitScript) to hear everything.
 */
function recordAnnouncements(selector: string): void {
  const w = window as unknown as { __luotsiSaid?: string[] };
  if (w.__luotsiSaid) return;
  const said: string[] = (w.__luotsiSaid = []);
  const start = () => new MutationObserver((records) => {
    for (const r of records) {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      if (!target?.closest(selector) || target.closest('[aria-hidden="true"], [inert]')) continue;
      for (const n of Array.from(r.addedNodes)) if (n.textContent) said.push(n.textContent);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
}

type Heard = { said(): Promise<string[]>; clear(): Promise<void> };
const heardOn = (page: Page): Heard => ({
  said: () => page.evaluate(() => [...((window as unknown as { __luotsiSaid?: string[] }).__luotsiSaid ?? [])]),
  clear: () => page.evaluate(() => { (window as unknown as { __luotsiSaid?: string[] }).__luotsiSaid?.splice(0); }),
});

/** Everything the chat's live regions say from now on (see recordAnnouncements); call once Web Chat is drawn. */
export async function listenToLiveRegion(page: Page): Promise<Heard> {
  await page.locator('#luotsi-panel .webchat__live-region-transcript, .webchat__live-region-transcript').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.evaluate(recordAnnouncements, LIVE_REGIONS);
  return heardOn(page);
}

/** The same from the page's first script on, before the chat is even opened: call before `page.goto`. */
export async function listenFromTheStart(page: Page): Promise<Heard> {
  await page.addInitScript(recordAnnouncements, LIVE_REGIONS);
  return heardOn(page);
}

/** Text compared as a listener hears it: no zero-width characters, typographic quotes and dashes as plain ones, spaces collapsed. */
export const heard = (s: string) => s.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

/** The element at the centre of `target`, as a tap there would hit it: is it `target` or inside it? */
export async function centreHits(target: Locator): Promise<{ hits: boolean; found: string }> {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const describe = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}.${String(e.className).split(' ').slice(0, 3).join('.')}` : 'nothing');
    return { hits: !!hit && (hit === el || el.contains(hit)), found: describe(hit) };
  });
}

/** The activity (Web Chat's <article>) that holds the focused element or is the transcript's active item, as its text. */
export async function focusedActivity(page: Page): Promise<{ inCard: boolean; transcriptFocused: boolean; activityText: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const transcriptFocused = !!active && active.classList.contains('webchat__basic-transcript');
    let activity: Element | null = active?.closest('.webchat__basic-transcript__activity') ?? null;
    if (transcriptFocused) {
      const id = active.getAttribute('aria-activedescendant');
      activity = id ? document.getElementById(id)?.closest('.webchat__basic-transcript__activity') ?? null : null;
    }
    const body = activity?.querySelector<HTMLElement>('.webchat__basic-transcript__activity-body');
    return { inCard: !!active?.closest('.ac-adaptiveCard'), transcriptFocused, activityText: body ? body.innerText : null };
  });
}

/** axe-core's serious and critical findings on the page as it is now. */
interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, so the page's own CSP (no inline scripts) still holds for everything else.
  await page.evaluate(AXE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return { violations: r.violations, passes: r.passes.length };
  });
  if (result.passes === 0) throw new Error('axe checked nothing on the page');
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
}

/**
 * Whether the server offers the Direct Line WebSocket stream (a streamUrl when a conversation is opened): the stock
 * clients' default mode needs it.
 */
export async function serverOffersStream(url: string): Promise<boolean> {
  const t = await (await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' })).json() as { token: string };
  const c = await (await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${t.token}` } })).json() as { streamUrl?: unknown };
  return typeof c.streamUrl === 'string' && /^wss?:\/\//.test(c.streamUrl);
}

export type { Browser, BrowserContext, Locator, Page };
