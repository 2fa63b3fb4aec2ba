import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { withDocumentLock } from '../../../lib/keyed-lock';
import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { searchTermsOf, validateCustomer } from '../domain/customer';
import type { CustomerDoc, CustomersModels } from '../models';

const notFound = (id: string) => new UserErrors([userError(['input', 'id'], `Customer ${id} not found.`, 'NOT_FOUND')]);

/**
 * Applies a change to a customer with optimistic concurrency: read, compute, write only if the
 * version is unchanged; retried a few times before reporting CONFLICT.
 */
async function updateWithRetry(
  models: CustomersModels,
  id: string,
  change: (doc: CustomerDoc) => Partial<CustomerDoc> & { contacts?: CustomerDoc['contacts'] },
): Promise<CustomerDoc> {
  if (!mongoose.isObjectIdOrHexString(id)) throw notFound(id);
  return withDocumentLock(models.Customer, id, async () => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await models.Customer.findById(id).lean<CustomerDoc>();
      if (!current) throw notFound(id);
      const next = { ...current, ...change(current) };
      const updated = await models.Customer.findOneAndUpdate(
        { _id: id, version: current.version },
        {
          $set: {
            name: next.name,
            email: next.email,
            phone: next.phone,
            status: next.status,
            contacts: next.contacts,
            searchTerms: searchTermsOf(next),
          },
          $inc: { version: 1 },
        },
        { new: true, runValidators: true },
      ).lean<CustomerDoc>();
      if (updated) return updated;
    }
    throw new UserErrors([userError(['input', 'id'], 'Customer is being changed concurrently; retry.', 'CONFLICT')]);
  });
}

export const Mutation: MutationResolvers = {
  createCustomer: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(validateCustomer(input, true));
      const fields = {
        name: input.name.trim(),
        kind: input.kind,
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
        status: input.status ?? 'LEAD',
        contacts: [],
      };
      const created = await models.Customer.create({ ...fields, searchTerms: searchTermsOf(fields) });
      return { customer: created.toObject() as CustomerDoc };
    }),

  updateCustomer: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(validateCustomer(input, false));
      const customer = await updateWithRetry(models, input.id, () => ({
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.email !== undefined && { email: input.email?.trim() || null }),
        ...(input.phone !== undefined && { phone: input.phone?.trim() || null }),
        ...(input.status != null && { status: input.status }),
      }));
      return { customer };
    }),

  addContact: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(validateCustomer({ name: input.name, email: input.email, phone: input.phone }, true));
      const contact = {
        _id: new mongoose.Types.ObjectId(),
        name: input.name.trim(),
        email: input.email?.trim() || null,
        phone: input.phone?.trim() || null,
        role: input.role?.trim() || null,
      };
      const customer = await updateWithRetry(models, input.customerId, (doc) => ({ contacts: [...doc.contacts, contact] }));
      return { customer };
    }),
};
