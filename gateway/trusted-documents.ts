/**
 * Trusted documents (persisted-query safelisting, as GraphQL Hive's app deployments and Apollo's
 * persisted-query lists do it): an app's release publishes the operations codegen extracted from
 * its code (`npm run documents:publish -- --app <name> --version <v>`), and the gateway, with
 * `TRUSTED_DOCUMENTS=enforce`, runs only those for the app the request names
 * (`apollographql-client-name`, the header Apollo Client and urql send with `name`).
 *
 * - `off` (the default): any operation runs; published documents can still be sent by hash alone.
 * - `log`: any operation runs; one that is not published for the app it names is logged and counted
 *   (a release's dry run before enforcing).
 * - `enforce`: an operation that is not published for the app it names is refused with
 *   PERSISTED_QUERY_NOT_IN_LIST (HTTP 400) before anything runs, over HTTP and the WebSocket alike.
 *   Partners integrating with an API key may be exempt, per key: a key holding
 *   `documents:arbitrary` (granted like any scope, only by someone who holds it) runs any
 *   operation. Sessions of the apps' users are never exempt.
 *
 * A published document may be sent by hash alone (`extensions.persistedQuery.sha256Hash`, the APQ
 * format) even if the gateway never saw its text: the APQ cache falls back to the published
 * documents. Documents are app-wide text, never data: each runs with the sender's credential.
 */
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { GraphQLError, parse } from 'graphql';
import type { Model } from 'mongoose';
import { ErrorCode } from '../lib/errors';
import type { Logger } from '../lib/logger';
import type { RequestPrincipal } from '../lib/signed-context';
import { findOrCreate, updateWhere } from '../lib/write';
import type { TrustedDocumentDoc } from '../subgraphs/identity/models';
import type { GatewayContext } from './context';

export type TrustedDocumentsMode = 'enforce' | 'log' | 'off';
export const TRUSTED_DOCUMENTS_MODES: readonly TrustedDocumentsMode[] = ['enforce', 'log', 'off'];
/** The scope that exempts an API key (never a user's session) from trusted documents. */
export const ARBITRARY_OPERATIONS_SCOPE = 'documents:arbitrary';
/** The header naming the app; over the WebSocket, the same name in `connection_init`'s payload. */
export const CLIENT_NAME_HEADER = 'apollographql-client-name';
export const PERSISTED_QUERY_NOT_IN_LIST = ErrorCode.PERSISTED_QUERY_NOT_IN_LIST;

/** The hash a document is published and sent under: SHA-256 of its exact text, hex (APQ's). */
export const documentHash = (body: string) => createHash('sha256').update(body).digest('hex');

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const HASH = /^[0-9a-f]{64}$/;
/** Longest document accepted for publishing (the request body limit bounds what could be sent anyway). */
const MAX_DOCUMENT_BYTES = 64 * 1024;

export interface PublishInput {
  app: string;
  version: string;
  /** hash -> document text, as codegen's client preset writes `persisted-documents.json` (keys may be `sha256:<hex>`). */
  documents: Record<string, string>;
}

/** The manifest with bare hex hashes (codegen and Hive write `sha256:<hex>`). */
export function normalizeManifest(documents: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(documents ?? {}).map(([hash, body]) => [hash.replace(/^sha256:/, ''), body]));
}

export interface PublishResult {
  app: string;
  version: string;
  /** Documents in the manifest. */
  documents: number;
  /** Of those, new to the app (the others were published by an earlier version already). */
  added: number;
}

/** Checks the whole manifest before writing anything: a bad one publishes nothing. */
export function checkManifest(input: PublishInput): string[] {
  const problems: string[] = [];
  input = { ...input, documents: normalizeManifest(input.documents) };
  if (!NAME.test(input.app)) problems.push(`app "${input.app}": letters, digits, ".", "_", "-"; at most 100 characters.`);
  if (!NAME.test(input.version))
    problems.push(`version "${input.version}": letters, digits, ".", "_", "-"; at most 100 characters.`);
  const entries = Object.entries(input.documents ?? {});
  if (!entries.length) problems.push('the manifest holds no documents.');
  for (const [hash, body] of entries) {
    if (!HASH.test(hash)) problems.push(`"${hash}" is not a SHA-256 hash (64 hex digits).`);
    else if (typeof body !== 'string' || documentHash(body) !== hash) problems.push(`${hash}: the document does not hash to it.`);
    else if (Buffer.byteLength(body) > MAX_DOCUMENT_BYTES) problems.push(`${hash}: longer than ${MAX_DOCUMENT_BYTES} bytes.`);
    else {
      try {
        parse(body);
      } catch (e) {
        problems.push(`${hash}: ${(e as Error).message}`);
      }
    }
  }
  return problems;
}

/** Publishes an app version's documents; publishing the same version again changes nothing. */
export async function publishDocuments(model: Model<TrustedDocumentDoc>, input: PublishInput): Promise<PublishResult> {
  const problems = checkManifest(input);
  if (problems.length) throw new Error(`Nothing published: ${problems.join(' ')}`);
  let added = 0;
  for (const [hash, body] of Object.entries(normalizeManifest(input.documents))) {
    const { doc, created } = await findOrCreate<TrustedDocumentDoc>(model, { app: input.app, hash }, () => ({
      body,
      versions: [input.version],
      publishedAt: new Date(),
    }));
    if (created) added += 1;
    else if (!doc.versions.includes(input.version)) {
      await updateWhere(model, { _id: doc._id }, { $addToSet: { versions: input.version } });
    }
  }
  return { app: input.app, version: input.version, documents: Object.keys(input.documents).length, added };
}

/**
 * Lookups of published documents, cached and bounded. A published document never changes, so a
 * hit is kept a minute; a miss only a second, so a release's documents are served within a
 * second of being published, on every replica.
 */
export class TrustedDocumentStore {
  private readonly cache = new Map<string, { until: number; value: Promise<string | null> }>();

  constructor(
    private readonly model: Model<TrustedDocumentDoc>,
    private readonly hitTtlMs = 60_000,
    private readonly missTtlMs = 1_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** The text of a document published under this hash by any app, or undefined. */
  async bodyOf(hash: string): Promise<string | undefined> {
    if (!HASH.test(hash)) return undefined;
    const body = await this.cached(`body:${hash}`, async () => {
      const doc = await this.model.findOne({ hash }).select({ body: 1 }).lean<{ body: string }>();
      return doc?.body ?? null;
    });
    return body ?? undefined;
  }

  /** Whether `app` published the document with this hash. */
  async isPublished(app: string, hash: string): Promise<boolean> {
    if (!NAME.test(app) || !HASH.test(hash)) return false;
    const found = await this.cached(`app:${app}:${hash}`, async () => {
      const doc = await this.model.findOne({ app, hash }).select({ _id: 1 }).lean();
      return doc ? 'yes' : null;
    });
    return found === 'yes';
  }

  private cached(key: string, load: () => Promise<string | null>): Promise<string | null> {
    const now = Date.now();
    const known = this.cache.get(key);
    if (known && now < known.until) return known.value;
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value!);
    const entry = { until: now + this.missTtlMs, value: load() };
    this.cache.set(key, entry);
    entry.value.then(
      (found) => {
        if (found !== null) entry.until = Date.now() + this.hitTtlMs;
      },
      () => this.cache.delete(key), // a database error is not remembered
    );
    return entry.value;
  }
}

/** The APQ cache, falling back to published documents for a hash it does not hold. */
export class TrustedDocumentCache implements KeyValueCache<string> {
  constructor(
    private readonly inner: KeyValueCache<string>,
    private readonly store: TrustedDocumentStore,
    private readonly prefix = 'apq:',
  ) {}

  async get(key: string): Promise<string | undefined> {
    const known = await this.inner.get(key);
    if (known !== undefined) return known;
    return key.startsWith(this.prefix) ? this.store.bodyOf(key.slice(this.prefix.length)).catch(() => undefined) : undefined;
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}

export interface TrustedDocuments {
  mode: TrustedDocumentsMode;
  store: TrustedDocumentStore;
  /** How many operations ran (log) or were refused (enforce) for not being published; for tests and metrics. */
  readonly untrusted: { logged: number; refused: number };
  /** The refusal for an operation, or null when it may run. */
  check(principal: Omit<RequestPrincipal, 'requestId'>, app: string | undefined, query: string): Promise<GraphQLError | null>;
}

export function createTrustedDocuments(mode: TrustedDocumentsMode, store: TrustedDocumentStore, log: Logger): TrustedDocuments {
  const untrusted = { logged: 0, refused: 0 };
  return {
    mode,
    store,
    untrusted,
    async check(principal, app, query) {
      if (mode === 'off') return null;
      if (principal.principal.startsWith('apikey:') && principal.scopes.includes(ARBITRARY_OPERATIONS_SCOPE)) return null;
      const hash = documentHash(query);
      if (app && (await store.isPublished(app, hash))) return null;
      if (mode === 'log') {
        untrusted.logged += 1;
        log.warn({ app: app ?? null, hash, principal: principal.principal }, 'operation not published for its app');
        return null;
      }
      untrusted.refused += 1;
      return new GraphQLError(
        app
          ? `This operation (${hash}) is not published for the app "${app}".`
          : `Only published operations run here: name the app in the ${CLIENT_NAME_HEADER} header.`,
        { extensions: { code: PERSISTED_QUERY_NOT_IN_LIST, http: { status: 400 } } },
      );
    },
  };
}

/**
 * The Apollo Server side: checks each operation once it is resolved, before the query plan runs
 * (a refusal is thrown, so nothing is fetched and the text is not registered for APQ).
 * Subscription deliveries are the gateway's own queries: the subscription was checked when sent.
 */
export function trustedDocumentsPlugin(trusted: TrustedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, request, source }) {
          if (trusted.mode === 'off' || contextValue.subscriptionDelivery) return;
          const app = contextValue.clientName ?? request.http?.headers.get(CLIENT_NAME_HEADER) ?? undefined;
          const refused = await trusted.check(contextValue.principal, app, source);
          if (refused) throw refused;
        },
      };
    },
  };
}
