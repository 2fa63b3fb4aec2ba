/** Credentials: passwords and sign-in throttling, refresh tokens, API keys; pure rules, no I/O. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import mongoose from 'mongoose';
import { userError, type UserError } from '../../../lib/errors';
import { MIN_PASSWORD_LENGTH } from '../../../lib/passwords';
import { isKnownScope, ROLE_SCOPES, type Role } from '../../../lib/scopes';
import { checkEmail, requireText } from '../../../lib/validation';

/** Login throttling: failures allowed per window, per account and per client address. */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

/**
 * A sign-in's tenant slug and email as every lookup and throttle key uses them: Unicode NFKC,
 * trimmed, lower-case. Done once, so spelling variants of one account are one account.
 */
export function normaliseLogin(input: { tenant: string; email: string }): { slug: string; email: string } {
  const norm = (s: string) => s.normalize('NFKC').trim().toLowerCase();
  return { slug: norm(input.tenant), email: norm(input.email) };
}

export const accountThrottleKey = (slug: string, email: string) => `acct:${slug}:${email}`;
export const ipThrottleKey = (ip: string | undefined) => `ip:${ip ?? 'unknown'}`;

export function throttleRefusal(failures: { account: number; ip: number }): UserError | null {
  return failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.ip >= MAX_FAILURES_PER_IP
    ? userError(null, 'Too many failed sign-in attempts. Try again in 15 minutes.', 'THROTTLED')
    : null;
}

/** The one answer to any failed sign-in: it never says whether the tenant or email exists. */
export const invalidCredentials = () => userError(null, 'Invalid tenant, email or password.', 'INVALID_CREDENTIALS');

/** Refresh tokens are `rt_<tenantId>.<sessionId>.<secret>`: the tenant and session to look in, and 256 random bits. */
export function newRefreshToken(tenantId: string, sessionId: string): string {
  return `rt_${tenantId}.${sessionId}.${randomBytes(32).toString('base64url')}`;
}

export function parseRefreshToken(token: string): { tenantId: string; sessionId: string } | null {
  const match = /^rt_([a-f0-9]{24})\.([a-f0-9]{24})\.[A-Za-z0-9_-]{43}$/.exec(token);
  return match && mongoose.isObjectIdOrHexString(match[2]) ? { tenantId: match[1], sessionId: match[2] } : null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A new user is valid with a name, an email, a long enough password and at least one role, and
 * only roles whose scopes the creator holds: nobody grants (and then signs in with) more than
 * they have, so an `identity:admin`-only key cannot make an ADMIN.
 */
/** The roles of `roles` (those `granted` selects: default all) the caller cannot grant (it lacks one of their scopes), as userErrors on `field`. */
export function ungrantableRoles(
  roles: Role[],
  callerScopes: string[],
  field: string[],
  granted: (role: Role) => boolean = () => true,
): UserError[] {
  return roles.flatMap((role, i) => {
    const missing = (ROLE_SCOPES[role] ?? []).filter((scope) => !callerScopes.includes(scope));
    return missing.length && granted(role)
      ? [userError([...field, String(i)], `You cannot grant the role ${role}: you do not hold ${missing.join(', ')}.`, 'INVALID')]
      : [];
  });
}

export const passwordProblems = (password: string, field: string[]): UserError[] =>
  password.length < MIN_PASSWORD_LENGTH
    ? [userError(field, `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`, 'INVALID')]
    : [];

export function validateNewUser(
  input: { email: string; name: string; password: string; roles: Role[] },
  creatorScopes: string[],
): UserError[] {
  return [
    ...ungrantableRoles(input.roles, creatorScopes, ['input', 'roles']),
    ...requireText(input.name, ['input', 'name']),
    ...requireText(input.email, ['input', 'email'], 254),
    ...checkEmail(input.email.trim(), ['input', 'email']),
    ...passwordProblems(input.password, ['input', 'password']),
    ...(input.roles.length ? [] : [userError(['input', 'roles'], 'At least one role is required.', 'REQUIRED')]),
  ];
}

/** An API key may carry only known scopes the creator holds: no one mints more than they have. */
export function validateNewApiKey(
  input: { name: string; scopes: string[]; expiresAt?: Date | null },
  creatorScopes: string[],
  now = new Date(),
): UserError[] {
  const errors = [...requireText(input.name, ['input', 'name'])];
  if (!input.scopes.length) errors.push(userError(['input', 'scopes'], 'At least one scope is required.', 'REQUIRED'));
  input.scopes.forEach((scope, i) => {
    if (!isKnownScope(scope)) errors.push(userError(['input', 'scopes', String(i)], `Unknown scope "${scope}".`, 'INVALID'));
    else if (!creatorScopes.includes(scope)) {
      errors.push(userError(['input', 'scopes', String(i)], `You cannot grant "${scope}": you do not hold it.`, 'INVALID'));
    }
  });
  if (input.expiresAt && input.expiresAt <= now)
    errors.push(userError(['input', 'expiresAt'], 'expiresAt must be in the future.', 'INVALID'));
  return errors;
}

/** Tokens and keys are stored as their SHA-256, never themselves. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const hashApiKey = hashToken;

/** A new random API key: 192 bits of entropy, so a fast hash is enough to store it safely. */
export const generateApiKey = () => `crm_${randomBytes(24).toString('base64url')}`;

/** The first characters of a key, stored to recognise it in lists. */
export const apiKeyPrefix = (key: string) => key.slice(0, 12);

/** The demo key of a tenant: derived, so `npm start` prints the same key after every restart. */
export const demoApiKey = (seed: string, slug: string) =>
  `crm_demo_${slug}_${createHmac('sha256', seed).update(`demo-key:${slug}`).digest('base64url').slice(0, 24)}`;
