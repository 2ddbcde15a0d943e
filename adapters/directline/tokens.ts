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

export function createTokenService(secret: string, now: () => number = Date.now): TokenService {
  const key = new TextEncoder().encode(secret);
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
      if (!match?.[1]) return { ok: false, reason: 'missing' };
      try {
        const { payload } = await jwtVerify(match[1], key, {
          issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: new Date(now()),
        });
        if (typeof payload.conv !== 'string' || payload.conv.length === 0) return { ok: false, reason: 'invalid' };
        return { ok: true, claims: { conversationId: payload.conv, ...(typeof payload.loc === 'string' ? { locale: payload.loc } : {}) } };
      } catch (err) {
        return { ok: false, reason: err instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}
