/**
 * The request context the gateway forwards to subgraphs: tenant, principal and scopes,
 * HMAC-signed with a shared secret and timestamped. Subgraphs trust nothing else.
 * Rotation: the first secret signs, every listed secret verifies.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CONTEXT_HEADER = 'x-gateway-context';
export const SIGNATURE_HEADER = 'x-gateway-signature';

export interface RequestPrincipal {
  /** Empty only for an anonymous caller (login, token refresh). */
  tenantId: string;
  /** Who is calling: `apikey:<id>`, `user:<id>`, or `anonymous`. */
  principal: string;
  scopes: string[];
  requestId: string;
  /** The client's address as the gateway saw it (login throttling, audit). */
  ip?: string;
}

/** Who did a write, as services record it (stage history, audit) and stamp it on events. */
export type Actor = Pick<RequestPrincipal, 'principal' | 'requestId'>;

interface Envelope extends RequestPrincipal {
  issuedAt: number;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function signContext(ctx: RequestPrincipal, secret: string, now = Date.now()): Record<string, string> {
  const envelope: Envelope = { ...ctx, issuedAt: now };
  const payload = Buffer.from(JSON.stringify(envelope)).toString('base64url');
  return { [CONTEXT_HEADER]: payload, [SIGNATURE_HEADER]: sign(payload, secret) };
}

export type VerifyResult = { ok: true; context: RequestPrincipal } | { ok: false; reason: string };

export function verifyContext(
  headers: { get(name: string): string | undefined | null },
  secrets: string[],
  maxAgeMs: number,
  now = Date.now(),
): VerifyResult {
  const payload = headers.get(CONTEXT_HEADER);
  const signature = headers.get(SIGNATURE_HEADER);
  if (!payload || !signature) return { ok: false, reason: 'missing gateway signature' };
  const given = Buffer.from(signature);
  const valid = secrets.some((secret) => {
    const expected = Buffer.from(sign(payload, secret));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) return { ok: false, reason: 'invalid gateway signature' };
  let envelope: Envelope;
  try {
    envelope = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed gateway context' };
  }
  if (typeof envelope.issuedAt !== 'number' || Math.abs(now - envelope.issuedAt) > maxAgeMs) {
    return { ok: false, reason: 'expired gateway context' };
  }
  const anonymous = envelope.principal === 'anonymous';
  if (typeof envelope.tenantId !== 'string' || (!envelope.tenantId && !anonymous) || !Array.isArray(envelope.scopes)) {
    return { ok: false, reason: 'incomplete gateway context' };
  }
  const { issuedAt: _issuedAt, ...context } = envelope;
  return { ok: true, context };
}
