/**
 * The identity models: one file per aggregate, registered here. Nothing else opens a collection
 * of the identity database (the gateway reads keys and sessions and appends audit events through
 * this registry). Tenant-owned collections use the tenant-scope plugin like every other
 * subgraph. Three reads happen before a tenant is known and are deliberately unscoped: a tenant
 * by slug (login), an API key by hash (the gateway, through the read-only lookup model), and the
 * throttle counters. Trusted documents belong to apps, not tenants, and are unscoped too.
 */
import type { Connection } from 'mongoose';
import { apiKeyLookupModel, apiKeyModel } from './api-key';
import { auditEventModel } from './audit-event';
import { loginFailureModel } from './login-failure';
import { sessionModel } from './session';
import { tenantModel } from './tenant';
import { trustedDocumentModel } from './trusted-document';
import { userModel } from './user';
import { webhookDeliveryModel } from './webhook-delivery';
import { webhookEndpointModel } from './webhook-endpoint';

export * from './api-key';
export * from './audit-event';
export * from './events';
export * from './login-failure';
export * from './session';
export * from './tenant';
export * from './trusted-document';
export * from './user';
export * from './webhook-delivery';
export * from './webhook-endpoint';

export function identityModels(connection: Connection) {
  return {
    connection,
    Tenant: tenantModel(connection),
    User: userModel(connection),
    Session: sessionModel(connection),
    ApiKey: apiKeyModel(connection),
    AuditEvent: auditEventModel(connection),
    LoginFailure: loginFailureModel(connection),
    WebhookEndpoint: webhookEndpointModel(connection),
    WebhookDelivery: webhookDeliveryModel(connection),
    /** Unscoped: the operations each app was published with (gateway/trusted-documents.ts). */
    TrustedDocument: trustedDocumentModel(connection),
    /** Unscoped: an API key by its hash, before the tenant is known (gateway authentication). */
    ApiKeyLookup: apiKeyLookupModel(connection),
  };
}
export type IdentityModels = ReturnType<typeof identityModels>;

/** The caller of the current request (`Query.me`). */
export interface ViewerModel {
  tenantId: string;
  principal: string;
  scopes: string[];
}

// Where the gateway, scripts, benchmarks and tests have always found them.
export { demoApiKey, generateApiKey, hashApiKey, hashToken } from '../domain/credentials';
