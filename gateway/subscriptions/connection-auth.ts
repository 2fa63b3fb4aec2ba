/**
 * Who is on a connection: `connection_init`'s payload is read like request headers and
 * authenticated as an HTTP request is (gateway/auth.ts); without a valid credential the socket is
 * closed with 4403. While connected, the credential is checked again before each delivery and
 * every `credentialCheckMs`; a revoked API key, a signed-out session or an expired access token
 * closes the socket with 4403 too.
 */
import type { WebSocket } from 'ws';
import { ANONYMOUS } from '../../lib/authorization';
import type { RequestPrincipal } from '../../lib/signed-context';
import type { Authenticate } from '../auth';
import type { QueuedConnection, SubscriptionStream } from './stream';

/** Close code when the connection's credential stops being valid (graphql-ws's Forbidden). */
export const CLOSE_FORBIDDEN = 4403;

/** An authenticated graphql-ws connection. */
export interface SubscriberConnection extends QueuedConnection {
  socket: WebSocket;
  /** connection_init params read like request headers (`x-api-key`, `authorization`). */
  credentials: Map<string, string>;
  ip?: string;
  principal: Omit<RequestPrincipal, 'requestId'>;
  /** The app it named in `connection_init` (`apollographql-client-name` or `clientName`), for trusted documents. */
  clientName?: string;
  subs: Set<SubscriptionStream<SubscriberConnection>>;
}

export interface ConnectionAuth {
  /** The connection for a `connection_init`, or null when its credential is missing or invalid (then graphql-ws closes with 4403). */
  connect(
    params: Record<string, unknown> | undefined,
    socket: WebSocket,
    ip: string | undefined,
  ): Promise<SubscriberConnection | null>;
  /** Whether the connection's credential still holds (checked at most every `credentialCheckMs`); closes it with 4403 when not. */
  stillValid(conn: SubscriberConnection): Promise<RequestPrincipal | null>;
  /** Checks every open connection every `credentialCheckMs`, until the returned function is called. */
  recheck(connections: () => Iterable<SubscriberConnection>): () => void;
}

/** Reads a connection_init payload like request headers: case-insensitive names, string values. */
export function credentialsOf(params: Record<string, unknown> | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(params ?? {})) if (typeof value === 'string') map.set(key.toLowerCase(), value);
  return map;
}

export function createConnectionAuth(authenticate: Authenticate, checkEvery: number): ConnectionAuth {
  /**
   * Credential checks, shared by every connection presenting the same credential and reused for
   * `credentialCheckMs`: 1000 subscribers of one API key cost one lookup per interval, not 1000
   * per event (the authenticator's own cache does not merge concurrent misses).
   */
  const checks = new Map<string, { at: number; result: Promise<RequestPrincipal | null> }>();
  function check(conn: SubscriberConnection): Promise<RequestPrincipal | null> {
    const key = `${conn.credentials.get('x-api-key') ?? ''}\n${conn.credentials.get('authorization') ?? ''}`;
    const now = Date.now();
    const known = checks.get(key);
    if (known && now - known.at < checkEvery) return known.result;
    const result = authenticate(conn.credentials, conn.ip).then(
      (p) => p,
      () => null,
    );
    checks.set(key, { at: now, result });
    if (checks.size > 10_000) checks.delete(checks.keys().next().value!);
    return result;
  }

  async function stillValid(conn: SubscriberConnection): Promise<RequestPrincipal | null> {
    if (conn.closed) return null;
    const principal = await check(conn);
    if (principal && principal.tenantId === conn.principal.tenantId && principal.principal === conn.principal.principal) {
      return principal;
    }
    if (!conn.closed) {
      conn.closed = true;
      conn.socket.close(CLOSE_FORBIDDEN, 'Forbidden: the credential was revoked or has expired.');
    }
    return null;
  }

  return {
    async connect(params, socket, ip) {
      const credentials = credentialsOf(params);
      let principal: RequestPrincipal;
      try {
        principal = await authenticate(credentials, ip);
      } catch {
        return null;
      }
      if (principal.principal === ANONYMOUS) return null;
      const { requestId: _requestId, ...who } = principal;
      const clientName = credentials.get('apollographql-client-name') ?? credentials.get('clientname');
      return { socket, credentials, ip, principal: who, clientName, queued: 0, subs: new Set(), closed: false };
    },
    stillValid,
    recheck(connections) {
      const timer = setInterval(() => {
        for (const conn of connections()) void stillValid(conn);
      }, checkEvery);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
