// GET /staff/stats: the anonymous unmet-need and feedback counts for wellbeing planning, as `npm run stats` reads them.
import { Router } from 'express';
import { operatorOnly } from './metrics.js';
import type { CounterStore } from './storage/contracts.js';

// The same names adapters/cli/stats.ts reads from Redis directly, so both paths print the same document.
const STAT_NAMES = ['unmet_need', 'feedback'] as const;

export interface StaffRouteDeps {
  counters: Pick<CounterStore, 'read'>;
  /** Without a token only loopback callers are answered. */
  statsToken?: string;
}

export function staffRouter(deps: StaffRouteDeps): Router {
  const router = Router();
  router.get('/staff/stats', operatorOnly(deps.statsToken), async (_req, res) => {
    const entries = await Promise.all(STAT_NAMES.map(async (name) => [name, await deps.counters.read(name)] as const));
    res.setHeader('Cache-Control', 'no-store');
    res.json(Object.fromEntries(entries));
  });
  return router;
}
