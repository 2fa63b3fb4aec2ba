import { docId } from '../../../lib/resolvers';
import type { TaxRateResolvers } from '../__generated__/resolvers-types';
import { formatPercent } from '../domain/tax';

export const TaxRate: TaxRateResolvers = {
  id: docId,
  ratePercent: (t) => formatPercent(t.rateBps),
};
