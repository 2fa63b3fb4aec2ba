import { docId } from '../../../lib/resolvers';
import type { TenantResolvers } from '../__generated__/resolvers-types';

export const Tenant: TenantResolvers = { id: docId };
