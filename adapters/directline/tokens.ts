// Direct Line tokens: HS256 JWTs that open exactly one conversation for a limited time.
import { randomBytes } from 'node:crypto';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';

export const TOKEN_TTL_SECONDS = 1800;
/** A stream URL's credential must be used (the WebSocket opened) within this time; the socket then lives as long as the token it came with. */
export const STREAM_CONNECT_SECONDS = 60;
const ISSUER = 'luotsi';
const AUDIENCE = 'luotsi-directline';
// Another audience, so a stream credential (which travels in a URL) can never be used as a Bearer token, nor the reverse.
const STREAM_AUDIENCE = 'luotsi-directline-stream';

export interface TokenClaims { conversationId: string; locale?: string }
export interface IssuedToken { token: string; expires_in: number; conversationId: string }
export type TokenCheck =
  | { ok: true; claims: TokenClaims; /** When the token stops working (ms since the epoch). */ expiresAt: number }
  | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/** What a stream credential carries: its conversation, and until when the socket it opens may stay open. */
export interface StreamClaims { conversationId: string; until: number }
export type StreamCheck = { ok: true; claims: StreamClaims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

export interface TokenService {
  issue(claims: TokenClaims): Promise<IssuedToken>;
  verify(authorization: string | undefined): Promise<TokenCheck>;
  /** A short-lived credential for one conversation's WebSocket stream; the socket may stay open until `until` (ms). */
  issueStream(claims: StreamClaims): Promise<string>;
  verifyStream(credential: string | undefined): Promise<StreamCheck>;
}

/** Unguessable, URL-safe conversation ids. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

/** Web Chat sends the same token with every poll: a verified token is remembered until it expires (bounded, oldest out). */
const VERIFIED_CACHE_MAX = 20_000;
/** How far the clocks of two instances may differ. */
const CLOCK_SKEW_MS = 60_000;

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
        if (known.expMs > now()) return { ok: true, claims: known.claims, expiresAt: known.expMs };
        verified.delete(token);
        return { ok: false, reason: 'expired' };
      }
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: new Date(now()),
        });
        if (typeof payload.conv !== 'string' || payload.conv.length === 0) return { ok: false, reason: 'invalid' };
        // Every token this service issues expires; one without an expiry was not made here.
        if (typeof payload.exp !== 'number') return { ok: false, reason: 'invalid' };
        // Nor does one issued in the future (beyond a minute of clock difference between instances), or one that lives longer than ours do.
        if (typeof payload.iat !== 'number' || payload.iat * 1000 > now() + CLOCK_SKEW_MS || payload.exp - payload.iat > TOKEN_TTL_SECONDS) {
          return { ok: false, reason: 'invalid' };
        }
        const claims: TokenClaims = { conversationId: payload.conv, ...(typeof payload.loc === 'string' ? { locale: payload.loc } : {}) };
        remember(token, claims, payload.exp * 1000);
        return { ok: true, claims, expiresAt: payload.exp * 1000 };
      } catch (err) {
        return { ok: false, reason: err instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
    async issueStream({ conversationId, until }) {
      const iat = Math.floor(now() / 1000);
      // `until` in milliseconds, as given: the socket never outlives the token it came with.
      return new SignJWT({ conv: conversationId, until: Math.floor(until) })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(ISSUER).setAudience(STREAM_AUDIENCE)
        .setIssuedAt(iat).setExpirationTime(iat + STREAM_CONNECT_SECONDS)
        .sign(key);
    },
    async verifyStream(credential) {
      if (!credential) return { ok: false, reason: 'missing' };
      try {
        const { payload } = await jwtVerify(credential, key, {
          issuer: ISSUER, audience: STREAM_AUDIENCE, algorithms: ['HS256'], currentDate: new Date(now()), requiredClaims: ['exp'],
        });
        if (typeof payload.conv !== 'string' || payload.conv.length === 0 || typeof payload.until !== 'number') return { ok: false, reason: 'invalid' };
        const until = payload.until;
        if (until <= now()) return { ok: false, reason: 'expired' };
        return { ok: true, claims: { conversationId: payload.conv, until } };
      } catch (err) {
        return { ok: false, reason: err instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}
