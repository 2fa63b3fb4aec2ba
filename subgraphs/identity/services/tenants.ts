/** Tenants: created by operators (seeding, tests), found by their slug at login. */
import { insert, findOrCreate } from '../../../lib/write';
import type { IdentityModels, TenantDoc } from '../models';

export type NewTenant = Pick<TenantDoc, 'slug' | 'name' | 'currency'>;

/** A new tenant; a slug already in use is a TAKEN userError. */
export function createTenant(models: IdentityModels, tenant: NewTenant): Promise<TenantDoc> {
  return insert<TenantDoc>(
    models.Tenant,
    { ...tenant },
    { taken: { field: ['input', 'slug'], message: `Tenant ${tenant.slug} exists.` } },
  );
}

/** The tenant with this slug, created once however many callers race (unique slug). */
export function findOrCreateTenant(models: IdentityModels, tenant: NewTenant): Promise<{ doc: TenantDoc; created: boolean }> {
  return findOrCreate<TenantDoc>(models.Tenant, { slug: tenant.slug }, () => ({ name: tenant.name, currency: tenant.currency }));
}

/** The tenant users name at login (slugs are lower-case). */
export function tenantBySlug(models: IdentityModels, slug: string): Promise<TenantDoc | null> {
  return models.Tenant.findOne({ slug: slug.trim().toLowerCase() }).lean<TenantDoc>().exec();
}
