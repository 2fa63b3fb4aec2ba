import { signContext, verifyContext, CONTEXT_HEADER, SIGNATURE_HEADER } from '../../lib/signed-context';

const principal = { tenantId: 'tenant-1', principal: 'apikey:1', scopes: ['customers:read'], requestId: 'r1' };
const headersOf = (h: Record<string, string>) => ({ get: (name: string) => h[name] });

describe('signed gateway context', () => {
  it('verifies what the gateway signed, with any listed secret (rotation)', () => {
    const headers = signContext(principal, 'old');
    expect(verifyContext(headersOf(headers), ['new', 'old'], 60_000)).toEqual({ ok: true, context: principal });
  });

  it('refuses a missing, forged, tampered or stale context', () => {
    const now = Date.now();
    expect(verifyContext(headersOf({}), ['s'], 60_000)).toMatchObject({ ok: false, reason: 'missing gateway signature' });
    expect(verifyContext(headersOf(signContext(principal, 'attacker')), ['s'], 60_000)).toMatchObject({
      ok: false,
      reason: 'invalid gateway signature',
    });
    const signed = signContext(principal, 's', now);
    const forged = Buffer.from(JSON.stringify({ ...principal, tenantId: 'tenant-2', issuedAt: now })).toString('base64url');
    expect(
      verifyContext(headersOf({ [CONTEXT_HEADER]: forged, [SIGNATURE_HEADER]: signed[SIGNATURE_HEADER] }), ['s'], 60_000),
    ).toMatchObject({ ok: false });
    expect(verifyContext(headersOf(signContext(principal, 's', now - 120_000)), ['s'], 60_000, now)).toMatchObject({
      ok: false,
      reason: 'expired gateway context',
    });
  });
});
