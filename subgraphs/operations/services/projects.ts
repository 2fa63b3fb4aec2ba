/** Every write of a project: created by hand or once per won deal, corrected, moved through its lifecycle. */
import mongoose from 'mongoose';
import { userError, UserErrors } from '../../../lib/errors';
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { findOrCreate, insert, transition, update } from '../../../lib/write';
import {
  dealIsProjectWork,
  parseProjectFields,
  type ContractType,
  type ProjectFieldsInput,
  type ProjectStatus,
} from '../domain/project';
import { projectStatusChanged } from '../events/publish';
import type { OperationsModels, ProjectDoc } from '../models';
import { mustFindStaff } from './references';

export interface CreateProjectInput extends ProjectFieldsInput {
  name: string;
  customerId: string;
  managerId?: string | null;
  contractType: ContractType;
  currency: string;
}

export async function createProject(models: OperationsModels, input: CreateProjectInput): Promise<ProjectDoc> {
  const parsed = parseProjectFields(input, input.currency);
  if (!mongoose.isObjectIdOrHexString(input.customerId)) {
    parsed.errors.push(userError(['input', 'customerId'], `Customer ${input.customerId} not found.`, 'NOT_FOUND'));
  }
  assertNoUserErrors(parsed.errors);
  if (input.managerId) await mustFindStaff(models, input.managerId, ['input', 'managerId']);
  const _id = new mongoose.Types.ObjectId();
  return insert<ProjectDoc>(models.Project, {
    _id,
    sourceKey: `manual:${_id.toString()}`,
    name: input.name.trim(),
    customerId: input.customerId,
    managerId: input.managerId ?? null,
    contractType: input.contractType,
    status: 'PLANNED',
    currency: input.currency,
    budgetMinutes: parsed.budgetMinutes ?? null,
    budgetMinor: parsed.budgetMinor ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    defaultRateMinor: parsed.defaultRateMinor ?? null,
    roleRates: parsed.roleRates ?? [],
    dependencies: [],
  });
}

export interface UpdateProjectInput extends ProjectFieldsInput {
  id: string;
  managerId?: string | null;
  contractType?: ContractType | null;
}

/** Only the fields given change; the contract type is fixed once anything was billed. */
export async function updateProject(models: OperationsModels, input: UpdateProjectInput): Promise<ProjectDoc> {
  if (input.managerId) await mustFindStaff(models, input.managerId, ['input', 'managerId']);
  return update<ProjectDoc>(models.Project, input.id, async (current) => {
    const parsed = parseProjectFields(input, current.currency, current);
    assertNoUserErrors(parsed.errors);
    const set: Record<string, unknown> = {};
    if (input.name) set.name = input.name.trim();
    if (input.managerId !== undefined) set.managerId = input.managerId ?? null;
    if (input.contractType && input.contractType !== current.contractType) {
      if (await anythingBilled(models, current._id.toString())) {
        throw new UserErrors([
          userError(['input', 'contractType'], 'The contract type cannot change once the project billed work.', 'INVALID'),
        ]);
      }
      set.contractType = input.contractType;
    }
    for (const key of ['budgetMinutes', 'budgetMinor', 'defaultRateMinor', 'roleRates'] as const) {
      if (parsed[key] !== undefined) set[key] = parsed[key];
    }
    if (input.startDate !== undefined) set.startDate = input.startDate ?? null;
    if (input.endDate !== undefined) set.endDate = input.endDate ?? null;
    return Object.keys(set).length ? { $set: set } : null;
  });
}

async function anythingBilled(models: OperationsModels, projectId: string): Promise<boolean> {
  const [sheet, milestone] = await Promise.all([
    models.Timesheet.exists({ projectId, status: 'APPROVED' }),
    models.ProjectTask.exists({ projectId, billedAt: mongoose.trusted({ $ne: null }) }),
  ]);
  return Boolean(sheet || milestone);
}

/** One lifecycle move, with its `operations.project.statusChanged` in the same write. */
export const changeProjectStatus = (models: OperationsModels, input: { id: string; status: ProjectStatus }, actor?: Actor) =>
  transition<ProjectStatus, ProjectDoc>(models.Project, input.id, input.status, {
    events: (current) => [projectStatusChanged(current, current.status, input.status, actor?.requestId)],
  });

/**
 * A won deal whose lines are services (any line without a product, or no lines) becomes a
 * PLANNED TIME_AND_MATERIALS project (consumer of `sales.deal.won`): budget the deal's amount,
 * managed by the deal's owner, once per deal however often the event is delivered (`deal:<id>`
 * is unique). A deal of products only is an order, not a project.
 */
export async function projectFromWonDeal(models: OperationsModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'sales.deal.won')) return;
  const p = event.payload;
  if (!dealIsProjectWork(p.lines)) return;
  await findOrCreate<ProjectDoc>(models.Project, { sourceKey: `deal:${p.dealId}` }, () => ({
    name: p.name ?? p.lines[0]?.description ?? `Deal ${p.dealId}`,
    customerId: p.customerId,
    managerId: p.ownerId ?? null,
    dealId: p.dealId,
    contractType: 'TIME_AND_MATERIALS' as const,
    status: 'PLANNED' as const,
    currency: p.amount.currency,
    budgetMinor: p.amount.minor,
    roleRates: [],
    dependencies: [],
  }));
}
