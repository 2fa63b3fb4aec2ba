/** Serving an ApolloServer on Node's own http server: one small adapter, used by the gateway and every subgraph. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export async function readBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `Request body exceeds ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, `Request body exceeds ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** A GraphQL-shaped error response for failures before GraphQL execution (401, 413...). */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Runs one HTTP request through Apollo Server with the given context. */
export async function executeApollo<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<TContext>,
  bodyLimit = DEFAULT_BODY_LIMIT,
  /** The body when the caller has read it already (a subgraph checks its hash against the signature first). */
  bodyText?: string,
): Promise<void> {
  const headers = headerMap(req);
  const url = new URL(req.url ?? '/', 'http://localhost');
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = bodyText ?? (await readBody(req, bodyLimit));
    const contentType = headers.get('content-type') ?? '';
    if (contentType.includes('json')) {
      try {
        body = text.length ? JSON.parse(text) : undefined;
      } catch {
        throw new HttpError(400, 'Request body is not valid JSON.');
      }
    } else {
      body = text;
    }
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

export interface HttpService {
  /** The Node server itself (e.g. for a WebSocket upgrade on the same port). */
  server: Server;
  /** Starts listening; resolves to the service's GraphQL endpoint URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * A Node http server around one request handler, with the error handling every service shares:
 * HttpError -> its status, anything else -> a masked 500 that is logged.
 */
export function httpService(
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void },
  handle: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void> | void,
): HttpService {
  const server: Server = createServer(async (req, res) => {
    try {
      await handle(req, res, (req.url ?? '/').split('?')[0]);
    } catch (err) {
      if (err instanceof HttpError) return sendGraphQLError(res, err.status, 'BAD_USER_INPUT', err.message);
      log.error({ err }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;
  return {
    server,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          const url = `http://${shown}:${(server.address() as AddressInfo).port}/graphql`;
          log.info({ url }, 'listening');
          resolve(url);
        });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
