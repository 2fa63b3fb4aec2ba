/**
 * Every write of a customer: create, update, contacts, the customer a converted lead becomes, and
 * the last-interaction time the timeline keeps. Each stores `customers.customer.upserted` in the
 * same write (except the interaction time, which is no change of the customer's data).
 */
import mongoose from 'mongoose';
import { setArchived } from '../../../lib/archive';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { changedFields, findOrCreate, insert, update, updateWhere } from '../../../lib/write';
import type {
  AddContactInput,
  AddressInput,
  CreateCustomerInput,
  RemoveContactInput,
  UpdateContactInput,
  UpdateCustomerInput,
} from '../__generated__/resolvers-types';
import { userError, UserErrors } from '../../../lib/errors';
import { requireText } from '../../../lib/validation';
import {
  contactLimitErrors,
  nameKeyOf,
  normalizeTags,
  searchTermsOf,
  validateAddresses,
  validateCustomer,
  validateRefId,
  validateTags,
} from '../domain/customer';
import { customerUpserted } from '../events/publish';
import type { CustomerDoc, CustomersModels } from '../models';
import { requireDocument } from './lookup';
import { newNodeId } from '../../../lib/node-id';

export const requireCustomer = (models: CustomersModels, id: string, field: string[]) =>
  requireDocument<CustomerDoc>(models.Customer, 'Customer', id, field);

/** The fields derived from the others, written with every change of them: search terms and the name sort key. */
const derived = (c: Pick<CustomerDoc, 'name' | 'email' | 'contacts'>) => ({
  nameKey: nameKeyOf(c.name),
  searchTerms: searchTermsOf(c),
});

const addressesOf = (addresses: AddressInput[]) =>
  addresses.map((a) => ({
    kind: a.kind,
    line1: a.line1.trim(),
    line2: a.line2?.trim() || null,
    city: a.city.trim(),
    postalCode: a.postalCode?.trim() || null,
    country: a.country.trim().toUpperCase(),
  }));

const extrasErrors = (input: { ownerId?: string | null; tags?: string[] | null; addresses?: AddressInput[] | null }) => [
  ...validateRefId(input.ownerId, ['input', 'ownerId']),
  ...validateTags(input.tags, ['input', 'tags']),
  ...validateAddresses(input.addresses, ['input', 'addresses']),
];

export function createCustomer(models: CustomersModels, input: CreateCustomerInput, actor?: Actor): Promise<CustomerDoc> {
  assertNoUserErrors([...validateCustomer(input, true), ...extrasErrors(input)]);
  const fields = {
    _id: newNodeId('Customer'),
    name: input.name.trim(),
    kind: input.kind,
    email: input.email?.trim() || null,
    phone: input.phone?.trim() || null,
    status: input.status ?? 'LEAD',
    ownerId: input.ownerId ?? null,
    tags: normalizeTags(input.tags ?? []),
    addresses: addressesOf(input.addresses ?? []),
    contacts: [],
    quietSince: new Date(),
  };
  return insert<CustomerDoc>(
    models.Customer,
    { ...fields, ...derived(fields) },
    { events: [customerUpserted(fields, actor?.requestId)] },
  );
}

type CustomerChange = Partial<
  Pick<CustomerDoc, 'name' | 'email' | 'phone' | 'status' | 'contacts' | 'ownerId' | 'tags' | 'addresses'>
>;

/**
 * Applies a change decided on the current customer, keeps the derived fields in step and records
 * the upsert event. A change that changes nothing writes nothing (the version stays).
 */
function changeCustomer(
  models: CustomersModels,
  id: string,
  field: string[],
  change: (current: CustomerDoc) => CustomerChange,
  actor?: Actor,
  expectedVersion?: number | null,
): Promise<CustomerDoc> {
  return update<CustomerDoc>(
    models.Customer,
    id,
    (current) => {
      const delta = change(current);
      if (!changedFields(current, delta).length) return null;
      const next = { ...current, ...delta };
      const { name, email, phone, status, contacts, ownerId, tags, addresses } = next;
      return {
        $set: { name, email, phone, status, contacts, ownerId, tags, addresses, ...derived(next) },
        events: [customerUpserted(next, actor?.requestId)],
      };
    },
    { field, expectedVersion },
  );
}

export function updateCustomer(models: CustomersModels, input: UpdateCustomerInput, actor?: Actor): Promise<CustomerDoc> {
  assertNoUserErrors([...validateCustomer(input, false), ...extrasErrors(input)]);
  return changeCustomer(
    models,
    input.id,
    ['input', 'id'],
    () => ({
      ...(input.name != null && { name: input.name.trim() }),
      ...(input.email !== undefined && { email: input.email?.trim() || null }),
      ...(input.phone !== undefined && { phone: input.phone?.trim() || null }),
      ...(input.status != null && { status: input.status }),
      ...(input.ownerId !== undefined && { ownerId: input.ownerId || null }),
      ...(input.tags != null && { tags: normalizeTags(input.tags) }),
      ...(input.addresses != null && { addresses: addressesOf(input.addresses) }),
    }),
    actor,
  );
}

export function addContact(models: CustomersModels, input: AddContactInput, actor?: Actor): Promise<CustomerDoc> {
  assertNoUserErrors(validateCustomer({ name: input.name, email: input.email, phone: input.phone }, true));
  const contact = {
    _id: new mongoose.Types.ObjectId(),
    name: input.name.trim(),
    email: input.email?.trim() || null,
    phone: input.phone?.trim() || null,
    role: input.role?.trim() || null,
  };
  return changeCustomer(
    models,
    input.customerId,
    ['input', 'customerId'],
    (doc) => {
      assertNoUserErrors(contactLimitErrors(doc.contacts.length)); // decided on the version being written
      return { contacts: [...doc.contacts, contact] };
    },
    actor,
  );
}

/** The contact `contactId` of `customer`, or a NOT_FOUND userError on `input.contactId`. */
function contactIndex(customer: CustomerDoc, contactId: string): number {
  const index = customer.contacts.findIndex((c) => String(c._id) === contactId);
  if (index < 0) {
    throw new UserErrors([userError(['input', 'contactId'], `Contact ${contactId} not found on this customer.`, 'NOT_FOUND')]);
  }
  return index;
}

/** Corrects one contact of a customer; fields left out stay, null clears email, phone and role. */
export function updateContact(models: CustomersModels, input: UpdateContactInput, actor?: Actor): Promise<CustomerDoc> {
  assertNoUserErrors([
    ...validateCustomer({ name: input.name, email: input.email, phone: input.phone }, false),
    ...requireText(input.role, ['input', 'role']),
  ]);
  return changeCustomer(
    models,
    input.customerId,
    ['input', 'customerId'],
    (doc) => {
      const index = contactIndex(doc, input.contactId);
      const contact = doc.contacts[index];
      const corrected = {
        ...contact,
        ...(input.name != null && { name: input.name.trim() }),
        ...(input.email !== undefined && { email: input.email?.trim() || null }),
        ...(input.phone !== undefined && { phone: input.phone?.trim() || null }),
        ...(input.role !== undefined && { role: input.role?.trim() || null }),
      };
      return { contacts: doc.contacts.map((c, i) => (i === index ? corrected : c)) };
    },
    actor,
    input.expectedVersion,
  );
}

/** Removes one contact from a customer. */
export function removeContact(models: CustomersModels, input: RemoveContactInput, actor?: Actor): Promise<CustomerDoc> {
  return changeCustomer(
    models,
    input.customerId,
    ['input', 'customerId'],
    (doc) => {
      const index = contactIndex(doc, input.contactId);
      return { contacts: doc.contacts.filter((_, i) => i !== index) };
    },
    actor,
    input.expectedVersion,
  );
}

/**
 * The customer a converted lead becomes (consumer of `sales.lead.converted`), under exactly the
 * `customerId` sales minted: created once, so a redelivery or an existing customer changes nothing.
 */
export async function createCustomerFromLead(models: CustomersModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'sales.lead.converted')) return;
  const p = event.payload;
  if (!mongoose.isObjectIdOrHexString(p.customerId)) throw new Error(`customerId ${p.customerId} is not an ObjectId.`);
  const contactId = p.contactId && mongoose.isObjectIdOrHexString(p.contactId) ? p.contactId : undefined;
  const contacts = p.contactName
    ? [{ _id: new mongoose.Types.ObjectId(contactId), name: p.contactName, email: p.email ?? null }]
    : [];
  const fields = { name: p.customerName, email: p.email ?? null, contacts };
  await findOrCreate<CustomerDoc>(
    models.Customer,
    { _id: new mongoose.Types.ObjectId(p.customerId) },
    () => ({
      ...fields,
      ...derived(fields),
      kind: 'COMPANY',
      status: 'PROSPECT',
      ownerId: p.ownerId ?? null,
      quietSince: new Date(event.occurredAt),
    }),
    { events: (created) => [customerUpserted(created as unknown as CustomerDoc, event.requestId)] },
  );
}

/**
 * Moves the customer's `lastInteractionAt` forward to `at`, never back, and `quietSince` with it
 * (it is max(created, last interaction)): one conditional write, so concurrent and out-of-order
 * interactions leave the latest time whatever the order they land in.
 */
export async function recordInteractionTime(models: CustomersModels, customerId: string, at: Date): Promise<void> {
  if (!mongoose.isObjectIdOrHexString(customerId)) return;
  await updateWhere(
    models.Customer,
    { _id: customerId, $or: [{ lastInteractionAt: null }, { lastInteractionAt: mongoose.trusted({ $lt: at }) }] },
    { $set: { lastInteractionAt: at }, $max: { quietSince: at }, $inc: { version: 1 } },
  );
}

/**
 * Archives (or restores) a customer (lib/archive.ts): it leaves the lists, search and attention
 * and still resolves by id with its timeline; sales and finance keep the documents naming it.
 */
export const setCustomerArchived = (
  models: CustomersModels,
  input: { id: string; expectedVersion?: number | null },
  archive: boolean,
  actor?: Actor,
) =>
  setArchived<CustomerDoc>(models.Customer, input.id, archive, {
    entity: 'customers.customer',
    label: (c) => c.name,
    expectedVersion: input.expectedVersion,
    requestId: actor?.requestId,
  });
