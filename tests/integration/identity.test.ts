/**
 * The identity subgraph's race-sensitive writes, with two identity services over one database
 * (as two processes would run them): refresh tokens are single-use however many callers present
 * one at once, and failed logins are counted exactly.
 */
import { unrecorded } from '../helpers/query-shapes';
import { randomUUID } from 'node:crypto';
import { ALL_SCOPES } from '../../lib/scopes';
import type { SubgraphService } from '../../lib/subgraph';
import { runWithTenant } from '../../lib/tenancy';
import { SUBGRAPH_FACTORIES } from '../../scripts/platform';
import { accountThrottleKey, LOGIN_WINDOW_MS } from '../../subgraphs/identity/domain/credentials';
import type { IdentityModels } from '../../subgraphs/identity/models';
import { loginThrottle, openSuccessor, successorId } from '../../subgraphs/identity/services/sessions';
import type { SessionDoc, UserDoc } from '../../subgraphs/identity/models';
import { createTenant } from '../../subgraphs/identity/services/tenants';
import { TEST_JWT_SECRET, TEST_SECRET, testMongoUri, uniquePrefix } from '../helpers/db';
import { dataOf, signedGraphql } from '../helpers/graphql';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { refreshToken userErrors { code } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { refreshToken userErrors { code } } }`;
const PASSWORD = 'correct horse battery staple';

describe('identity across processes', () => {
  const dbPrefix = uniquePrefix();
  const services: Array<SubgraphService<IdentityModels>> = [];
  const urls: string[] = [];
  let tenantId: string;
  let models: IdentityModels;

  /** A call to service `n`, signed as the gateway signs it (anonymous unless a tenant is given). */
  const call = (n: number, query: string, variables: Record<string, unknown>, tenant?: string, ip = '198.51.100.7') =>
    signedGraphql<any>(
      urls[n % urls.length],
      'identity',
      query,
      variables,
      tenant
        ? { tenantId: tenant, principal: 'test', scopes: ALL_SCOPES, requestId: randomUUID(), ip }
        : { tenantId: '', principal: 'anonymous', scopes: [], requestId: randomUUID(), ip },
      TEST_SECRET,
    );

  async function createUser(email: string) {
    const { createUser } = dataOf<any>(
      await call(
        0,
        `mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { code } } }`,
        { i: { email, name: email.split('@')[0], password: PASSWORD, roles: ['ADMIN'] } },
        tenantId,
      ),
    );
    expect(createUser.userErrors).toEqual([]);
  }

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const service = (await SUBGRAPH_FACTORIES.identity({
        mongoUri: testMongoUri(),
        dbPrefix,
        signingSecrets: [TEST_SECRET],
        jwtSecrets: [TEST_JWT_SECRET],
        events: { disabled: true },
      })) as SubgraphService<IdentityModels>;
      services.push(service);
      urls.push(await service.listen(0));
    }
    models = services[0].models;
    tenantId = (await createTenant(models, { slug: 'racers', name: 'Racers', currency: 'EUR' }))._id.toString();
  });
  afterAll(async () => {
    await services[0]?.database.connection.dropDatabase().catch(() => undefined);
    await Promise.all(services.map((s) => s.stop()));
  });

  it('lets exactly one of many concurrent uses of a refresh token rotate it, and treats the others as reuse', async () => {
    await createUser('ada@racers.example');
    const signedIn = dataOf<any>(
      await call(0, LOGIN, { i: { tenant: 'racers', email: 'ada@racers.example', password: PASSWORD } }),
    );
    expect(signedIn.login.userErrors).toEqual([]);
    const token = signedIn.login.refreshToken as string;

    const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => call(n, REFRESH, { t: token })));
    const results = answers.map((a) => dataOf<any>(a).refreshToken);
    const rotated = results.filter((r) => r.refreshToken);
    expect(rotated).toHaveLength(1);
    expect(results.filter((r) => !r.refreshToken).map((r) => r.userErrors[0].code)).toEqual(Array(7).fill('INVALID_CREDENTIALS'));
    // The others presented a rotated token: the family is revoked, the winner's new token included.
    const next = dataOf<any>(await call(1, REFRESH, { t: rotated[0].refreshToken })).refreshToken;
    expect(next).toEqual({ refreshToken: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
    const reuses = await runWithTenant(tenantId, () => models.AuditEvent.countDocuments({ type: 'REFRESH_TOKEN_REUSED' }));
    expect(reuses).toBeGreaterThanOrEqual(1);
    // One session was opened by the rotation, besides the login's.
    expect(await runWithTenant(tenantId, () => models.Session.countDocuments({}))).toBe(2);
  });

  it('opens one successor per session even when two claims get through (a server without isolated conditional updates)', async () => {
    await createUser('eve@racers.example');
    const signedIn = dataOf<any>(
      await call(0, LOGIN, { i: { tenant: 'racers', email: 'eve@racers.example', password: PASSWORD } }),
    );
    expect(signedIn.login.userErrors).toEqual([]);
    const settings = { jwtSecrets: [TEST_JWT_SECRET], accessTokenTtlSeconds: 60, refreshTokenTtlMs: 60_000 };
    const caller = { requestId: randomUUID(), ip: '198.51.100.9' };
    const opened = await unrecorded(() =>
      runWithTenant(tenantId, async () => {
        const user = (await models.User.findOne({ email: 'eve@racers.example' }).lean()) as UserDoc;
        const session = (await models.Session.findOne({ userId: user._id.toString() }).lean()) as SessionDoc;
        // Both callers believe they won the claim: FerretDB 1.x can let two conditional updates match.
        const results = await Promise.allSettled([
          openSuccessor(models, settings, user, session, caller),
          openSuccessor(models, settings, user, session, caller),
        ]);
        const sessions = await models.Session.find({ familyId: session.familyId }).lean<SessionDoc[]>();
        return { results, sessions, successor: successorId(session).toString() };
      }),
    );
    expect(opened.results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(opened.sessions.map((s) => s._id.toString()).sort()).toEqual(
      [opened.successor, opened.sessions.find((s) => s._id.toString() !== opened.successor)!._id.toString()].sort(),
    );
    expect(opened.sessions).toHaveLength(2);
    // The loser is a reuse: the family is revoked, so the winner's token is dead too.
    const winner = (opened.results.find((r) => r.status === 'fulfilled') as PromiseFulfilledResult<any>).value;
    const next = dataOf<any>(await call(1, REFRESH, { t: winner.refreshToken })).refreshToken;
    expect(next).toEqual({ refreshToken: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] });
  });

  it('counts every failed login exactly, however many processes count at once', async () => {
    await createUser('tom@racers.example');
    const failures = 12;
    const answers = await Promise.all(
      Array.from({ length: failures }, (_, n) =>
        call(
          n,
          LOGIN,
          { i: { tenant: 'racers', email: 'tom@racers.example', password: 'wrong password!!' } },
          undefined,
          '203.0.113.9',
        ),
      ),
    );
    // Every attempt is counted before its password is checked: exactly 5 get that far, the rest are refused unchecked.
    const codes = answers.map((a) => dataOf<any>(a).login.userErrors[0].code);
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((c) => c === 'THROTTLED')).toHaveLength(failures - 5);
    const [account, address] = await loginThrottle(models).failures([
      accountThrottleKey('racers', 'tom@racers.example'),
      'ip:203.0.113.9',
    ]);
    expect([account, address]).toEqual([failures, failures]);
    const blocked = dataOf<any>(
      await call(
        1,
        LOGIN,
        { i: { tenant: 'racers', email: 'tom@racers.example', password: PASSWORD } },
        undefined,
        '203.0.113.9',
      ),
    );
    expect(blocked.login.userErrors).toEqual([{ code: 'THROTTLED' }]);
  });

  it('deletes expired failure windows', async () => {
    const throttle = loginThrottle(models);
    const longAgo = Date.now() - 3 * LOGIN_WINDOW_MS;
    const windowsOf = async (key: string) =>
      (await unrecorded(() => models.LoginFailure.find({}).lean())).filter((d) => d.key.startsWith(`${key}@`)).length;
    await throttle.attempt(['ip:192.0.2.1'], longAgo);
    expect(await windowsOf('ip:192.0.2.1')).toBe(1);
    await throttle.attempt(['ip:192.0.2.2']);
    expect(await windowsOf('ip:192.0.2.1')).toBe(0);
    expect(await throttle.failures(['ip:192.0.2.2'])).toEqual([1]);
  });
});
