import mongoose from 'mongoose';
import { updateVersioned } from '../../../lib/versioned-update';
import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { searchTermsOf, validateCustomer } from '../domain/customer';
import type { CustomerDoc, CustomersModels } from '../models';

/** Applies a change to a customer and keeps its search terms in step. */
function updateCustomer(
  models: CustomersModels,
  id: string,
  field: string[],
  change: (doc: CustomerDoc) => Partial<Pick<CustomerDoc, 'name' | 'email' | 'phone' | 'status' | 'contacts'>>,
): Promise<CustomerDoc> {
  return updateVersioned<CustomerDoc>(models.Customer, 'Customer', id, field, (current) => {
    const next = { ...current, ...change(current) };
    const { name, email, phone, status, contacts } = next;
    return { $set: { name, email, phone, status, contacts, searchTerms: searchTermsOf(next) } };
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
      const customer = await updateCustomer(models, input.id, ['input', 'id'], () => ({
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
      const customer = await updateCustomer(models, input.customerId, ['input', 'customerId'], (doc) => ({
        contacts: [...doc.contacts, contact],
      }));
      return { customer };
    }),
};
