import { runMutation } from '../../../lib/mutation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { closeDeal, createDeal, moveDealStage, reopenDeal, setDealArchived, updateDeal } from '../services/deals';
import { convertLead, createLead, moveLead, updateLead } from '../services/leads';
import { createOrder, moveOrder, shipOrder, updateOrder } from '../services/orders';
import { createPipeline, setSalesCurrency, updatePipeline } from '../services/pipelines';
import { convertQuoteToOrder, createQuote, moveQuote, updateQuote } from '../services/quotes';

/** Thin: each mutation is one service call; expected failures become its `userErrors`. */
export const Mutation: MutationResolvers = {
  createOrder: (_, { input }, { models }) => runMutation(async () => ({ order: await createOrder(models, input) })),
  confirmOrder: (_, { input }, ctx) =>
    runMutation(async () => ({ order: await moveOrder(ctx.models, input.id, 'CONFIRMED', ctx) })),
  cancelOrder: (_, { input }, ctx) =>
    runMutation(async () => ({ order: await moveOrder(ctx.models, input.id, 'CANCELLED', ctx) })),
  fulfillOrder: (_, { input }, ctx) =>
    runMutation(async () => ({ order: await moveOrder(ctx.models, input.id, 'FULFILLED', ctx) })),
  updateOrder: (_, { input }, { models }) => runMutation(async () => ({ order: await updateOrder(models, input) })),
  shipOrder: (_, { input }, ctx) => runMutation(async () => ({ order: await shipOrder(ctx.models, input, ctx) })),

  createLead: (_, { input }, { models }) => runMutation(async () => ({ lead: await createLead(models, input) })),
  updateLead: (_, { input }, { models }) => runMutation(async () => ({ lead: await updateLead(models, input) })),
  qualifyLead: (_, { input }, { models }) => runMutation(async () => ({ lead: await moveLead(models, input.id, 'QUALIFIED') })),
  disqualifyLead: (_, { input }, { models }) =>
    runMutation(async () => ({ lead: await moveLead(models, input.id, 'DISQUALIFIED') })),
  convertLead: (_, { input }, ctx) => runMutation(() => convertLead(ctx.models, input.id, input.expectedCloseDate, ctx)),

  setSalesCurrency: (_, { input }, { models }) =>
    runMutation(async () => ({ pipeline: await setSalesCurrency(models, input.currency) })),
  createPipeline: (_, { input }, { models }) => runMutation(async () => ({ pipeline: await createPipeline(models, input) })),
  updatePipeline: (_, { input }, ctx) => runMutation(async () => ({ pipeline: await updatePipeline(ctx.models, input, ctx) })),

  createDeal: (_, { input }, ctx) => runMutation(async () => ({ deal: await createDeal(ctx.models, input, ctx) })),
  moveDealStage: (_, { input }, ctx) =>
    runMutation(async () => ({ deal: await moveDealStage(ctx.models, input.id, input.stage, ctx) })),
  winDeal: (_, { input }, ctx) => runMutation(async () => ({ deal: await closeDeal(ctx.models, input.id, 'WON', ctx) })),
  loseDeal: (_, { input }, ctx) =>
    runMutation(async () => ({ deal: await closeDeal(ctx.models, input.id, 'LOST', ctx, input.reason) })),
  updateDeal: (_, { input }, ctx) => runMutation(async () => ({ deal: await updateDeal(ctx.models, input, ctx) })),
  reopenDeal: (_, { input }, ctx) => runMutation(async () => ({ deal: await reopenDeal(ctx.models, input, ctx) })),
  archiveDeal: (_, { input }, ctx) => runMutation(async () => ({ deal: await setDealArchived(ctx.models, input, true, ctx) })),
  restoreDeal: (_, { input }, ctx) => runMutation(async () => ({ deal: await setDealArchived(ctx.models, input, false, ctx) })),

  createQuote: (_, { input }, { models }) => runMutation(async () => ({ quote: await createQuote(models, input) })),
  updateQuote: (_, { input }, { models }) => runMutation(async () => ({ quote: await updateQuote(models, input) })),
  sendQuote: (_, { input }, { models }) => runMutation(async () => ({ quote: await moveQuote(models, input.id, 'SENT') })),
  acceptQuote: (_, { input }, { models }) => runMutation(async () => ({ quote: await moveQuote(models, input.id, 'ACCEPTED') })),
  rejectQuote: (_, { input }, { models }) => runMutation(async () => ({ quote: await moveQuote(models, input.id, 'REJECTED') })),
  expireQuote: (_, { input }, { models }) => runMutation(async () => ({ quote: await moveQuote(models, input.id, 'EXPIRED') })),
  convertQuoteToOrder: (_, { input }, { models }) =>
    runMutation(async () => ({ order: await convertQuoteToOrder(models, input.id) })),
};
