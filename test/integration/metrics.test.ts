// /metrics and /staff/stats for operators: Prometheus counts by language from real conversations, never words or ids, and only for operators.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig } from '../../adapters/config.js';
import { dl, json } from './helpers/directline-client.js';

const SECRET = 'test-secret-for-direct-line-tokens-0123456789';
const METRICS_TOKEN = 'metrics-token-for-the-operators-4242';
const STATS_TOKEN = 'stats-token-for-wellbeing-planners-4242';

async function startApp(env: Record<string, string> = {}): Promise<{ luotsi: LuotsiApp; server: RunningServer }> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config);
  if (!created.ok) throw new Error(created.errors.join('\n'));
  return { luotsi: created.luotsi, server: await created.luotsi.start(0) };
}

/** The value of one series, e.g. sample(text, 'luotsi_turns_total', { lang: 'fi' }); 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => { const [k, v] = kv.split('='); return [k, v?.replace(/^"|"$/g, '')]; }));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) total += Number(m[3]);
  }
  return total;
}

describe('/metrics from the same machine', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  let before = '';
  const conversationIds: string[] = [];
  const typed = ['Hoidan muistisairasta äitiäni ja olen ihan uupunut', 'Jag känner mig ensam på kvällarna', 'xqzv plorg wubble', 'I want to kill myself tonight'];

  beforeAll(async () => {
    ({ luotsi, server } = await startApp());
    before = await (await fetch(`${server.url}/metrics`)).text();
    const client = dl(server.url);
    const fi = await client.open('fi-FI');
    const sv = await client.open('sv-SE');
    const en = await client.open('en-US');
    conversationIds.push(fi.conversationId, sv.conversationId, en.conversationId);
    await client.say(fi, { text: typed[0], locale: 'fi-FI' });
    await client.say(sv, { text: typed[1], locale: 'sv-SE' });
    await client.say(fi, { text: 'aloita alusta', locale: 'fi-FI' });
    await client.say(fi, { text: typed[2], locale: 'fi-FI' });
    await client.say(en, { text: typed[3], locale: 'en-US' });
  });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  it('is Prometheus text with the process metrics', async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('# TYPE luotsi_turns_total counter');
    expect(text).toContain('# TYPE luotsi_turn_duration_seconds histogram');
    expect(sample(text, 'luotsi_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('counts turns by the language the bot answered in and the channel', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    // Each open greets once (a turn) and each message is one.
    expect(sample(text, 'luotsi_turns_total', { lang: 'fi', channel: 'directline' })).toBe(4);
    expect(sample(text, 'luotsi_turns_total', { lang: 'sv', channel: 'directline' })).toBe(2);
    expect(sample(text, 'luotsi_turns_total', { lang: 'en', channel: 'directline' })).toBe(2);
    expect(sample(before, 'luotsi_turns_total')).toBe(0);
  });

  it('times turns in a histogram whose buckets resolve milliseconds', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/luotsi_turn_duration_seconds_bucket\{le="0\.001",lang="fi",channel="directline"\}/);
    expect(text).toMatch(/luotsi_turn_duration_seconds_bucket\{le="0\.2",lang="fi",channel="directline"\}/);
    expect(sample(text, 'luotsi_turn_duration_seconds_count', { lang: 'fi' })).toBe(4);
    expect(sample(text, 'luotsi_turn_duration_seconds_sum', { lang: 'fi' })).toBeGreaterThan(0);
  });

  it('counts a need nothing matched, and a crisis by language and kind', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(sample(text, 'luotsi_unmet_needs_total', { lang: 'fi' })).toBe(1);
    expect(sample(text, 'luotsi_unmet_needs_total')).toBe(1);
    expect(sample(text, 'luotsi_crisis_escalations_total', { lang: 'en' })).toBe(1);
    expect(text).toMatch(/luotsi_crisis_escalations_total\{lang="en",kind="(suicide|general)"\} 1/);
  });

  it('counts feedback as helpful yes or no', async () => {
    const client = dl(server.url);
    const c = await client.open('fi-FI');
    // Click the first button of every question until the results ask whether they helped.
    let replies = (await client.say(c, { text: 'Velat kasvaa enkä saa laskuja maksettua', locale: 'fi-FI' })).replies;
    for (let i = 0; i < 5 && !JSON.stringify(replies).includes('"feedback"'); i++) {
      const data = firstSubmit(replies);
      replies = (await client.say(c, data ? { value: data, locale: 'fi-FI' } : { text: 'kyllä', locale: 'fi-FI' })).replies;
    }
    expect(JSON.stringify(replies)).toContain('"feedback"');
    await client.say(c, { value: { action: 'feedback', helpful: 'no' }, locale: 'fi-FI' });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(sample(text, 'luotsi_feedback_total', { helpful: 'no' })).toBe(1);
    expect(sample(text, 'luotsi_feedback_total', { helpful: 'yes' })).toBe(0);
  });

  it('never carries what residents typed or their conversation ids', async () => {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    for (const words of typed) for (const word of words.split(' ').filter((w) => w.length > 5)) expect(text).not.toContain(word);
    for (const id of conversationIds) expect(text).not.toContain(id);
  });

  it('is refused to a request that came through a proxy', async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(res.status).toBe(403);
    expect(await json(res)).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('serves the anonymous unmet-need and feedback counts at /staff/stats', async () => {
    const res = await fetch(`${server.url}/staff/stats`);
    expect(res.status).toBe(200);
    const stats = await json(res);
    expect(Object.keys(stats).sort()).toEqual(['feedback', 'unmet_need']);
    expect(Object.values(stats.unmet_need as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
    expect(JSON.stringify(stats)).not.toContain('xqzv');
    expect((await fetch(`${server.url}/staff/stats`, { headers: { forwarded: 'for=203.0.113.7' } })).status).toBe(403);
  });
});

function firstSubmit(replies: unknown[]): Record<string, unknown> | undefined {
  const found = /"type":"Action\.Submit","title":"[^"]*","data":(\{[^{}]*\})/.exec(JSON.stringify(replies));
  return found ? (JSON.parse(found[1]!) as Record<string, unknown>) : undefined;
}

describe('operator tokens', () => {
  let luotsi: LuotsiApp;
  let server: RunningServer;
  beforeAll(async () => { ({ luotsi, server } = await startApp({ METRICS_TOKEN, STATS_TOKEN })); });
  afterAll(async () => {
    await server?.close();
    await luotsi?.stores.close();
  });

  it('asks everyone for METRICS_TOKEN once it is set, the same machine too', async () => {
    const without = await fetch(`${server.url}/metrics`);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer');
    expect(await json(without)).toMatchObject({ error: { code: 'unauthorized' } });
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${STATS_TOKEN}` } })).status).toBe(401);
    const ok = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}`, 'x-forwarded-for': '203.0.113.7' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('luotsi_turns_total');
  });

  it('asks for STATS_TOKEN at /staff/stats, as npm run stats sends it', async () => {
    expect((await fetch(`${server.url}/staff/stats`)).status).toBe(401);
    const ok = await fetch(`${server.url}/staff/stats`, { headers: { authorization: `Bearer ${STATS_TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await json(ok)).toEqual({ unmet_need: {}, feedback: {} });
  });

  it('refuses a token shorter than 16 characters at start-up', () => {
    const parsed = parseConfig({ METRICS_TOKEN: 'short' });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors).toEqual([expect.stringMatching(/^METRICS_TOKEN: /)]);
  });
});
