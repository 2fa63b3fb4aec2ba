import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './Customer';
import { Deal, DealLine, ForecastGroup, Lead, Pipeline, Quote, QuoteLine } from './entities';
import { Mutation } from './Mutation';
import { Order, OrderLine } from './Order';
import { Query } from './Query';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Order,
  OrderLine,
  Customer,
  Pipeline,
  Deal,
  DealLine,
  Lead,
  Quote,
  QuoteLine,
  ForecastGroup,
};
