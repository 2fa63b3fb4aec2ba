import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { typeResolvers } from './types';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, ...typeResolvers };
