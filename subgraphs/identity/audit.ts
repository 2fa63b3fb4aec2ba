import type { AuditEventType, IdentityModels } from './models';

export interface AuditEntry {
  type: AuditEventType;
  actor: string;
  message: string;
  ip?: string | null;
  requestId?: string | null;
}

/** Records a security event for the tenant in scope. */
export async function audit(models: IdentityModels, entry: AuditEntry): Promise<void> {
  await models.AuditEvent.create({ ...entry, at: new Date() });
}
