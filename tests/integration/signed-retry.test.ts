/**
 * The gateway's subgraph fetch against a real HTTP server standing in for a subgraph: a signed
 * context refused as expired (it waited past its window in transit, as on a loaded machine) is sent
 * once more, freshly signed; any other refusal is not.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignedDataSource } from '../../gateway/index';
import { createServiceMetrics } from '../../lib/metrics';
import { CONTEXT_HEADER } from '../../lib/signed-context';
import type { GatewayContext } from '../../gateway/context';

const refusal = (reason: string) =>
  JSON.stringify({ errors: [{ message: `Subgraph refused the request: ${reason}.`, extensions: { code: 'UNAUTHENTICATED' } }] });

let server: Server;
let url = '';
let answers: Array<[number, string]> = [];
const contexts: string[] = [];

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    contexts.push(String(req.headers[CONTEXT_HEADER.toLowerCase()] ?? ''));
    req.resume();
    req.on('end', () => {
      const [status, body] = answers.shift() ?? [500, '{}'];
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  contexts.length = 0;
});

function fetchThrough(source: SignedDataSource) {
  const principal = { tenantId: 't1', principal: 'user:u1', scopes: ['customers:read'], requestId: 'r1' };
  return source.process({
    kind: 'incoming operation',
    request: { query: '{ x }', http: { method: 'POST', url, headers: new Headers() } },
    context: { principal } as unknown as GatewayContext,
    incomingRequestContext: {},
  } as never);
}

describe('signed subgraph fetches', () => {
  const source = () =>
    new SignedDataSource('customers', url, 'a-test-signing-secret-of-32-bytes!!', 5_000, createServiceMetrics('test'));

  it('send once more, freshly signed, when the subgraph refused the context as expired', async () => {
    answers = [
      [401, refusal('expired gateway context')],
      [200, JSON.stringify({ data: { x: 1 } })],
    ];
    const response = await fetchThrough(source());
    expect(response.data).toEqual({ x: 1 });
    expect(contexts).toHaveLength(2);
    expect(contexts[0]).not.toEqual(contexts[1]); // a new issue time and id, not the refused one again
  });

  it('do not send again for any other refusal', async () => {
    answers = [
      [401, refusal('invalid gateway signature')],
      [200, JSON.stringify({ data: { x: 1 } })],
    ];
    await expect(fetchThrough(source())).rejects.toThrow('401');
    expect(contexts).toHaveLength(1);
    answers = [];
  });
});
