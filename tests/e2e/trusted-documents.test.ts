/**
 * Trusted documents through the real gateway (TRUSTED_DOCUMENTS=enforce): the example client's
 * operations are published with the publish script's own function, then a published operation is
 * served (by hash alone and with its text), an unpublished one is refused before anything runs
 * (HTTP and WebSocket), a partner key holding `documents:arbitrary` runs anything, and a user's
 * session never does. `log` serves everything and counts what was not published.
 */
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import {
  APP_NAME,
  APP_VERSION,
  Customer360Document,
  PERSISTED_DOCUMENTS,
  customer360,
  persisted,
} from '../../examples/typed-client';
import { ARBITRARY_OPERATIONS_SCOPE, documentHash, publishDocuments } from '../../gateway/trusted-documents';
import { parsePublishArgs } from '../../scripts/documents-publish';
import { createCustomer } from '../helpers/fixtures';
import { waitUntil } from '../helpers/flows';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

jest.setTimeout(120_000);

const PASSWORD = 'correct horse battery staple';
const CREATE_KEY = `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key userErrors { code } } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { code } } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken userErrors { code } } }`;
const UNPUBLISHED = `{ customers(first: 1) { edges { node { id name } } } }`;
const app = (name = APP_NAME) => ({ 'apollographql-client-name': name, 'apollographql-client-version': APP_VERSION });

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('trusted documents', () => {
  let platform: TestPlatform;
  /** A key as an app's backend would hold it: every domain scope, not documents:arbitrary. */
  let appKey: string;
  let partnerKey: string;
  let customerId: string;

  beforeAll(async () => {
    platform = await startTestPlatform({ trustedDocuments: 'enforce' });
    // The test tenant's own key holds every scope, documents:arbitrary included: the set-up runs as a partner would.
    const scopes = ['customers:read', 'sales:read', 'finance:read', 'inventory:read', 'identity:admin'];
    const made = await platform.tenantA.data(CREATE_KEY, { i: { name: 'app backend', scopes } });
    appKey = made.createApiKey.key;
    partnerKey = (
      await platform.tenantA.data(CREATE_KEY, { i: { name: 'partner', scopes: [...scopes, ARBITRARY_OPERATIONS_SCOPE] } })
    ).createApiKey.key;
    customerId = await createCustomer(platform.tenantA, 'Trusted Ltd');
  });
  afterAll(() => platform?.stop());

  it('refuses every operation of a non-exempt key until its app publishes it, then serves it by hash alone', async () => {
    const { hash, text } = persisted(Customer360Document);
    const byHash = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { id: customerId } };
    // Not published yet: the hash is unknown, and the text is refused (nothing runs, nothing is registered).
    expect((await post(platform.gatewayUrl, byHash, { 'x-api-key': appKey, ...app() })).body.errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    const withText = await post(platform.gatewayUrl, { ...byHash, query: text }, { 'x-api-key': appKey, ...app() });
    expect([withText.status, withText.body.errors[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_IN_LIST']);
    expect(withText.body.data).toBeUndefined();
    expect((await post(platform.gatewayUrl, byHash, { 'x-api-key': appKey, ...app() })).body.errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    // The release publishes the manifest codegen wrote (the script's own parsing and function).
    const input = parsePublishArgs(['--app', APP_NAME, '--version', APP_VERSION]);
    expect(await publishDocuments(platform.gateway.identity.TrustedDocument, input)).toEqual({
      app: APP_NAME,
      version: APP_VERSION,
      documents: Object.keys(PERSISTED_DOCUMENTS).length,
      added: Object.keys(PERSISTED_DOCUMENTS).length,
    });
    // Again: nothing new. A next version that ships the same documents adds only its version.
    expect((await publishDocuments(platform.gateway.identity.TrustedDocument, input)).added).toBe(0);
    expect((await publishDocuments(platform.gateway.identity.TrustedDocument, { ...input, version: '1.0.1' })).added).toBe(0);
    const stored = await platform.gateway.identity.TrustedDocument.findOne({ app: APP_NAME, hash }).lean();
    expect(stored!.versions.sort()).toEqual(['1.0.0', '1.0.1']);

    // Published: served by hash alone (the gateway never saw the text from a client), with the sender's
    // data, within a second (a miss is remembered that long).
    const served = await waitUntil(
      'the published document served',
      () => post(platform.gatewayUrl, byHash, { 'x-api-key': appKey, ...app() }),
      (r) => !r.body.errors,
    );
    expect(served.status).toBe(200);
    expect(served.body.errors).toBeUndefined();
    expect(served.body.data.customer).toMatchObject({ id: customerId, name: 'Trusted Ltd' });
    // The example client end to end (hash first, text on a miss) runs under enforce.
    expect(await customer360(platform.gatewayUrl, appKey, customerId)).toMatchObject({ name: 'Trusted Ltd' });
    // Another tenant sending the same hash gets its own data: documents are shared, data never.
    const other = await post(platform.gatewayUrl, byHash, { 'x-api-key': platform.tenantB.key, ...app() });
    expect(other.body.data.customer).toBeNull();
  });

  it('refuses an operation published by another app, or sent without an app name', async () => {
    const { hash, text } = persisted(Customer360Document);
    const body = { query: text, variables: { id: customerId }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    const otherApp = await post(platform.gatewayUrl, body, { 'x-api-key': appKey, ...app('mobile') });
    expect([otherApp.status, otherApp.body.errors[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_IN_LIST']);
    expect(otherApp.body.errors[0].message).toBe(`This operation (${hash}) is not published for the app "mobile".`);
    const unnamed = await post(platform.gatewayUrl, body, { 'x-api-key': appKey });
    expect(unnamed.body.errors[0]).toMatchObject({ extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } });
    // A document that is published, but altered by one character, is another document.
    const altered = await graphql(
      platform.gatewayUrl,
      text.replace('name', 'name '),
      { id: customerId },
      { 'x-api-key': appKey, ...app() },
    );
    expect(altered.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('lets a partner key holding documents:arbitrary run any operation; a session never is exempt', async () => {
    const partner = await graphql(platform.gatewayUrl, UNPUBLISHED, {}, { 'x-api-key': partnerKey });
    expect(partner.errors).toBeUndefined();
    expect(partner.data).toMatchObject({ customers: { edges: [expect.anything()] } });
    const notExempt = await graphql(platform.gatewayUrl, UNPUBLISHED, {}, { 'x-api-key': appKey });
    expect(notExempt.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');

    // An ADMIN user holds every scope, documents:arbitrary too; their session is still an app's user.
    const user = await graphql(
      platform.gatewayUrl,
      CREATE_USER,
      { i: { email: 'ada@alpha.example', name: 'Ada', password: PASSWORD, roles: ['ADMIN'] } },
      {
        'x-api-key': platform.tenantA.key,
      },
    );
    expect(user.data).toMatchObject({ createUser: { userErrors: [] } });
    // Signing in is itself an operation: unpublished, it is refused too (an app publishes its login).
    const unpublishedLogin = await graphql(platform.gatewayUrl, LOGIN, {
      i: { tenant: 'alpha', email: 'ada@alpha.example', password: PASSWORD },
    });
    expect(unpublishedLogin.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    await publishDocuments(platform.gateway.identity.TrustedDocument, {
      app: 'web',
      version: '7',
      documents: { [documentHash(LOGIN)]: LOGIN },
    });
    await new Promise((r) => setTimeout(r, 1_100)); // the miss is remembered for a second
    const signedIn = await graphql(
      platform.gatewayUrl,
      LOGIN,
      { i: { tenant: 'alpha', email: 'ada@alpha.example', password: PASSWORD } },
      app('web'),
    );
    expect(signedIn.errors).toBeUndefined();
    const token = signedIn.data.login.accessToken;
    const session = await graphql(platform.gatewayUrl, UNPUBLISHED, {}, { authorization: `Bearer ${token}`, ...app('web') });
    expect(session.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('refuses an unpublished subscription over the WebSocket, and serves a published one', async () => {
    const SUB = `subscription { orderStatusChanged { id status } }`;
    const subscribeOnce = (clientName: string) =>
      new Promise<any>((resolve) => {
        const client = createClient({
          url: platform.gatewayUrl.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { 'x-api-key': appKey, 'apollographql-client-name': clientName },
          retryAttempts: 0,
        });
        const done = (outcome: unknown) => {
          dispose();
          void client.dispose();
          resolve(outcome);
        };
        const dispose = client.subscribe(
          { query: SUB },
          { next: () => undefined, error: (e) => done({ error: e }), complete: () => done({ complete: true }) },
        );
        // A subscription accepted stays open: give it a moment, then it counts as served.
        setTimeout(() => done({ open: true }), 1500);
      });
    const refused = await subscribeOnce('web');
    expect(refused.error?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    await publishDocuments(platform.gateway.identity.TrustedDocument, {
      app: 'web',
      version: '8',
      documents: { [documentHash(SUB)]: SUB },
    });
    await new Promise((r) => setTimeout(r, 1_100)); // the miss is remembered for a second
    expect(await subscribeOnce('web')).toEqual({ open: true });
  });

  it('checks a manifest whole before publishing anything', async () => {
    const good = `{ __typename }`;
    await expect(
      publishDocuments(platform.gateway.identity.TrustedDocument, {
        app: 'web',
        version: '9',
        documents: { [documentHash(good)]: good, [documentHash('x')]: '{ not valid', ['0'.repeat(64)]: good },
      }),
    ).rejects.toThrow(/Nothing published: .*does not hash to it/);
    expect(await platform.gateway.identity.TrustedDocument.countDocuments({ app: 'web', versions: '9' })).toBe(0);
  });
});

describe('trusted documents in log mode', () => {
  let platform: TestPlatform;
  afterAll(() => platform?.stop());

  it('serves an unpublished operation (and logs it)', async () => {
    platform = await startTestPlatform({ trustedDocuments: 'log' });
    const made = await platform.tenantA.data(CREATE_KEY, { i: { name: 'app backend', scopes: ['customers:read'] } });
    const response = await graphql(platform.gatewayUrl, UNPUBLISHED, {}, { 'x-api-key': made.createApiKey.key, ...app() });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ customers: { edges: [] } });
  });
});
