import type { ViewerResolvers } from '../__generated__/resolvers-types';
import type { TenantDoc } from '../models';

export const Viewer: ViewerResolvers = {
  tenant: async (viewer, _, { models }) => (await models.Tenant.findById(viewer.tenantId).lean<TenantDoc>())!,
  user: (viewer, _, { loaders }) => (viewer.principal.startsWith('user:') ? loaders.user.load(viewer.principal.slice(5)) : null),
};
