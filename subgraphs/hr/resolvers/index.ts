import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Department, Employee } from './Employee';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Mutation, Employee, Department };
