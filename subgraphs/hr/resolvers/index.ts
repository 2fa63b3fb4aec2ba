import { scalarResolvers } from '../../../lib/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Department, Employee } from './Employee';
import { Mutation } from './Mutation';
import { OrgChartNode } from './Org';
import { PayrollRun, Payslip, PayslipLine } from './Payroll';
import { Query } from './Query';
import { TimeOffBalance, TimeOffRequest, TimeOffType } from './TimeOff';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Employee,
  Department,
  OrgChartNode,
  TimeOffType,
  TimeOffRequest,
  TimeOffBalance,
  PayrollRun,
  Payslip,
  PayslipLine,
};
