/**
 * The customers models: one file per aggregate, registered here. Nothing else opens a collection
 * of the customers database.
 */
import type { Connection, Types } from 'mongoose';
import type { Connection as Page } from '../../../lib/pagination';
import { sequenceModel } from '../../../lib/sequence';
import type { AttentionReason } from '../domain/attention';
import { crmSettingsModel } from './crm-settings';
import { customerModel, type CustomerDoc } from './customer';
import { interactionModel } from './interaction';
import { taskModel } from './task';
import { ticketModel } from './ticket';
import { userLinkModel } from './user-link';

export * from './crm-settings';
export * from './customer';
export * from './interaction';
export * from './task';
export * from './ticket';
export * from './user-link';
export type { CustomerKind, CustomerStatus } from '../domain/customer';
export type { InteractionDirection, InteractionKind } from '../domain/interaction';
export type { TaskStatus } from '../domain/task';
export type { RoutingStrategy, TicketPriority, TicketStatus } from '../domain/ticket';

export function customersModels(connection: Connection) {
  return {
    connection,
    Customer: customerModel(connection),
    Interaction: interactionModel(connection),
    Task: taskModel(connection),
    UserLink: userLinkModel(connection),
    Ticket: ticketModel(connection),
    CrmSettings: crmSettingsModel(connection),
    Sequence: sequenceModel(connection),
  };
}
export type CustomersModels = ReturnType<typeof customersModels>;

/** A reference to hr's Employee entity (resolved by the gateway). */
export interface EmployeeRef {
  id: string;
}

/** A customer needing attention, with its reasons (keyed by the customer's id for paging). */
export type AttentionReasonModel = AttentionReason;
export interface CustomerAttentionModel {
  _id: Types.ObjectId;
  customer: CustomerDoc;
  reasons: AttentionReasonModel[];
}
export type CustomerAttentionConnectionModel = Omit<Page<CustomerAttentionModel>, 'totalCount'>;
