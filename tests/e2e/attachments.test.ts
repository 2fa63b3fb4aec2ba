/**
 * Attachments through the real gateway over HTTP: createUpload grants a signed URL, the bytes are
 * PUT there and streamed to the owning subgraph's GridFS, `<Type>.attachments` lists them, and the
 * download (with the caller's own credentials) returns the identical bytes. Refusals: oversize
 * (declared, and streamed beyond the grant), another tenant's id, a content-type mismatch, an
 * expired or tampered URL, a missing scope.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { signUploadGrant } from '../../lib/files';
import { TEST_SECRET } from '../helpers/db';
import { createCustomer, createInvoice } from '../helpers/fixtures';
import { seedAttachment } from '../../scripts/seed-customers';
import { throttledCall } from '../../scripts/seed-data';
import { startTestPlatform, settleEvents, type TestPlatform, type TestTenant } from '../helpers/platform';

const CREATE_UPLOAD = `mutation($i: CreateUploadInput!) { createUpload(input: $i) { uploadUrl expiresAt userErrors { field message code } } }`;
const ATTACHMENTS = `query($id: ID!) { customer(id: $id) { attachments { id filename contentType size uploadedBy uploadedAt downloadUrl } } }`;

const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes - 9)]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('attachments through the gateway', () => {
  let platform: TestPlatform;
  let a: TestTenant;
  let b: TestTenant;
  let origin: string;
  let customerId: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    a = platform.tenantA;
    b = platform.tenantB;
    origin = platform.gatewayUrl.replace(/\/graphql$/, '');
    customerId = await createCustomer(a, 'Files Ltd');
  }, 60_000);
  afterAll(() => platform?.stop());

  const grant = async (tenant: TestTenant, input: Record<string, unknown>) =>
    (await tenant.data(CREATE_UPLOAD, { i: input })).createUpload;
  const put = (url: string, body: Buffer, contentType = 'application/pdf') =>
    fetch(origin + url, { method: 'PUT', body, headers: { 'content-type': contentType } });
  const get = (url: string, key: string) => fetch(origin + url, { headers: { 'x-api-key': key } });

  it('uploads and downloads a 5 MB PDF on a customer, bytes identical', async () => {
    const bytes = pdf(5 * 1024 * 1024);
    const upload = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'contract.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
    });
    expect(upload.userErrors).toEqual([]);
    expect(upload.uploadUrl).toMatch(/^\/uploads\//);
    expect(new Date(upload.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const stored = await put(upload.uploadUrl, bytes);
    expect(stored.status).toBe(201);
    const { attachment } = (await stored.json()) as any;
    expect(attachment).toMatchObject({ filename: 'contract.pdf', contentType: 'application/pdf', size: bytes.length });

    const { customer } = await a.data(ATTACHMENTS, { id: customerId });
    expect(customer.attachments).toHaveLength(1);
    expect(customer.attachments[0]).toMatchObject({
      id: attachment.id,
      size: bytes.length,
      uploadedBy: expect.stringMatching(/^apikey:/),
    });

    const download = await get(customer.attachments[0].downloadUrl, a.key);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const back = Buffer.from(await download.arrayBuffer());
    expect(back.length).toBe(bytes.length);
    expect(sha(back)).toBe(sha(bytes));

    // The same URL cannot be used twice.
    expect((await put(upload.uploadUrl, bytes)).status).toBe(409);
  }, 60_000);

  it('publishes customers.attachment.added', async () => {
    await settleEvents(platform);
    const bus = platform.subgraphs.customers.events.bus;
    const group = `test-${Date.now()}`;
    const batch = await bus.poll(group, { limit: 500 });
    const added = batch.map((d) => d.event).filter((e) => e.type === 'customers.attachment.added');
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(added[0]).toMatchObject({
      tenantId: a.id,
      payload: { ownerType: 'CUSTOMER', ownerId: customerId, contentType: 'application/pdf' },
    });
  });

  it('refuses an oversize file: declared beyond the tenant limit, and streamed beyond the grant', async () => {
    const tooBig = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'big.pdf',
      contentType: 'application/pdf',
      size: 11 * 1024 * 1024,
    });
    expect(tooBig.uploadUrl).toBeNull();
    expect(tooBig.userErrors[0]).toMatchObject({ field: ['input', 'size'], code: 'INVALID' });

    const small = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'small.pdf',
      contentType: 'application/pdf',
      size: 1000,
    });
    expect((await put(small.uploadUrl, pdf(200_000))).status).toBe(413);
    // Without a Content-Length (chunked), the bytes are counted while streaming and cut off.
    const streamed = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'streamed.pdf',
      contentType: 'application/pdf',
      size: 1000,
    });
    const body = pdf(300_000);
    const chunked = await fetch(origin + streamed.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < body.length; i += 16_384) controller.enqueue(body.subarray(i, i + 16_384));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // Nothing stored.
    const { customer } = await a.data(ATTACHMENTS, { id: customerId });
    const names = customer.attachments.map((x: { filename: string }) => x.filename);
    expect(names).not.toContain('small.pdf');
    expect(names).not.toContain('streamed.pdf');
  });

  it('follows the tenant limits: a lower maxBytes and a narrower type list', async () => {
    const changed = await b.data(
      `mutation { updateAttachmentLimits(input: { maxBytes: 2048, contentTypes: ["text/plain"] }) { tenant { attachmentLimits { maxBytes contentTypes } } userErrors { message } } }`,
    );
    expect(changed.updateAttachmentLimits.userErrors).toEqual([]);
    expect(changed.updateAttachmentLimits.tenant.attachmentLimits).toEqual({ maxBytes: 2048, contentTypes: ['text/plain'] });
    const bCustomer = await createCustomer(b, 'Beta Files');
    const refused = await grant(b, {
      ownerType: 'CUSTOMER',
      ownerId: bCustomer,
      filename: 'a.pdf',
      contentType: 'application/pdf',
      size: 100,
    });
    expect(refused.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['input.contentType']);
    const tooBig = await grant(b, {
      ownerType: 'CUSTOMER',
      ownerId: bCustomer,
      filename: 'a.txt',
      contentType: 'text/plain',
      size: 4096,
    });
    expect(tooBig.userErrors.map((e: { field: string[] }) => e.field.join('.'))).toEqual(['input.size']);
    const ok = await grant(b, {
      ownerType: 'CUSTOMER',
      ownerId: bCustomer,
      filename: 'a.txt',
      contentType: 'text/plain',
      size: 5,
    });
    expect((await put(ok.uploadUrl, Buffer.from('hello'), 'text/plain')).status).toBe(201);
  });

  it("refuses another tenant's attachment as not found, and a caller without the read scope", async () => {
    const { customer } = await a.data(ATTACHMENTS, { id: customerId });
    const url = customer.attachments[0].downloadUrl;
    expect((await get(url, b.key)).status).toBe(404);
    expect((await fetch(origin + url)).status).toBe(401);
    const { key } = await createApiKey(platform.gateway.identity, a.id, 'hr only', undefined, ['hr:read']);
    expect((await get(url, key)).status).toBe(403);
    // Tenant B cannot see it through its own graph either.
    expect((await b.data(ATTACHMENTS, { id: customerId })).customer).toBeNull();
  });

  it('refuses bytes that are not the declared content type', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(2000)]);
    const upload = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'fake.pdf',
      contentType: 'application/pdf',
      size: png.length,
    });
    const answer = await put(upload.uploadUrl, png);
    expect(answer.status).toBe(415);
    expect(((await answer.json()) as any).code).toBe('CONTENT_TYPE_MISMATCH');
    // A Content-Type header other than the granted one is refused too.
    const again = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'x.pdf',
      contentType: 'application/pdf',
      size: 100,
    });
    expect((await put(again.uploadUrl, pdf(100), 'image/png')).status).toBe(415);
  });

  it('refuses a tampered or expired upload URL', async () => {
    const upload = await grant(a, {
      ownerType: 'CUSTOMER',
      ownerId: customerId,
      filename: 'a.pdf',
      contentType: 'application/pdf',
      size: 100,
    });
    const [payload, signature] = upload.uploadUrl.slice('/uploads/'.length).split('.');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...decoded, tenantId: b.id })).toString('base64url');
    expect((await put(`/uploads/${forged}.${signature}`, pdf(100))).status).toBe(403);
    const expired = signUploadGrant(
      {
        tenantId: a.id,
        principal: 'apikey:x',
        ownerType: 'CUSTOMER',
        ownerId: customerId,
        filename: 'a.pdf',
        contentType: 'application/pdf',
        size: 100,
      },
      TEST_SECRET,
      Date.now() - 10 * 60_000,
    );
    const answer = await put(`/uploads/${expired}`, pdf(100));
    expect(answer.status).toBe(403);
    expect(((await answer.json()) as any).error).toBe('expired upload URL');
  });

  it('needs the owner type write scope to create an upload, and an existing owner to store it', async () => {
    const { key } = await createApiKey(platform.gateway.identity, a.id, 'sales writer', undefined, ['sales:write', 'sales:read']);
    const answer = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({
        query: CREATE_UPLOAD,
        variables: {
          i: { ownerType: 'CUSTOMER', ownerId: customerId, filename: 'a.pdf', contentType: 'application/pdf', size: 100 },
        },
      }),
    });
    const body = (await answer.json()) as any;
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    const missing = await grant(a, {
      ownerType: 'DEAL',
      ownerId: '0123456789abcdef01234567',
      filename: 'a.pdf',
      contentType: 'application/pdf',
      size: 100,
    });
    expect((await put(missing.uploadUrl, pdf(100))).status).toBe(404);
  });

  it('attaches a receipt to an employee (hr) and a text file to an invoice (finance), each listed by its owner', async () => {
    const { createDepartment } = await a.data(
      `mutation { createDepartment(input: { name: "Files Dept" }) { department { id } } }`,
    );
    const { createEmployee } = await a.data(
      `mutation($d: ID!) { createEmployee(input: { name: "Fay Files", email: "fay@files.example", departmentId: $d }) { employee { id } } }`,
      { d: createDepartment.department.id },
    );
    const employeeId = createEmployee.employee.id;
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(3000)]);
    const upload = await grant(a, {
      ownerType: 'EMPLOYEE',
      ownerId: employeeId,
      filename: 'id.jpg',
      contentType: 'image/jpeg',
      size: jpeg.length,
    });
    expect((await put(upload.uploadUrl, jpeg, 'image/jpeg')).status).toBe(201);
    const { employee } = await a.data(
      `query($id: ID!) { employee(id: $id) { attachments { filename contentType size downloadUrl } } }`,
      { id: employeeId },
    );
    expect(employee.attachments).toEqual([
      expect.objectContaining({ filename: 'id.jpg', contentType: 'image/jpeg', size: jpeg.length }),
    ]);
    expect(employee.attachments[0].downloadUrl).toMatch(/^\/files\/hr\//);
    const back = Buffer.from(await (await get(employee.attachments[0].downloadUrl, a.key)).arrayBuffer());
    expect(back.equals(jpeg)).toBe(true);

    const { id: invoiceId } = await createInvoice(a, customerId, '10.00');
    const csv = Buffer.from('date,amount\n2026-01-01,10.00\n');
    const csvUpload = await grant(a, {
      ownerType: 'INVOICE',
      ownerId: invoiceId,
      filename: 'lines.csv',
      contentType: 'text/csv',
      size: csv.length,
    });
    expect((await put(csvUpload.uploadUrl, csv, 'text/csv')).status).toBe(201);
    const { invoice } = await a.data(`query($id: ID!) { invoice(id: $id) { attachments { filename contentType } } }`, {
      id: invoiceId,
    });
    expect(invoice.attachments).toEqual([{ filename: 'lines.csv', contentType: 'text/csv' }]);
  });

  it('deletes an attachment with the write scope, not from another tenant', async () => {
    const { customer } = await a.data(ATTACHMENTS, { id: customerId });
    const url = customer.attachments[0].downloadUrl;
    expect((await fetch(origin + url, { method: 'DELETE', headers: { 'x-api-key': b.key } })).status).toBe(404);
    expect((await fetch(origin + url, { method: 'DELETE', headers: { 'x-api-key': a.key } })).status).toBe(200);
    expect((await get(url, a.key)).status).toBe(404);
    expect((await a.data(ATTACHMENTS, { id: customerId })).customer.attachments).toHaveLength(0);
  });

  it('the demo data attaches a contract PDF through the same protocol', async () => {
    await seedAttachment(throttledCall(platform.gatewayUrl, a.key), customerId);
    const { customer } = await a.data(ATTACHMENTS, { id: customerId });
    expect(customer.attachments.map((x: { filename: string; contentType: string }) => [x.filename, x.contentType])).toEqual([
      ['master-agreement.pdf', 'application/pdf'],
    ]);
  });
});
