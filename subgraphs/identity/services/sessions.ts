/**
 * Sign-in sessions: login (with throttling), access tokens (JWT) and rotating refresh tokens,
 * logout. Every rule holds across any number of identity processes, through single-document
 * conditional writes:
 *
 *  - Rotation is single-use: the session a refresh token names is claimed by one conditional
 *    write (`rotatedAt: null` -> now); only the caller whose claim matched opens the next session.
 *    The next session's id is derived from the rotated one (`successorId`), so even a server that
 *    applies conditional updates without isolation lets only one successor in:
 *    the unique `_id` refuses a second.
 *  - Reuse is theft: presenting a token whose session was already rotated (or losing the claim
 *    to a concurrent use of the same token) revokes the whole family.
 *  - A family is revoked by marking its first session (whose id is the family id) and the one in
 *    hand; a session counts as revoked when any session of its family is, which is also how the
 *    gateway checks access tokens (`sid`). So a session opened concurrently with the revocation
 *    is revoked too, with no multi-document write.
 *  - Failed logins are counted exactly: one upserting `$inc` per window key.
 */
import mongoose from 'mongoose';
import { UserErrors } from '../../../lib/errors';
import { signJwt } from '../../../lib/jwt';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../../../lib/passwords';
import { scopesOfRoles } from '../../../lib/scopes';
import { findOneByIdInTenant, runWithTenant } from '../../../lib/tenancy';
import { insert, isDuplicateKeyError, increment, remove, updateWhere } from '../../../lib/write';
import {
  accountThrottleKey,
  hashToken,
  invalidCredentials,
  ipThrottleKey,
  LOGIN_WINDOW_MS,
  newRefreshToken,
  normaliseLogin,
  parseRefreshToken,
  sameHash,
  throttleRefusal,
} from '../domain/credentials';
import type { IdentityModels, SessionDoc, UserDoc } from '../models';
import { sessionRevoked } from '../events/publish';
import { audit, type Caller } from './audit';
import { tenantBySlug } from './tenants';

export interface TokenSettings {
  jwtSecrets: string[];
  accessTokenTtlSeconds: number;
  refreshTokenTtlMs: number;
}

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserDoc;
}

/** Who signs in or presents a refresh token: not yet a principal, just the request and its address. */
export type Anonymous = Pick<Caller, 'requestId' | 'ip'>;

/** Opens a session (or the next one of a rotated family) for a user of the tenant in scope. */
export async function issueTokens(
  models: IdentityModels,
  settings: TokenSettings,
  user: UserDoc,
  options: { familyId?: string; ip?: string | null; sessionId?: mongoose.Types.ObjectId },
): Promise<IssuedTokens> {
  const sessionId = options.sessionId ?? new mongoose.Types.ObjectId();
  const familyId = options.familyId ?? sessionId.toString();
  const refreshToken = newRefreshToken(user.tenantId, sessionId.toString());
  const now = Date.now();
  await insert<SessionDoc>(models.Session, {
    _id: sessionId,
    userId: user._id.toString(),
    familyId,
    tokenHash: hashToken(refreshToken),
    expiresAt: new Date(now + settings.refreshTokenTtlMs),
    ip: options.ip ?? null,
  });
  const accessToken = await signJwt(
    { sub: user._id.toString(), tid: user.tenantId, sid: familyId, scopes: scopesOfRoles(user.roles) },
    settings.jwtSecrets[0],
    settings.accessTokenTtlSeconds,
    now,
  );
  return { accessToken, accessTokenExpiresAt: new Date(now + settings.accessTokenTtlSeconds * 1000), refreshToken, user };
}

/** Revokes a session's family: its refresh tokens and, through `sid`, its access tokens. */
export async function revokeFamily(
  models: IdentityModels,
  session: Pick<SessionDoc, '_id' | 'familyId' | 'userId'>,
): Promise<void> {
  const at = new Date();
  const ids = [...new Set([session.familyId, session._id.toString()])];
  for (const _id of ids) {
    // The family's head carries the event: the gateways cache sessions by family.
    const events = _id === session.familyId ? [sessionRevoked(session.familyId, session.userId)] : [];
    await updateWhere(models.Session, { _id, revokedAt: null }, { $set: { revokedAt: at }, $inc: { version: 1 }, events });
  }
}

const familyRevoked = async (models: IdentityModels, session: SessionDoc) =>
  Boolean(session.revokedAt) ||
  Boolean(await models.Session.exists({ familyId: session.familyId, revokedAt: mongoose.trusted({ $ne: null }) }));

/** A refresh token presented again after its rotation: the family is revoked and the theft recorded. */
async function reused(models: IdentityModels, session: SessionDoc, caller: Anonymous): Promise<never> {
  await revokeFamily(models, session);
  await audit(models, {
    type: 'REFRESH_TOKEN_REUSED',
    actor: `user:${session.userId}`,
    message: 'A refresh token was used twice; the session was revoked.',
    ip: caller.ip,
    requestId: caller.requestId,
  });
  throw new UserErrors([invalidCredentials()]);
}

/**
 * The live, not yet rotated session a refresh token names, handed to `use` in the session's
 * tenant. Unknown, expired or revoked: INVALID_CREDENTIALS. Already rotated: reuse (see above).
 */
function withRefreshSession<T>(
  models: IdentityModels,
  token: string,
  caller: Anonymous,
  use: (session: SessionDoc) => Promise<T>,
): Promise<T> {
  const parsed = parseRefreshToken(token);
  if (!parsed) throw new UserErrors([invalidCredentials()]);
  return runWithTenant(parsed.tenantId, async () => {
    const session = await findOneByIdInTenant<SessionDoc>(models.Session, parsed.sessionId);
    if (!session || !sameHash(session.tokenHash, hashToken(token)) || session.expiresAt <= new Date()) {
      throw new UserErrors([invalidCredentials()]);
    }
    if (await familyRevoked(models, session)) throw new UserErrors([invalidCredentials()]);
    if (session.rotatedAt) return reused(models, session, caller);
    return use(session);
  });
}

/** Trades a refresh token for a new pair, once: the claim on the session decides who rotates it. */
export function refreshTokens(models: IdentityModels, settings: TokenSettings, token: string, caller: Anonymous) {
  return withRefreshSession(models, token, caller, async (session) => {
    const user = await findOneByIdInTenant<UserDoc>(models.User, session.userId);
    if (!user || user.disabledAt) throw new UserErrors([invalidCredentials()]);
    const claimed = await updateWhere<SessionDoc>(
      models.Session,
      { _id: session._id, rotatedAt: null },
      { $set: { rotatedAt: new Date() }, $inc: { version: 1 } },
    );
    // Another use of the same token claimed it first: that is a reuse too.
    if (!claimed) return reused(models, session, caller);
    return openSuccessor(models, settings, user, session, caller);
  });
}

/** The one session that may follow `session` in its family: its id is a function of the predecessor's. */
export function successorId(session: Pick<SessionDoc, '_id'>): mongoose.Types.ObjectId {
  return new mongoose.Types.ObjectId(hashToken(`successor:${session._id.toString()}`).slice(0, 24));
}

/**
 * Opens the successor of a claimed session. A second opening (two claims let through by a server
 * without isolated conditional updates) meets the unique `_id` and is treated as reuse.
 */
export async function openSuccessor(
  models: IdentityModels,
  settings: TokenSettings,
  user: UserDoc,
  session: SessionDoc,
  caller: Anonymous,
): Promise<IssuedTokens> {
  try {
    return await issueTokens(models, settings, user, {
      familyId: session.familyId,
      ip: caller.ip,
      sessionId: successorId(session),
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) return reused(models, session, caller);
    throw err;
  }
}

/** Ends the session of a refresh token: its whole family. */
export function logout(models: IdentityModels, token: string, caller: Anonymous): Promise<Record<string, never>> {
  return withRefreshSession(models, token, caller, async (session) => {
    await revokeFamily(models, session);
    const { ip, requestId } = caller;
    await audit(models, { type: 'LOGGED_OUT', actor: `user:${session.userId}`, message: 'Signed out.', ip, requestId });
    return {};
  });
}

/** Signs a user in: throttled per account and per address, and never says which part was wrong. */
export async function login(
  models: IdentityModels,
  settings: TokenSettings,
  input: { tenant: string; email: string; password: string },
  caller: Anonymous,
): Promise<IssuedTokens> {
  const { ip, requestId } = caller;
  const throttle = loginThrottle(models);
  // Normalised once: the throttle key and the lookups use the same slug and email, so variants
  // (" ACME", "Ada@X.example ") count against one account.
  const { slug, email } = normaliseLogin(input);
  const keys = [accountThrottleKey(slug, email), ipThrottleKey(ip)];
  // Counted before the password is checked, atomically: of N attempts in parallel at most the
  // allowed number get as far as the password; the others are refused unchecked.
  const [account, address] = await throttle.attempt(keys);
  const tenant = await tenantBySlug(models, slug);
  const actor = email.slice(0, 254);
  const inTenant = <T>(work: () => Promise<T>) => (tenant ? runWithTenant(tenant._id.toString(), work) : null);
  const refusal = throttleRefusal({ account: account - 1, ip: address - 1 });
  if (refusal) {
    await inTenant(() =>
      audit(models, { type: 'LOGIN_THROTTLED', actor, message: 'Sign-in refused: too many failures.', ip, requestId }),
    );
    throw new UserErrors([refusal]);
  }
  const user = (await inTenant(() => models.User.findOne({ emailKey: actor }).lean<UserDoc>().exec())) ?? null;
  // Verify against a dummy hash when there is no such user, so timing does not tell either.
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !passwordOk || user.disabledAt) {
    await inTenant(() => audit(models, { type: 'LOGIN_FAILED', actor, message: 'Sign-in failed.', ip, requestId }));
    throw new UserErrors([invalidCredentials()]);
  }
  await throttle.succeeded(keys[0], keys[1]);
  return runWithTenant(user.tenantId, async () => {
    await audit(models, { type: 'LOGIN_SUCCEEDED', actor: `user:${user._id}`, message: 'Signed in.', ip, requestId });
    return issueTokens(models, settings, user, { ip });
  });
}

/**
 * Sign-in attempt counters in fixed windows, shared by every identity process through the
 * database: an attempt is counted (one upserting increment, which returns the new count) before its
 * password is checked; a success clears its account's window and gives its address's attempt back.
 */
export function loginThrottle(models: IdentityModels) {
  const windowOf = (key: string, now: number) => `${key}@${Math.floor(now / LOGIN_WINDOW_MS)}`;
  const add = (key: string, by: number, now: number) =>
    increment(models.LoginFailure, { key: windowOf(key, now) }, 'count', by, {
      expiresAt: new Date(now + 2 * LOGIN_WINDOW_MS),
    });
  return {
    /** Counts one attempt under each key; returns each key's count including this one. */
    async attempt(keys: string[], now = Date.now()): Promise<number[]> {
      const counts: number[] = [];
      for (const key of keys) counts.push(await add(key, 1, now));
      // Expired windows are deleted here (portable: no TTL index needed).
      await remove(models.LoginFailure, { expiresAt: mongoose.trusted({ $lt: new Date(now) }) });
      return counts;
    },
    /** A successful sign-in: its account starts afresh, and its address's attempt is given back. */
    async succeeded(accountKey: string, ipKey: string, now = Date.now()): Promise<void> {
      await remove(models.LoginFailure, { key: windowOf(accountKey, now) });
      await add(ipKey, -1, now);
    },
    async failures(keys: string[], now = Date.now()): Promise<number[]> {
      const docs = await models.LoginFailure.find({ key: mongoose.trusted({ $in: keys.map((k) => windowOf(k, now)) }) }).lean();
      return keys.map((k) => docs.find((d) => d.key === windowOf(k, now))?.count ?? 0);
    },
  };
}
