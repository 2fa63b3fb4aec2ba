import mongoose from 'mongoose';
import { userError, UserErrors, type UserError } from '../../../lib/errors';
import { domainEvent } from '../../../lib/events/catalog';
import { parseMoneyInput } from '../../../lib/money';
import { assertNoUserErrors, isDuplicateKeyError, runMutation } from '../../../lib/mutation';
import { canTransition } from '../../../lib/state-machine';
import { currentTenantId } from '../../../lib/tenancy';
import { checkEmail, requireText } from '../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { LEAD_TRANSITIONS, type LeadStatus } from '../domain/lead';
import { firstOpenStage } from '../domain/pipeline';
import type { DealDoc, LeadDoc } from '../models';
import type { SalesContext } from '../context';
import { transitionWithEvents, versionedWrite } from '../write';

const DAY_MS = 86_400_000;

/**
 * The deal of a converted lead, created if it does not exist yet. Its id was fixed by the
 * conversion write, so the insert is idempotent: a concurrent or repeated call hits the _id and
 * reads the existing deal instead (also heals a crash between the conversion and the insert).
 */
async function dealOfConvertedLead(ctx: SalesContext, lead: LeadDoc, expectedCloseDate: string): Promise<DealDoc> {
  const existing = await ctx.models.Deal.findById(lead.dealId).lean<DealDoc>();
  if (existing) return existing;
  const pipeline = await ctx.loaders.defaultPipeline();
  const stage = firstOpenStage(pipeline.stages).name;
  const at = lead.convertedAt ?? new Date();
  try {
    const created = await ctx.models.Deal.create({
      _id: lead.dealId,
      name: lead.companyName,
      customerId: lead.customerId,
      contactId: lead.contactId ?? null,
      ownerId: lead.ownerId ?? null,
      pipelineId: pipeline._id.toString(),
      stage,
      status: 'OPEN',
      currency: lead.currency,
      amountMinor: lead.estimatedValueMinor,
      expectedCloseDate,
      lines: [],
      stageHistory: [{ from: null, to: stage, at, by: ctx.principal }],
      stageChangedAt: at,
      leadId: lead._id.toString(),
    });
    return created.toObject() as DealDoc;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return (await ctx.models.Deal.findById(lead.dealId).lean<DealDoc>())!;
  }
}

const leadTransition = (ctx: SalesContext, id: string, to: LeadStatus) =>
  runMutation(async () => ({
    lead: await transitionWithEvents<LeadStatus, LeadDoc>(ctx.models.Lead, 'Lead', id, LEAD_TRANSITIONS, to),
  }));

export const leadMutations: Pick<MutationResolvers, 'createLead' | 'qualifyLead' | 'disqualifyLead' | 'convertLead'> = {
  createLead: (_, { input }, ctx) =>
    runMutation(async () => {
      const errors: UserError[] = [
        ...requireText(input.companyName, ['input', 'companyName']),
        ...requireText(input.contactName, ['input', 'contactName']),
        ...checkEmail(input.email, ['input', 'email']),
      ];
      const value = parseMoneyInput(input.estimatedValue, ['input', 'estimatedValue']);
      if (value.error) errors.push(value.error);
      else if (value.minor < 0) errors.push(userError(['input', 'estimatedValue', 'amount'], 'Must not be negative.', 'INVALID'));
      assertNoUserErrors(errors);
      const created = await ctx.models.Lead.create({
        companyName: input.companyName.trim(),
        contactName: input.contactName?.trim() || null,
        email: input.email || null,
        source: input.source,
        currency: input.estimatedValue.currency,
        estimatedValueMinor: (value as { minor: number }).minor,
        ownerId: input.ownerId ?? null,
        status: 'NEW',
      });
      return { lead: created.toObject() as LeadDoc };
    }),
  qualifyLead: (_, { input }, ctx) => leadTransition(ctx, input.id, 'QUALIFIED'),
  disqualifyLead: (_, { input }, ctx) => leadTransition(ctx, input.id, 'DISQUALIFIED'),

  convertLead: (_, { input }, ctx) =>
    runMutation(async () => {
      const expectedCloseDate = input.expectedCloseDate ?? new Date(Date.now() + 30 * DAY_MS).toISOString().slice(0, 10);
      const pipeline = await ctx.loaders.defaultPipeline();
      // One conditional write marks the lead CONVERTED, fixes the new ids and stores the event;
      // a lead already converted is returned as it is (no second event).
      const lead = await versionedWrite<LeadDoc>(ctx.models.Lead, 'Lead', input.id, (current) => {
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
        const customerId = new mongoose.Types.ObjectId().toHexString();
        const contactId = current.contactName ? new mongoose.Types.ObjectId().toHexString() : null;
        const dealId = new mongoose.Types.ObjectId().toHexString();
        const leadId = current._id.toString();
        return {
          update: { $set: { status: 'CONVERTED', customerId, contactId, dealId, convertedAt: new Date() } },
          events: [
            domainEvent('sales.lead.converted', {
              tenantId: currentTenantId(),
              aggregateId: leadId,
              requestId: ctx.requestId,
              payload: {
                leadId,
                customerId,
                customerName: current.companyName,
                email: current.email ?? null,
                contactName: current.contactName ?? null,
                contactId,
                ownerId: current.ownerId ?? null,
                dealId,
              },
            }),
          ],
        };
      });
      return { lead, deal: await dealOfConvertedLead(ctx, lead, expectedCloseDate) };
    }),
};
