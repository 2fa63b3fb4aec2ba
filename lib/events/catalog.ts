/**
 * The contract between domains: every event type the platform publishes and its payload.
 * Producers build events with `domainEvent` (type-checked against this map); consumers and the
 * gateway's subscriptions read payloads typed by `EventPayload<T>`.
 *
 * Conventions: ids are the owning subgraph's opaque ids as strings; money is integer minor units
 * with its ISO-4217 currency (`MoneyMinor`); times are ISO-8601 UTC strings. A payload carries what
 * a consumer needs to act without calling back the producer (no synchronous cross-domain reads).
 * A change to a payload's shape bumps its `schemaVersion`; consumers ignore versions they do not know.
 */
import { createEvent, type EventEnvelope } from './envelope';

export interface MoneyMinor {
  /** Integer minor units (cents). */
  minor: number;
  currency: string;
}

/** One priced line, as sales and finance exchange them. */
export interface LinePayload {
  /** inventory's Product id, when the line is a product. */
  productId?: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  /** Discount on the line in percent x 100 (basis points), 0 when none. */
  discountBps?: number;
  /** Tax rate in basis points (1900 = 19 %), 0 when none. */
  taxRateBps?: number;
}

export interface EventCatalog {
  // customers (CRM)
  'customers.customer.upserted': {
    customerId: string;
    name: string;
    status: string;
    ownerId?: string | null;
    email?: string | null;
  };
  'customers.interaction.logged': {
    interactionId: string;
    customerId: string;
    kind: 'CALL' | 'EMAIL' | 'MEETING' | 'NOTE' | 'SYSTEM';
    occurredAt: string;
    dealId?: string | null;
    orderId?: string | null;
    ticketId?: string | null;
  };
  'customers.ticket.created': { ticketId: string; number: string; customerId: string; priority: string; tags: string[] };
  'customers.ticket.assigned': { ticketId: string; number: string; customerId: string; assigneeId: string; priority: string };
  'customers.task.due': { taskId: string; assigneeId: string; dueAt: string; customerId?: string | null };

  // sales
  'sales.lead.converted': {
    leadId: string;
    customerId: string;
    customerName: string;
    email?: string | null;
    contactName?: string | null;
    contactId?: string | null;
    ownerId?: string | null;
    dealId: string;
  };
  'sales.deal.stageChanged': {
    dealId: string;
    pipelineId: string;
    customerId: string;
    ownerId?: string | null;
    fromStage: string;
    toStage: string;
    amount: MoneyMinor;
  };
  'sales.deal.won': {
    dealId: string;
    /** The deal's name (absent in events written before it was added). */
    name?: string;
    customerId: string;
    ownerId?: string | null;
    amount: MoneyMinor;
    lines: LinePayload[];
  };
  'sales.deal.lost': { dealId: string; customerId: string; reason: string };
  // Every order status change has its own type; subscriptions (`orderStatusChanged`) listen to all three.
  'sales.order.confirmed': { orderId: string; number: string; customerId: string; currency: string; lines: LinePayload[] };
  'sales.order.cancelled': { orderId: string; number: string; customerId: string; previousStatus: string };
  'sales.order.fulfilled': { orderId: string; number: string; customerId: string; currency: string; lines: LinePayload[] };

  // finance
  'finance.invoice.statusChanged': {
    invoiceId: string;
    number: string;
    customerId: string;
    fromStatus: string;
    toStatus: string;
    total: MoneyMinor;
    amountDue: MoneyMinor;
    dealId?: string | null;
    orderId?: string | null;
  };
  'finance.payment.received': { paymentId: string; customerId: string; amount: MoneyMinor; invoiceIds: string[] };

  // inventory
  'inventory.product.upserted': { productId: string; sku: string; name: string; price: MoneyMinor };
  'inventory.stock.reserved': {
    orderId: string;
    lines: Array<{ productId: string; warehouseId: string; quantity: number; backordered: number }>;
  };
  'inventory.stock.low': {
    /** inventory's opaque StockLevel id (product x warehouse); `Query.stockLevel(id)` resolves it. */
    stockLevelId: string;
    productId: string;
    warehouseId: string;
    available: number;
    reorderPoint: number;
    purchaseOrderId?: string | null;
  };
  'inventory.purchaseOrder.received': {
    purchaseOrderId: string;
    number: string;
    supplierId: string;
    supplierName: string;
    currency: string;
    /** Set for each receipt, so a partial receipt bills only what arrived. */
    receiptId: string;
    lines: Array<{ productId: string; description: string; quantity: number; unitCostMinor: number }>;
  };

  // identity: credentials that stop working. Every gateway replica drops them from its auth cache at once.
  'identity.apiKey.revoked': { apiKeyId: string };
  'identity.session.revoked': { familyId: string; userId: string };

  // hr
  /** An employee was hired or changed: what other domains replicate (operations: capacity and cost). */
  'hr.employee.upserted': {
    employeeId: string;
    name: string;
    /** The employee's role (job title), which project rates are set by. */
    title?: string | null;
    departmentId?: string | null;
    status: string;
    /** Contracted working hours per week. */
    weeklyHours: number;
    /** Hourly cost of the employee's time, when hr knows it. */
    costRate?: MoneyMinor | null;
    /** The employee document's version: consumers keep the newest they saw (events may arrive out of order). */
    version: number;
  };
  /** Approved time off: dates the employee is not available. */
  'hr.timeOff.approved': { requestId: string; employeeId: string; startDate: string; endDate: string; days: number };
  'hr.payroll.posted': {
    payrollRunId: string;
    period: string;
    currency: string;
    grossMinor: number;
    employeeDeductionsMinor: number;
    employerContributionsMinor: number;
    netMinor: number;
  };

  // operations
  'operations.project.statusChanged': { projectId: string; customerId: string; fromStatus: string; toStatus: string };
  'operations.timesheet.submitted': { timesheetId: string; projectId: string; employeeId: string; weekStart: string; minutes: number };
  /**
   * Work to invoice: the billable time of an approved timesheet (TIME_AND_MATERIALS) or a completed
   * milestone (FIXED_PRICE). `source` (`timesheet:<id>`, `milestone:<id>`) is unique: finance drafts
   * one invoice per source however often the event is delivered.
   */
  'operations.billing.ready': {
    source: string;
    projectId: string;
    projectName: string;
    customerId: string;
    currency: string;
    lines: LinePayload[];
  };
}

export type EventType = keyof EventCatalog;
export type EventPayload<T extends EventType> = EventCatalog[T];
export type DomainEvent<T extends EventType> = EventEnvelope<EventPayload<T>>;

/** A new event of a catalogued type; `producer` is the first segment of the type. */
export function domainEvent<T extends EventType>(
  type: T,
  fields: { tenantId: string; aggregateId: string; payload: EventPayload<T>; requestId?: string; id?: string; occurredAt?: Date },
): DomainEvent<T> {
  return createEvent({ ...fields, type, producer: type.split('.')[0], payload: fields.payload as never }) as DomainEvent<T>;
}

/** Narrows an incoming event to a catalogued type (consumers subscribe by type, this is the typed view). */
export function isEvent<T extends EventType>(event: EventEnvelope, type: T): event is DomainEvent<T> {
  return event.type === type;
}
