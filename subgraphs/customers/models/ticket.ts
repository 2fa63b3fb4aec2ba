/** Tickets: support requests of a customer, with their lifecycle, SLA and how they were routed. */
import mongoose, { type Connection, type Types } from 'mongoose';
import { outboxPlugin } from '../../../lib/events/outbox';
import type { Connection as Page } from '../../../lib/pagination';
import { tenantScopePlugin } from '../../../lib/tenancy';
import { nodeIdPlugin } from '../../../lib/node-id';
import { aggregatePlugin } from '../../../lib/write';
import {
  TICKET_TRANSITIONS,
  type RoutingStrategy,
  type TicketCommentVisibility,
  type TicketPriority,
  type TicketStatus,
} from '../domain/ticket';

export interface TicketRoutingDoc {
  ruleName?: string | null;
  strategy?: RoutingStrategy | null;
  routedAt: Date;
}

/** One message of a ticket's conversation: a reply the customer sees (PUBLIC) or a note for agents. */
export interface TicketCommentDoc {
  _id: Types.ObjectId;
  body: string;
  visibility: TicketCommentVisibility;
  /** Who wrote it: `user:<id>` or `apikey:<id>`. */
  principal: string;
  /** The hr employee linked to that user, when there is one. */
  authorId?: string | null;
  createdAt: Date;
}

export interface TicketSatisfactionDoc {
  rating: number;
  comment?: string | null;
  ratedAt: Date;
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
  /**
   * The conversation, oldest first. Never read with the ticket (lists stay small): only
   * `Ticket.comments` asks for it (loaders.ticketComments); the write path appends with `$push`.
   */
  comments?: TicketCommentDoc[];
  commentCount?: number;
  /** When the first PUBLIC comment was added: the ticket's first response. */
  firstRespondedAt?: Date | null;
  satisfaction?: TicketSatisfactionDoc | null;
  /** `<rule>:<event id>` of automation actions already applied (each applies once). */
  automationKeys?: string[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
export type TicketConnectionModel = Page<TicketDoc>;
export type TicketCommentConnectionModel = Page<TicketCommentDoc>;

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
    comments: {
      type: [
        new mongoose.Schema(
          {
            body: { type: String, required: true },
            visibility: { type: String, enum: ['PUBLIC', 'INTERNAL'], required: true },
            principal: { type: String, required: true },
            authorId: String,
            createdAt: { type: Date, required: true },
          },
          { _id: true },
        ),
      ],
      default: undefined,
      select: false,
    },
    commentCount: { type: Number, default: 0 },
    firstRespondedAt: Date,
    satisfaction: {
      type: new mongoose.Schema({ rating: { type: Number, required: true }, comment: String, ratedAt: Date }, { _id: false }),
    },
    automationKeys: { type: [String], default: [] },
  },
  { timestamps: true, versionKey: false },
);
ticketSchema.plugin(tenantScopePlugin);
ticketSchema.plugin(nodeIdPlugin, { type: 'Ticket' });
ticketSchema.plugin(outboxPlugin);
ticketSchema.plugin(aggregatePlugin, { name: 'Ticket', transitions: TICKET_TRANSITIONS });
ticketSchema.index({ tenantId: 1, _id: -1 });
ticketSchema.index({ tenantId: 1, number: 1 }, { unique: true });
ticketSchema.index({ tenantId: 1, customerId: 1, _id: -1 });
ticketSchema.index({ tenantId: 1, customerId: 1, priority: 1 }); // a customer's tickets of one priority
ticketSchema.index({ tenantId: 1, status: 1, priority: 1, slaDueAt: 1 });
ticketSchema.index({ tenantId: 1, assigneeId: 1, status: 1 });

export const ticketModel = (connection: Connection) => connection.model<TicketDoc>('Ticket', ticketSchema, 'tickets');
