// The Redis turn lock's timing is checked when it is built: a turn must wait longer than a lease, or a dead holder blocks it.
import { createClient } from 'redis';
import { describe, expect, it } from 'vitest';
import { RedisTurnLock } from '../../adapters/storage/redis-stores.js';

// Never connected: building the lock talks to no server.
const client = createClient();

describe('the Redis turn lock', () => {
  it('refuses a wait that is not longer than the lease', () => {
    expect(() => new RedisTurnLock(client, 'p:', { leaseMs: 10_000, waitMs: 8_000 })).toThrow(/longer than leaseMs/);
    expect(() => new RedisTurnLock(client, 'p:', { leaseMs: 5_000, waitMs: 5_000 })).toThrow(/longer than leaseMs/);
  });

  it('waits longer than its lease by default, also for a lease of its own', () => {
    expect(() => new RedisTurnLock(client, 'p:')).not.toThrow();
    expect(() => new RedisTurnLock(client, 'p:', { leaseMs: 20_000 })).not.toThrow();
  });
});
