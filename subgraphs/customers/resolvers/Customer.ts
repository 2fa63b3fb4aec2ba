import { loadAttachments } from '../../../lib/attachments';
import mongoose from 'mongoose';
import type { CustomerResolvers } from '../__generated__/resolvers-types';
import { docId, ref } from '../../../lib/resolvers';

export const Customer: CustomerResolvers = {
  attachments: (parent, _args, ctx) => loadAttachments(ctx, ctx.models.Customer.db, 'CUSTOMER', parent._id.toString()),
  __resolveReference: (ref, { loaders }) => loaders.customer.load(ref.id),
  id: docId,
  owner: (doc) => (doc.ownerId ? ref(doc.ownerId) : null),
  tags: (doc) => doc.tags ?? [],
  addresses: (doc) => doc.addresses ?? [],
  timeline: (doc, { first, after, kinds }, { loaders }) =>
    loaders.timeline.load({
      parentId: doc._id.toString(),
      first,
      after,
      // Sorted so that equal kind sets share one batch query.
      filter: kinds?.length ? ({ kind: mongoose.trusted({ $in: [...new Set(kinds)].sort() }) } as never) : undefined,
    }),
  tickets: (doc, { first, after }, { loaders }) => loaders.customerTickets.load({ parentId: doc._id.toString(), first, after }),
};
