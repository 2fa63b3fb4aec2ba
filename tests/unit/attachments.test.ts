/** Attachments' pure rules: magic-number sniffing, upload grants, and the tenant limits. */
import { sniffContentType, sniffMatches, signUploadGrant, verifyUploadGrant, UPLOAD_GRANT_TTL_MS } from '../../lib/files';
import { checkLimitsChange, checkUploadRequest, effectiveLimits } from '../../subgraphs/identity/domain/attachments';

const grantFields = {
  tenantId: 't1',
  principal: 'user:u1',
  ownerType: 'CUSTOMER' as const,
  ownerId: 'c1',
  filename: 'a.pdf',
  contentType: 'application/pdf',
  size: 100,
};

describe('sniffContentType', () => {
  it.each([
    [Buffer.from('%PDF-1.4 rest'), 'application/pdf'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0]), 'image/jpeg'],
    [Buffer.from('name,amount\nA,1\n'), 'text/plain'],
    [Buffer.from('héllo wörld'), 'text/plain'],
    [Buffer.from([0x00, 0x01, 0x02, 0xfe]), null],
    [Buffer.from([0x4d, 0x5a, 0x90, 0x00]), null], // a Windows executable
  ])('%s is %s', (bytes, type) => expect(sniffContentType(bytes)).toBe(type));

  it('accepts CSV declared for text, never a PDF declared for a PNG', () => {
    expect(sniffMatches('text/csv', 'text/plain')).toBe(true);
    expect(sniffMatches('application/pdf', 'image/png')).toBe(false);
    expect(sniffMatches('text/plain', null)).toBe(false);
  });
});

describe('upload grants', () => {
  it('round-trips, and expires after the TTL', () => {
    const now = Date.now();
    const token = signUploadGrant(grantFields, 's1', now);
    const ok = verifyUploadGrant(token, ['s1'], now);
    expect(ok).toMatchObject({ ok: true, grant: { ...grantFields, expiresAt: now + UPLOAD_GRANT_TTL_MS } });
    expect(verifyUploadGrant(token, ['s1'], now + UPLOAD_GRANT_TTL_MS + 1)).toEqual({ ok: false, reason: 'expired upload URL' });
  });

  it('refuses another secret, a changed payload and garbage; accepts a rotated secret', () => {
    const token = signUploadGrant(grantFields, 's1');
    expect(verifyUploadGrant(token, ['s2'])).toMatchObject({ ok: false, reason: 'invalid upload URL signature' });
    expect(verifyUploadGrant(token, ['s2', 's1']).ok).toBe(true);
    const [payload, sig] = token.split('.');
    const changed = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), size: 10 ** 9 }),
    ).toString('base64url');
    expect(verifyUploadGrant(`${changed}.${sig}`, ['s1']).ok).toBe(false);
    expect(verifyUploadGrant('nonsense', ['s1']).ok).toBe(false);
  });
});

describe('tenant limits', () => {
  const limits = effectiveLimits(null);
  it('defaults to 10 MB and PDF, PNG, JPEG, text, CSV', () => {
    expect(limits).toEqual({
      maxBytes: 10 * 1024 * 1024,
      contentTypes: ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv'],
    });
  });
  it('refuses oversize, disallowed types, bad names and sizes', () => {
    const base = { ownerType: 'CUSTOMER' as const, ownerId: 'c1', filename: 'a.pdf', contentType: 'application/pdf', size: 10 };
    expect(checkUploadRequest(base, limits)).toEqual([]);
    expect(checkUploadRequest({ ...base, size: limits.maxBytes + 1 }, limits).map((e) => e.field)).toEqual([['input', 'size']]);
    expect(checkUploadRequest({ ...base, size: 0 }, limits)[0].code).toBe('INVALID');
    expect(checkUploadRequest({ ...base, contentType: 'application/x-msdownload' }, limits)[0].field).toEqual([
      'input',
      'contentType',
    ]);
    expect(checkUploadRequest({ ...base, filename: '../etc/passwd' }, limits)[0].field).toEqual(['input', 'filename']);
    expect(checkUploadRequest({ ...base, filename: ' ' }, limits)[0].code).toBe('REQUIRED');
  });
  it('validates a limits change', () => {
    expect(checkLimitsChange({ maxBytes: 1024, contentTypes: ['text/plain'] })).toEqual([]);
    expect(checkLimitsChange({ maxBytes: 0 })[0].field).toEqual(['input', 'maxBytes']);
    expect(checkLimitsChange({ contentTypes: [] })[0].field).toEqual(['input', 'contentTypes']);
    expect(checkLimitsChange({ contentTypes: ['text/html'] })[0].field).toEqual(['input', 'contentTypes', '0']);
  });
});
