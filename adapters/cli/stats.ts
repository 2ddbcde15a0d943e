// npm run stats [-- --url http://host:3978]: anonymous unmet-need and feedback counts for wellbeing planning.
// Reads Redis directly when REDIS_URL is set, otherwise asks a running instance's staff endpoint.
// The counts carry situation, municipality and language only: never message text.
import { createRedisStores } from '../storage/redis-stores.js';

export const STAT_NAMES = ['unmet_need', 'feedback'] as const;

const args = process.argv.slice(2);
const urlIdx = args.indexOf('--url');
const redisUrl = process.env.REDIS_URL;
const prefix = process.env.REDIS_PREFIX ?? 'luotsi:';

async function fromRedis(url: string) {
  const stores = createRedisStores({ url, prefix, stateTtlMinutes: 30 });
  try {
    for (let i = 0; i < 100 && !stores.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
    if (!stores.client.isReady) throw new Error(`Redis at ${url} does not answer`);
    return Object.fromEntries(await Promise.all(STAT_NAMES.map(async (n) => [n, await stores.counters.read(n)] as const)));
  } finally {
    await stores.close();
  }
}

async function fromService(base: string) {
  const token = process.env.STATS_TOKEN;
  const res = await fetch(new URL('/staff/stats', base), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new Error(`${base}/staff/stats answered ${res.status}`);
  return (await res.json()) as unknown;
}

try {
  const stats = urlIdx < 0 && redisUrl ? await fromRedis(redisUrl) : await fromService(args[urlIdx + 1] ?? `http://127.0.0.1:${process.env.PORT ?? 3978}`);
  console.log(JSON.stringify(stats, null, 2));
} catch (err) {
  console.error(`stats: ${(err as Error).message}`);
  process.exit(1);
}
