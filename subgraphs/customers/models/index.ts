import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import type { Connection as Page } from '../../../lib/pagination';

export type CustomerKind = 'COMPANY' | 'PERSON';
export type CustomerStatus = 'LEAD' | 'PROSPECT' | 'ACTIVE' | 'CHURNED';

export interface ContactDoc {
  _id: Types.ObjectId;
  name: string;
  email?: string | null;
  phone?: string | null;
  role?: string | null;
}

export interface CustomerDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  kind: CustomerKind;
  email?: string | null;
  phone?: string | null;
  status: CustomerStatus;
  contacts: ContactDoc[];
  /** Lower-cased words of name, email and contact names: the index behind prefix search. */
  searchTerms: string[];
  version: number;
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

const customerSchema = new mongoose.Schema<CustomerDoc>(
  {
    name: { type: String, required: true },
    kind: { type: String, enum: ['COMPANY', 'PERSON'], required: true },
    email: String,
    phone: String,
    status: { type: String, enum: ['LEAD', 'PROSPECT', 'ACTIVE', 'CHURNED'], required: true },
    contacts: { type: [contactSchema], default: [] },
    searchTerms: { type: [String], default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
customerSchema.plugin(tenantScopePlugin);
customerSchema.index({ tenantId: 1, _id: -1 });
customerSchema.index({ tenantId: 1, status: 1, _id: -1 });
customerSchema.index({ tenantId: 1, searchTerms: 1 });

export function customersModels(connection: Connection) {
  return {
    Customer: connection.model<CustomerDoc>('Customer', customerSchema, 'customers'),
  };
}
export type CustomersModels = ReturnType<typeof customersModels>;
