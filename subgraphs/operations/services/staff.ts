/**
 * What operations replicates of hr (consumer of `hr.employee.upserted`, `hr.timeOff.approved` and
 * the holiday calendar's `hr.holiday.upserted` / `hr.holiday.removed`: each applied once, the newest
 * employee or holiday version winning over late or repeated deliveries) and
 * resource allocation: the capacity check and the booking it allows are one versioned write on
 * the employee's document, so concurrent bookings can never both squeeze into the same hours.
 */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { assertNoUserErrors } from '../../../lib/mutation';
import { update } from '../../../lib/write';
import { OPEN_PROJECT_STATUSES } from '../domain/project';
import { addDays, mondayOf } from '../../../lib/dates';
import { checkHoursPerWeek, checkSpan, holidaysOf, MAX_ALLOCATION_DAYS, overbookedWeeks } from '../domain/resources';
import type { AllocationDoc, AllocationView, OperationsModels, PublicHolidayDoc, StaffMemberDoc } from '../models';
import { mustFindProject, mustFindStaff } from './references';
import { newNodeId } from '../../../lib/node-id';

const newStaff = () => ({ name: '', hrVersion: -1, timeOff: [], allocations: [] });

export async function applyEmployeeUpserted(models: OperationsModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'hr.employee.upserted')) return;
  const p = event.payload;
  await update<StaffMemberDoc>(
    models.StaffMember,
    { employeeId: p.employeeId },
    (current) =>
      current.hrVersion >= p.version
        ? null
        : {
            $set: {
              hrVersion: p.version,
              name: p.name,
              title: p.title ?? null,
              departmentId: p.departmentId ?? null,
              ...(p.country !== undefined && { country: p.country ?? null }),
              status: p.status,
              weeklyMinutes: Math.round(p.weeklyHours * 60),
              costRateMinor: p.costRate?.minor ?? null,
              costCurrency: p.costRate?.currency ?? null,
            },
          },
    { create: newStaff },
  );
}

export async function applyTimeOffApproved(models: OperationsModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'hr.timeOff.approved')) return;
  const p = event.payload;
  await update<StaffMemberDoc>(
    models.StaffMember,
    { employeeId: p.employeeId },
    (current) =>
      current.timeOff.some((t) => t.requestId === p.requestId)
        ? null
        : { $push: { timeOff: { requestId: p.requestId, from: p.startDate, to: p.endDate } } },
    { create: newStaff },
  );
}

/**
 * A holiday added, corrected, restored or removed in hr's calendar (consumer of `hr.holiday.upserted`
 * and `hr.holiday.removed`): one document per hr holiday, the newest version winning, so a
 * redelivered or late event changes nothing.
 */
export async function applyHoliday(models: OperationsModels, event: EventEnvelope): Promise<void> {
  const removed = isEvent(event, 'hr.holiday.removed');
  if (!removed && !isEvent(event, 'hr.holiday.upserted')) return;
  const p = event.payload as EventEnvelope<{
    holidayId: string;
    date: string;
    country: string;
    version: number;
    name?: string;
  }>['payload'];
  await update<PublicHolidayDoc>(
    models.PublicHoliday,
    { holidayId: p.holidayId },
    (current) =>
      current.hrVersion >= p.version
        ? null
        : {
            $set: {
              hrVersion: p.version,
              date: p.date,
              country: p.country ?? '',
              removed,
              ...(p.name !== undefined && { name: p.name }),
            },
          },
    { create: () => ({ date: p.date, country: p.country ?? '', name: '', removed: false, hrVersion: -1 }) },
  );
}

/** The replicated holiday calendar between two dates (whole weeks; removed ones are filtered by `holidaysOf`). */
export function holidayCalendar(models: OperationsModels, from: string, to: string): Promise<PublicHolidayDoc[]> {
  return models.PublicHoliday.find({ date: mongoose.trusted({ $gte: mondayOf(from), $lte: addDays(mondayOf(to), 6) }) })
    .sort({ date: 1 })
    .limit(5000)
    .lean<PublicHolidayDoc[]>()
    .exec();
}

export interface AllocateInput {
  employeeId: string;
  projectId: string;
  from: string;
  to: string;
  hoursPerWeek: number;
  allowOverbooking?: boolean | null;
}

export async function allocateResource(models: OperationsModels, input: AllocateInput): Promise<AllocationView> {
  assertNoUserErrors([...checkSpan(input, MAX_ALLOCATION_DAYS), ...checkHoursPerWeek(input.hoursPerWeek)]);
  const project = await mustFindProject(models, input.projectId, ['input', 'projectId']);
  if (!OPEN_PROJECT_STATUSES.includes(project.status)) {
    throw new UserErrors([userError(['input', 'projectId'], `Project is ${project.status}.`, 'ILLEGAL_TRANSITION')]);
  }
  await mustFindStaff(models, input.employeeId, ['input', 'employeeId']);
  const calendar = await holidayCalendar(models, input.from, input.to);
  const allocation: AllocationDoc = {
    _id: newNodeId('ResourceAllocation'),
    projectId: input.projectId,
    from: input.from,
    to: input.to,
    minutesPerWeek: Math.round(input.hoursPerWeek * 60),
    overbooked: false,
    createdAt: new Date(),
  };
  const staff = await update<StaffMemberDoc>(
    models.StaffMember,
    { employeeId: input.employeeId },
    (current) => {
      if (current.allocations.some((a) => a._id.equals(allocation._id))) return null;
      if (current.allocations.length >= 500) {
        throw new UserErrors([userError(['input', 'employeeId'], 'At most 500 allocations per employee.', 'INVALID')]);
      }
      const weeks = overbookedWeeks(allocation, {
        weeklyMinutes: current.weeklyMinutes,
        timeOff: current.timeOff,
        holidays: holidaysOf(calendar, current.country),
        allocations: current.allocations,
      });
      if (weeks.length && !input.allowOverbooking) throw beyondCapacity(weeks);
      return { $push: { allocations: { ...allocation, overbooked: weeks.length > 0 } } };
    },
    { field: ['input', 'employeeId'] },
  );
  const stored = staff.allocations.find((a) => a._id.equals(allocation._id))!;
  return { ...stored, employeeId: staff.employeeId };
}

export interface UpdateAllocationInput {
  id: string;
  from?: string | null;
  to?: string | null;
  hoursPerWeek?: number | null;
  allowOverbooking?: boolean | null;
}

/** Corrects an allocation, decided on the employee's other allocations as they are now. */
export async function updateResourceAllocation(models: OperationsModels, input: UpdateAllocationInput): Promise<AllocationView> {
  if (input.hoursPerWeek != null) assertNoUserErrors(checkHoursPerWeek(input.hoursPerWeek));
  const owner = await ownerOf(models, input.id);
  const staff = await update<StaffMemberDoc>(models.StaffMember, owner._id, async (current) => {
    const found = current.allocations.find((a) => a._id.toString() === input.id);
    if (!found) throw allocationNotFound(input.id);
    const changed: AllocationDoc = {
      ...found,
      from: input.from ?? found.from,
      to: input.to ?? found.to,
      minutesPerWeek: input.hoursPerWeek != null ? Math.round(input.hoursPerWeek * 60) : found.minutesPerWeek,
    };
    assertNoUserErrors(checkSpan(changed, MAX_ALLOCATION_DAYS));
    const others = current.allocations.filter((a) => a._id.toString() !== input.id);
    const calendar = await holidayCalendar(models, changed.from, changed.to);
    const weeks = overbookedWeeks(changed, {
      weeklyMinutes: current.weeklyMinutes,
      timeOff: current.timeOff,
      holidays: holidaysOf(calendar, current.country),
      allocations: others,
    });
    if (weeks.length && !input.allowOverbooking) throw beyondCapacity(weeks);
    const allocations = current.allocations.map((a) => (a === found ? { ...changed, overbooked: weeks.length > 0 } : a));
    return { $set: { allocations } };
  });
  const stored = staff.allocations.find((a) => a._id.toString() === input.id)!;
  return { ...stored, employeeId: staff.employeeId };
}

const allocationNotFound = (id: string) =>
  new UserErrors([userError(['input', 'id'], `Allocation ${id} not found.`, 'NOT_FOUND')]);

const beyondCapacity = (weeks: string[]) =>
  new UserErrors([
    userError(
      ['input', 'hoursPerWeek'],
      `Beyond the employee's capacity in the weeks of ${weeks.join(', ')}; set allowOverbooking to book anyway.`,
      'OVERLAPPING',
    ),
  ]);

async function ownerOf(models: OperationsModels, id: string): Promise<StaffMemberDoc> {
  const owner = mongoose.isObjectIdOrHexString(id)
    ? await models.StaffMember.findOne({ 'allocations._id': new mongoose.Types.ObjectId(id) })
        .select({ _id: 1 })
        .lean<StaffMemberDoc>()
    : null;
  if (!owner) throw allocationNotFound(id);
  return owner;
}

export async function removeResourceAllocation(models: OperationsModels, id: string): Promise<AllocationView> {
  const owner = await ownerOf(models, id);
  let removed: AllocationView | undefined;
  await update<StaffMemberDoc>(models.StaffMember, owner._id, (current) => {
    const found = current.allocations.find((a) => a._id.toString() === id);
    if (!found) throw allocationNotFound(id);
    removed = { ...found, employeeId: current.employeeId };
    return { $set: { allocations: current.allocations.filter((a) => a._id.toString() !== id) } };
  });
  return removed!;
}
