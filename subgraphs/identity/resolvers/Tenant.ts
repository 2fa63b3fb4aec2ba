import { docId } from '../../../lib/resolvers';
import type { TenantResolvers } from '../__generated__/resolvers-types';

import { effectiveLimits } from '../domain/attachments';

export const Tenant: TenantResolvers = { id: docId, attachmentLimits: (t) => effectiveLimits(t.attachmentLimits) };
