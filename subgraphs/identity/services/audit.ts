/** The audit log's one write: a security event appended for the tenant in scope. */
import type { RequestPrincipal } from '../../../lib/signed-context';
import { insert } from '../../../lib/write';
import type { AuditEventDoc, AuditEventType, IdentityModels } from '../models';

/** Who made a request, as the audit log records it: the credential, the request and the address. */
export type Caller = Pick<RequestPrincipal, 'principal' | 'requestId' | 'ip'>;

export interface AuditEntry {
  type: AuditEventType;
  /** `user:<id>`, `apikey:<id>`, or the email tried at login. */
  actor: string;
  message: string;
  ip?: string | null;
  requestId?: string | null;
}

export async function audit(models: IdentityModels, { type, actor, message, ip, requestId }: AuditEntry): Promise<void> {
  await insert<AuditEventDoc>(models.AuditEvent, {
    type,
    actor,
    message,
    ip: ip ?? null,
    requestId: requestId ?? null,
    at: new Date(),
  });
}

/** The entry of an action taken by the request's own credential. */
export const byCaller = (caller: Caller, type: AuditEventType, message: string): AuditEntry => ({
  type,
  actor: caller.principal,
  message,
  ip: caller.ip,
  requestId: caller.requestId,
});
