/**
 * `createReviewCycle` is all or nothing for its users, with hr in a process of its own killed
 * (SIGKILL) while it creates the reviews one by one:
 *  - what the crash left (a PREPARING cycle with some of its reviews) is never seen: not the cycle,
 *    not its reviews, not on the employees (hr restarted with its jobs off, so nothing completes it);
 *  - restarted normally, the completion job finishes it: every participant's review once, then OPEN;
 *  - running the completion again changes nothing (no duplicate review).
 * The database is read directly (hr's models, in the tenant's scope) only to see how far hr got.
 */
import { databaseName, openDatabase, type Database } from '../../lib/mongo/connection';
import { runWithTenant } from '../../lib/tenancy';
import { hrModels, type HrModels } from '../../subgraphs/hr/models';
import { testMongoUri } from '../helpers/db';
import { waitUntil } from '../helpers/flows';
import { startProcessPlatform, type ProcessPlatform } from '../helpers/processes';
import type { TestTenant } from '../helpers/tenants';

jest.setTimeout(300_000);

/** Participants: enough reviews that the kill lands while they are being written. */
const N = 150;
/** hr is killed once this many reviews exist. */
const KILL_AT = 3;

const CREATE = `mutation($i: CreateReviewCycleInput!) { createReviewCycle(input: $i) { reviewCycle { id status } userErrors { code } } }`;

describe('a review cycle cut off by a crash', () => {
  let platform: ProcessPlatform;
  let a: TestTenant;
  let db: Database;
  let models: HrModels;
  const employees: string[] = [];
  let departmentId: string;
  const inTenant = <T>(fn: () => Promise<T>) => runWithTenant(a.id, fn);

  beforeAll(async () => {
    platform = await startProcessPlatform({ subgraphs: ['identity', 'hr'] });
    a = await platform.tenant('alpha');
    db = await openDatabase(testMongoUri(), databaseName(platform.dbPrefix, 'hr'));
    models = hrModels(db.connection);
    const dept = await a.data(`mutation { createDepartment(input: { name: "Everyone" }) { department { id } } }`);
    departmentId = dept.createDepartment.department.id;
    for (let batch = 0; batch < N / 25; batch++) {
      const fields = Array.from(
        { length: 25 },
        (_, i) =>
          `e${i}: createEmployee(input: { name: "P${batch * 25 + i}", email: "p${batch * 25 + i}@x.example", startDate: "2025-01-01", departmentId: "${departmentId}" }) { employee { id } }`,
      );
      // 10 root fields per request at most (the gateway's limit).
      for (let k = 0; k < fields.length; k += 10) {
        const r = await a.data(`mutation { ${fields.slice(k, k + 10).join(' ')} }`);
        employees.push(...Object.values(r).map((v: any) => v.employee.id));
      }
    }
    expect(employees).toHaveLength(N);
  });
  afterAll(async () => {
    await db?.close();
    await platform?.stop();
  });

  it('shows nothing of the partial cycle, and the restarted hr completes it exactly once', async () => {
    const reviews = () => inTenant(() => models.Review.countDocuments({}).exec());
    const answer = a
      .query(CREATE, {
        i: {
          name: 'Crash cycle',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          selfReviewDue: '2026-07-15',
          managerReviewDue: '2026-07-31',
          questions: [{ text: 'Overall', scaleMin: 1, scaleMax: 5 }],
          departmentIds: [departmentId], // (a list of employees takes at most 100)
        },
      })
      .catch((err) => err);
    // Kill hr as soon as the first reviews are written (polling the database, no pause in hr's code).
    let settled: unknown;
    void answer.then((r) => (settled = r ?? 'settled'));
    const deadline = Date.now() + 60_000;
    while ((await reviews()) < KILL_AT) {
      if (settled || Date.now() > deadline) throw new Error(`createReviewCycle ended first: ${JSON.stringify(settled)}`);
      await new Promise((r) => setImmediate(r));
    }
    await platform.services.hr.kill();
    const written = await reviews();
    const left = await inTenant(() => models.ReviewCycle.find({}).lean().exec());
    expect(left).toHaveLength(1);
    expect(left[0].status).toBe('PREPARING');
    expect(written).toBeGreaterThanOrEqual(KILL_AT);
    expect(written).toBeLessThan(N); // the crash landed between two review writes
    const answered: any = await answer;
    expect(answered?.data?.createReviewCycle?.reviewCycle ?? null).toBeNull();
    const cycleId = left[0]._id.toString();
    const oneReview = await inTenant(() => models.Review.findOne({}).lean().exec());

    // Restarted without its jobs: the partial cycle is not there for anybody.
    await platform.services.hr.start({ EVENTS_DISABLED: 'true' });
    const hidden = await a.data(
      `query($c: ID!, $r: ID!, $e: ID!) { reviewCycle(id: $c) { id } review(id: $r) { id } employee(id: $e) { reviews { id } } }`,
      { c: cycleId, r: oneReview!._id.toString(), e: oneReview!.employeeId },
    );
    expect(hidden).toEqual({ reviewCycle: null, review: null, employee: { reviews: [] } });
    const submit = await a.query(
      `mutation($r: ID!) { calibrateReview(input: { reviewId: $r, rating: 3 }) { userErrors { code } } }`,
      { r: oneReview!._id.toString() },
    );
    expect((submit.data as any)?.calibrateReview?.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(await reviews()).toBe(written);

    // Restarted normally: the completion job finishes the cycle.
    await platform.services.hr.kill();
    await platform.services.hr.start();
    const open = await waitUntil(
      'the cycle is completed',
      () => a.data(`query($c: ID!) { reviewCycle(id: $c) { status participantCount completion { total } } }`, { c: cycleId }),
      (r: any) => r.reviewCycle?.status === 'OPEN',
    );
    expect(open.reviewCycle.participantCount).toBe(N);
    expect(open.reviewCycle.completion.reduce((s: number, d: any) => s + d.total, 0)).toBe(N);
    const all = await inTenant(() => models.Review.find({}).select({ cycleId: 1, employeeId: 1 }).lean().exec());
    expect(all).toHaveLength(N);
    expect(new Set(all.map((r) => r.employeeId))).toEqual(new Set(employees));
    expect(
      (await a.data(`query($e: ID!) { employee(id: $e) { reviews { cycle { id } status } } }`, { e: employees[N - 1] })).employee,
    ).toEqual({
      reviews: [{ cycle: { id: cycleId }, status: 'NOT_STARTED' }],
    });

    // A further round (or a retry racing another process) creates nothing twice.
    await new Promise((r) => setTimeout(r, 6_000));
    expect(await reviews()).toBe(N);
    expect(platform.unexpectedExits()).toEqual([]);
  });
});
