// How heavy the chat is to open: the Web Chat bundle's bytes on the wire and its caching, and the time to the greeting on
// an emulated slow 4G phone (printed; only a generous bound fails, the 4 s target is reported).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatOn, haveChromium, PHONE, startLuotsi, type Running } from './harness.js';

/** Chrome DevTools' "Slow 4G" preset (Lighthouse's mobile profile): 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9, uploadThroughput: (750 * 1000 / 8) * 0.9 };
const TARGET_MS = 4000;
const MAX_BUNDLE_BYTES = 1.5 * 1024 * 1024;

interface BundleLoad { url: string; encoding: string | undefined; cacheControl: string | undefined; bytes: number; fromCache: boolean }

describe.skipIf(!haveChromium)('opening the chat on a slow phone connection', () => {
  let run: Running;

  beforeAll(async () => { run = await startLuotsi(); });
  afterAll(async () => { await run?.stop(); });

  /** Opens the demo page on slow 4G and taps the button, at once (`cold`) or once the page is idle (`warm`). */
  async function timeToGreeting(mode: 'cold' | 'warm'): Promise<{ openMs: number; pageMs: number; bundle: BundleLoad[] }> {
    const context = await run.browser.newContext({ ...PHONE, locale: 'fi-FI' });
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      const loads = new Map<string, Omit<BundleLoad, 'bytes'>>();
      const servedFromCache = new Set<string>();
      const bytes = new Map<string, number>();
      cdp.on('Network.responseReceived', (e) => {
        if (!e.response.url.includes('/webchat.js')) return;
        const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
        loads.set(e.requestId, {
          url: e.response.url, encoding: h['content-encoding'], cacheControl: h['cache-control'],
          fromCache: !!e.response.fromDiskCache || servedFromCache.has(e.requestId),
        });
      });
      cdp.on('Network.requestServedFromCache', (e) => {
        servedFromCache.add(e.requestId);
        const known = loads.get(e.requestId);
        if (known) known.fromCache = true;
      });
      cdp.on('Network.loadingFinished', (e) => bytes.set(e.requestId, e.encodedDataLength));
      const c = chatOn(page);

      const started = Date.now();
      await page.goto(`${run.server.url}/?lang=fi`, { waitUntil: mode === 'cold' ? 'domcontentloaded' : 'load' });
      await c.launcher.waitFor();
      if (mode === 'warm') {
        // The widget fetches the bundle ahead once the page is idle.
        await page.waitForFunction(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).some((r) => r.name.includes('/webchat.js') && r.responseEnd > 0), null, { timeout: 60_000 });
      }
      const pageMs = Date.now() - started;
      const tapped = Date.now();
      await c.launcher.tap();
      await c.greeted('fi');
      const openMs = Date.now() - tapped;
      await page.waitForTimeout(200);
      const bundle = [...loads.entries()].map(([id, l]) => ({ ...l, bytes: bytes.get(id) ?? 0 }));
      return { openMs, pageMs, bundle };
    } finally {
      await context.close();
    }
  }

  it('sends the Web Chat bundle compressed, under 1.5 MB, at a URL cached for a year, and downloads it once', async () => {
    const { bundle } = await timeToGreeting('cold');
    const network = bundle.filter((b) => !b.fromCache);
    console.log(`e2e: Web Chat bundle: ${network.map((b) => `${b.bytes} bytes ${b.encoding ?? 'uncompressed'}`).join('; ')}`
      + ` (${bundle.length - network.length} more load(s) from the browser cache)`);
    expect(network).toHaveLength(1);
    const [load] = network;
    expect(load!.url).toMatch(/\/webchat\.js\?v=[\w-]{8,}$/);
    expect(load!.encoding).toBe('br');
    expect(load!.cacheControl).toMatch(/max-age=31536000/);
    expect(load!.cacheControl).toMatch(/immutable/);
    expect(load!.bytes).toBeGreaterThan(100_000);
    expect(load!.bytes).toBeLessThan(MAX_BUNDLE_BYTES);
  });

  it('greets within the target on slow 4G (printed), and within a generous bound', async () => {
    const cold = await timeToGreeting('cold');
    const warm = await timeToGreeting('warm');
    const verdict = (ms: number) => (ms <= TARGET_MS ? 'within' : 'OVER');
    console.log([
      `e2e: slow 4G (${SLOW_4G.latency} ms, ${Math.round(SLOW_4G.downloadThroughput * 8 / 1000)} kbit/s down), time from tapping "Kysy Luotsilta" to the greeting:`,
      `  page idle first (bundle fetched ahead): ${warm.openMs} ms (${verdict(warm.openMs)} the ${TARGET_MS} ms target; the page took ${warm.pageMs} ms)`,
      `  tapped as soon as the page showed:       ${cold.openMs} ms (${verdict(cold.openMs)} the ${TARGET_MS} ms target; bundle ${cold.bundle.find((b) => !b.fromCache)?.bytes ?? 0} bytes)`,
    ].join('\n'));
    // Noise on a shared machine must not fail the suite; a regression to the uncompressed 3.9 MB bundle (over 20 s) must.
    expect(warm.openMs).toBeLessThan(10_000);
    expect(cold.openMs).toBeLessThan(15_000);
  });
});
