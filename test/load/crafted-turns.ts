// Drives whole turns of a Luotsi listening in this process with crafted and ordinary messages at three points of a
// conversation, and measures what each turn costs: CPU time of the process (robust to other processes on a busy
// machine) and the server's own Server-Timing. Shared by `npm run bench:crafted` and test/integration/cpu-bounds.test.ts.
import { dl, type DlConversation } from '../integration/helpers/directline-client.js';
import { craftedMessages, ORDINARY_NEEDS } from './crafted-inputs.js';

/** Where in a conversation the message arrives: its first message, the answer to "in which municipality?", or a card's fields. */
export type Point = 'need' | 'municipality' | 'card';
export const POINTS: readonly Point[] = ['need', 'municipality', 'card'];

export interface TurnCost { cpuMs: number; serverMs: number; status: number }

// A card's Action.Submit value may be 16 KB (activity-schema.ts): its typed fields share that.
const MAX_VALUE_BYTES = 16 * 1024 - 256;
const CARD_FIELDS = 8;

/** The fields of a submitted municipality card, each a slice of `text`, together within the value limit. */
export function cardValue(text: string): Record<string, string> {
  const value: Record<string, string> = { action: 'answer', q: 'municipality' };
  const chars = [...text];
  // Each field gets an equal share of the byte budget (its JSON escapes counted) and at most 2,000 characters.
  const share = Math.floor(MAX_VALUE_BYTES / CARD_FIELDS) - 24;
  let at = 0;
  for (let i = 0; i < CARD_FIELDS && at < chars.length; i++) {
    let piece = '';
    let bytes = 2;
    while (at < chars.length && piece.length < 2000) {
      const cost = Buffer.byteLength(JSON.stringify(chars[at]!)) - 2;
      if (bytes + cost > share) break;
      piece += chars[at]!;
      bytes += cost;
      at++;
    }
    if (!piece) break;
    value[i === 0 ? 'municipalityName' : `field${i}`] = piece;
  }
  return value;
}

export function createTurnDriver(base: string, headers: Record<string, string> = {}) {
  const client = dl(base);
  const root = `${base}/v3/directline`;

  async function post(c: DlConversation, activity: Record<string, unknown>): Promise<TurnCost> {
    const body = JSON.stringify({ type: 'message', locale: 'fi-FI', channelData: { clientActivityID: `c${Math.random()}` }, ...activity });
    const cpu = process.cpuUsage();
    const res = await fetch(`${root}/conversations/${c.conversationId}/activities`, {
      method: 'POST', headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json', ...headers }, body,
    });
    await res.arrayBuffer();
    const used = process.cpuUsage(cpu);
    const serverMs = Number(/dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? NaN);
    return { cpuMs: (used.user + used.system) / 1000, serverMs, status: res.status };
  }

  async function open(): Promise<DlConversation> {
    const { token } = await client.generate('fi-FI');
    const res = await fetch(`${root}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers }, body: JSON.stringify({ locale: 'fi-FI' }) });
    if (res.status !== 201) throw new Error(`start answered ${res.status}`);
    const body = (await res.json()) as { conversationId: string; token: string };
    return { conversationId: body.conversationId, token: body.token, watermark: 0 };
  }

  /** A conversation at `point`, ready for the message to be measured. */
  async function ready(point: Point): Promise<DlConversation> {
    const c = await open();
    if (point === 'need') return c;
    // A need, then for whom: the next question is the municipality (or its card).
    for (const text of [ORDINARY_NEEDS.fi, 'äidilleni']) {
      const answer = await post(c, { text });
      if (answer.status !== 200) throw new Error(`preparing the conversation answered ${answer.status}`);
    }
    return c;
  }

  /** One measured turn: `text` at `point` of a fresh conversation. */
  async function turn(point: Point, text: string): Promise<TurnCost> {
    const c = await ready(point);
    return post(c, point === 'card' ? { value: cardValue(text) } : { text });
  }

  return { open, post, ready, turn };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** What an ordinary message costs at each point: a need in each language, a municipality, a municipality card. */
export const ORDINARY_AT: Record<Point, readonly string[]> = {
  need: Object.values(ORDINARY_NEEDS),
  municipality: ['Vantaalla', 'asun Espoossa', 'Hämeenlinna'],
  card: ['Vantaa', 'Helsingfors', 'Pori'],
};

export interface CraftedReport {
  /** Median cost of an ordinary turn (all points together). */
  ordinary: { cpuMs: number; serverMs: number };
  /** Every crafted message at every point: the median of its runs. */
  crafted: Array<{ name: string; point: Point; cpuMs: number; serverMs: number; statuses: number[] }>;
  worst: { name: string; point: Point; cpuMs: number; serverMs: number };
}

/**
 * Each ordinary message and each crafted message at each point, `runs` times in fresh conversations, medians kept.
 * Warms up first, so the figures describe a running service rather than the JIT's first minutes.
 */
export async function measureCrafted(base: string, runs = 5, only?: (name: string) => boolean): Promise<CraftedReport> {
  const driver = createTurnDriver(base);
  const crafted = craftedMessages().filter((c) => !only || only(c.name));
  for (const point of POINTS) {
    for (const text of ORDINARY_AT[point]) await driver.turn(point, text);
    for (const c of crafted.slice(0, 3)) await driver.turn(point, c.text);
  }
  const ordinaryCpu: number[] = [];
  const ordinaryServer: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const point of POINTS) {
      for (const text of ORDINARY_AT[point]) {
        const cost = await driver.turn(point, text);
        if (cost.status !== 200) throw new Error(`an ordinary turn answered ${cost.status}`);
        ordinaryCpu.push(cost.cpuMs);
        ordinaryServer.push(cost.serverMs);
      }
    }
  }
  const results: CraftedReport['crafted'] = [];
  for (const c of crafted) {
    for (const point of POINTS) {
      const costs: TurnCost[] = [];
      for (let r = 0; r < runs; r++) costs.push(await driver.turn(point, c.text));
      results.push({ name: c.name, point, cpuMs: median(costs.map((x) => x.cpuMs)), serverMs: median(costs.map((x) => x.serverMs)), statuses: [...new Set(costs.map((x) => x.status))] });
    }
  }
  const worst = results.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  return {
    ordinary: { cpuMs: median(ordinaryCpu), serverMs: median(ordinaryServer) },
    crafted: results,
    worst: { name: worst.name, point: worst.point, cpuMs: worst.cpuMs, serverMs: worst.serverMs },
  };
}
