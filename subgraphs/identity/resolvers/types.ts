import { scopesOfRoles } from '../../../lib/scopes';
import { docId } from '../../../lib/resolvers';
import type {
  ApiKeyResolvers,
  AuditEventResolvers,
  TenantResolvers,
  UserResolvers,
  ViewerResolvers,
} from '../__generated__/resolvers-types';
import type { TenantDoc } from '../models';

export const Viewer: ViewerResolvers = {
  tenant: async (viewer, _, { models }) => (await models.Tenant.findById(viewer.tenantId).lean<TenantDoc>())!,
  user: (viewer, _, { loaders }) => (viewer.principal.startsWith('user:') ? loaders.user.load(viewer.principal.slice(5)) : null),
};

export const Tenant: TenantResolvers = { id: docId };

export const User: UserResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.user.load(reference.id),
  id: docId,
  scopes: (user) => scopesOfRoles(user.roles),
};

export const ApiKey: ApiKeyResolvers = { id: docId };

export const AuditEvent: AuditEventResolvers = { id: docId };
