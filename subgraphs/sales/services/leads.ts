/** Every write of a lead: create, qualify or disqualify, and conversion into a customer and a deal. */
import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors } from '../../../lib/mutation';
import type { Actor } from '../../../lib/signed-context';
import { canTransition } from '../../../lib/state-machine';
import { checkEmail, requireText } from '../../../lib/validation';
import { changedFields, findOrCreate, insert, transition, update } from '../../../lib/write';
import { LEAD_TRANSITIONS, type LeadSource, type LeadStatus } from '../domain/lead';
import { firstOpenStage } from '../domain/pipeline';
import { leadConverted } from '../events/publish';
import type { DealDoc, LeadDoc, SalesModels } from '../models';
import { ensureDefaultPipeline } from './pipelines';
import { newNodeId } from '../../../lib/node-id';

const DAY_MS = 86_400_000;

export interface NewLead {
  companyName: string;
  contactName?: string | null;
  email?: string | null;
  source: LeadSource;
  estimatedValue: { amount: string; currency: string };
  ownerId?: string | null;
}

export function createLead(models: SalesModels, input: NewLead): Promise<LeadDoc> {
  const errors: UserError[] = [
    ...requireText(input.companyName, ['input', 'companyName']),
    ...requireText(input.contactName, ['input', 'contactName']),
    ...checkEmail(input.email, ['input', 'email']),
  ];
  const value = parseMoneyInput(input.estimatedValue, ['input', 'estimatedValue']);
  if (value.error) errors.push(value.error);
  else if (value.minor < 0) errors.push(userError(['input', 'estimatedValue', 'amount'], 'Must not be negative.', 'INVALID'));
  assertNoUserErrors(errors);
  return insert<LeadDoc>(models.Lead, {
    companyName: input.companyName.trim(),
    contactName: input.contactName?.trim() || null,
    email: input.email || null,
    source: input.source,
    currency: input.estimatedValue.currency,
    estimatedValueMinor: (value as { minor: number }).minor,
    ownerId: input.ownerId ?? null,
    status: 'NEW',
  });
}

export interface LeadEdit {
  id: string;
  companyName?: string | null;
  contactName?: string | null;
  email?: string | null;
  source?: LeadSource | null;
  ownerId?: string | null;
  expectedVersion?: number | null;
  estimatedValue?: { amount: string; currency: string } | null;
}

/**
 * Corrects a lead that is not converted yet (a converted one lives on as its customer and deal):
 * company, contact, email, source, estimated value, owner. `null` clears the optional fields;
 * fields left out stay.
 */
export function updateLead(models: SalesModels, input: LeadEdit): Promise<LeadDoc> {
  const errors: UserError[] = [
    ...requireText(input.companyName, ['input', 'companyName']),
    ...requireText(input.contactName, ['input', 'contactName']),
    ...checkEmail(input.email, ['input', 'email']),
  ];
  const value = input.estimatedValue ? parseMoneyInput(input.estimatedValue, ['input', 'estimatedValue']) : undefined;
  if (value?.error) errors.push(value.error);
  else if (value && value.minor < 0)
    errors.push(userError(['input', 'estimatedValue', 'amount'], 'Must not be negative.', 'INVALID'));
  assertNoUserErrors(errors);
  return update<LeadDoc>(
    models.Lead,
    input.id,
    (lead) => {
      if (lead.status === 'CONVERTED') {
        throw new UserErrors([
          userError(['input', 'id'], 'Lead is CONVERTED: correct its customer and deal instead.', 'ILLEGAL_TRANSITION'),
        ]);
      }
      const next: Partial<LeadDoc> = {
        ...(input.companyName != null && { companyName: input.companyName.trim() }),
        ...(input.contactName !== undefined && { contactName: input.contactName?.trim() || null }),
        ...(input.email !== undefined && { email: input.email || null }),
        ...(input.source != null && { source: input.source }),
        ...(input.ownerId !== undefined && { ownerId: input.ownerId || null }),
        ...(value && !value.error && { estimatedValueMinor: value.minor, currency: input.estimatedValue!.currency }),
      };
      return changedFields(lead, next).length ? { $set: next } : null;
    },
    { expectedVersion: input.expectedVersion },
  );
}

export const moveLead = (models: SalesModels, id: string, to: Extract<LeadStatus, 'QUALIFIED' | 'DISQUALIFIED'>) =>
  transition<LeadStatus, LeadDoc>(models.Lead, id, to);

/**
 * Converts a lead: one conditional write marks it CONVERTED, fixes the ids of the customer,
 * contact and deal it becomes, and stores `sales.lead.converted` (customers creates the customer
 * and contact from it). A lead already converted is returned as it is, with no second event.
 * Then the deal is created under the id fixed by that write, so a retry or a crash in between
 * heals to one deal.
 */
export async function convertLead(
  models: SalesModels,
  id: string,
  expectedCloseDate: string | null | undefined,
  actor: Actor,
): Promise<{ lead: LeadDoc; deal: DealDoc }> {
  const closeDate = expectedCloseDate ?? new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);
  const pipeline = await ensureDefaultPipeline(models);
  const lead = await update<LeadDoc>(models.Lead, id, (current) => {
    if (current.status === 'CONVERTED') return null;
    if (!canTransition(LEAD_TRANSITIONS, current.status, 'CONVERTED')) {
      throw new UserErrors([
        userError(['input', 'id'], `Lead is ${current.status} and cannot be converted.`, 'ILLEGAL_TRANSITION'),
      ]);
    }
    if (current.currency !== pipeline.currency) {
      throw new UserErrors([
        userError(
          ['input', 'id'],
          `The lead's value is in ${current.currency}, deals in ${pipeline.currency}.`,
          'CURRENCY_MISMATCH',
        ),
      ]);
    }
    const ids = {
      customerId: newNodeId('Customer').toHexString(),
      contactId: current.contactName ? new mongoose.Types.ObjectId().toHexString() : null,
      dealId: newNodeId('Deal').toHexString(),
    };
    return {
      $set: { status: 'CONVERTED', ...ids, convertedAt: new Date() },
      events: [leadConverted(current, ids, actor.requestId)],
    };
  });
  const stage = firstOpenStage(pipeline.stages).name;
  const at = lead.convertedAt ?? new Date();
  const { doc: deal } = await findOrCreate<DealDoc>(models.Deal, { _id: new mongoose.Types.ObjectId(lead.dealId!) }, () => ({
    name: lead.companyName,
    customerId: lead.customerId!,
    contactId: lead.contactId ?? null,
    ownerId: lead.ownerId ?? null,
    pipelineId: pipeline._id.toString(),
    stage,
    status: 'OPEN',
    currency: lead.currency,
    amountMinor: lead.estimatedValueMinor,
    expectedCloseDate: closeDate,
    lines: [],
    stageHistory: [{ from: null, to: stage, at, by: actor.principal }],
    stageChangedAt: at,
    leadId: lead._id.toString(),
  }));
  return { lead, deal };
}
