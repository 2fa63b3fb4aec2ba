/** Partner webhooks' pure rules: signing, backoff and the retry window, URL and event-type checks, SSRF ranges, secrets at rest. */
import { createHmac } from 'node:crypto';
import {
  afterFailedAttempt,
  backoffDelayMs,
  BASE_BACKOFF_MS,
  checkEventTypes,
  checkSecret,
  checkWebhookUrl,
  generateWebhookSecret,
  isSuccessStatus,
  MAX_BACKOFF_MS,
  openSecret,
  refusedAddress,
  RETRY_WINDOW_MS,
  sealSecret,
  signatureHeader,
  signPayload,
  verifySignature,
} from '../../subgraphs/identity/domain/webhooks';
import { webhookSettingsOf } from '../../subgraphs/identity';

describe('webhook signatures', () => {
  it('sign HMAC-SHA256 over `${timestamp}.${body}` as t=...,v1=<hex>', () => {
    const body = '{"id":"e1"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1700000000.${body}`).digest('hex');
    expect(signPayload('whsec_test', 1700000000, body)).toBe(expected);
    expect(signatureHeader('whsec_test', 1700000000, body)).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verify: the right secret and body within the tolerance only', () => {
    const header = signatureHeader('s3cret-s3cret-s3cret', 1700000000, 'body');
    expect(verifySignature('s3cret-s3cret-s3cret', header, 'body', 1700000100)).toBe(true);
    expect(verifySignature('another-secret-value', header, 'body', 1700000100)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', header, 'bodY', 1700000100)).toBe(false);
    expect(verifySignature('s3cret-s3cret-s3cret', header, 'body', 1700000000 + 301)).toBe(false); // a replay
    expect(verifySignature('s3cret-s3cret-s3cret', 'garbage', 'body', 1700000000)).toBe(false);
  });

  it('generate distinct 256-bit secrets', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
    expect(checkSecret(a)).toEqual([]);
  });
});

describe('webhook retries', () => {
  it('double from 30 s per failed attempt up to 4 h, less at most 20 % jitter', () => {
    expect(backoffDelayMs(1, 0)).toBe(BASE_BACKOFF_MS);
    expect(backoffDelayMs(2, 0)).toBe(2 * BASE_BACKOFF_MS);
    expect(backoffDelayMs(5, 0)).toBe(16 * BASE_BACKOFF_MS);
    expect(backoffDelayMs(30, 0)).toBe(MAX_BACKOFF_MS);
    expect(backoffDelayMs(1, 0.999999)).toBeCloseTo(0.8 * BASE_BACKOFF_MS, -1);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelayMs(3);
      expect(d).toBeGreaterThanOrEqual(0.8 * 4 * BASE_BACKOFF_MS);
      expect(d).toBeLessThanOrEqual(4 * BASE_BACKOFF_MS);
    }
  });

  it('schedule the next attempt inside the day, and give up (DEAD) when it would fall after it', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    const soon = afterFailedAttempt({ attempts: 1, windowStartedAt: start, now: start, random: 0 });
    expect(soon).toEqual({ status: 'PENDING', nextAttemptAt: new Date(start.getTime() + BASE_BACKOFF_MS) });
    const late = new Date(start.getTime() + RETRY_WINDOW_MS - 60_000);
    expect(afterFailedAttempt({ attempts: 12, windowStartedAt: start, now: late, random: 0 })).toEqual({ status: 'DEAD' });
    // Attempts made back to back at their due times: about 14 within the day, then dead.
    let now = start;
    let attempts = 0;
    for (;;) {
      attempts++;
      const next = afterFailedAttempt({ attempts, windowStartedAt: start, now, random: 0 });
      if (next.status === 'DEAD') break;
      now = next.nextAttemptAt;
    }
    expect(attempts).toBeGreaterThan(10);
    expect(attempts).toBeLessThan(20);
    expect(now.getTime() - start.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
  });

  it('count 2xx as success only', () => {
    expect([200, 204, 299].every(isSuccessStatus)).toBe(true);
    expect([null, undefined, 199, 301, 404, 500].some(isSuccessStatus)).toBe(false);
  });
});

describe('webhook endpoint checks', () => {
  it('accept absolute http(s) URLs only, without credentials', () => {
    expect(checkWebhookUrl('https://partner.example/hooks')).toEqual([]);
    expect(checkWebhookUrl('http://127.0.0.1:8080/x')).toEqual([]); // addresses are judged apart (production only)
    for (const bad of [
      'ftp://partner.example/x',
      'file:///etc/passwd',
      'javascript:alert(1)',
      '/relative',
      'https://u:p@partner.example/',
      '',
    ])
      expect(checkWebhookUrl(bad)).toEqual([expect.objectContaining({ code: 'INVALID', field: ['input', 'url'] })]);
  });

  it('accept 1 to 50 well-formed event types', () => {
    expect(checkEventTypes(['sales.deal.won', 'customers.customer.upserted'])).toEqual([]);
    expect(checkEventTypes([])).toHaveLength(1);
    expect(checkEventTypes(Array.from({ length: 51 }, (_, i) => `a.b.c${i}`))).toHaveLength(1);
    expect(checkEventTypes(['sales.deal.won', 'Sales.deal', '*'])).toEqual([
      expect.objectContaining({ field: ['input', 'eventTypes', '1'] }),
      expect.objectContaining({ field: ['input', 'eventTypes', '2'] }),
    ]);
  });

  it('refuse short or spaced secrets', () => {
    expect(checkSecret('short')).toHaveLength(1);
    expect(checkSecret('sixteen chars !!')).toHaveLength(1);
    expect(checkSecret('0123456789abcdef')).toEqual([]);
  });
});

describe('SSRF ranges', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254', // cloud metadata
    '0.0.0.0',
    '100.64.0.1',
    '224.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fd00::1234',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    'ff02::1',
    '64:ff9b::a00:1', // NAT64 of 10.0.0.1
    'not-an-ip',
  ])('refuse %s', (ip) => expect(refusedAddress(ip)).not.toBeNull());

  it('are allowed in development and tests only (production, or no NODE_ENV at all, refuses them)', () => {
    const allowed = (nodeEnv?: string) => webhookSettingsOf({ signingSecrets: ['k'], nodeEnv }).allowPrivateNetworks;
    expect([allowed('development'), allowed('test'), allowed('production'), allowed(undefined)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '172.15.255.255', '192.169.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allow %s',
    (ip) => expect(refusedAddress(ip)).toBeNull(),
  );
});

describe('webhook secrets at rest', () => {
  it('are encrypted, readable with any configured key (rotation), not with another', () => {
    const sealed = sealSecret('whsec_abc', ['key-one']);
    expect(sealed).not.toContain('whsec_abc');
    expect(sealSecret('whsec_abc', ['key-one'])).not.toBe(sealed); // a fresh IV each time
    expect(openSecret(sealed, ['key-one'])).toBe('whsec_abc');
    expect(openSecret(sealed, ['key-two', 'key-one'])).toBe('whsec_abc');
    expect(() => openSecret(sealed, ['key-two'])).toThrow(/no longer configured/);
    const [v, iv, tag, data] = sealed.split('.');
    const tampered = [
      v,
      iv,
      tag,
      Buffer.from('x' + Buffer.from(data, 'base64url').toString('latin1'), 'latin1').toString('base64url'),
    ].join('.');
    expect(() => openSecret(tampered, ['key-one'])).toThrow();
  });
});
