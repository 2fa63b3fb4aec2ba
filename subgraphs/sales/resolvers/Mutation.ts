import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import { applyTransition } from '../../../lib/state-machine';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { ORDER_TRANSITIONS, priceOrderLines, type OrderStatus } from '../domain/order';
import type { OrderDoc, SalesModels } from '../models';

const transition = (models: SalesModels, id: string, to: OrderStatus, stamp: keyof OrderDoc) =>
  runMutation(async () => ({
    order: await applyTransition<OrderStatus, OrderDoc>(models.Order, 'Order', id, ORDER_TRANSITIONS, to, {
      set: { [stamp]: new Date() },
    }),
  }));

export const Mutation: MutationResolvers = {
  createOrder: (_, { input }, { models }) =>
    runMutation(async () => {
      const priced = priceOrderLines(input.currency, input.lines);
      assertNoUserErrors(priced.errors);
      const order = await models.Order.create({
        number: await nextNumber(models.connection, 'order', 'SO'),
        customerId: input.customerId,
        status: 'DRAFT',
        currency: input.currency,
        lines: priced.lines,
        totalMinor: priced.totalMinor,
      });
      return { order: order.toObject() as OrderDoc };
    }),
  confirmOrder: (_, { input }, { models }) => transition(models, input.id, 'CONFIRMED', 'confirmedAt'),
  cancelOrder: (_, { input }, { models }) => transition(models, input.id, 'CANCELLED', 'cancelledAt'),
  fulfillOrder: (_, { input }, { models }) => transition(models, input.id, 'FULFILLED', 'fulfilledAt'),
};
