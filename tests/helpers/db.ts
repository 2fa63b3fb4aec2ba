import { randomBytes } from 'node:crypto';

/** The server the global setup started (or MONGODB_URI). */
export function testMongoUri(): string {
  const uri = process.env.TEST_MONGODB_URI;
  if (!uri) throw new Error('TEST_MONGODB_URI is not set: run the tests through jest (npm test).');
  return uri;
}

/** A database-name prefix no other test file uses. */
export function uniquePrefix(): string {
  return `t${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export const TEST_SECRET = 'test-signing-secret';
export const TEST_JWT_SECRET = 'test-jwt-secret';
