/** Reads a service needs before it writes: a referenced document of the tenant, or a NOT_FOUND userError. */
import mongoose, { type Model } from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { OUTBOX_FIELD } from '../../../lib/events/outbox';
import { findOneByIdInTenant } from '../../../lib/tenancy';

/** The tenant's document with this id; NOT_FOUND on `field` when there is none (or the id cannot name one). */
export async function requireDocument<D>(model: Model<any>, what: string, id: string, field: string[]): Promise<D> {
  const doc = mongoose.isObjectIdOrHexString(id) ? await findOneByIdInTenant<D>(model, id, { [OUTBOX_FIELD]: 0 }) : null;
  if (!doc) throw new UserErrors([userError(field, `${what} ${id} not found.`, 'NOT_FOUND')]);
  return doc;
}
