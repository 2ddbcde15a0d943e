// The environment the service starts from: defaults that work with no variables, and one clear line per bad variable.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../adapters/config.js';

describe('configuration', () => {
  it('starts with no variables at all: port 3978, memory state, a generated token secret with a warning', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({ port: 3978, redisPrefix: 'luotsi:', stateTtlMinutes: 30, rateLimitPerMinute: 120, publicBaseUrl: 'http://localhost:3978', directLineSecretGenerated: true });
    expect(result.config.redisUrl).toBeUndefined();
    expect(result.config.directLineSecret.length).toBeGreaterThanOrEqual(32);
    expect(result.config.warnings).toEqual([expect.stringContaining('DIRECTLINE_TOKEN_SECRET')]);
  });

  it('names each bad variable on its own line', () => {
    const result = parseConfig({ PORT: 'abc', STATE_TTL_MINUTES: '0', REDIS_URL: 'http://x', ALLOWED_ORIGINS: 'https://ok.fi, not a url', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(':')[0])).toEqual(['PORT', 'REDIS_URL', 'STATE_TTL_MINUTES', 'LOG_LEVEL', 'ALLOWED_ORIGINS']);
    expect(result.errors[0]).toMatch(/^PORT: /);
  });

  it('refuses to run in production without a token secret', () => {
    const result = parseConfig({ NODE_ENV: 'production' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^DIRECTLINE_TOKEN_SECRET: required when NODE_ENV=production/)] });
  });

  it('needs the app password once the Teams app id is set', () => {
    const result = parseConfig({ MicrosoftAppId: '11111111-2222-3333-4444-555555555555' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^MicrosoftAppPassword: /)] });
  });

  it('turns rate limiting off with 0 and reads allowed origins', () => {
    const result = parseConfig({ RATE_LIMIT_PER_MINUTE: '0', ALLOWED_ORIGINS: 'https://www.esimerkkikunta.fi/, https://kunta.example' });
    expect(result.ok && result.config.rateLimitPerMinute).toBe(0);
    expect(result.ok && result.config.allowedOrigins).toEqual(['https://www.esimerkkikunta.fi', 'https://kunta.example']);
  });
  it('trusts no proxy by default and reads TRUST_PROXY as hops or addresses', () => {
    const none = parseConfig({});
    expect(none.ok && none.config.trustProxy).toBe(false);
    const hops = parseConfig({ TRUST_PROXY: '2' });
    expect(hops.ok && hops.config.trustProxy).toBe(2);
    const list = parseConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8, 192.168.1.10' });
    expect(list.ok && list.config.trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.10']);
  });

  it.each(['true', 'yes', '-1', '1.5', '10.0.0.0/33', 'loopback, not-an-address', '101'])('refuses TRUST_PROXY=%s with one line naming it', (value) => {
    const result = parseConfig({ TRUST_PROXY: value });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^TRUST_PROXY: /)] });
  });

  it('reads TEAMS_DEV_MODE as 1 or 0, off by default, and refuses anything else', () => {
    const off = parseConfig({});
    expect(off.ok && off.config.teamsDevMode).toBe(false);
    const on = parseConfig({ TEAMS_DEV_MODE: '1' });
    expect(on.ok && on.config.teamsDevMode).toBe(true);
    expect(parseConfig({ TEAMS_DEV_MODE: 'yes' })).toEqual({ ok: false, errors: [expect.stringMatching(/^TEAMS_DEV_MODE: /)] });
    const withApp = parseConfig({ TEAMS_DEV_MODE: '1', MicrosoftAppId: '11111111-2222-3333-4444-555555555555', MicrosoftAppPassword: 'secret' });
    expect(withApp.ok && withApp.config.warnings).toContainEqual(expect.stringContaining('TEAMS_DEV_MODE'));
  });

  it('hands over at any hour by default: 10 minutes to wait, a sweep every 5 seconds, at most 5 waiting, no contact', () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { handover } = result.config;
    expect(handover).toMatchObject({ waitMinutes: 10, sweepSeconds: 5, maxWaiting: 5, contact: {} });
    expect(handover.hoursSpec).toBeUndefined();
    expect(handover.hours.always).toBe(true);
    expect(handover.hours.isOpen(new Date('2027-12-25T02:00:00Z'))).toBe(true);
  });

  it('reads the handover hours, wait, sweep and contacts', () => {
    const result = parseConfig({
      HANDOFF_HOURS: ' ma-to 9-16, pe 9-14 ', HANDOFF_WAIT_MINUTES: '15', HANDOFF_SWEEP_SECONDS: '30',
      HANDOFF_CONTACT_FI: '  Palveluohjaus 09 123 4567 (ma–pe 9–15)  ', HANDOFF_CONTACT_EN: 'Service guidance 09 123 4567',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { handover } = result.config;
    expect(handover).toMatchObject({ hoursSpec: 'ma-to 9-16, pe 9-14', waitMinutes: 15, sweepSeconds: 30 });
    expect(handover.contact).toEqual({ fi: 'Palveluohjaus 09 123 4567 (ma–pe 9–15)', sv: 'Palveluohjaus 09 123 4567 (ma–pe 9–15)', en: 'Service guidance 09 123 4567' });
    expect(handover.hours.describe('fi')).toBe('ma–to 9.00–16.00, pe 9.00–14.00');
    // Friday 3 April 2026 14.30 in Helsinki (summer time): closed, Thursday 15.30 open
    expect(handover.hours.isOpen(new Date('2026-04-03T11:30:00Z'))).toBe(false);
    expect(handover.hours.isOpen(new Date('2026-04-02T12:30:00Z'))).toBe(true);
  });

  it('refuses bad HANDOFF_HOURS, naming the variable and the bad part', () => {
    const result = parseConfig({ HANDOFF_HOURS: 'mon-fri 09:00-15:00, sat 25-12' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^HANDOFF_HOURS: "25" in "sat 25-12" is not a time of day/)] });
    const day = parseConfig({ HANDOFF_HOURS: 'mo-fr 9-15' });
    expect(day).toEqual({ ok: false, errors: [expect.stringMatching(/^HANDOFF_HOURS: "mo" in "mo-fr 9-15" is not a day/)] });
  });

  it('refuses a wait, sweep or contact out of bounds, one line each', () => {
    const result = parseConfig({ HANDOFF_WAIT_MINUTES: '0', HANDOFF_SWEEP_SECONDS: '301', HANDOFF_CONTACT_SV: 'x'.repeat(501) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.split(':')[0])).toEqual(['HANDOFF_WAIT_MINUTES', 'HANDOFF_CONTACT_SV', 'HANDOFF_SWEEP_SECONDS']);
    expect(parseConfig({ HANDOFF_WAIT_MINUTES: '2.5' }).ok).toBe(false);
    expect(parseConfig({ HANDOFF_WAIT_MINUTES: '240', HANDOFF_SWEEP_SECONDS: '1' }).ok).toBe(true);
  });

  it('reads HANDOFF_MAX_WAITING as a whole number from 0 (no cap) to 1000', () => {
    const read = (v: string) => { const r = parseConfig({ HANDOFF_MAX_WAITING: v }); return r.ok ? r.config.handover.maxWaiting : r.errors; };
    expect(read('12')).toBe(12);
    expect(read('0')).toBe(0);
    expect(read(' ')).toBe(5);
    expect(read('-1')).toEqual(['HANDOFF_MAX_WAITING: expected at least 0']);
    expect(read('1001')).toEqual(['HANDOFF_MAX_WAITING: expected at most 1000']);
    expect(read('2.5')).toEqual(['HANDOFF_MAX_WAITING: expected a whole number']);
  });
});
