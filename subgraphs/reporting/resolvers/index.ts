import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { BusinessHealth } from './BusinessHealth';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  BusinessHealth,
};
