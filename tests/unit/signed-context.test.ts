import { ReplayGuard, signContext, verifyContext, CONTEXT_HEADER, SIGNATURE_HEADER } from '../../lib/signed-context';

const principal = { tenantId: 'tenant-1', principal: 'apikey:1', scopes: ['customers:read'], requestId: 'r1' };
const headersOf = (h: Record<string, string>) => ({ get: (name: string) => h[name] });
const target = { subgraph: 'customers', body: '{"query":"{ __typename }"}' };
const verify = (h: Record<string, string>, secrets = ['s'], now = Date.now(), to = target, replays = new ReplayGuard(5_000)) =>
  verifyContext(headersOf(h), secrets, 5_000, { ...to, replays }, now);

describe('signed gateway context', () => {
  it('verifies what the gateway signed, with any listed secret (rotation)', () => {
    expect(verify(signContext(principal, 'old', target), ['new', 'old'])).toEqual({ ok: true, context: principal });
  });

  it('refuses a missing, forged, tampered or stale context', () => {
    const now = Date.now();
    expect(verify({})).toMatchObject({ ok: false, reason: 'missing gateway signature' });
    expect(verify(signContext(principal, 'attacker', target))).toMatchObject({ ok: false, reason: 'invalid gateway signature' });
    const signed = signContext(principal, 's', target, now);
    const forged = Buffer.from(JSON.stringify({ ...principal, tenantId: 'tenant-2', issuedAt: now })).toString('base64url');
    expect(verify({ [CONTEXT_HEADER]: forged, [SIGNATURE_HEADER]: signed[SIGNATURE_HEADER] })).toMatchObject({ ok: false });
    expect(verify(signContext(principal, 's', target, now - 5_001), ['s'], now)).toMatchObject({
      ok: false,
      reason: 'expired gateway context',
    });
  });

  it('refuses a context from the future, for another subgraph, another body, or seen before', () => {
    const now = Date.now();
    expect(verify(signContext(principal, 's', target, now + 10_000), ['s'], now)).toMatchObject({
      ok: false,
      reason: 'gateway context issued in the future',
    });
    expect(verify(signContext(principal, 's', { ...target, subgraph: 'sales' }))).toMatchObject({
      reason: 'gateway context signed for another subgraph',
    });
    expect(
      verify(signContext(principal, 's', target), ['s'], now, { ...target, body: '{"query":"mutation { x }"}' }),
    ).toMatchObject({
      reason: 'gateway context signed for another body',
    });
    const replays = new ReplayGuard(5_000);
    const once = signContext(principal, 's', target, now);
    expect(verify(once, ['s'], now, target, replays).ok).toBe(true);
    expect(verify(once, ['s'], now + 100, target, replays)).toMatchObject({ ok: false, reason: 'replayed gateway context' });
  });

  it('never accepts a window over 5 s, whatever the setting', () => {
    const now = Date.now();
    const old = signContext(principal, 's', target, now - 6_000);
    expect(verifyContext(headersOf(old), ['s'], 60_000, { ...target, replays: new ReplayGuard(60_000) }, now)).toMatchObject({
      reason: 'expired gateway context',
    });
  });
});
