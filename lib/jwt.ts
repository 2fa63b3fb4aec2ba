/**
 * HS256 JSON Web Tokens for user access tokens, signed and verified with `jose` (the maintained
 * JOSE library) rather than by hand. Only HS256 is accepted (no `alg` games, no `none`); `exp`,
 * `iat`, `sub` and our issuer are required; there is no clock tolerance.
 *
 * A valid signature is not enough: the gateway also requires a live session of the same tenant
 * and user (gateway/auth.ts), so a token signed with a leaked secret for an invented session, or
 * for another user of a real one, is refused.
 */
import { SignJWT, jwtVerify } from 'jose';

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Tenant id. */
  tid: string;
  /** Session id (the session family): the token is accepted only while that session is live. */
  sid: string;
  scopes: string[];
  /** Seconds since the epoch. */
  iat: number;
  exp: number;
  iss: string;
}

export const ISSUER = 'crm-erp-platform';
const ALGORITHM = 'HS256';

const keyOf = (secret: string) => new TextEncoder().encode(secret);

export function signJwt(
  claims: Omit<AccessClaims, 'iat' | 'exp' | 'iss'>,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ tid: claims.tid, sid: claims.sid, scopes: claims.scopes })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(ISSUER)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(keyOf(secret));
}

/** The token's claims when it is well-formed, signed by one of `secrets`, issued by us and unexpired; else null. */
export async function verifyJwt(token: string, secrets: string[], now = Date.now()): Promise<AccessClaims | null> {
  for (const secret of secrets) {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, keyOf(secret), {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        requiredClaims: ['exp', 'iat', 'sub'],
        currentDate: new Date(now),
      }));
    } catch {
      continue; // another secret of the rotation may have signed it
    }
    const { sub, tid, sid, scopes, iat, exp, iss } = payload;
    if (
      typeof sub !== 'string' ||
      typeof tid !== 'string' ||
      typeof sid !== 'string' ||
      !Array.isArray(scopes) ||
      !scopes.every((s) => typeof s === 'string')
    ) {
      return null;
    }
    return { sub, tid, sid, scopes, iat: iat as number, exp: exp as number, iss: iss as string };
  }
  return null;
}
