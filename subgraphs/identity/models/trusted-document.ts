/**
 * Trusted documents: the operations an app (the web dashboard, the mobile app) was built with,
 * published by its release (`npm run documents:publish`). Not tenant-scoped: an app is the same
 * for every tenant, and a document is only text; it always runs with the sender's credential.
 * One document per (app, hash), with every app version that shipped it.
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { aggregatePlugin } from '../../../lib/write';

export interface TrustedDocumentDoc {
  _id: Types.ObjectId;
  /** The client name the app sends (`apollographql-client-name`). */
  app: string;
  /** SHA-256 (hex) of `body`, as the app sends it in `extensions.persistedQuery.sha256Hash`. */
  hash: string;
  body: string;
  /** The app versions that published it. */
  versions: string[];
  publishedAt: Date;
  version: number;
}

const trustedDocumentSchema = new mongoose.Schema<TrustedDocumentDoc>(
  {
    app: { type: String, required: true },
    hash: { type: String, required: true },
    body: { type: String, required: true },
    versions: { type: [String], default: [] },
    publishedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
trustedDocumentSchema.plugin(aggregatePlugin, { name: 'Trusted document' });
trustedDocumentSchema.index({ app: 1, hash: 1 }, { unique: true });
trustedDocumentSchema.index({ hash: 1 }); // a hash-only request names no app yet

export const trustedDocumentModel = (connection: Connection) =>
  connection.model<TrustedDocumentDoc>('TrustedDocument', trustedDocumentSchema, 'trusted_documents');
