/**
 * The request context the gateway forwards to subgraphs: tenant, principal and scopes,
 * HMAC-signed with a shared secret. Subgraphs trust nothing else. The signature also covers
 *
 *  - the target subgraph, so headers signed for one subgraph are refused by every other;
 *  - a SHA-256 of the exact request body, so captured headers cannot carry another operation;
 *  - a unique id, remembered by the subgraph for the window, so a captured pair cannot be replayed;
 *  - the issue time: older than the window (at most 5 s) or from the future is refused.
 *
 * Rotation: the first secret signs, every listed secret verifies.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

export const CONTEXT_HEADER = 'x-gateway-context';
export const SIGNATURE_HEADER = 'x-gateway-signature';

/** The longest a signed context may live (SIGNED_CONTEXT_MAX_AGE_MS may only shorten it). */
export const MAX_SIGNED_CONTEXT_AGE_MS = 5_000;
/** Clock difference between gateway and subgraph machines tolerated for an issue time ahead of now. */
export const FUTURE_SKEW_MS = 1_000;

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

/** What one signature is for: the subgraph it is sent to and the exact body it carries. */
export interface SignedTarget {
  subgraph: string;
  body: string;
}

interface Envelope extends RequestPrincipal {
  issuedAt: number;
  /** Unique per signed request: a subgraph accepts each once. */
  nonce: string;
  subgraph: string;
  /** base64url SHA-256 of the request body. */
  bodyHash: string;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export const bodyHash = (body: string) => createHash('sha256').update(body).digest('base64url');

export function signContext(
  ctx: RequestPrincipal,
  secret: string,
  target: SignedTarget,
  now = Date.now(),
): Record<string, string> {
  const envelope: Envelope = {
    ...ctx,
    issuedAt: now,
    nonce: randomUUID(),
    subgraph: target.subgraph,
    bodyHash: bodyHash(target.body),
  };
  const payload = Buffer.from(JSON.stringify(envelope)).toString('base64url');
  return { [CONTEXT_HEADER]: payload, [SIGNATURE_HEADER]: sign(payload, secret) };
}

/**
 * The ids of the signed contexts a subgraph process accepted within the window: a second use is a
 * replay. Entries leave once their context would be expired anyway, so the set holds at most one
 * window's requests.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();
  constructor(private readonly windowMs: number) {}

  /** Records `nonce`; false when it was seen before (within the window). */
  firstUse(nonce: string, issuedAt: number, now = Date.now()): boolean {
    if (this.seen.has(nonce)) return false;
    if (this.seen.size >= 1_000) {
      for (const [id, until] of this.seen) {
        if (until > now) break; // insertion order is roughly issue order
        this.seen.delete(id);
      }
    }
    this.seen.set(nonce, issuedAt + this.windowMs + FUTURE_SKEW_MS);
    return true;
  }
}

export type VerifyResult = { ok: true; context: RequestPrincipal } | { ok: false; reason: string };

export interface VerifyTarget extends SignedTarget {
  replays: ReplayGuard;
}

export function verifyContext(
  headers: { get(name: string): string | undefined | null },
  secrets: string[],
  maxAgeMs: number,
  target: VerifyTarget,
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
  const window = Math.min(maxAgeMs, MAX_SIGNED_CONTEXT_AGE_MS);
  if (typeof envelope.issuedAt !== 'number' || now - envelope.issuedAt > window) {
    return { ok: false, reason: 'expired gateway context' };
  }
  if (envelope.issuedAt - now > FUTURE_SKEW_MS) return { ok: false, reason: 'gateway context issued in the future' };
  if (envelope.subgraph !== target.subgraph) return { ok: false, reason: 'gateway context signed for another subgraph' };
  if (envelope.bodyHash !== bodyHash(target.body)) return { ok: false, reason: 'gateway context signed for another body' };
  const anonymous = envelope.principal === 'anonymous';
  if (typeof envelope.tenantId !== 'string' || (!envelope.tenantId && !anonymous) || !Array.isArray(envelope.scopes)) {
    return { ok: false, reason: 'incomplete gateway context' };
  }
  if (typeof envelope.nonce !== 'string' || !target.replays.firstUse(envelope.nonce, envelope.issuedAt, now)) {
    return { ok: false, reason: 'replayed gateway context' };
  }
  const { issuedAt: _issuedAt, nonce: _nonce, subgraph: _subgraph, bodyHash: _bodyHash, ...context } = envelope;
  return { ok: true, context };
}
