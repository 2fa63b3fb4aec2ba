import { attachmentFields } from '../../../lib/attachments';
import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Contact } from './Contact';
import { Customer } from './Customer';
import { CustomerAttention } from './CustomerAttention';
import { Interaction } from './Interaction';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { Task } from './Task';
import { Ticket, TicketComment } from './Ticket';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Attachment: attachmentFields('customers'),
  Customer,
  Contact,
  Interaction,
  Task,
  Ticket,
  TicketComment,
  CustomerAttention,
};
