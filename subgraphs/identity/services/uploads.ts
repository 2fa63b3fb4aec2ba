/** Upload grants (createUpload) and the tenant's attachment limits. */
import { assertNoUserErrors } from '../../../lib/mutation';
import { forbidden, notFound } from '../../../lib/errors';
import { signUploadGrant, verifyUploadGrant } from '../../../lib/files';
import type { RequestPrincipal } from '../../../lib/signed-context';
import { update } from '../../../lib/write';
import { checkLimitsChange, checkUploadRequest, effectiveLimits, writeScopeOf, type UploadRequest } from '../domain/attachments';
import type { IdentityModels, TenantDoc } from '../models';

async function tenantOf(models: IdentityModels, tenantId: string): Promise<TenantDoc> {
  const tenant = await models.Tenant.findById(tenantId).lean<TenantDoc>();
  if (!tenant) throw notFound('Tenant', tenantId);
  return tenant;
}

/**
 * A signed upload URL for one file. The owner's existence is checked by the owning subgraph when
 * the bytes arrive (identity does not read other domains' data); the size and type are checked here
 * against the tenant's limits and bound into the grant.
 */
export async function createUpload(
  models: IdentityModels,
  secret: string,
  input: UploadRequest,
  caller: RequestPrincipal,
): Promise<{ uploadUrl: string; expiresAt: Date }> {
  const scope = writeScopeOf(input.ownerType);
  if (!caller.scopes.includes(scope)) throw forbidden(`Attaching to a ${input.ownerType} needs the ${scope} scope.`);
  const tenant = await tenantOf(models, caller.tenantId);
  assertNoUserErrors(checkUploadRequest(input, effectiveLimits(tenant.attachmentLimits)));
  const token = signUploadGrant(
    {
      tenantId: caller.tenantId,
      principal: caller.principal,
      ownerType: input.ownerType,
      ownerId: input.ownerId.trim(),
      filename: input.filename.trim(),
      contentType: input.contentType,
      size: input.size,
    },
    secret,
  );
  const verified = verifyUploadGrant(token, [secret]);
  if (!verified.ok) throw new Error(verified.reason);
  return { uploadUrl: `/uploads/${token}`, expiresAt: new Date(verified.grant.expiresAt) };
}

export async function updateAttachmentLimits(
  models: IdentityModels,
  tenantId: string,
  input: { maxBytes?: number | null; contentTypes?: string[] | null },
): Promise<TenantDoc> {
  assertNoUserErrors(checkLimitsChange(input));
  const { slug } = await tenantOf(models, tenantId);
  // By its unique slug as well: a tenant is not a tenant-scoped document, so not a by-id-in-tenant read.
  return update<TenantDoc>(models.Tenant, { _id: tenantId, slug }, (tenant) => {
    const current = effectiveLimits(tenant.attachmentLimits);
    return {
      $set: {
        attachmentLimits: {
          maxBytes: input.maxBytes ?? current.maxBytes,
          contentTypes: input.contentTypes ?? current.contentTypes,
        },
      },
    };
  });
}
