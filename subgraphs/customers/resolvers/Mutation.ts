import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import {
  addContact,
  createCustomer,
  removeContact,
  setCustomerArchived,
  updateContact,
  updateCustomer,
} from '../services/customers';
import { logInteraction } from '../services/interactions';
import { updateCrmSettings } from '../services/settings';
import { createTask, moveTask, reassignTask } from '../services/tasks';
import {
  addTicketComment,
  createTicket,
  moveTicket,
  rateTicket,
  reassignTicket,
  reopenTicket,
  updateTicket,
} from '../services/tickets';

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export const Mutation: MutationResolvers = {
  createCustomer: (_, { input }, ctx) => runMutation(async () => ({ customer: await createCustomer(ctx.models, input, ctx) })),
  updateCustomer: (_, { input }, ctx) => runMutation(async () => ({ customer: await updateCustomer(ctx.models, input, ctx) })),
  archiveCustomer: (_, { input }, ctx) =>
    runMutation(async () => ({ customer: await setCustomerArchived(ctx.models, input, true, ctx) })),
  restoreCustomer: (_, { input }, ctx) =>
    runMutation(async () => ({ customer: await setCustomerArchived(ctx.models, input, false, ctx) })),
  addContact: (_, { input }, ctx) => runMutation(async () => ({ customer: await addContact(ctx.models, input, ctx) })),
  updateContact: (_, { input }, ctx) => runMutation(async () => ({ customer: await updateContact(ctx.models, input, ctx) })),
  removeContact: (_, { input }, ctx) => runMutation(async () => ({ customer: await removeContact(ctx.models, input, ctx) })),

  logInteraction: (_, { input }, ctx) => runMutation(async () => ({ interaction: await logInteraction(ctx.models, input, ctx) })),

  createTask: (_, { input }, { models }) => runMutation(async () => ({ task: await createTask(models, input) })),
  completeTask: (_, { input }, { models }) => runMutation(async () => ({ task: await moveTask(models, input.id, 'DONE') })),
  cancelTask: (_, { input }, { models }) => runMutation(async () => ({ task: await moveTask(models, input.id, 'CANCELLED') })),
  reassignTask: (_, { input }, { models }) => runMutation(async () => ({ task: await reassignTask(models, input) })),

  createTicket: (_, { input }, ctx) => runMutation(async () => ({ ticket: await createTicket(ctx.models, input, ctx) })),
  openTicket: (_, { input }, ctx) => runMutation(async () => ({ ticket: await moveTicket(ctx.models, input.id, 'OPEN', ctx) })),
  markTicketPending: (_, { input }, ctx) =>
    runMutation(async () => ({ ticket: await moveTicket(ctx.models, input.id, 'PENDING', ctx) })),
  resolveTicket: (_, { input }, ctx) =>
    runMutation(async () => ({ ticket: await moveTicket(ctx.models, input.id, 'RESOLVED', ctx) })),
  closeTicket: (_, { input }, ctx) =>
    runMutation(async () => ({ ticket: await moveTicket(ctx.models, input.id, 'CLOSED', ctx) })),
  reopenTicket: (_, { input }, ctx) => runMutation(async () => ({ ticket: await reopenTicket(ctx.models, input.id, ctx) })),
  addTicketComment: (_, { input }, ctx) => runMutation(() => addTicketComment(ctx.models, input, ctx)),
  rateTicket: (_, { input }, ctx) => runMutation(async () => ({ ticket: await rateTicket(ctx.models, input, ctx) })),
  reassignTicket: (_, { input }, ctx) => runMutation(async () => ({ ticket: await reassignTicket(ctx.models, input, ctx) })),
  updateTicket: (_, { input }, ctx) => runMutation(async () => ({ ticket: await updateTicket(ctx.models, input, ctx) })),

  updateCrmSettings: (_, { input }, { models }) =>
    runMutation(async () => ({ settings: await updateCrmSettings(models, input) })),
};
