import { assertNoUserErrors, runMutation } from '../../../lib/mutation';
import { nextNumber } from '../../../lib/sequence';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { ORDER_TRANSITIONS, priceOrderLines, type OrderStatus } from '../domain/order';
import { orderStatusEvent } from '../events';
import type { OrderDoc } from '../models';
import type { SalesContext } from '../context';
import { transitionWithEvents } from '../write';
import { dealMutations } from './deals';
import { leadMutations } from './leads';
import { quoteMutations } from './quotes';

/** An order transition with its catalog event (`sales.order.*`) stored in the same write. */
const transition = ({ models, requestId }: SalesContext, id: string, to: OrderStatus, stamp: keyof OrderDoc) =>
  runMutation(async () => ({
    order: await transitionWithEvents<OrderStatus, OrderDoc>(models.Order, 'Order', id, ORDER_TRANSITIONS, to, {
      set: { [stamp]: new Date() },
      events: async (current) => [await orderStatusEvent(models, current, to, requestId)],
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
  confirmOrder: (_, { input }, ctx) => transition(ctx, input.id, 'CONFIRMED', 'confirmedAt'),
  cancelOrder: (_, { input }, ctx) => transition(ctx, input.id, 'CANCELLED', 'cancelledAt'),
  fulfillOrder: (_, { input }, ctx) => transition(ctx, input.id, 'FULFILLED', 'fulfilledAt'),
  ...dealMutations,
  ...leadMutations,
  ...quoteMutations,
};
