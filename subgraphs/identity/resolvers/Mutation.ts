import { UserErrors } from '../../../lib/errors';
import { assertNoUserErrors, runMutation, unlessTaken } from '../../../lib/mutation';
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from '../../../lib/passwords';
import { runWithTenant } from '../../../lib/tenancy';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { audit } from '../audit';
import {
  accountThrottleKey,
  invalidCredentials,
  ipThrottleKey,
  throttleRefusal,
  validateNewApiKey,
  validateNewUser,
} from '../domain/credentials';
import { createApiKey, type ApiKeyDoc, type TenantDoc, type UserDoc } from '../models';
import { issueTokens, loginThrottle, revokeFamily, withRefreshSession, type TokenSettings } from '../sessions';

export function identityMutations(settings: TokenSettings): MutationResolvers {
  return {
    login: (_, { input }, { models, ip, requestId }) =>
      runMutation(async () => {
        const throttle = loginThrottle(models);
        const accountKey = accountThrottleKey(input.tenant, input.email);
        const [account, address] = await throttle.failures([accountKey, ipThrottleKey(ip)]);
        const tenant = await models.Tenant.findOne({ slug: input.tenant.trim().toLowerCase() }).lean<TenantDoc>();
        const actor = input.email.trim().toLowerCase().slice(0, 254);
        const inTenant = <T>(work: () => Promise<T>) => (tenant ? runWithTenant(tenant._id.toString(), work) : null);
        const refusal = throttleRefusal({ account, ip: address });
        if (refusal) {
          await inTenant(() =>
            audit(models, { type: 'LOGIN_THROTTLED', actor, message: 'Sign-in refused: too many failures.', ip, requestId }),
          );
          throw new UserErrors([refusal]);
        }
        const user = (await inTenant(() => models.User.findOne({ emailKey: actor }).lean<UserDoc>())) ?? null;
        // Verify against a dummy hash when there is no such user, so timing does not tell either.
        const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        if (!user || !passwordOk || user.disabledAt) {
          await throttle.fail([accountKey, ipThrottleKey(ip)]);
          await inTenant(() => audit(models, { type: 'LOGIN_FAILED', actor, message: 'Sign-in failed.', ip, requestId }));
          throw new UserErrors([invalidCredentials()]);
        }
        await throttle.clear(accountKey);
        return runWithTenant(user.tenantId, async () => {
          await audit(models, { type: 'LOGIN_SUCCEEDED', actor: `user:${user._id}`, message: 'Signed in.', ip, requestId });
          return issueTokens(models, settings, user, { ip });
        });
      }),

    refreshToken: (_, { input }, { models, ip, requestId }) =>
      runMutation(() =>
        withRefreshSession(models, input.refreshToken, { ip, requestId }, async (session) => {
          const user = await models.User.findById(session.userId).lean<UserDoc>();
          if (!user || user.disabledAt) throw new UserErrors([invalidCredentials()]);
          await models.Session.updateOne({ _id: session._id }, { $set: { rotatedAt: new Date() } });
          return issueTokens(models, settings, user, { familyId: session.familyId, ip });
        }),
      ),

    logout: (_, { input }, { models, ip, requestId }) =>
      runMutation(() =>
        withRefreshSession(models, input.refreshToken, { ip, requestId }, async (session) => {
          await revokeFamily(models, session.familyId);
          await audit(models, { type: 'LOGGED_OUT', actor: `user:${session.userId}`, message: 'Signed out.', ip, requestId });
          return {};
        }),
      ),

    createUser: (_, { input }, { models, principal, ip, requestId }) =>
      runMutation(async () => {
        assertNoUserErrors(validateNewUser(input));
        const email = input.email.trim();
        const created = await unlessTaken(['input', 'email'], `${email} already has an account.`, async () =>
          models.User.create({
            email,
            emailKey: email.toLowerCase(),
            name: input.name.trim(),
            passwordHash: await hashPassword(input.password),
            roles: [...new Set(input.roles)],
          }),
        );
        await audit(models, {
          type: 'USER_CREATED',
          actor: principal,
          message: `Created user ${email} (${input.roles.join(', ')}).`,
          ip,
          requestId,
        });
        return { user: created.toObject() as UserDoc };
      }),

    createApiKey: (_, { input }, { models, tenantId, principal, scopes, ip, requestId }) =>
      runMutation(async () => {
        assertNoUserErrors(validateNewApiKey(input, scopes));
        const { key, record } = await createApiKey(models, tenantId, input.name.trim(), undefined, [...new Set(input.scopes)], {
          createdBy: principal,
          expiresAt: input.expiresAt ?? null,
        });
        await audit(models, {
          type: 'API_KEY_CREATED',
          actor: principal,
          message: `Created API key ${record.prefix}… (${record.scopes.join(' ')}).`,
          ip,
          requestId,
        });
        return { apiKey: record, key };
      }),

    revokeApiKey: (_, { input }, { models, principal, ip, requestId }) =>
      runMutation(async () => {
        const now = new Date();
        const apiKey = await models.ApiKey.findOneAndUpdate(
          { _id: input.id, revokedAt: null },
          { $set: { revokedAt: now } },
          { new: true },
        )
          .lean<ApiKeyDoc>()
          .catch(() => null);
        const result =
          apiKey ??
          (await models.ApiKey.findById(input.id)
            .lean<ApiKeyDoc>()
            .catch(() => null));
        if (!result)
          throw new UserErrors([{ field: ['input', 'id'], message: `API key ${input.id} not found.`, code: 'NOT_FOUND' }]);
        if (apiKey)
          await audit(models, {
            type: 'API_KEY_REVOKED',
            actor: principal,
            message: `Revoked API key ${apiKey.prefix}….`,
            ip,
            requestId,
          });
        return { apiKey: result };
      }),
  };
}
