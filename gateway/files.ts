/**
 * Files through the gateway (docs/partners.md#attachments):
 *  - `PUT /uploads/<grant>`: the bytes of an upload granted by `createUpload`. The signed grant is
 *    the credential (tenant, uploader, owner, filename, type and exact size, minutes of life); it is
 *    checked here before any byte is read, the declared length is checked against it, and the
 *    bytes are counted while they stream to the owning subgraph, which stores them in GridFS.
 *  - `GET /files/<subgraph>/<id>` (and `DELETE`): with the caller's own credentials, forwarded
 *    with the signed context; the subgraph checks the tenant and the owner's read (write) scope.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Transform } from 'node:stream';
import { ATTACHMENT_OWNERS, verifyUploadGrant } from '../lib/files';
import { UPLOAD_GRANT_HEADER } from '../lib/attachments';
import { sendJson } from '../lib/http';
import { signContext, type RequestPrincipal } from '../lib/signed-context';
import type { SubgraphName } from '../lib/env';

const FILE_SUBGRAPHS = new Set<string>(Object.values(ATTACHMENT_OWNERS).map((o) => o.subgraph));

export interface FileRoutes {
  secrets: string[];
  subgraphUrls: Record<SubgraphName, string>;
  authenticate(req: IncomingMessage): Promise<RequestPrincipal>;
  requestId: string;
}

const filesUrl = (graphqlUrl: string, rest: string) => graphqlUrl.replace(/\/graphql$/, '') + rest;

/** Serves the file routes; false when `path` is not one of them. */
export async function serveFileRoutes(req: IncomingMessage, res: ServerResponse, path: string, routes: FileRoutes) {
  const upload = /^\/uploads\/([A-Za-z0-9_\-.]+)$/.exec(path);
  if (upload) {
    if (req.method !== 'PUT') return (sendJson(res, 405, { error: 'PUT the bytes to this URL' }, { allow: 'PUT' }), true);
    await forwardUpload(req, res, upload[1], routes);
    return true;
  }
  const file = /^\/files\/([a-z]+)\/([0-9a-f]{24})$/.exec(path);
  if (!file && !path.startsWith('/files/')) return false;
  if (!file || !FILE_SUBGRAPHS.has(file[1])) return (sendJson(res, 404, { error: 'attachment not found' }), true);
  if (req.method !== 'GET' && req.method !== 'DELETE') return (sendJson(res, 405, { error: 'GET or DELETE' }), true);
  let principal: RequestPrincipal;
  try {
    principal = await routes.authenticate(req);
  } catch (err) {
    return (sendJson(res, 401, { error: (err as Error).message }), true);
  }
  if (!principal.tenantId)
    return (sendJson(res, 401, { error: 'Authentication required: send an x-api-key header or a bearer token.' }), true);
  const subgraph = file[1] as SubgraphName;
  const rest = `/files/${file[2]}`;
  const answer = await fetch(filesUrl(routes.subgraphUrls[subgraph], rest), {
    method: req.method,
    headers: signContext(principal, routes.secrets[0], { subgraph, body: `${req.method} ${rest}` }),
  });
  await relay(answer, res);
  return true;
}

async function forwardUpload(req: IncomingMessage, res: ServerResponse, token: string, routes: FileRoutes) {
  const verified = verifyUploadGrant(token, routes.secrets);
  if (!verified.ok) return sendJson(res, 403, { error: verified.reason, code: 'UPLOAD_URL_REFUSED' });
  const grant = verified.grant;
  const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  if (declared !== undefined && declared > grant.size) {
    res.setHeader('connection', 'close');
    return sendJson(res, 413, { error: `The upload URL allows ${grant.size} bytes, not ${declared}.`, code: 'FILE_TOO_LARGE' });
  }
  const contentType = String(req.headers['content-type'] ?? grant.contentType)
    .split(';')[0]
    .trim();
  if (contentType !== grant.contentType) {
    return sendJson(res, 415, {
      error: `The upload URL is for ${grant.contentType}, not ${contentType}.`,
      code: 'CONTENT_TYPE_MISMATCH',
    });
  }
  const subgraph = ATTACHMENT_OWNERS[grant.ownerType].subgraph as SubgraphName;
  // Counted on the way: a body longer than granted is cut off here, whatever Content-Length said.
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > grant.size) return done(new Error('FILE_TOO_LARGE'));
      done(null, chunk);
    },
  });
  req.pipe(counter);
  const principal: RequestPrincipal = {
    tenantId: grant.tenantId,
    principal: grant.principal,
    scopes: [],
    requestId: routes.requestId,
  };
  let answer: Response;
  try {
    answer = await fetch(filesUrl(routes.subgraphUrls[subgraph], '/files'), {
      method: 'PUT',
      headers: {
        ...signContext(principal, routes.secrets[0], { subgraph, body: token }),
        [UPLOAD_GRANT_HEADER]: token,
        'content-type': 'application/octet-stream',
      },
      body: Readable.toWeb(counter) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
  } catch (err) {
    if (seen > grant.size) {
      res.setHeader('connection', 'close');
      return sendJson(res, 413, { error: `The upload URL allows ${grant.size} bytes.`, code: 'FILE_TOO_LARGE' });
    }
    throw err;
  }
  await relay(answer, res);
}

/** The subgraph's answer, streamed back as it is (status, type, length, disposition). */
async function relay(answer: Response, res: ServerResponse) {
  const headers: Record<string, string> = {};
  for (const name of ['content-type', 'content-length', 'content-disposition', 'x-content-type-options']) {
    const value = answer.headers.get(name);
    if (value) headers[name] = value;
  }
  res.writeHead(answer.status, headers);
  if (!answer.body) return void res.end();
  await new Promise<void>((resolve, reject) => {
    const body = Readable.fromWeb(answer.body as never);
    body.on('error', reject);
    res.on('finish', resolve);
    body.pipe(res);
  });
}
