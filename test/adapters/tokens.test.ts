import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenService, STREAM_CONNECT_SECONDS, TOKEN_TTL_SECONDS } from '../../adapters/directline/tokens.js';

const SECRET = 'x'.repeat(40);

describe('Direct Line tokens', () => {
  it('a token verified once keeps opening its own conversation, and stops at its expiry even though it was remembered', async () => {
    let t = Date.UTC(2026, 10, 23, 10, 0, 0);
    const tokens = createTokenService(SECRET, () => t);
    const { token } = await tokens.issue({ conversationId: 'conv-a', locale: 'sv-SE' });
    for (let i = 0; i < 3; i++) {
      expect(await tokens.verify(`Bearer ${token}`)).toEqual({ ok: true, claims: { conversationId: 'conv-a', locale: 'sv-SE' }, expiresAt: t + TOKEN_TTL_SECONDS * 1000 });
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

  it('refuses a correctly signed token without an expiry, one issued in the future, and one that lives longer than ours', async () => {
    const key = new TextEncoder().encode(SECRET);
    const now = Math.floor(Date.now() / 1000);
    const sign = (iat: number | undefined, exp: number | undefined) => {
      const jwt = new SignJWT({ conv: 'conv-a' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('luotsi').setAudience('luotsi-directline');
      if (iat !== undefined) jwt.setIssuedAt(iat);
      if (exp !== undefined) jwt.setExpirationTime(exp);
      return jwt.sign(key);
    };
    const tokens = createTokenService(SECRET);
    expect((await tokens.verify(`Bearer ${await sign(now, now + 60)}`)).ok).toBe(true);
    for (const token of [await sign(now, undefined), await sign(undefined, now + 60), await sign(now + 3_600, now + 3_700), await sign(now, now + 10 * TOKEN_TTL_SECONDS)]) {
      expect(await tokens.verify(`Bearer ${token}`)).toEqual({ ok: false, reason: 'invalid' });
    }
  });

  it('issues stream credentials that open one conversation\'s stream, must be used within a minute, and are no Bearer tokens', async () => {
    let t = Date.UTC(2026, 10, 23, 10, 0, 0);
    const tokens = createTokenService(SECRET, () => t);
    const until = t + TOKEN_TTL_SECONDS * 1000;
    const credential = await tokens.issueStream({ conversationId: 'conv-a', until });
    expect(await tokens.verifyStream(credential)).toEqual({ ok: true, claims: { conversationId: 'conv-a', until } });
    expect(await tokens.verify(`Bearer ${credential}`)).toEqual({ ok: false, reason: 'invalid' });
    const bearer = (await tokens.issue({ conversationId: 'conv-a' })).token;
    expect(await tokens.verifyStream(bearer)).toEqual({ ok: false, reason: 'invalid' });
    expect(await createTokenService('y'.repeat(40), () => t).verifyStream(credential)).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verifyStream(undefined)).toEqual({ ok: false, reason: 'missing' });
    t += STREAM_CONNECT_SECONDS * 1000;
    expect(await tokens.verifyStream(credential)).toEqual({ ok: false, reason: 'expired' });
    // A credential for a socket whose token has run out opens nothing either.
    const late = await tokens.issueStream({ conversationId: 'conv-a', until: t - 1 });
    expect(await tokens.verifyStream(late)).toEqual({ ok: false, reason: 'expired' });
  });
});
