/**
 * GridFS through lib/files.ts on the server under test (mongo-java-server, FerretDB 1.24, MongoDB):
 * store, read back byte for byte, refuse an oversize stream and a content mismatch leaving no chunks.
 */
import { randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../../lib/mongo/connection';
import { ContentMismatch, FileTooLarge, deleteFile, ensureFileIndexes, openFile, storeFile } from '../../lib/files';
import { testMongoUri, uniquePrefix } from '../helpers/db';

async function* chunks(bytes: Buffer, size = 64 * 1024) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const readAll = async (stream: AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
};
const pdf = (n: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(n)]);

describe('GridFS on this server', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase(testMongoUri(), `${uniquePrefix()}_files`);
    await ensureFileIndexes(db.connection.db!);
  });
  afterAll(() => db.close());

  it('stores and returns a 1 MB file byte for byte, and deletes it', async () => {
    const bytes = pdf(1024 * 1024);
    const stored = await storeFile(db.connection.db!, chunks(bytes), {
      filename: 'a.pdf',
      declared: 'application/pdf',
      maxBytes: 10 * 1024 * 1024,
      metadata: { tenantId: 't1' },
    });
    expect(stored.size).toBe(bytes.length);
    expect((await readAll(openFile(db.connection.db!, stored.fileId))).equals(bytes)).toBe(true);
    await deleteFile(db.connection.db!, stored.fileId);
    await expect(readAll(openFile(db.connection.db!, stored.fileId))).rejects.toThrow();
  });

  it('refuses a stream longer than the limit and leaves no chunks', async () => {
    const store = storeFile(db.connection.db!, chunks(pdf(600 * 1024)), {
      filename: 'big.pdf',
      declared: 'application/pdf',
      maxBytes: 300 * 1024,
      metadata: { tenantId: 't1' },
    });
    await expect(store).rejects.toBeInstanceOf(FileTooLarge);
    expect(await db.connection.db!.collection('attachments.chunks').countDocuments({})).toBe(0);
  });

  it('refuses bytes that are not the declared type before storing anything', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(1000)]);
    const store = storeFile(db.connection.db!, chunks(png), {
      filename: 'x.pdf',
      declared: 'application/pdf',
      maxBytes: 1024 * 1024,
      metadata: {},
    });
    await expect(store).rejects.toBeInstanceOf(ContentMismatch);
    expect(await db.connection.db!.collection('attachments.files').countDocuments({})).toBe(0);
  });
});
