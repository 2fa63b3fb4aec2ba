/**
 * What identity publishes: credentials that stopped working, in the shapes of lib/events/catalog.ts,
 * stored in the same write as the revocation; and new users (hr links them to employees by email). Gateways drop them from their auth caches on sight
 * (gateway/auth.ts), so a revocation reaches every replica within a poll of the event log.
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';

export const apiKeyRevoked = (apiKeyId: string) =>
  domainEvent('identity.apiKey.revoked', { tenantId: currentTenantId(), aggregateId: apiKeyId, payload: { apiKeyId } });

export const sessionRevoked = (familyId: string, userId: string) =>
  domainEvent('identity.session.revoked', { tenantId: currentTenantId(), aggregateId: familyId, payload: { familyId, userId } });

/** A user was created: hr links them to the employee with the same work email. */
export const userCreated = (userId: string, email: string, name: string) =>
  domainEvent('identity.user.created', { tenantId: currentTenantId(), aggregateId: userId, payload: { userId, email, name } });
