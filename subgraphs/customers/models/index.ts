import mongoose, { type Connection, type Types } from 'mongoose';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { outboxPlugin, type EventEnvelope } from '../../../lib/events';
import type { Connection as Page } from '../../../lib/pagination';
import { sequenceModel } from '../../../lib/sequence';
import type { AutomationRuleDoc } from '../domain/automation';

export type CustomerKind = 'COMPANY' | 'PERSON';
export type CustomerStatus = 'LEAD' | 'PROSPECT' | 'ACTIVE' | 'CHURNED';
export type InteractionKind = 'CALL' | 'EMAIL' | 'MEETING' | 'NOTE' | 'SYSTEM';
export type InteractionDirection = 'INBOUND' | 'OUTBOUND' | 'INTERNAL';
export type TaskStatus = 'OPEN' | 'DONE' | 'CANCELLED';
export type TicketStatus = 'NEW' | 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED';
export type TicketPriority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type RoutingStrategy = 'ROUND_ROBIN' | 'LEAST_LOADED';

/** A reference to hr's Employee entity (resolved by the gateway). */
export interface EmployeeRef {
  id: string;
}

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
  /** The last non-SYSTEM interaction's time (null: never). */
  lastInteractionAt?: Date | null;
  /** max(createdAt, lastInteractionAt): the indexed key of "no interaction in N days". */
  quietSince: Date;
  version: number;
  outbox?: EventEnvelope[];
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
    kind: { type: String, enum: ['COMPANY', 'PERSON'], required: true },
    email: String,
    phone: String,
    status: { type: String, enum: ['LEAD', 'PROSPECT', 'ACTIVE', 'CHURNED'], required: true },
    ownerId: String,
    tags: { type: [String], default: [] },
    addresses: { type: [addressSchema], default: [] },
    contacts: { type: [contactSchema], default: [] },
    searchTerms: { type: [String], default: [] },
    lastInteractionAt: Date,
    quietSince: { type: Date, default: () => new Date() },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
customerSchema.plugin(tenantScopePlugin);
customerSchema.plugin(outboxPlugin);
customerSchema.index({ tenantId: 1, _id: -1 });
customerSchema.index({ tenantId: 1, status: 1, _id: -1 });
customerSchema.index({ tenantId: 1, searchTerms: 1 });
customerSchema.index({ tenantId: 1, ownerId: 1, _id: -1 });
customerSchema.index({ tenantId: 1, tags: 1 });
customerSchema.index({ tenantId: 1, quietSince: 1 });

export interface InteractionDoc {
  /** Carries `occurredAt` (to the second) in its timestamp part: sorting by _id is newest first. */
  _id: Types.ObjectId;
  tenantId: string;
  customerId: string;
  kind: InteractionKind;
  occurredAt: Date;
  direction: InteractionDirection;
  subject: string;
  body?: string | null;
  outcome?: string | null;
  contactIds: string[];
  employeeIds: string[];
  dealId?: string | null;
  orderId?: string | null;
  ticketId?: string | null;
  /** Unique per tenant: the interaction's own id, or `event:<id>` for one written by a consumer (insert once). */
  idempotencyKey: string;
  outbox?: EventEnvelope[];
  createdAt: Date;
  updatedAt: Date;
}
export type InteractionConnectionModel = Page<InteractionDoc>;

const interactionSchema = new mongoose.Schema<InteractionDoc>(
  {
    customerId: { type: String, required: true },
    kind: { type: String, enum: ['CALL', 'EMAIL', 'MEETING', 'NOTE', 'SYSTEM'], required: true },
    occurredAt: { type: Date, required: true },
    direction: { type: String, enum: ['INBOUND', 'OUTBOUND', 'INTERNAL'], required: true },
    subject: { type: String, required: true },
    body: String,
    outcome: String,
    contactIds: { type: [String], default: [] },
    employeeIds: { type: [String], default: [] },
    dealId: String,
    orderId: String,
    ticketId: String,
    idempotencyKey: { type: String, required: true },
  },
  { timestamps: true, versionKey: false },
);
interactionSchema.plugin(tenantScopePlugin);
interactionSchema.plugin(outboxPlugin);
interactionSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
interactionSchema.index({ tenantId: 1, idempotencyKey: 1 }, { unique: true });

export interface TaskDoc {
  _id: Types.ObjectId;
  tenantId: string;
  title: string;
  dueAt: Date;
  status: TaskStatus;
  assigneeId: string;
  customerId?: string | null;
  dealId?: string | null;
  ticketId?: string | null;
  completedAt?: Date | null;
  /** Set once the due sweeper emitted `customers.task.due` for this task. */
  dueNotified: boolean;
  version: number;
  outbox?: EventEnvelope[];
  createdAt: Date;
  updatedAt: Date;
}
export type TaskConnectionModel = Page<TaskDoc>;

const taskSchema = new mongoose.Schema<TaskDoc>(
  {
    title: { type: String, required: true },
    dueAt: { type: Date, required: true },
    status: { type: String, enum: ['OPEN', 'DONE', 'CANCELLED'], required: true },
    assigneeId: { type: String, required: true },
    customerId: String,
    dealId: String,
    ticketId: String,
    completedAt: Date,
    dueNotified: { type: Boolean, default: false },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
taskSchema.plugin(tenantScopePlugin);
taskSchema.plugin(outboxPlugin);
taskSchema.index({ tenantId: 1, _id: -1 });
taskSchema.index({ tenantId: 1, assigneeId: 1, status: 1, dueAt: 1 });
taskSchema.index({ tenantId: 1, status: 1, dueAt: 1 });
taskSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
// The due sweeper serves every tenant (infrastructure, like the outbox relay): its index cannot start with tenantId.
taskSchema.index({ dueNotified: 1, status: 1, dueAt: 1 });

export interface TicketRoutingDoc {
  ruleName?: string | null;
  strategy?: RoutingStrategy | null;
  routedAt: Date;
}

export interface TicketDoc {
  _id: Types.ObjectId;
  tenantId: string;
  number: string;
  customerId: string;
  subject: string;
  description?: string | null;
  priority: TicketPriority;
  status: TicketStatus;
  tags: string[];
  assigneeId?: string | null;
  routing?: TicketRoutingDoc | null;
  slaDueAt: Date;
  resolvedAt?: Date | null;
  /** `<rule>:<event id>` of automation actions already applied (each applies once). */
  automationKeys?: string[];
  version: number;
  outbox?: EventEnvelope[];
  createdAt: Date;
  updatedAt: Date;
}
export type TicketConnectionModel = Page<TicketDoc>;

const ticketSchema = new mongoose.Schema<TicketDoc>(
  {
    number: { type: String, required: true },
    customerId: { type: String, required: true },
    subject: { type: String, required: true },
    description: String,
    priority: { type: String, enum: ['LOW', 'MEDIUM', 'HIGH', 'URGENT'], required: true },
    status: { type: String, enum: ['NEW', 'OPEN', 'PENDING', 'RESOLVED', 'CLOSED'], required: true },
    tags: { type: [String], default: [] },
    assigneeId: String,
    routing: { type: new mongoose.Schema({ ruleName: String, strategy: String, routedAt: Date }, { _id: false }) },
    slaDueAt: { type: Date, required: true },
    resolvedAt: Date,
    automationKeys: { type: [String], default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true, versionKey: false },
);
ticketSchema.plugin(tenantScopePlugin);
ticketSchema.plugin(outboxPlugin);
ticketSchema.index({ tenantId: 1, _id: -1 });
ticketSchema.index({ tenantId: 1, number: 1 }, { unique: true });
ticketSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
ticketSchema.index({ tenantId: 1, status: 1, priority: 1, slaDueAt: 1 });
ticketSchema.index({ tenantId: 1, assigneeId: 1, status: 1 });

export interface RoutingRuleDoc {
  name: string;
  priority?: TicketPriority | null;
  tag?: string | null;
  strategy: RoutingStrategy;
  agentIds: string[];
  /** Round-robin position: how many tickets this rule has routed. */
  cursor: number;
}

/** One per tenant: CRM settings and the routing rules with their round-robin counters (one document, versioned). */
export interface CrmSettingsDoc {
  _id: Types.ObjectId;
  tenantId: string;
  key: string;
  attentionDays: number;
  routingRules: RoutingRuleDoc[];
  /** Who ASSIGN_TICKET_TO_ON_CALL automation rules assign to (hr Employee id). */
  onCallAgentId?: string | null;
  /** The tenant's automation rules; absent until set: DEFAULT_AUTOMATION_RULES apply. */
  automationRules?: AutomationRuleDoc[] | null;
  version: number;
}

const settingsSchema = new mongoose.Schema<CrmSettingsDoc>(
  {
    key: { type: String, required: true, default: 'crm' },
    attentionDays: { type: Number, default: 30 },
    routingRules: {
      type: [
        new mongoose.Schema(
          {
            name: { type: String, required: true },
            priority: String,
            tag: String,
            strategy: { type: String, enum: ['ROUND_ROBIN', 'LEAST_LOADED'], required: true },
            agentIds: { type: [String], default: [] },
            cursor: { type: Number, default: 0 },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    onCallAgentId: String,
    automationRules: {
      type: [
        new mongoose.Schema(
          {
            name: { type: String, required: true },
            eventType: { type: String, required: true },
            conditions: { type: [new mongoose.Schema({ field: String, equals: String }, { _id: false })], default: [] },
            action: { type: String, enum: ['CREATE_FOLLOW_UP_TASK', 'ASSIGN_TICKET_TO_ON_CALL'], required: true },
            afterDays: Number,
            taskTitle: String,
            enabled: { type: Boolean, default: true },
          },
          { _id: false },
        ),
      ],
      default: undefined,
    },
    version: { type: Number, default: 0 },
  },
  { versionKey: false, minimize: false },
);
settingsSchema.plugin(tenantScopePlugin);
settingsSchema.index({ tenantId: 1, key: 1 }, { unique: true });

export interface AttentionReasonModel {
  kind: 'NO_RECENT_INTERACTION' | 'OVERDUE_TASKS' | 'TICKET_PAST_SLA';
  message: string;
}
export interface CustomerAttentionModel {
  _id: Types.ObjectId;
  customer: CustomerDoc;
  reasons: AttentionReasonModel[];
}
export type CustomerAttentionConnectionModel = Omit<Page<CustomerAttentionModel>, 'totalCount'>;

export function customersModels(connection: Connection) {
  return {
    connection,
    Customer: connection.model<CustomerDoc>('Customer', customerSchema, 'customers'),
    Interaction: connection.model<InteractionDoc>('Interaction', interactionSchema, 'interactions'),
    Task: connection.model<TaskDoc>('Task', taskSchema, 'tasks'),
    Ticket: connection.model<TicketDoc>('Ticket', ticketSchema, 'tickets'),
    CrmSettings: connection.model<CrmSettingsDoc>('CrmSettings', settingsSchema, 'crm_settings'),
    Sequence: sequenceModel(connection),
  };
}
export type CustomersModels = ReturnType<typeof customersModels>;

/** What the API shows of the settings (defaults when the tenant has none stored). */
export type CrmSettingsView = Pick<CrmSettingsDoc, 'attentionDays' | 'routingRules' | 'onCallAgentId' | 'automationRules'>;
