/**
 * Projects: customer, manager, contract, budget, schedule, rates, and the dependency edges of
 * their tasks (kept here so that a cycle check and the edge it allows are one versioned write).
 */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import { PROJECT_TRANSITIONS, type ContractType, type ProjectStatus, type RoleRate } from '../domain/project';
import type { RetainerPeriod, RetainerTerms } from '../domain/retainer';
import type { Dependency } from '../domain/task';

export interface ProjectDoc {
  _id: Types.ObjectId;
  tenantId: string;
  name: string;
  customerId: string;
  managerId?: string | null;
  dealId?: string | null;
  /** `deal:<dealId>` or `manual:<id>`: unique per tenant, so a won deal makes one project. */
  sourceKey: string;
  contractType: ContractType;
  status: ProjectStatus;
  currency: string;
  budgetMinutes?: number | null;
  budgetMinor?: number | null;
  startDate?: string | null;
  endDate?: string | null;
  defaultRateMinor?: number | null;
  roleRates: RoleRate[];
  dependencies: Dependency[];
  /** RETAINER: the monthly fee, its included hours and whether overage is billed. */
  retainer?: RetainerTerms | null;
  /** RETAINER: the periods billed, in order (each with its event, in the same write). */
  retainerPeriods: RetainerPeriod[];
  /** RETAINER: when the next period is due to bill (the sweeper's cross-tenant key); null when none is left. */
  retainerDueAt?: Date | null;
  /** The day the project was completed or cancelled (the last retainer period is its month). */
  closedOn?: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type ProjectConnectionModel = Page<ProjectDoc>;

const roleRateSchema = new mongoose.Schema<RoleRate>(
  {
    role: { type: String, required: true },
    roleKey: { type: String, required: true },
    rateMinor: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);
const dependencySchema = new mongoose.Schema<Dependency>(
  { taskId: { type: String, required: true }, dependsOnId: { type: String, required: true } },
  { _id: false },
);

const retainerTermsSchema = new mongoose.Schema<RetainerTerms>(
  {
    feeMinor: { type: Number, required: true, min: 0 },
    includedMinutes: { type: Number, required: true, min: 0 },
    billOverage: { type: Boolean, required: true },
  },
  { _id: false },
);
const retainerPeriodSchema = new mongoose.Schema<RetainerPeriod>(
  {
    period: { type: String, required: true },
    source: { type: String, required: true },
    feeMinor: { type: Number, required: true },
    includedMinutes: { type: Number, required: true },
    usedMinutes: { type: Number, required: true },
    overageMinutes: { type: Number, required: true },
    overageMinor: { type: Number, required: true },
    amountMinor: { type: Number, required: true },
    billedAt: { type: Date, required: true },
  },
  { _id: false },
);

const projectSchema = new mongoose.Schema<ProjectDoc>(
  {
    name: { type: String, required: true },
    customerId: { type: String, required: true },
    managerId: String,
    dealId: String,
    sourceKey: { type: String, required: true },
    contractType: { type: String, enum: ['FIXED_PRICE', 'TIME_AND_MATERIALS', 'RETAINER'], required: true },
    status: { type: String, required: true, default: 'PLANNED' },
    currency: { type: String, required: true },
    budgetMinutes: Number,
    budgetMinor: Number,
    startDate: String,
    endDate: String,
    defaultRateMinor: Number,
    roleRates: { type: [roleRateSchema], default: [] },
    dependencies: { type: [dependencySchema], default: [] },
    retainer: { type: retainerTermsSchema, default: null },
    retainerPeriods: { type: [retainerPeriodSchema], default: [] },
    retainerDueAt: { type: Date, default: null },
    closedOn: { type: String, default: null },
  },
  { timestamps: true, versionKey: false },
);
projectSchema.plugin(tenantScopePlugin);
projectSchema.plugin(nodeIdPlugin, { type: 'Project' });
projectSchema.plugin(outboxPlugin);
projectSchema.plugin(aggregatePlugin, { name: 'Project', transitions: PROJECT_TRANSITIONS });
projectSchema.index({ tenantId: 1, sourceKey: 1 }, { unique: true });
projectSchema.index({ tenantId: 1, _id: -1 });
projectSchema.index({ tenantId: 1, status: 1, _id: -1 });
projectSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
projectSchema.index({ tenantId: 1, customerId: 1, status: 1, _id: -1 });
projectSchema.index({ tenantId: 1, managerId: 1, _id: -1 });
projectSchema.index({ tenantId: 1, dealId: 1 });
// The retainer sweeper's read across tenants: projects whose next period is due.
projectSchema.index({ retainerDueAt: 1 });

export const projectModel = (connection: Connection) => connection.model<ProjectDoc>('Project', projectSchema, 'projects');
