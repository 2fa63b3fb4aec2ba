import { entitiesQuery, startSubgraph, type TestSubgraph } from '../helpers/subgraph';

describe('hr subgraph over HTTP', () => {
  let subgraph: TestSubgraph;
  const a = () => subgraph.as('tenant-a');
  const b = () => subgraph.as('tenant-b');

  beforeAll(async () => {
    subgraph = await startSubgraph('hr');
  });
  afterAll(() => subgraph?.stop());

  it('creates departments and employees, emails unique per tenant', async () => {
    const { createDepartment } = await a().data(
      `mutation { createDepartment(input: { name: "Sales" }) { department { id name } userErrors { code } } }`,
    );
    const departmentId = createDepartment.department.id;
    const hire = (email: string, caller = a(), department: string | null = departmentId) =>
      caller.data(
        `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { employee { id name department { name } } userErrors { field code } } }`,
        {
          i: { name: 'Grace Hopper', email, title: 'Rear Admiral', departmentId: department },
        },
      );
    const first = await hire('grace@navy.example');
    expect(first.createEmployee.employee).toMatchObject({ name: 'Grace Hopper', department: { name: 'Sales' } });
    expect((await hire('GRACE@navy.example')).createEmployee.userErrors).toEqual([{ field: ['input', 'email'], code: 'TAKEN' }]);
    expect((await hire('grace@navy.example', b(), null)).createEmployee.userErrors).toEqual([]);

    const representations = [{ __typename: 'Employee', id: first.createEmployee.employee.id }];
    expect((await a().data(entitiesQuery('Employee', 'name'), { representations }))._entities).toEqual([
      { __typename: 'Employee', id: first.createEmployee.employee.id, name: 'Grace Hopper' },
    ]);
    expect((await b().data(entitiesQuery('Employee', 'name'), { representations }))._entities).toEqual([null]);
  });

  it('refuses a department of another tenant and invalid input, without writing', async () => {
    const { createDepartment } = await b().data(`mutation { createDepartment(input: { name: "Secret" }) { department { id } } }`);
    const result = await a().data(
      `mutation($d: ID) { createEmployee(input: { name: "X", email: "x@y.example", departmentId: $d }) { employee { id } userErrors { code } } }`,
      {
        d: createDepartment.department.id,
      },
    );
    expect(result.createEmployee).toEqual({ employee: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const invalid = await a().data(
      `mutation { createEmployee(input: { name: "", email: "nope" }) { userErrors { field code } } }`,
    );
    expect(invalid.createEmployee.userErrors).toEqual([
      { field: ['input', 'name'], code: 'REQUIRED' },
      { field: ['input', 'email'], code: 'INVALID' },
    ]);
    expect((await a().data(`{ employees { totalCount } }`)).employees.totalCount).toBe(1);
  });
});
