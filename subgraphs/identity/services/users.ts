/**
 * Users: created and corrected by an admin of the tenant, with a hashed password and roles within
 * the admin's own scopes; disabled and enabled again; a user changes their own password. Whatever
 * takes access away (fewer roles, disabling, a new password) revokes the user's sessions, so no
 * access token carrying the old grant works afterwards.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors } from '../../../lib/mutation';
import { hashPassword, verifyPassword } from '../../../lib/passwords';
import { ROLE_SCOPES, type Role } from '../../../lib/scopes';
import { requireText } from '../../../lib/validation';
import { findOneByIdInTenant } from '../../../lib/tenancy';
import { changedFields, insert, update } from '../../../lib/write';
import { invalidCredentials, passwordProblems, ungrantableRoles, validateNewUser } from '../domain/credentials';
import { userCreated } from '../events/publish';
import type { IdentityModels, UserDoc } from '../models';
import { audit, byCaller, type Caller } from './audit';
import { issueTokens, revokeFamily, type IssuedTokens, type TokenSettings } from './sessions';
import { newNodeId } from '../../../lib/node-id';

export async function createUser(
  models: IdentityModels,
  input: { email: string; name: string; password: string; roles: Role[] },
  caller: Caller & { scopes: string[] },
): Promise<UserDoc> {
  assertNoUserErrors(validateNewUser(input, caller.scopes));
  const email = input.email.trim();
  const id = newNodeId('User');
  const user = await insert<UserDoc>(
    models.User,
    {
      _id: id,
      email,
      emailKey: email.toLowerCase(),
      name: input.name.trim(),
      passwordHash: await hashPassword(input.password),
      roles: [...new Set(input.roles)],
    },
    {
      taken: { field: ['input', 'email'], message: `${email} already has an account.` },
      events: [userCreated(id.toString(), email, input.name.trim())],
    },
  );
  await audit(models, byCaller(caller, 'USER_CREATED', `Created user ${email} (${input.roles.join(', ')}).`));
  return user;
}

type Admin = Caller & { scopes: string[] };

/** Every live session family of a user revoked: refresh tokens and, through `sid`, access tokens. */
export async function revokeUserSessions(models: IdentityModels, userId: string): Promise<number> {
  const families = await models.Session.find({ userId, revokedAt: null }, { _id: 1, familyId: 1, userId: 1 })
    .limit(1000)
    .lean<Array<{ _id: mongoose.Types.ObjectId; familyId: string; userId: string }>>();
  const heads = new Map(families.map((s) => [s.familyId, s]));
  for (const session of heads.values()) await revokeFamily(models, session);
  return heads.size;
}

/** Refuses a change that would leave the tenant without an enabled ADMIN other than `userId`. */
async function keepAnAdmin(models: IdentityModels, userId: string, field: string[]): Promise<void> {
  const other = await models.User.exists({
    _id: mongoose.trusted({ $ne: new mongoose.Types.ObjectId(userId) }),
    roles: 'ADMIN',
    disabledAt: null,
  });
  if (!other) throw new UserErrors([userError(field, 'The tenant must keep at least one enabled ADMIN.', 'ILLEGAL_TRANSITION')]);
}

const scopesOf = (roles: Role[]) => new Set(roles.flatMap((r) => ROLE_SCOPES[r] ?? []));
const lostScopes = (before: Role[], after: Role[]) => [...scopesOf(before)].some((scope) => !scopesOf(after).has(scope));

/**
 * Corrects a user's name and roles. The caller may only grant and take away roles within its own
 * scopes; losing a scope revokes the user's sessions (their tokens carry the old scopes).
 */
export async function updateUser(
  models: IdentityModels,
  input: { id: string; expectedVersion?: number | null; name?: string | null; roles?: Role[] | null },
  caller: Admin,
): Promise<UserDoc> {
  const roles = input.roles ? [...new Set(input.roles)] : null;
  assertNoUserErrors([
    ...requireText(input.name, ['input', 'name']),
    ...(roles && !roles.length ? [userError(['input', 'roles'], 'At least one role is required.', 'REQUIRED')] : []),
  ]);
  let before: UserDoc | null = null;
  const user = await update<UserDoc>(
    models.User,
    input.id,
    async (current) => {
      before = current;
      const next: Partial<UserDoc> = {
        ...(input.name != null && { name: input.name.trim() }),
        ...(roles && { roles }),
      };
      const changed = changedFields(current, next);
      if (!changed.length) return null;
      if (changed.includes('roles')) {
        // Only what changes needs the caller's scopes: roles added, and roles taken away.
        const removed = current.roles.filter((role) => !roles!.includes(role));
        assertNoUserErrors([
          ...ungrantableRoles(roles!, caller.scopes, ['input', 'roles'], (role) => !current.roles.includes(role)),
          ...(ungrantableRoles(removed, caller.scopes, ['input', 'roles']).length
            ? [
                userError(
                  ['input', 'roles'],
                  `You cannot take away ${removed.join(', ')}: you do not hold all its scopes.`,
                  'INVALID',
                ),
              ]
            : []),
        ]);
        if (current.roles.includes('ADMIN') && !roles!.includes('ADMIN') && !current.disabledAt)
          await keepAnAdmin(models, input.id, ['input', 'roles']);
      }
      return { $set: next };
    },
    { expectedVersion: input.expectedVersion },
  );
  const was = before as UserDoc | null;
  if (was && user.version !== was.version) {
    const revoked = lostScopes(was.roles, user.roles) ? await revokeUserSessions(models, input.id) : 0;
    const what = [
      user.name !== was.name && `name ${user.name}`,
      user.roles.join() !== was.roles.join() && `roles ${user.roles.join(', ')}`,
    ].filter(Boolean);
    await audit(
      models,
      byCaller(
        caller,
        'USER_UPDATED',
        `Changed user ${user.email}: ${what.join('; ')}${revoked ? ` (${revoked} sessions revoked)` : ''}.`,
      ),
    );
  }
  return user;
}

/** Disables (sign-in refused, every session revoked) or enables a user; a no-op when it already is so. */
export async function setUserEnabled(models: IdentityModels, id: string, enabled: boolean, caller: Admin): Promise<UserDoc> {
  if (!enabled && caller.principal === `user:${id}`)
    throw new UserErrors([userError(['input', 'id'], 'You cannot disable yourself.', 'ILLEGAL_TRANSITION')]);
  let changed = false;
  const user = await update<UserDoc>(models.User, id, async (current) => {
    changed = Boolean(current.disabledAt) === enabled;
    if (!changed) return null;
    if (!enabled && current.roles.includes('ADMIN')) await keepAnAdmin(models, id, ['input', 'id']);
    return { $set: { disabledAt: enabled ? null : new Date() } };
  });
  if (changed) {
    const revoked = enabled ? 0 : await revokeUserSessions(models, id);
    await audit(
      models,
      byCaller(
        caller,
        enabled ? 'USER_ENABLED' : 'USER_DISABLED',
        `${enabled ? 'Enabled' : 'Disabled'} user ${user.email}${revoked ? ` (${revoked} sessions revoked)` : ''}.`,
      ),
    );
  }
  return user;
}

/**
 * The signed-in user changes their own password: the current one is checked first, then every
 * session of the user is revoked (a stolen refresh token stops working) and a fresh one is opened
 * for the caller, whose tokens come back.
 */
export async function changePassword(
  models: IdentityModels,
  settings: TokenSettings,
  input: { currentPassword: string; newPassword: string },
  caller: Caller,
): Promise<IssuedTokens> {
  if (!caller.principal.startsWith('user:'))
    throw new UserErrors([userError(null, 'Only a signed-in user has a password to change (not an API key).', 'INVALID')]);
  const id = caller.principal.slice('user:'.length);
  assertNoUserErrors([
    ...passwordProblems(input.newPassword, ['input', 'newPassword']),
    ...(input.newPassword === input.currentPassword
      ? [userError(['input', 'newPassword'], 'The new password must differ from the current one.', 'INVALID')]
      : []),
  ]);
  const current = await findOneByIdInTenant<UserDoc>(models.User, id);
  if (!current || current.disabledAt || !(await verifyPassword(input.currentPassword, current.passwordHash))) {
    await audit(models, byCaller(caller, 'LOGIN_FAILED', 'Password change refused: the current password did not match.'));
    throw new UserErrors([{ ...invalidCredentials(), field: ['input', 'currentPassword'] }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const user = await update<UserDoc>(models.User, id, () => ({ $set: { passwordHash } }), {
    expectedVersion: current.version,
  });
  const revoked = await revokeUserSessions(models, id);
  await audit(models, byCaller(caller, 'PASSWORD_CHANGED', `Changed the password (${revoked} sessions revoked).`));
  return issueTokens(models, settings, user, { ip: caller.ip });
}
