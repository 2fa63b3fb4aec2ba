/**
 * Attachments in an owning subgraph: the record (`attachments` collection, one per file, the bytes
 * in GridFS via lib/files.ts), the internal HTTP endpoints the gateway streams uploads to and
 * downloads from, and the `<Type>.attachments` / delete helpers the subgraphs' resolvers and
 * services call. Everything is scoped by the signed context's tenant.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import DataLoader from 'dataloader';
import mongoose, { type Connection, type Model, type Types } from 'mongoose';
import { domainEvent } from './events/catalog';
import { outboxPlugin } from './events/outbox';
import { sendJson } from './http';
import { currentTenantId, findOneByIdInTenant, tenantScopePlugin } from './tenancy';
import { insert, remove } from './write';
import type { RequestPrincipal } from './signed-context';
import {
  ATTACHMENT_OWNERS,
  ContentMismatch,
  FileTooLarge,
  deleteFile,
  ensureFileIndexes,
  openFile,
  storeFile,
  verifyUploadGrant,
  type AttachmentOwnerType,
} from './files';

export const UPLOAD_GRANT_HEADER = 'x-upload-grant';

export interface AttachmentDoc {
  _id: Types.ObjectId;
  tenantId: string;
  ownerType: AttachmentOwnerType;
  ownerId: string;
  filename: string;
  contentType: string;
  size: number;
  /** The GridFS file holding the bytes. */
  fileId: string;
  /** The upload grant's id: a grant is used once. */
  grantId: string;
  uploadedBy: string;
  uploadedAt: Date;
  version: number;
}

const attachmentSchema = new mongoose.Schema<AttachmentDoc>(
  {
    ownerType: { type: String, required: true },
    ownerId: { type: String, required: true },
    filename: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    fileId: { type: String, required: true },
    grantId: { type: String, required: true },
    uploadedBy: { type: String, required: true },
    uploadedAt: { type: Date, required: true },
    version: { type: Number, default: 0 },
  },
  { versionKey: false },
);
attachmentSchema.plugin(tenantScopePlugin);
attachmentSchema.plugin(outboxPlugin);
attachmentSchema.index({ tenantId: 1, ownerType: 1, ownerId: 1, _id: 1 }); // an owner's attachments, oldest first
attachmentSchema.index({ tenantId: 1, grantId: 1 }, { unique: true }); // one upload per grant

export const attachmentModel = (connection: Connection): Model<AttachmentDoc> =>
  (connection.models.Attachment as Model<AttachmentDoc>) ?? connection.model<AttachmentDoc>('Attachment', attachmentSchema);

/** Which owner types a subgraph holds, and how to tell that one of them exists in the current tenant. */
export type AttachmentOwners = Partial<Record<AttachmentOwnerType, (ownerId: string) => Promise<boolean>>>;

/** The gateway's download path of an attachment (relative to the gateway's origin). */
export const downloadPath = (subgraph: string, id: string) => `/files/${subgraph}/${id}`;

/** `<Type>.attachments`: an owner's attachments, oldest first (at most 100). */
export async function attachmentsOf(connection: Connection, ownerType: AttachmentOwnerType, ownerId: string) {
  return attachmentModel(connection)
    .find({ tenantId: currentTenantId(), ownerType, ownerId })
    .sort({ _id: 1 })
    .limit(100)
    .lean<AttachmentDoc[]>();
}

/** At most this many attachments per owner are listed (`<Type>.attachments`). */
export const MAX_LISTED_ATTACHMENTS = 100;

/** Per request (its context object) and owner type: one `$in` read for every owner a page asks about. */
const requestLoaders = new WeakMap<object, Map<string, DataLoader<string, AttachmentDoc[]>>>();

/** `<Type>.attachments` of one owner, batched with the other owners of the same request (no N+1). */
export function loadAttachments(
  request: object,
  connection: Connection,
  ownerType: AttachmentOwnerType,
  ownerId: string,
): Promise<AttachmentDoc[]> {
  let byType = requestLoaders.get(request);
  if (!byType) requestLoaders.set(request, (byType = new Map()));
  let loader = byType.get(ownerType);
  if (!loader) {
    loader = new DataLoader<string, AttachmentDoc[]>(async (ownerIds) => {
      const docs = await attachmentModel(connection)
        .find({ tenantId: currentTenantId(), ownerType, ownerId: mongoose.trusted({ $in: [...ownerIds] }) })
        .sort({ _id: 1 })
        .lean<AttachmentDoc[]>();
      const byOwner = new Map<string, AttachmentDoc[]>();
      for (const doc of docs) byOwner.set(doc.ownerId, [...(byOwner.get(doc.ownerId) ?? []), doc]);
      return ownerIds.map((id) => (byOwner.get(id) ?? []).slice(0, MAX_LISTED_ATTACHMENTS));
    });
    byType.set(ownerType, loader);
  }
  return loader.load(ownerId);
}

/** Deletes every attachment of an owner with its bytes (the owner's deletion or erasure). */
export async function deleteAttachmentsOf(connection: Connection, ownerType: AttachmentOwnerType, ownerId: string) {
  const docs = await attachmentsOf(connection, ownerType, ownerId);
  for (const doc of docs) await deleteAttachmentDoc(connection, doc);
  return docs.length;
}

async function deleteAttachmentDoc(connection: Connection, doc: AttachmentDoc) {
  await deleteFile(connection.db!, doc.fileId);
  await remove(attachmentModel(connection), { tenantId: doc.tenantId, _id: doc._id });
}

/** The GraphQL shape of an attachment record (`Attachment` in each owning subgraph's SDL). */
export const attachmentFields = (subgraph: string) => ({
  id: (a: AttachmentDoc) => a._id.toString(),
  downloadUrl: (a: AttachmentDoc) => downloadPath(subgraph, a._id.toString()),
});

const eventType = (subgraph: string) => `${subgraph}.attachment.added` as 'customers.attachment.added';

/**
 * The subgraph's file endpoints, behind the same signed context as /graphql:
 *  - `PUT /files` with the upload grant in `x-upload-grant` (the signature covers the grant) and
 *    the bytes as the body: stored when the owner exists in the tenant, the bytes are the declared
 *    type and exactly the granted size;
 *  - `GET /files/<id>`: the bytes, with the owner type's read scope;
 *  - `DELETE /files/<id>`: with the owner type's write scope.
 * Runs inside the request's tenant.
 */
export async function serveFiles(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  ctx: { subgraph: string; connection: Connection; owners: AttachmentOwners; principal: RequestPrincipal; secrets: string[] },
): Promise<void> {
  const model = attachmentModel(ctx.connection);
  const db = ctx.connection.db!;
  if (req.method === 'PUT' && path === '/files') {
    const verified = verifyUploadGrant(String(req.headers[UPLOAD_GRANT_HEADER] ?? ''), ctx.secrets);
    if (!verified.ok) return sendJson(res, 403, { error: verified.reason });
    const grant = verified.grant;
    const exists = ctx.owners[grant.ownerType];
    if (grant.tenantId !== ctx.principal.tenantId || !exists || ATTACHMENT_OWNERS[grant.ownerType].subgraph !== ctx.subgraph) {
      return sendJson(res, 403, { error: 'upload grant is not for this tenant or subgraph' });
    }
    if (!(await exists(grant.ownerId))) return sendJson(res, 404, { error: `${grant.ownerType} ${grant.ownerId} not found` });
    let stored;
    try {
      stored = await storeFile(db, req, {
        filename: grant.filename,
        declared: grant.contentType,
        maxBytes: grant.size,
        metadata: { tenantId: grant.tenantId, ownerType: grant.ownerType, ownerId: grant.ownerId },
      });
    } catch (err) {
      if (err instanceof FileTooLarge) return sendJson(res, 413, { error: err.message, code: 'FILE_TOO_LARGE' });
      if (err instanceof ContentMismatch) return sendJson(res, 415, { error: err.message, code: 'CONTENT_TYPE_MISMATCH' });
      throw err;
    }
    if (stored.size !== grant.size) {
      await deleteFile(db, stored.fileId);
      return sendJson(res, 400, { error: `expected ${grant.size} bytes, received ${stored.size}`, code: 'SIZE_MISMATCH' });
    }
    const _id = new mongoose.Types.ObjectId();
    const uploadedAt = new Date();
    let doc: AttachmentDoc;
    try {
      doc = await insert<AttachmentDoc>(
        model,
        {
          _id,
          tenantId: grant.tenantId,
          ownerType: grant.ownerType,
          ownerId: grant.ownerId,
          filename: grant.filename,
          contentType: stored.contentType,
          size: stored.size,
          fileId: stored.fileId,
          grantId: grant.id,
          uploadedBy: grant.principal,
          uploadedAt,
        },
        {
          events: [
            domainEvent(eventType(ctx.subgraph), {
              tenantId: grant.tenantId,
              aggregateId: _id.toString(),
              requestId: ctx.principal.requestId,
              payload: {
                attachmentId: _id.toString(),
                ownerType: grant.ownerType,
                ownerId: grant.ownerId,
                filename: grant.filename,
                contentType: stored.contentType,
                size: stored.size,
                uploadedBy: grant.principal,
              },
            }),
          ],
        },
      );
    } catch (err) {
      await deleteFile(db, stored.fileId);
      if ((err as { code?: number }).code === 11000) return sendJson(res, 409, { error: 'this upload URL was already used' });
      throw err;
    }
    return sendJson(res, 201, {
      attachment: {
        id: doc._id.toString(),
        ownerType: doc.ownerType,
        ownerId: doc.ownerId,
        filename: doc.filename,
        contentType: doc.contentType,
        size: doc.size,
        uploadedBy: doc.uploadedBy,
        uploadedAt: doc.uploadedAt.toISOString(),
        downloadUrl: downloadPath(ctx.subgraph, doc._id.toString()),
      },
    });
  }
  const match = /^\/files\/([0-9a-f]{24})$/.exec(path);
  if (!match || (req.method !== 'GET' && req.method !== 'DELETE')) return sendJson(res, 404, { error: 'not found' });
  // Another tenant's id answers exactly like an unknown one.
  const doc = await findOneByIdInTenant<AttachmentDoc>(model, match[1]);
  if (!doc) return sendJson(res, 404, { error: 'attachment not found' });
  const owner = ATTACHMENT_OWNERS[doc.ownerType];
  const needed = req.method === 'GET' ? owner.read : owner.write;
  if (!ctx.principal.scopes.includes(needed)) return sendJson(res, 403, { error: `needs the ${needed} scope` });
  if (req.method === 'DELETE') {
    await deleteAttachmentDoc(ctx.connection, doc);
    return sendJson(res, 200, { deleted: doc._id.toString() });
  }
  res.writeHead(200, {
    'content-type': doc.contentType,
    'content-length': String(doc.size),
    'content-disposition': `attachment; filename="${doc.filename.replace(/[^\w.\- ]/g, '_')}"`,
    'x-content-type-options': 'nosniff',
  });
  const stream = openFile(db, doc.fileId);
  await new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    res.on('finish', resolve);
    stream.pipe(res);
  });
}

export { ensureFileIndexes };

/** `AttachmentOwners` entry: whether a document of `model` with this id exists in the current tenant. */
export const ownerExists =
  (model: Model<any>) =>
  async (ownerId: string): Promise<boolean> =>
    mongoose.isValidObjectId(ownerId) && Boolean(await findOneByIdInTenant(model, ownerId, { _id: 1 }));

/** `<Type>.attachments` resolver of an owner type. */
export const attachmentsField =
  (ownerType: AttachmentOwnerType, model: () => Model<any>) => (parent: { _id: { toString(): string } }) =>
    attachmentsOf(model().db, ownerType, parent._id.toString());
