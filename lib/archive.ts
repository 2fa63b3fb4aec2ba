/**
 * Archiving (issue "Records people can correct"): a customer, deal, product, supplier, warehouse
 * or employee that is no longer in use is archived rather than deleted. It leaves the default lists
 * and pickers (`includeArchived: true` brings it back), still resolves by id, in documents that
 * name it and in history, and can be restored. Both moves go through the one write path with the
 * record's optimistic `version`, and publish `<subgraph>.<entity>.archived` / `.restored` in the
 * same write.
 *
 * A model opts in with `archivable(schema)`; its list resolvers filter with `listed(includeArchived)`;
 * its service calls `setArchived`, passing the record's own rule (`refuse`) for when it may not be
 * archived (an open deal, a warehouse holding stock, an employee still employed).
 */
import type { Model, Schema } from 'mongoose';
import { domainEvent, type ArchivableEntity } from './events/catalog';
import { userError, UserErrors, type UserError } from './errors';
import { currentTenantId } from './tenancy';
import { aggregateName, update } from './write';

/** Mongoose plugin: the `archivedAt` field, null while the record is in use. */
export function archivable(schema: Schema): void {
  schema.add({ archivedAt: { type: Date, default: null } });
}

/** The filter condition of a default list: archived records only when asked for. */
export const listed = (includeArchived?: boolean | null): { archivedAt?: null } => (includeArchived ? {} : { archivedAt: null });

type Archivable = { _id: unknown; version?: number; archivedAt?: Date | null };

export interface SetArchivedOptions<D> {
  entity: ArchivableEntity;
  /** What people call the record, for the event (name, title, code). */
  label: (doc: D) => string;
  /** Why `doc` may not be archived now, or null when it may. Restoring is always allowed. */
  refuse?: (doc: D) => UserError | null | Promise<UserError | null>;
  expectedVersion?: number | null;
  requestId?: string;
  /** The input field errors point at (default `['input', 'id']`). */
  field?: string[];
}

/**
 * Archives (`archive` true) or restores a record. Archiving an archived record, or restoring one in
 * use, is an ILLEGAL_TRANSITION that changes nothing; another tenant's id is NOT_FOUND; a stale
 * `expectedVersion` a CONFLICT.
 */
export function setArchived<D extends Archivable>(
  model: Model<any>,
  id: string,
  archive: boolean,
  options: SetArchivedOptions<D>,
): Promise<D> {
  const field = options.field ?? ['input', 'id'];
  const name = aggregateName(model);
  return update<D>(
    model,
    id,
    async (current) => {
      const isArchived = Boolean(current.archivedAt);
      if (isArchived === archive) {
        const state = archive ? 'already archived' : 'not archived';
        throw new UserErrors([userError(field, `${name} ${id} is ${state}.`, 'ILLEGAL_TRANSITION')]);
      }
      const refusal = archive ? await options.refuse?.(current) : null;
      if (refusal) throw new UserErrors([refusal]);
      const archivedAt = archive ? new Date() : null;
      const payload = {
        id: String(current._id),
        label: options.label(current),
        archivedAt: archivedAt?.toISOString() ?? null,
        version: (current.version ?? 0) + 1,
      };
      const type = `${options.entity}.${archive ? 'archived' : 'restored'}` as const;
      const event = domainEvent(type, {
        tenantId: currentTenantId(),
        aggregateId: payload.id,
        requestId: options.requestId,
        payload,
      });
      return { $set: { archivedAt }, events: [event] };
    },
    { field, expectedVersion: options.expectedVersion },
  );
}
