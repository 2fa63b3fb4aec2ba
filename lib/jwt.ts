/**
 * Compact HS256 JSON Web Tokens for user access tokens. Only HS256 is accepted (no `alg` games);
 * signatures are compared in constant time; `exp` is required and checked.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface AccessClaims {
  /** User id. */
  sub: string;
  /** Tenant id. */
  tid: string;
  /** Session id: revoking the session (logout) revokes the token. */
  sid: string;
  scopes: string[];
  /** Seconds since the epoch. */
  iat: number;
  exp: number;
  iss: string;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
export const ISSUER = 'crm-erp-platform';

const mac = (input: string, secret: string) => createHmac('sha256', secret).update(input).digest();

export function signJwt(
  claims: Omit<AccessClaims, 'iat' | 'exp' | 'iss'>,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds, iss: ISSUER })).toString('base64url');
  return `${HEADER}.${payload}.${mac(`${HEADER}.${payload}`, secret).toString('base64url')}`;
}

/** The token's claims when it is well-formed, signed by one of `secrets`, issued by us and unexpired; else null. */
export function verifyJwt(token: string, secrets: string[], now = Date.now()): AccessClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const given = Buffer.from(parts[2], 'base64url');
  const signed = secrets.some((secret) => {
    const expected = mac(`${parts[0]}.${parts[1]}`, secret);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!signed) return null;
  let claims: AccessClaims;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (claims.iss !== ISSUER || typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
  if (
    typeof claims.sub !== 'string' ||
    typeof claims.tid !== 'string' ||
    typeof claims.sid !== 'string' ||
    !Array.isArray(claims.scopes)
  ) {
    return null;
  }
  return claims;
}
