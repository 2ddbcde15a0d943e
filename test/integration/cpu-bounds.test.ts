// Bounded work per message, over real HTTP: no message a client may post costs much more than an ordinary one, and one
// visitor sending such messages within the default limits does not slow down the other residents of the instance.
// The machine running the suite is shared and noisy: costs are CPU time of this process (not wall time), every figure
// is a median of several runs, and quiet and attacked phases alternate so a change in the machine's load hits both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type LuotsiApp, type RunningServer } from '../../adapters/app.js';
import { parseConfig, type Config } from '../../adapters/config.js';
import { craftedMessages, ORDINARY_NEEDS } from '../load/crafted-inputs.js';
import { createTurnDriver, measureCrafted, median, type CraftedReport } from '../load/crafted-turns.js';
import type { DlConversation } from './helpers/directline-client.js';
import { realKnowledge } from '../fixtures/real-knowledge.js';

const SECRET = 'cpu-bounds-test-secret-0123456789-0123456789';

async function startLuotsi(env: Record<string, string>): Promise<{ luotsi: LuotsiApp; server: RunningServer; config: Config }> {
  const parsed = parseConfig({ LOG_LEVEL: 'silent', DIRECTLINE_TOKEN_SECRET: SECRET, ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const created = await createApp(parsed.config, realKnowledge());
  if (!created.ok) throw new Error(created.errors.join('\n'));
  return { luotsi: created.luotsi, server: await created.luotsi.start(0), config: parsed.config };
}

describe('the cost of one crafted message', () => {
  let app: Awaited<ReturnType<typeof startLuotsi>>;
  let report: CraftedReport;
  beforeAll(async () => {
    app = await startLuotsi({ RATE_LIMIT_PER_MINUTE: '0', CONVERSATION_RATE_LIMIT_PER_MINUTE: '0' });
    report = await measureCrafted(app.server.url, 5);
    const r1 = (x: number) => Math.round(x * 10) / 10;
    console.log(`ordinary turn ${r1(report.ordinary.cpuMs)} ms CPU; worst crafted "${report.worst.name}" at ${report.worst.point}: ${r1(report.worst.cpuMs)} ms CPU`);
  }, 600_000);
  afterAll(async () => {
    await app?.server.close();
    await app?.luotsi.stores.close();
  });

  it('answers every crafted message, at every point of a conversation, without an error', () => {
    expect(report.crafted.length).toBe(craftedMessages().length * 3);
    const failed = report.crafted.filter((r) => r.statuses.some((s) => s !== 200)).map((r) => `${r.name} @${r.point}: ${r.statuses.join(',')}`);
    expect(failed).toEqual([]);
  });

  it('costs at most 150 ms and at most 10 times an ordinary turn, for the worst of them', () => {
    const slow = report.crafted.filter((r) => r.cpuMs > 150 || r.cpuMs > 10 * report.ordinary.cpuMs)
      .map((r) => `${r.name} @${r.point}: ${r.cpuMs.toFixed(1)} ms (ordinary ${report.ordinary.cpuMs.toFixed(1)} ms)`);
    expect(slow).toEqual([]);
    expect(report.worst.cpuMs).toBeLessThanOrEqual(150);
    expect(report.worst.cpuMs).toBeLessThanOrEqual(10 * report.ordinary.cpuMs);
  });
});

describe('one visitor sending crafted messages within the default limits', () => {
  let app: Awaited<ReturnType<typeof startLuotsi>>;
  // The visitor and the residents come from different addresses, as on the internet: a proxy on this machine names them.
  beforeAll(async () => { app = await startLuotsi({ TRUST_PROXY: 'loopback' }); }, 120_000);
  afterAll(async () => {
    await app?.server.close();
    await app?.luotsi.stores.close();
  });

  it('leaves another resident\'s reply time within twice its quiet value', async () => {
    const { rateLimitPerMinute: perAddress, conversationRateLimitPerMinute: perConversation } = app.config;
    expect(perAddress, 'the default per-address limit').toBeGreaterThan(0);
    expect(perConversation, 'the default per-conversation limit').toBeGreaterThan(0);

    // The visitor's allowance for a minute, spent evenly: as many conversations as its address may open (two counted
    // requests each), and in each as many messages as the per-conversation limit allows (less a tenth, so the fixed
    // windows of the limits never refuse one); messages are not counted per address (adapters/http/rate-limit.ts).
    const visitor = createTurnDriver(app.server.url, { 'x-forwarded-for': '203.0.113.66' });
    const conversations = Math.floor((perAddress - 2) / 2);
    const perSecond = (conversations * Math.floor(0.9 * perConversation)) / 60;
    const theirs: DlConversation[] = [];
    for (let i = 0; i < conversations; i++) theirs.push(await visitor.open());
    const crafted = craftedMessages();

    let resident = 0;
    /** A resident's turn, from a resident address and conversation of its own: the POST returns when the turn is done. */
    const residents = async (samples: number): Promise<number[]> => {
      const times: number[] = [];
      const script = [ORDINARY_NEEDS.fi, 'äidilleni', 'Vantaalla', ORDINARY_NEEDS.sv, ORDINARY_NEEDS.en];
      while (times.length < samples) {
        resident++;
        const driver = createTurnDriver(app.server.url, { 'x-forwarded-for': `198.51.100.${resident % 250}` });
        const c = await driver.open();
        for (const text of script) {
          const started = performance.now();
          const answer = await driver.post(c, { text });
          times.push(performance.now() - started);
          expect(answer.status).toBe(200);
          await new Promise((r) => setTimeout(r, 150)); // reading the answer and typing
        }
      }
      return times;
    };

    /** The visitor's messages at its sustained pace until `done`; every one must be accepted (it stays within the limits). */
    const attack = async (done: () => boolean): Promise<number[]> => {
      const statuses: number[] = [];
      const inFlight: Promise<void>[] = [];
      const started = performance.now();
      for (let n = 0; !done(); n++) {
        const at = started + (n * 1000) / perSecond;
        const wait = at - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (done()) break;
        const text = crafted[n % crafted.length]!.text;
        inFlight.push(visitor.post(theirs[n % theirs.length]!, { text }).then((a) => { statuses.push(a.status); }));
      }
      await Promise.all(inFlight);
      return statuses;
    };

    await residents(5); // warm-up
    const quiet: number[] = [];
    const attacked: number[] = [];
    const visitorStatuses: number[] = [];
    // Quiet and attacked phases alternate, so a change in the machine's load falls on both.
    for (let round = 0; round < 3; round++) {
      quiet.push(...(await residents(30)));
      let finished = false;
      const visiting = attack(() => finished);
      attacked.push(...(await residents(30)));
      finished = true;
      visitorStatuses.push(...(await visiting));
    }
    const quietMs = median(quiet);
    const attackedMs = median(attacked);
    console.log(`resident reply: quiet ${quietMs.toFixed(1)} ms, with the visitor ${attackedMs.toFixed(1)} ms (median of ${attacked.length}); visitor sent ${visitorStatuses.length} crafted messages at ${perSecond.toFixed(2)}/s`);
    expect(visitorStatuses.length).toBeGreaterThan(10);
    // Should the default limits change (say, messages counted per address again), this pace must follow them.
    expect(visitorStatuses.filter((s) => s !== 200), 'the visitor stays within the default limits').toEqual([]);
    expect(attackedMs).toBeLessThanOrEqual(2 * quietMs);
  }, 600_000);
});
