/**
 * Managing the people who sign in, through the gateway: an admin corrects a user's name and roles
 * (only within the admin's own scopes, never leaving the tenant without an ADMIN), disables and
 * enables them, and a user changes their own password. Whatever takes access away revokes the
 * user's sessions: their access and refresh tokens stop working. Every change is audited.
 */
import { createApiKey } from '../../subgraphs/identity/services/api-keys';
import { graphql } from '../helpers/graphql';
import { startTestPlatform, type TestPlatform } from '../helpers/platform';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken user { id email roles } userErrors { code } } }`;
const REFRESH = `mutation($t: String!) { refreshToken(input: { refreshToken: $t }) { accessToken userErrors { code } } }`;
const ME = `{ me { principal scopes user { email } } }`;
const USER = `user { id name roles scopes disabledAt version }`;
const UPDATE = `mutation($i: UpdateUserInput!) { updateUser(input: $i) { ${USER} userErrors { field code message } } }`;
const DISABLE = `mutation($id: ID!) { disableUser(input: { id: $id }) { ${USER} userErrors { field code } } }`;
const ENABLE = `mutation($id: ID!) { enableUser(input: { id: $id }) { ${USER} userErrors { field code } } }`;
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken refreshToken userErrors { field code } } }`;
const PASSWORD = 'correct horse battery staple';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let platform: TestPlatform;
const anonymous = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  graphql(platform.gatewayUrl, query, variables, headers);
const bearer = (token: string, query: string, variables: Record<string, unknown> = {}) =>
  anonymous(query, variables, { authorization: `Bearer ${token}` });
const login = async (email: string, password = PASSWORD, tenant = 'alpha') =>
  (await anonymous(LOGIN, { i: { tenant, email, password } })).data!.login;
const codes = (payload: { userErrors: Array<{ code: string }> }) => payload.userErrors.map((e) => e.code);

async function createUser(email: string, roles: string[]): Promise<string> {
  const { createUser } = await platform.tenantA.data(
    `mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } userErrors { code } } }`,
    { i: { email, name: email.split('@')[0], password: PASSWORD, roles } },
  );
  expect(createUser.userErrors).toEqual([]);
  return createUser.user.id;
}

async function auditTypes(): Promise<string[]> {
  const { auditLog } = await platform.tenantA.data(`{ auditLog(first: 100) { edges { node { type message } } } }`);
  return auditLog.edges.map((e: any) => e.node.type);
}

beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

describe('updateUser', () => {
  it('renames and re-roles a user; losing a scope ends their sessions, gaining one does not', async () => {
    const id = await createUser('sam@alpha.example', ['SALES']);
    const session = await login('sam@alpha.example');
    const { node: before } = await platform.tenantA.data(
      `query($id: ID!) { node(id: $id) { ... on User { id name roles version } } }`,
      {
        id,
      },
    );
    const promoted = (
      await platform.tenantA.data(UPDATE, {
        i: { id, expectedVersion: before.version, name: 'Sam Seller', roles: ['SALES', 'FINANCE'] },
      })
    ).updateUser;
    expect(promoted.userErrors).toEqual([]);
    expect(promoted.user).toMatchObject({ name: 'Sam Seller', roles: ['SALES', 'FINANCE'], version: before.version + 1 });
    expect(promoted.user.scopes).toEqual(expect.arrayContaining(['finance:write', 'sales:write']));
    await sleep(250); // the gateway caches session state for 200 ms in tests
    expect((await bearer(session.accessToken, ME)).data.me.user.email).toBe('sam@alpha.example');

    const demoted = (await platform.tenantA.data(UPDATE, { i: { id, roles: ['VIEWER'] } })).updateUser;
    expect(demoted.user.roles).toEqual(['VIEWER']);
    await sleep(250);
    expect((await bearer(session.accessToken, ME)).status).toBe(401);
    expect((await anonymous(REFRESH, { t: session.refreshToken })).data.refreshToken.userErrors[0].code).toBe(
      'INVALID_CREDENTIALS',
    );
    // Signing in again gives the new roles' scopes.
    const again = await login('sam@alpha.example');
    expect((await bearer(again.accessToken, ME)).data.me.scopes).not.toContain('sales:write');

    expect(
      codes((await platform.tenantA.data(UPDATE, { i: { id, expectedVersion: before.version, name: 'Stale' } })).updateUser),
    ).toEqual(['CONFLICT']);
    expect(codes((await platform.tenantA.data(UPDATE, { i: { id, roles: [] } })).updateUser)).toEqual(['REQUIRED']);
    expect(codes((await platform.tenantA.data(UPDATE, { i: { id, name: ' ' } })).updateUser)).toEqual(['REQUIRED']);
    expect(codes((await platform.tenantB.data(UPDATE, { i: { id, name: 'Theirs' } })).updateUser)).toEqual(['NOT_FOUND']);
    const types = await auditTypes();
    expect(types.filter((t) => t === 'USER_UPDATED')).toHaveLength(2);
  });

  it('grants and takes away only roles within the caller’s own scopes', async () => {
    const id = await createUser('fin@alpha.example', ['FINANCE']);
    // An identity admin that is not a full ADMIN: it holds identity:admin and sales, not finance.
    const { key } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'people admin', undefined, [
      'identity:admin',
      'customers:read',
      'customers:write',
      'sales:read',
      'sales:write',
      'inventory:read',
      'finance:read',
      'hr:read',
      'operations:read',
      'reports:read',
    ]);
    const asPeopleAdmin = (q: string, v: Record<string, unknown>) => anonymous(q, v, { 'x-api-key': key });
    const grant = (await asPeopleAdmin(UPDATE, { i: { id, roles: ['FINANCE', 'ADMIN'] } })).data.updateUser;
    expect(grant.userErrors).toEqual([expect.objectContaining({ field: ['input', 'roles', '1'], code: 'INVALID' })]);
    // Taking FINANCE away would need finance:write, which this caller lacks.
    const take = (await asPeopleAdmin(UPDATE, { i: { id, roles: ['SALES'] } })).data.updateUser;
    expect(codes(take)).toEqual(['INVALID']);
    const { node } = await platform.tenantA.data(`query($id: ID!) { node(id: $id) { ... on User { roles } } }`, { id });
    expect(node.roles).toEqual(['FINANCE']);
    // Renaming is within its reach.
    expect(codes((await asPeopleAdmin(UPDATE, { i: { id, name: 'Fin' } })).data.updateUser)).toEqual([]);
  });
});

describe('disableUser and enableUser', () => {
  it('refuses sign-in and ends every session until enabled again; never yourself or the last ADMIN', async () => {
    const id = await createUser('dora@alpha.example', ['SUPPORT']);
    const [one, two] = [await login('dora@alpha.example'), await login('dora@alpha.example')];
    const disabled = (await platform.tenantA.data(DISABLE, { id })).disableUser;
    expect(disabled.userErrors).toEqual([]);
    expect(disabled.user.disabledAt).toMatch(/Z$/);
    await sleep(250);
    for (const session of [one, two]) {
      expect((await bearer(session.accessToken, ME)).status).toBe(401);
      expect((await anonymous(REFRESH, { t: session.refreshToken })).data.refreshToken.userErrors[0].code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    expect((await login('dora@alpha.example')).userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    // Disabling again is a no-op (same version).
    expect((await platform.tenantA.data(DISABLE, { id })).disableUser.user.version).toBe(disabled.user.version);

    const enabled = (await platform.tenantA.data(ENABLE, { id })).enableUser;
    expect(enabled.user.disabledAt).toBeNull();
    expect((await login('dora@alpha.example')).userErrors).toEqual([]);
    expect(codes((await platform.tenantB.data(DISABLE, { id })).disableUser)).toEqual(['NOT_FOUND']);
    expect(await login('dora@alpha.example').then((s) => s.userErrors)).toEqual([]);

    // The only ADMIN user cannot disable itself, nor be disabled or demoted by anyone else.
    const adminId = await createUser('root@alpha.example', ['ADMIN']);
    const root = await login('root@alpha.example');
    expect(codes((await bearer(root.accessToken, DISABLE, { id: adminId })).data.disableUser)).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes((await platform.tenantA.data(DISABLE, { id: adminId })).disableUser)).toEqual(['ILLEGAL_TRANSITION']);
    expect(codes((await platform.tenantA.data(UPDATE, { i: { id: adminId, roles: ['VIEWER'] } })).updateUser)).toEqual([
      'ILLEGAL_TRANSITION',
    ]);
    const second = await createUser('root2@alpha.example', ['ADMIN']);
    expect(codes((await platform.tenantA.data(DISABLE, { id: adminId })).disableUser)).toEqual([]);
    expect(codes((await platform.tenantA.data(ENABLE, { id: adminId })).enableUser)).toEqual([]);
    expect(second).toBeTruthy();
    const types = await auditTypes();
    expect(types).toEqual(expect.arrayContaining(['USER_DISABLED', 'USER_ENABLED']));
  });

  it('needs identity:admin', async () => {
    const id = await createUser('nobody@alpha.example', ['VIEWER']);
    const { key } = await createApiKey(platform.gateway.identity, platform.tenantA.id, 'reader', undefined, ['customers:read']);
    const refused = await anonymous(DISABLE, { id }, { 'x-api-key': key });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await login('nobody@alpha.example')).userErrors).toEqual([]);
  });
});

describe('changePassword', () => {
  it('checks the current password, ends every other session and hands back a new one', async () => {
    await createUser('pat@alpha.example', ['VIEWER']);
    const [a, b] = [await login('pat@alpha.example'), await login('pat@alpha.example')];
    const wrong = (
      await bearer(a.accessToken, CHANGE, { i: { currentPassword: 'not my password', newPassword: 'a brand new passphrase' } })
    ).data.changePassword;
    expect(wrong.userErrors).toEqual([{ field: ['input', 'currentPassword'], code: 'INVALID_CREDENTIALS' }]);
    const short = (await bearer(a.accessToken, CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'short' } })).data
      .changePassword;
    expect(short.userErrors).toEqual([{ field: ['input', 'newPassword'], code: 'INVALID' }]);
    const same = (await bearer(a.accessToken, CHANGE, { i: { currentPassword: PASSWORD, newPassword: PASSWORD } })).data
      .changePassword;
    expect(codes(same)).toEqual(['INVALID']);
    // Nothing changed so far: both sessions work.
    expect((await bearer(b.accessToken, ME)).data.me.user.email).toBe('pat@alpha.example');

    const changed = (
      await bearer(a.accessToken, CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' } })
    ).data.changePassword;
    expect(changed).toMatchObject({ userErrors: [], accessToken: expect.any(String), refreshToken: expect.any(String) });
    await sleep(250);
    for (const old of [a, b]) expect((await bearer(old.accessToken, ME)).status).toBe(401);
    expect((await bearer(changed.accessToken, ME)).data.me.user.email).toBe('pat@alpha.example');
    expect((await login('pat@alpha.example')).userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await login('pat@alpha.example', 'a brand new passphrase')).userErrors).toEqual([]);
    expect(await auditTypes()).toContain('PASSWORD_CHANGED');
  });

  it('is for signed-in users: an API key has no password, no credentials is UNAUTHENTICATED', async () => {
    const asKey = (await platform.tenantA.query(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'another passphrase!' } }))
      .data!.changePassword;
    expect(codes(asKey)).toEqual(['INVALID']);
    const nobody = await anonymous(CHANGE, { i: { currentPassword: PASSWORD, newPassword: 'another passphrase!' } });
    expect(nobody.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
