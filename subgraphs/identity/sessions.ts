/** Sign-in sessions: access tokens (JWT) and rotating refresh tokens, with login throttling. */
import mongoose from 'mongoose';
import { UserErrors } from '../../lib/errors';
import { signJwt } from '../../lib/jwt';
import { withDocumentLock, withKeyLock } from '../../lib/keyed-lock';
import { scopesOfRoles } from '../../lib/scopes';
import { audit } from './audit';
import { invalidCredentials, LOGIN_WINDOW_MS, newRefreshToken, parseRefreshToken, sameHash } from './domain/credentials';
import { hashToken, type IdentityModels, type SessionDoc, type UserDoc } from './models';
import { runWithTenant } from '../../lib/tenancy';

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

/** Opens a session (or the next one of a rotated family) for a user of the tenant in scope. */
export async function issueTokens(
  models: IdentityModels,
  settings: TokenSettings,
  user: UserDoc,
  options: { familyId?: string; ip?: string | null },
): Promise<IssuedTokens> {
  const sessionId = new mongoose.Types.ObjectId();
  const familyId = options.familyId ?? sessionId.toString();
  const refreshToken = newRefreshToken(user.tenantId, sessionId.toString());
  const now = Date.now();
  await models.Session.create({
    _id: sessionId,
    userId: user._id.toString(),
    familyId,
    tokenHash: hashToken(refreshToken),
    expiresAt: new Date(now + settings.refreshTokenTtlMs),
    ip: options.ip ?? null,
  });
  const accessToken = signJwt(
    { sub: user._id.toString(), tid: user.tenantId, sid: familyId, scopes: scopesOfRoles(user.roles) },
    settings.jwtSecrets[0],
    settings.accessTokenTtlSeconds,
    now,
  );
  return { accessToken, accessTokenExpiresAt: new Date(now + settings.accessTokenTtlSeconds * 1000), refreshToken, user };
}

/** Revokes every session of a family: its refresh tokens and, through `sid`, its access tokens. */
export async function revokeFamily(models: IdentityModels, familyId: string): Promise<void> {
  await models.Session.updateMany({ familyId, revokedAt: null }, { $set: { revokedAt: new Date() } });
}

/**
 * Finds the live session a refresh token names, under the session's lock, and runs `use` on it.
 * A token that was already rotated is a stolen or replayed token: its whole family is revoked.
 */
export function withRefreshSession<T>(
  models: IdentityModels,
  token: string,
  context: { ip?: string; requestId: string },
  use: (session: SessionDoc) => Promise<T>,
): Promise<T> {
  const parsed = parseRefreshToken(token);
  if (!parsed) throw new UserErrors([invalidCredentials()]);
  return runWithTenant(parsed.tenantId, () =>
    withDocumentLock(models.Session, parsed.sessionId, async () => {
      const session = await models.Session.findById(parsed.sessionId).lean<SessionDoc>();
      if (!session || !sameHash(session.tokenHash, hashToken(token)) || session.revokedAt || session.expiresAt <= new Date()) {
        throw new UserErrors([invalidCredentials()]);
      }
      if (session.rotatedAt) {
        await revokeFamily(models, session.familyId);
        await audit(models, {
          type: 'REFRESH_TOKEN_REUSED',
          actor: `user:${session.userId}`,
          message: 'A refresh token was used twice; the session was revoked.',
          ...context,
        });
        throw new UserErrors([invalidCredentials()]);
      }
      return use(session);
    }),
  );
}

/** Failed-login counters in fixed windows, shared by every identity process through the database. */
export function loginThrottle(models: IdentityModels) {
  const windowOf = (key: string, now: number) => `${key}@${Math.floor(now / LOGIN_WINDOW_MS)}`;
  return {
    async failures(keys: string[], now = Date.now()): Promise<number[]> {
      const docs = await models.LoginFailure.find({ key: mongoose.trusted({ $in: keys.map((k) => windowOf(k, now)) }) }).lean();
      return keys.map((k) => docs.find((d) => d.key === windowOf(k, now))?.count ?? 0);
    },
    async fail(keys: string[], now = Date.now()): Promise<void> {
      for (const key of keys) {
        const windowKey = windowOf(key, now);
        await withKeyLock(`login_failures:${windowKey}`, () =>
          models.LoginFailure.updateOne(
            { key: windowKey },
            { $inc: { count: 1 }, $setOnInsert: { expiresAt: new Date(now + 2 * LOGIN_WINDOW_MS) } },
            { upsert: true },
          ),
        ).catch(() => undefined); // a lost count under a race only makes throttling slightly later
      }
      await models.LoginFailure.deleteMany({ expiresAt: mongoose.trusted({ $lt: new Date(now) }) });
    },
    async clear(key: string, now = Date.now()): Promise<void> {
      await models.LoginFailure.deleteOne({ key: windowOf(key, now) });
    },
  };
}
