/**
 * A tenant's attachment limits and the checks of an upload request against them. The limits live
 * on the tenant (identity) because they are one setting across every owning subgraph; the upload
 * grant that `createUpload` signs carries the exact size, which the gateway and the owning subgraph
 * enforce while the bytes stream.
 */
import { userError, type UserError } from '../../../lib/errors';
import {
  ATTACHMENT_OWNERS,
  DEFAULT_ATTACHMENT_TYPES,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  type AttachmentOwnerType,
} from '../../../lib/files';

export interface AttachmentLimits {
  maxBytes: number;
  contentTypes: string[];
}

/** The content types a tenant may allow: those the bytes can be recognised as (lib/files.ts). */
export const SUPPORTED_CONTENT_TYPES = [...DEFAULT_ATTACHMENT_TYPES, 'image/gif', 'application/zip'];
export const MAX_CONFIGURABLE_BYTES = 100 * 1024 * 1024;

export const effectiveLimits = (stored?: Partial<AttachmentLimits> | null): AttachmentLimits => ({
  maxBytes: stored?.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES,
  contentTypes: stored?.contentTypes?.length ? stored.contentTypes : DEFAULT_ATTACHMENT_TYPES,
});

export function checkLimitsChange(input: { maxBytes?: number | null; contentTypes?: string[] | null }): UserError[] {
  const errors: UserError[] = [];
  if (
    input.maxBytes != null &&
    (!Number.isInteger(input.maxBytes) || input.maxBytes < 1 || input.maxBytes > MAX_CONFIGURABLE_BYTES)
  ) {
    errors.push(userError(['input', 'maxBytes'], `maxBytes must be between 1 and ${MAX_CONFIGURABLE_BYTES}.`, 'INVALID'));
  }
  if (input.contentTypes != null) {
    if (!input.contentTypes.length)
      errors.push(userError(['input', 'contentTypes'], 'Allow at least one content type.', 'INVALID'));
    input.contentTypes.forEach((t, i) => {
      if (!SUPPORTED_CONTENT_TYPES.includes(t)) {
        errors.push(
          userError(['input', 'contentTypes', String(i)], `${t} is not one of ${SUPPORTED_CONTENT_TYPES.join(', ')}.`, 'INVALID'),
        );
      }
    });
  }
  return errors;
}

export interface UploadRequest {
  ownerType: AttachmentOwnerType;
  ownerId: string;
  filename: string;
  contentType: string;
  size: number;
}

/** The userErrors of an upload request under the tenant's limits (empty when it may be granted). */
export function checkUploadRequest(input: UploadRequest, limits: AttachmentLimits): UserError[] {
  const errors: UserError[] = [];
  const filename = input.filename.trim();
  if (!filename) errors.push(userError(['input', 'filename'], 'A filename is required.', 'REQUIRED'));
  else if (filename.length > 255 || /[\u0000-\u001f/\\]/.test(filename)) {
    errors.push(
      userError(['input', 'filename'], 'A filename has at most 255 characters and no slashes or control characters.', 'INVALID'),
    );
  }
  if (!input.ownerId.trim()) errors.push(userError(['input', 'ownerId'], 'ownerId is required.', 'REQUIRED'));
  if (!Number.isInteger(input.size) || input.size < 1) {
    errors.push(userError(['input', 'size'], 'size is the exact number of bytes, at least 1.', 'INVALID'));
  } else if (input.size > limits.maxBytes) {
    errors.push(
      userError(['input', 'size'], `The file is ${input.size} bytes; this tenant allows at most ${limits.maxBytes}.`, 'INVALID'),
    );
  }
  if (!limits.contentTypes.includes(input.contentType)) {
    errors.push(
      userError(
        ['input', 'contentType'],
        `${input.contentType} is not allowed; allowed: ${limits.contentTypes.join(', ')}.`,
        'INVALID',
      ),
    );
  }
  return errors;
}

/** The scope that attaching to `ownerType` needs. */
export const writeScopeOf = (ownerType: AttachmentOwnerType) => ATTACHMENT_OWNERS[ownerType].write;
