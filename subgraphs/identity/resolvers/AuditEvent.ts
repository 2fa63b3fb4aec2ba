import { docId } from '../../../lib/resolvers';
import type { AuditEventResolvers } from '../__generated__/resolvers-types';

export const AuditEvent: AuditEventResolvers = { id: docId };
