/**
 * Tenant scoping, in one place. The request's tenant lives in AsyncLocalStorage; a mongoose
 * plugin adds `tenantId` to every query, aggregation and new document, and throws when no
 * tenant is set (fail closed) or when code tries to reach another tenant.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Model, Schema } from 'mongoose';

const storage = new AsyncLocalStorage<{ tenantId: string }>();

export function runWithTenant<T>(tenantId: string, fn: () => T): T {
  if (!tenantId) throw new Error('runWithTenant needs a tenant id');
  return storage.run({ tenantId }, () => {
    const result = fn();
    // A mongoose Query runs when awaited; start it here, inside the tenant's scope, not at the caller's await.
    const query = result as { exec?: () => unknown };
    return (typeof query?.exec === 'function' ? query.exec() : result) as T;
  });
}

export class TenantScopeError extends Error {}

export function currentTenantId(): string {
  const tenantId = storage.getStore()?.tenantId;
  if (!tenantId) throw new TenantScopeError('No tenant in scope: refusing an unscoped database operation.');
  return tenantId;
}

const QUERY_OPERATIONS = [
  'countDocuments',
  'deleteMany',
  'deleteOne',
  'distinct',
  'find',
  'findOne',
  'findOneAndDelete',
  'findOneAndReplace',
  'findOneAndUpdate',
  'replaceOne',
  'updateMany',
  'updateOne',
] as const;

/** Query option of `findOneByIdInTenant`: the tenant is checked on the result, not in the filter. */
const TENANT_CHECKED_AFTER = 'tenantCheckedAfterFetch';

/**
 * One document of the current tenant by `_id`, sent as a primary-key lookup: the filter is the
 * `_id` alone, because FerretDB 1.x answers only an exact `_id` from its primary key and reads the
 * whole collection (every tenant's documents) for `{_id, tenantId}`. A document of another tenant
 * is dropped here, exactly as if it did not exist. Reads only; writes keep the tenant in the filter.
 */
export async function findOneByIdInTenant<T>(model: Model<any>, id: unknown, select?: Record<string, 0 | 1>): Promise<T | null> {
  const tenantId = currentTenantId();
  // An inclusion projection still brings the tenant, which is checked here.
  const inclusive = select && Object.values(select).some((v) => v === 1);
  const query = model.findOne({ _id: id }).setOptions({ [TENANT_CHECKED_AFTER]: true });
  if (select) query.select(inclusive ? { ...select, tenantId: 1 } : select);
  const doc = await query.lean<T & { tenantId?: string }>();
  return doc && doc.tenantId === tenantId ? doc : null;
}

export function tenantScopePlugin(schema: Schema): void {
  schema.add({ tenantId: { type: String, required: true, immutable: true } });

  for (const operation of QUERY_OPERATIONS) {
    schema.pre(operation, function (this: any) {
      const tenantId = currentTenantId();
      if (operation === 'findOne' && this.getOptions()[TENANT_CHECKED_AFTER]) return; // findOneByIdInTenant
      const given = this.getFilter().tenantId;
      if (given !== undefined && given !== tenantId) throw new TenantScopeError('Query names another tenant.');
      this.where({ tenantId });
    });
  }

  schema.pre('estimatedDocumentCount', function () {
    throw new TenantScopeError('estimatedDocumentCount cannot be tenant-scoped; use countDocuments.');
  });

  schema.pre('aggregate', function (this: any) {
    this.pipeline().unshift({ $match: { tenantId: currentTenantId() } });
  });

  schema.pre('validate', function (this: any) {
    const tenantId = currentTenantId();
    if (this.tenantId === undefined) this.tenantId = tenantId;
    else if (this.tenantId !== tenantId) throw new TenantScopeError('Document belongs to another tenant.');
  });

  schema.pre('insertMany', function (next: (err?: Error) => void, docs: unknown) {
    const tenantId = currentTenantId();
    for (const doc of (Array.isArray(docs) ? docs : [docs]) as Array<Record<string, unknown>>) {
      if (doc.tenantId === undefined) doc.tenantId = tenantId;
      else if (doc.tenantId !== tenantId) return next(new TenantScopeError('Document belongs to another tenant.'));
    }
    next();
  });

  schema.pre('bulkWrite', function () {
    throw new TenantScopeError('bulkWrite bypasses tenant scoping; use scoped model methods.');
  });
}
