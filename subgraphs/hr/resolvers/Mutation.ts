import { userError, UserErrors } from '../../../lib/errors';
import { assertNoUserErrors, runMutation, unlessTaken } from '../../../lib/mutation';
import { requireText } from '../../../lib/validation';
import { parseMoneyInput } from '../../../lib/money';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { validateEmployee } from '../domain/employee';
import type { DepartmentDoc, EmployeeDoc } from '../models';

export const Mutation: MutationResolvers = {
  createDepartment: (_, { input }, { models }) =>
    runMutation(async () => {
      assertNoUserErrors(requireText(input.name, ['input', 'name']));
      const name = input.name.trim();
      const department = await unlessTaken(['input', 'name'], `Department ${name} already exists.`, () =>
        models.Department.create({ name, nameKey: name.toLowerCase() }),
      );
      return { department: department.toObject() as DepartmentDoc };
    }),

  createEmployee: (_, { input }, { models, loaders }) =>
    runMutation(async () => {
      const salary = input.compensation ? parseMoneyInput(input.compensation, ['input', 'compensation']) : null;
      assertNoUserErrors([...validateEmployee(input), ...(salary?.error ? [salary.error] : [])]);
      if (input.departmentId && !(await loaders.department.load(input.departmentId))) {
        throw new UserErrors([userError(['input', 'departmentId'], `Department ${input.departmentId} not found.`, 'NOT_FOUND')]);
      }
      const email = input.email.trim();
      const employee = await unlessTaken(['input', 'email'], `${email} is already an employee's email.`, () =>
        models.Employee.create({
          name: input.name.trim(),
          email,
          emailKey: email.toLowerCase(),
          title: input.title?.trim() || null,
          departmentId: input.departmentId ?? null,
          compensationMinor: salary && !salary.error ? salary.minor : null,
          compensationCurrency: input.compensation?.currency ?? null,
        }),
      );
      return { employee: employee.toObject() as EmployeeDoc };
    }),
};
