/**
 * File attachments, the parts every owning subgraph shares: the bytes in the subgraph's own
 * database (MongoDB GridFS, `attachments.files` / `attachments.chunks`), content sniffed from the
 * magic numbers, and the signed upload grant the gateway verifies before it streams any byte.
 *
 * Server differences stay here: GridFS needs nothing beyond find/insert/delete with an index on
 * `files_id, n`, which MongoDB, mongo-java-server and FerretDB 1.24 all serve (tests/integration/gridfs.test.ts).
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import mongoose from 'mongoose';

// The driver mongoose ships (the repository has no direct `mongodb` dependency).
const { GridFSBucket, ObjectId } = mongoose.mongo;
type Db = mongoose.mongo.Db;

export const BUCKET = 'attachments';
/** Chunks of 255 kB, GridFS's default: a 10 MB file is 40 inserts. */
const CHUNK_BYTES = 255 * 1024;

export const DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const DEFAULT_ATTACHMENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg', 'text/plain', 'text/csv'];
/** How long an upload grant lives. */
export const UPLOAD_GRANT_TTL_MS = 5 * 60_000;

/** What can carry attachments, the subgraph that owns it, and the scopes to read and to attach. */
export const ATTACHMENT_OWNERS = {
  CUSTOMER: { subgraph: 'customers', read: 'customers:read', write: 'customers:write' },
  TICKET: { subgraph: 'customers', read: 'customers:read', write: 'customers:write' },
  DEAL: { subgraph: 'sales', read: 'sales:read', write: 'sales:write' },
  INVOICE: { subgraph: 'finance', read: 'finance:read', write: 'finance:write' },
  SUPPLIER_BILL: { subgraph: 'finance', read: 'finance:read', write: 'finance:write' },
  EXPENSE: { subgraph: 'finance', read: 'finance:read', write: 'finance:write' },
  EMPLOYEE: { subgraph: 'hr', read: 'hr:read', write: 'hr:write' },
} as const;
export type AttachmentOwnerType = keyof typeof ATTACHMENT_OWNERS;
export const isOwnerType = (t: string): t is AttachmentOwnerType => Object.hasOwn(ATTACHMENT_OWNERS, t);

// ---------------------------------------------------------------------------------------------
// Content sniffing

/**
 * The content type the first bytes of a file show (magic numbers), or null when nothing is
 * recognised. Text is recognised as UTF-8 without NUL bytes; CSV cannot be told apart from text by
 * its bytes, so a declared `text/csv` is accepted for text (see `sniffMatches`).
 */
export function sniffContentType(head: Buffer): string | null {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'application/zip';
  if (head.length > 0 && isText(head)) return 'text/plain';
  return null;
}

function isText(head: Buffer): boolean {
  if (head.includes(0)) return false;
  // A multi-byte character cut at the end of the sniffed head is not a reason to refuse.
  const text = new TextDecoder('utf-8', { fatal: false }).decode(head.subarray(0, Math.max(0, head.length - 3)));
  return !text.includes('\uFFFD');
}

/** Whether the sniffed type is the declared one (text may be declared as CSV). */
export function sniffMatches(declared: string, sniffed: string | null): boolean {
  if (!sniffed) return false;
  if (declared === sniffed) return true;
  return sniffed === 'text/plain' && declared === 'text/csv';
}

/** Bytes sniffed before anything is stored. */
export const SNIFF_BYTES = 4096;

// ---------------------------------------------------------------------------------------------
// Upload grants: `<payload>.<signature>` in the upload URL, HMAC-SHA256 with the signing secret

export interface UploadGrant {
  /** The attachment id the upload creates. */
  id: string;
  tenantId: string;
  principal: string;
  ownerType: AttachmentOwnerType;
  ownerId: string;
  filename: string;
  contentType: string;
  /** The exact number of bytes the PUT must carry. */
  size: number;
  /** Epoch ms after which the grant is refused. */
  expiresAt: number;
}

const hmac = (payload: string, secret: string) => createHmac('sha256', `upload:${secret}`).update(payload).digest('base64url');

export function signUploadGrant(grant: Omit<UploadGrant, 'id' | 'expiresAt'>, secret: string, now = Date.now()): string {
  const full: UploadGrant = { id: randomUUID(), ...grant, expiresAt: now + UPLOAD_GRANT_TTL_MS };
  const payload = Buffer.from(JSON.stringify(full)).toString('base64url');
  return `${payload}.${hmac(payload, secret)}`;
}

export type GrantResult = { ok: true; grant: UploadGrant } | { ok: false; reason: string };

export function verifyUploadGrant(token: string, secrets: string[], now = Date.now()): GrantResult {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return { ok: false, reason: 'malformed upload URL' };
  const given = Buffer.from(signature);
  const valid = secrets.some((s) => {
    const expected = Buffer.from(hmac(payload, s));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!valid) return { ok: false, reason: 'invalid upload URL signature' };
  let grant: UploadGrant;
  try {
    grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed upload URL' };
  }
  if (typeof grant.expiresAt !== 'number' || grant.expiresAt < now) return { ok: false, reason: 'expired upload URL' };
  return { ok: true, grant };
}

// ---------------------------------------------------------------------------------------------
// The bytes: GridFS in the owning subgraph's database

export interface StoredFile {
  fileId: string;
  size: number;
}

export class FileTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The file is larger than the ${limit} bytes allowed.`);
  }
}
export class ContentMismatch extends Error {
  constructor(
    readonly declared: string,
    readonly sniffed: string | null,
  ) {
    super(`The bytes are ${sniffed ?? 'of an unrecognised type'}, not the declared ${declared}.`);
  }
}

export const fileBucket = (db: Db) => new GridFSBucket(db, { bucketName: BUCKET, chunkSizeBytes: CHUNK_BYTES });

/** The chunk index GridFS reads by; created at start-up with the subgraph's other indexes. */
export async function ensureFileIndexes(db: Db): Promise<void> {
  await db.collection(`${BUCKET}.chunks`).createIndex({ files_id: 1, n: 1 }, { unique: true });
  await db.collection(`${BUCKET}.files`).createIndex({ 'metadata.tenantId': 1, _id: 1 });
}

/**
 * Streams `source` into GridFS, sniffing its first bytes against `declared` before anything is
 * written and counting every byte against `maxBytes`. A refused or broken upload leaves no chunks.
 */
export async function storeFile(
  db: Db,
  source: AsyncIterable<Buffer | Uint8Array>,
  options: { filename: string; declared: string; maxBytes: number; metadata: Record<string, unknown> },
): Promise<StoredFile & { contentType: string }> {
  const iterator = source[Symbol.asyncIterator]();
  // The head first: nothing is stored until the bytes show the declared type.
  const head: Buffer[] = [];
  let headBytes = 0;
  let done = false;
  while (headBytes < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = Buffer.from(next.value);
    head.push(chunk);
    headBytes += chunk.length;
    if (headBytes > options.maxBytes) throw new FileTooLarge(options.maxBytes);
  }
  const first = Buffer.concat(head);
  const sniffed = sniffContentType(first.subarray(0, SNIFF_BYTES));
  if (!sniffMatches(options.declared, sniffed)) throw new ContentMismatch(options.declared, sniffed);

  const bucket = fileBucket(db);
  const id = new ObjectId();
  const upload = bucket.openUploadStreamWithId(id, options.filename, {
    metadata: { ...options.metadata, contentType: options.declared },
  });
  let size = 0;
  const counted = async function* () {
    size += first.length;
    yield first;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const chunk = Buffer.from(next.value);
      size += chunk.length;
      if (size > options.maxBytes) throw new FileTooLarge(options.maxBytes);
      yield chunk;
    }
  };
  const input = Readable.from(counted());
  try {
    await new Promise<void>((resolve, reject) => {
      input.on('error', reject);
      upload.on('error', reject);
      upload.on('finish', () => resolve());
      input.pipe(upload);
    });
  } catch (err) {
    input.unpipe(upload);
    // Chunk writes already sent can land after a delete (seen on FerretDB): wait for them first.
    for (let i = 0; i < 250 && upload.state.outstandingRequests > 0; i++) await new Promise((r) => setTimeout(r, 20));
    await deleteFile(db, id.toHexString()).catch(() => undefined);
    throw err;
  }
  return { fileId: id.toHexString(), size, contentType: options.declared };
}

/** The stored bytes of one file, as a stream. */
export function openFile(db: Db, fileId: string): Readable {
  return fileBucket(db).openDownloadStream(new ObjectId(fileId));
}

/** Removes a file's chunks and record; a file already gone is not an error. */
export async function deleteFile(db: Db, fileId: string): Promise<void> {
  const id = new ObjectId(fileId);
  // bucket.delete refuses a missing file record; chunks of a half-written file are removed as well.
  await db.collection(`${BUCKET}.chunks`).deleteMany({ files_id: id });
  await db.collection(`${BUCKET}.files`).deleteOne({ _id: id });
}
