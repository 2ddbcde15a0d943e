// Direct Line tokens: HS256 JWTs that open exactly one conversation for a limited time.
import { randomBytes } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export const TOKEN_TTL_SECONDS = 1800;
const ISSUER = 'luotsi';
const AUDIENCE = 'luotsi-directline';

export interface TokenClaims { conversationId: string; locale?: string }
export interface IssuedToken { token: string; expires_in: number; conversationId: string }
export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export interface TokenService {
  issue(claims: TokenClaims): Promise<IssuedToken>;
  verify(authorization: string | undefined): Promise<TokenCheck>;
}

/** Unguessable, URL-safe conversation ids. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

/** Web Chat sends the same token with every poll: a verified token is remembered until it expires (bounded, oldest out). */
const VERIFIED_CACHE_MAX = 20_000;

export function createTokenService(secret: string, now: () => number = Date.now): TokenService {
  const key = new TextEncoder().encode(secret);
  const verified = new Map<string, { claims: TokenClaims; expMs: number }>();
  const remember = (token: string, claims: TokenClaims, expMs: number): void => {
    if (verified.size >= VERIFIED_CACHE_MAX) verified.delete(verified.keys().next().value!);
    verified.set(token, { claims, expMs });
  };
  return {
    async issue(claims) {
      const iat = Math.floor(now() / 1000);
      const token = await new SignJWT({ conv: claims.conversationId, ...(claims.locale ? { loc: claims.locale } : {}) })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(ISSUER).setAudience(AUDIENCE)
        .setIssuedAt(iat).setExpirationTime(iat + TOKEN_TTL_SECONDS)
        .setJti(randomBytes(9).toString('base64url'))
        .sign(key);
      return { token, expires_in: TOKEN_TTL_SECONDS, conversationId: claims.conversationId };
    },
    async verify(authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      const token = match?.[1];
      if (!token) return { ok: false, reason: 'missing' };
      const known = verified.get(token);
      if (known) {
        if (known.expMs > now()) return { ok: true, claims: known.claims };
        verified.delete(token);
        return { ok: false, reason: 'expired' };
      }
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: new Date(now()),
        });
        if (typeof payload.conv !== 'string' || payload.conv.length === 0) return { ok: false, reason: 'invalid' };
        const claims: TokenClaims = { conversationId: payload.conv, ...(typeof payload.loc === 'string' ? { locale: payload.loc } : {}) };
        if (typeof payload.exp === 'number') remember(token, claims, payload.exp * 1000);
        return { ok: true, claims };
      } catch (err) {
        return { ok: false, reason: err instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}
