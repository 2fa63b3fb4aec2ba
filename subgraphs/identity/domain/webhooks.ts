/**
 * Partner webhooks, the pure rules: what an endpoint may be (URL, event types, secret), how a
 * delivery is signed, when a failed one is tried again and when it is given up (dead), which
 * addresses are refused in production (SSRF), and how an endpoint's secret is kept at rest.
 * No I/O here (the address check takes already-resolved addresses).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import { userError, type UserError } from '../../../lib/errors';
import { EVENT_TYPE_PATTERN } from '../../../lib/events/envelope';

export type WebhookDeliveryStatus = 'PENDING' | 'DELIVERED' | 'DEAD';

/** Event types one endpoint may subscribe to. */
export const MAX_EVENT_TYPES = 50;
/** Endpoints per tenant. */
export const MAX_ENDPOINTS_PER_TENANT = 20;
export const MAX_URL_LENGTH = 2048;
export const MIN_SECRET_LENGTH = 16;
export const MAX_SECRET_LENGTH = 200;

/** The first retry waits this long; each next one twice as long, up to MAX_BACKOFF_MS, with jitter. */
export const BASE_BACKOFF_MS = 30_000;
export const MAX_BACKOFF_MS = 4 * 3600_000;
/** Share of a delay that is random (a delay is between (1 - JITTER) x and 1 x the nominal one). */
export const JITTER = 0.2;
/** A delivery is retried for this long after its first attempt (or its redelivery), then dead-lettered. */
export const RETRY_WINDOW_MS = 24 * 3600_000;
/** An endpoint whose deliveries died this many times in a row (no success between) is disabled. */
export const DISABLE_AFTER_DEAD_DELIVERIES = 3;
/** How long one attempt may take (connect + response) before it counts as failed. */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** A claimed attempt that never reported back (process died) is due again after this. */
export const CLAIM_LEASE_MS = 60_000;
/** Response bodies are not kept; a failed attempt keeps this much of its error text. */
export const MAX_ERROR_LENGTH = 500;

export const SIGNATURE_HEADER = 'x-webhook-signature';

// --- signing ---

/** HMAC-SHA256 over `${timestamp}.${body}`, hex: what `v1=` carries. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The signature header's value: `t=<unix seconds>,v1=<hex>` (as Stripe's). */
export function signatureHeader(secret: string, timestamp: number, body: string): string {
  return `t=${timestamp},v1=${signPayload(secret, timestamp, body)}`;
}

/**
 * What a receiver does (docs/api/webhooks.md): parse the header, recompute, compare in constant
 * time, and refuse a timestamp older than `toleranceSeconds` (replays).
 */
export function verifySignature(
  secret: string,
  header: string,
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1) return false;
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signPayload(secret, timestamp, body));
  const given = Buffer.from(String(parts.v1));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A new endpoint secret, 256 random bits behind the `whsec_` prefix. */
export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;

// --- retries ---

/**
 * The wait before attempt `failedAttempts + 1`: 30 s doubling per failed attempt, capped at 4 h,
 * less up to 20 % at random (`random` in [0, 1)), so endpoints recovering at once are not hit by
 * every retry in the same second.
 */
export function backoffDelayMs(failedAttempts: number, random: number = Math.random()): number {
  const nominal = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(nominal * (1 - JITTER * Math.min(Math.max(random, 0), 1)));
}

/** After a failed attempt: the time of the next one, or dead when that would fall outside the retry window. */
export function afterFailedAttempt(input: {
  attempts: number;
  windowStartedAt: Date;
  now: Date;
  random?: number;
}): { status: 'PENDING'; nextAttemptAt: Date } | { status: 'DEAD' } {
  const next = new Date(input.now.getTime() + backoffDelayMs(input.attempts, input.random));
  if (next.getTime() > input.windowStartedAt.getTime() + RETRY_WINDOW_MS) return { status: 'DEAD' };
  return { status: 'PENDING', nextAttemptAt: next };
}

/** A response is a success when its status is 2xx; anything else (and no response) is retried. */
export const isSuccessStatus = (status: number | null | undefined) => status != null && status >= 200 && status < 300;

// --- validation ---

/** Refuses what is not an absolute http(s) URL without credentials. (Addresses: `refusedAddress`, at delivery too.) */
export function checkWebhookUrl(url: string, field: string[] = ['input', 'url']): UserError[] {
  if (!url || url.length > MAX_URL_LENGTH)
    return [userError(field, `A URL of 1 to ${MAX_URL_LENGTH} characters is required.`, 'INVALID')];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [userError(field, 'Not an absolute URL.', 'INVALID')];
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return [userError(field, 'Only http and https URLs are allowed.', 'INVALID')];
  if (parsed.username || parsed.password) return [userError(field, 'The URL must not carry credentials.', 'INVALID')];
  if (!parsed.hostname) return [userError(field, 'The URL needs a host.', 'INVALID')];
  return [];
}

/** Distinct, well-formed event types (`domain.aggregate.happened`), 1 to MAX_EVENT_TYPES. */
export function checkEventTypes(types: string[], field: string[] = ['input', 'eventTypes']): UserError[] {
  if (!types.length || types.length > MAX_EVENT_TYPES)
    return [userError(field, `Subscribe to 1 to ${MAX_EVENT_TYPES} event types.`, 'INVALID')];
  return types.flatMap((type, i) =>
    EVENT_TYPE_PATTERN.test(type)
      ? []
      : [userError([...field, String(i)], `"${type}" is not an event type (domain.aggregate.happened).`, 'INVALID')],
  );
}

export function checkSecret(secret: string, field: string[] = ['input', 'secret']): UserError[] {
  return secret.length < MIN_SECRET_LENGTH || secret.length > MAX_SECRET_LENGTH || /\s/.test(secret)
    ? [userError(field, `A secret is ${MIN_SECRET_LENGTH} to ${MAX_SECRET_LENGTH} characters without spaces.`, 'INVALID')]
    : [];
}

// --- SSRF ---

const ipv4ToInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
const inV4 = (ip: string, base: string, bits: number) => {
  const mask = bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits);
  return (ipv4ToInt(ip) & mask) >>> 0 === (ipv4ToInt(base) & mask) >>> 0;
};

/** IPv4 ranges that are not the public internet: this host, private networks, link-local (cloud metadata), CGNAT, multicast, reserved. */
const V4_REFUSED: Array<[string, number]> = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

/** Expands an IPv6 address to its 8 groups (numbers); null when it is not one. */
function ipv6Groups(ip: string): number[] | null {
  let text = ip
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .split('%')[0];
  // An embedded IPv4 tail (::ffff:10.0.0.1) is the text after the last colon.
  const last = text.slice(text.lastIndexOf(':') + 1);
  if (/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(last)) {
    const n = ipv4ToInt(last);
    text = text.slice(0, -last.length) + `${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = text.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  if (groups.length !== 8) return null;
  return groups.map((g) => parseInt(g, 16));
}

/**
 * Why an address may not receive webhooks in production (null: a public address): loopback,
 * private (RFC 1918, IPv6 unique-local), link-local (169.254/16 with cloud metadata, fe80::/10),
 * unspecified, CGNAT, multicast and reserved ranges; IPv4-mapped IPv6 is judged as its IPv4.
 */
export function refusedAddress(ip: string): string | null {
  const kind = isIP(ip.replace(/^\[|\]$/g, '').split('%')[0]);
  if (kind === 4) {
    const hit = V4_REFUSED.find(([base, bits]) => inV4(ip, base, bits));
    return hit ? `${ip} is in ${hit[0]}/${hit[1]}, not a public address` : null;
  }
  if (kind !== 6) return `${ip} is not an IP address`;
  const g = ipv6Groups(ip);
  if (!g) return `${ip} is not an IP address`;
  const zeros = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeros(5) && g[5] === 0xffff) return refusedAddress(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`); // ::ffff:a.b.c.d
  if (zeros(8)) return `${ip} is the unspecified address`;
  if (zeros(7) && g[7] === 1) return `${ip} is loopback`;
  if ((g[0] & 0xfe00) === 0xfc00) return `${ip} is a unique-local (private) address`;
  if ((g[0] & 0xffc0) === 0xfe80) return `${ip} is link-local`;
  if ((g[0] & 0xff00) === 0xff00) return `${ip} is multicast`;
  if (g[0] === 0x64 && g[1] === 0xff9b) return refusedAddress(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`); // NAT64
  if (g[0] === 0x2001 && g[1] === 0xdb8) return `${ip} is a documentation address`;
  return null;
}

// --- secrets at rest ---

/**
 * Endpoint secrets must be readable to sign with, so they are not hashed like API keys: they are
 * encrypted (AES-256-GCM) under a key derived (HKDF) from the service's signing secrets. The
 * first secret encrypts; every one is tried to decrypt, so rotating GATEWAY_SIGNING_SECRETS
 * (new first, old kept) keeps existing endpoints working. Stored as `v1.<iv>.<tag>.<ciphertext>`.
 */
const keyOf = (masterSecret: string) =>
  Buffer.from(hkdfSync('sha256', masterSecret, 'crm-erp-webhooks', 'webhook-endpoint-secret', 32));

export function sealSecret(secret: string, masterSecrets: string[]): string {
  if (!masterSecrets.length) throw new Error('No key to encrypt webhook secrets with.');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(masterSecrets[0]), iv);
  const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
}

export function openSecret(sealed: string, masterSecrets: string[]): string {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('Unreadable webhook secret.');
  for (const master of masterSecrets) {
    try {
      const decipher = createDecipheriv('aes-256-gcm', keyOf(master), Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      // another key, or rotated away
    }
  }
  throw new Error('The webhook secret was encrypted with a key no longer configured.');
}

/** The body of a delivery: the event as partners see it (no tenant id: the endpoint is the tenant's). */
export function deliveryBody(event: {
  id: string;
  type: string;
  occurredAt: string;
  schemaVersion: number;
  aggregateId: string;
  payload: unknown;
}): string {
  const { id, type, occurredAt, schemaVersion, aggregateId, payload } = event;
  return JSON.stringify({ id, type, occurredAt, schemaVersion, aggregateId, payload });
}
