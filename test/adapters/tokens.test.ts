import { describe, expect, it } from 'vitest';
import { createTokenService, TOKEN_TTL_SECONDS } from '../../adapters/directline/tokens.js';

const SECRET = 'x'.repeat(40);

describe('Direct Line tokens', () => {
  it('a token verified once keeps opening its own conversation, and stops at its expiry even though it was remembered', async () => {
    let t = Date.UTC(2026, 10, 23, 10, 0, 0);
    const tokens = createTokenService(SECRET, () => t);
    const { token } = await tokens.issue({ conversationId: 'conv-a', locale: 'sv-SE' });
    for (let i = 0; i < 3; i++) {
      expect(await tokens.verify(`Bearer ${token}`)).toEqual({ ok: true, claims: { conversationId: 'conv-a', locale: 'sv-SE' } });
    }
    t += (TOKEN_TTL_SECONDS - 1) * 1000;
    expect((await tokens.verify(`Bearer ${token}`)).ok).toBe(true);
    t += 1000;
    expect(await tokens.verify(`Bearer ${token}`)).toEqual({ ok: false, reason: 'expired' });
    expect(await tokens.verify(`Bearer ${token}`)).toEqual({ ok: false, reason: 'expired' });
  });

  it('a token signed with another secret, or altered after a good one was verified, is refused', async () => {
    const tokens = createTokenService(SECRET);
    const forger = createTokenService('y'.repeat(40));
    const good = (await tokens.issue({ conversationId: 'conv-a' })).token;
    expect((await tokens.verify(`Bearer ${good}`)).ok).toBe(true);
    const forged = (await forger.issue({ conversationId: 'conv-a' })).token;
    expect(await tokens.verify(`Bearer ${forged}`)).toEqual({ ok: false, reason: 'invalid' });
    const [h, p, sig] = good.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), conv: 'conv-b' })).toString('base64url');
    expect(await tokens.verify(`Bearer ${h}.${otherPayload}.${sig}`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verify(undefined)).toEqual({ ok: false, reason: 'missing' });
  });
});
