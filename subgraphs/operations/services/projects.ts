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
import { parseRetainer, type RetainerInput, type RetainerTerms } from '../domain/retainer';
import { projectStatusChanged } from '../events/publish';
import type { OperationsModels, ProjectDoc } from '../models';
import { mustFindStaff } from './references';
import { dueAtFor } from './retainers';
import { newNodeId } from '../../../lib/node-id';

export interface CreateProjectInput extends ProjectFieldsInput {
  name: string;
  customerId: string;
  managerId?: string | null;
  contractType: ContractType;
  currency: string;
  retainer?: RetainerInput | null;
}

/**
 * The retainer terms a project will have (RETAINER needs them and a start date, the first period's
 * month; other contracts take none): the terms given, else the current ones.
 */
function retainerTerms(
  contractType: ContractType,
  input: RetainerInput | null | undefined,
  currency: string,
  current: { retainer?: RetainerTerms | null; startDate?: string | null },
  startDate: string | null | undefined,
): RetainerTerms | null {
  const parsed = input ? parseRetainer(input, currency) : { terms: current.retainer ?? null, errors: [] };
  assertNoUserErrors(parsed.errors);
  if (contractType !== 'RETAINER') {
    if (input) {
      throw new UserErrors([userError(['input', 'retainer'], 'Retainer terms are for RETAINER contracts only.', 'INVALID')]);
    }
    return null;
  }
  if (!parsed.terms) {
    throw new UserErrors([
      userError(['input', 'retainer'], 'A RETAINER contract needs its terms: the monthly fee and included hours.', 'INVALID'),
    ]);
  }
  if (!startDate) {
    throw new UserErrors([
      userError(['input', 'startDate'], 'A RETAINER contract needs a start date (its first period).', 'INVALID'),
    ]);
  }
  return parsed.terms;
}

export async function createProject(models: OperationsModels, input: CreateProjectInput): Promise<ProjectDoc> {
  const parsed = parseProjectFields(input, input.currency);
  if (!mongoose.isObjectIdOrHexString(input.customerId)) {
    parsed.errors.push(userError(['input', 'customerId'], `Customer ${input.customerId} not found.`, 'NOT_FOUND'));
  }
  assertNoUserErrors(parsed.errors);
  const retainer = retainerTerms(input.contractType, input.retainer, input.currency, {}, input.startDate);
  if (input.managerId) await mustFindStaff(models, input.managerId, ['input', 'managerId']);
  const _id = newNodeId('Project');
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
    retainer,
    retainerPeriods: [],
    retainerDueAt: null,
  });
}

export interface UpdateProjectInput extends ProjectFieldsInput {
  id: string;
  managerId?: string | null;
  contractType?: ContractType | null;
  retainer?: RetainerInput | null;
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
      if (current.retainerPeriods?.length || (await anythingBilled(models, current._id.toString()))) {
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
    const contractType = (set.contractType as ContractType | undefined) ?? current.contractType;
    if (contractType === 'RETAINER' || input.retainer || current.retainer) {
      const startDate = input.startDate !== undefined ? input.startDate : current.startDate;
      const terms = retainerTerms(contractType, input.retainer, current.currency, current, startDate);
      if (JSON.stringify(terms) !== JSON.stringify(current.retainer ?? null)) set.retainer = terms;
    }
    if (!Object.keys(set).length) return null;
    // The next period due follows the terms and dates (periods already billed keep theirs).
    const due = dueAtFor({ ...current, ...set } as ProjectDoc);
    if (String(due) !== String(current.retainerDueAt ?? null)) set.retainerDueAt = due;
    return { $set: set };
  });
}

async function anythingBilled(models: OperationsModels, projectId: string): Promise<boolean> {
  const [sheet, milestone] = await Promise.all([
    models.Timesheet.exists({ projectId, status: 'APPROVED' }),
    models.ProjectTask.exists({ projectId, billedAt: mongoose.trusted({ $ne: null }) }),
  ]);
  return Boolean(sheet || milestone);
}

/**
 * One lifecycle move, with its `operations.project.statusChanged` in the same write. Completing or
 * cancelling records the day (a retainer bills up to that month when it has no end date), and a
 * retainer's next due period follows the status (PLANNED and CANCELLED bill nothing).
 */
export const changeProjectStatus = (models: OperationsModels, input: { id: string; status: ProjectStatus }, actor?: Actor) =>
  transition<ProjectStatus, ProjectDoc>(models.Project, input.id, input.status, {
    set: (current) => {
      const closing = input.status === 'COMPLETED' || input.status === 'CANCELLED';
      const closedOn = closing ? new Date().toISOString().slice(0, 10) : (current.closedOn ?? null);
      return { closedOn, retainerDueAt: dueAtFor({ ...current, status: input.status, closedOn }) };
    },
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
