/** Customers: accounts with their contacts, addresses, owner, tags and when they were last talked to. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { archivable } from '../../../lib/archive';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import type { CustomerKind, CustomerStatus } from '../domain/customer';

export interface ContactDoc {
  _id: Types.ObjectId;
  name: string;
  email?: string | null;
  phone?: string | null;
  role?: string | null;
}

export interface AddressDoc {
  kind: 'BILLING' | 'SHIPPING' | 'OFFICE';
  line1: string;
  line2?: string | null;
  city: string;
  postalCode?: string | null;
  country: string;
}

export interface CustomerDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  /** `nameKeyOf(name)`: the case-insensitive key of the NAME_ASC / NAME_DESC sorts (absent on documents not written since it was added). */
  nameKey?: string | null;
  kind: CustomerKind;
  email?: string | null;
  phone?: string | null;
  status: CustomerStatus;
  ownerId?: string | null;
  tags: string[];
  addresses: AddressDoc[];
  contacts: ContactDoc[];
  /** Lower-cased words of name, email and contact names: the index behind prefix search. */
  searchTerms: string[];
  /** The last non-SYSTEM interaction's time (null: never); only moves forward. The LAST_ACTIVITY sorts' key. */
  lastInteractionAt?: Date | null;
  /** max(createdAt, lastInteractionAt): the indexed key of "no interaction in N days". */
  quietSince: Date;
  version: number;
  /** When it was archived (lib/archive.ts); null while it is in use. */
  archivedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type CustomerConnectionModel = Page<CustomerDoc>;

const contactSchema = new mongoose.Schema<ContactDoc>({
  name: { type: String, required: true },
  email: String,
  phone: String,
  role: String,
});

const addressSchema = new mongoose.Schema<AddressDoc>(
  {
    kind: { type: String, enum: ['BILLING', 'SHIPPING', 'OFFICE'], required: true },
    line1: { type: String, required: true },
    line2: String,
    city: { type: String, required: true },
    postalCode: String,
    country: { type: String, required: true },
  },
  { _id: false },
);

const customerSchema = new mongoose.Schema<CustomerDoc>(
  {
    name: { type: String, required: true },
    nameKey: String,
    kind: { type: String, enum: ['COMPANY', 'PERSON'], required: true },
    email: String,
    phone: String,
    status: { type: String, enum: ['LEAD', 'PROSPECT', 'ACTIVE', 'CHURNED'], required: true },
    ownerId: String,
    tags: { type: [String], default: [] },
    addresses: { type: [addressSchema], default: [] },
    contacts: { type: [contactSchema], default: [] },
    searchTerms: { type: [String], default: [] },
    // Stored as null until the first interaction, so "never" sorts as one value on every server.
    lastInteractionAt: { type: Date, default: null },
    quietSince: { type: Date, default: () => new Date() },
  },
  { timestamps: true, versionKey: false },
);
customerSchema.plugin(tenantScopePlugin);
customerSchema.plugin(nodeIdPlugin, { type: 'Customer' });
customerSchema.plugin(outboxPlugin);
customerSchema.plugin(aggregatePlugin, { name: 'Customer' });
customerSchema.plugin(archivable);
customerSchema.index({ tenantId: 1, _id: -1 });
// The default list (customers in use, lib/archive.ts) and its counts, unfiltered and by status or owner.
customerSchema.index({ tenantId: 1, archivedAt: 1, _id: -1 });
customerSchema.index({ tenantId: 1, status: 1, archivedAt: 1, _id: -1 });
customerSchema.index({ tenantId: 1, ownerId: 1, archivedAt: 1, _id: -1 });
customerSchema.index({ tenantId: 1, status: 1, _id: -1 });
customerSchema.index({ tenantId: 1, searchTerms: 1, archivedAt: 1 });
customerSchema.index({ tenantId: 1, ownerId: 1, _id: -1 });
customerSchema.index({ tenantId: 1, tags: 1, archivedAt: 1 });
customerSchema.index({ tenantId: 1, quietSince: 1 });
// The sorts a user may choose (CustomerSort), over all customers or one status.
customerSchema.index({ tenantId: 1, nameKey: 1, _id: 1 });
customerSchema.index({ tenantId: 1, status: 1, nameKey: 1, _id: 1 });
customerSchema.index({ tenantId: 1, lastInteractionAt: 1, _id: 1 });
customerSchema.index({ tenantId: 1, status: 1, lastInteractionAt: 1, _id: 1 });

export const customerModel = (connection: Connection) => connection.model<CustomerDoc>('Customer', customerSchema, 'customers');
