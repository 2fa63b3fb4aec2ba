/**
 * What sales publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change.
 */
import mongoose from 'mongoose';
import { domainEvent, type EventPayload, type LinePayload } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import { activeStages } from '../domain/pipeline';
import type {
  AtRiskDocumentDoc,
  DealDoc,
  LeadDoc,
  OrderDoc,
  PipelineDoc,
  ProductRefDoc,
  SalesModels,
  StockRecoveryDoc,
} from '../models';

/** Order lines as the catalog's LinePayload: description = product name if known, else its sku, else its id. */
export async function orderLinePayloads(models: SalesModels, order: OrderDoc): Promise<LinePayload[]> {
  const ids = [...new Set(order.lines.map((l) => l.productId))];
  const refs = await models.ProductRef.find({ productId: mongoose.trusted({ $in: ids }) })
    .select({ productId: 1, name: 1, sku: 1 })
    .lean<Array<Pick<ProductRefDoc, 'productId' | 'name' | 'sku'>>>();
  const known = new Map(refs.map((r) => [r.productId, r]));
  return order.lines.map((l) => ({
    productId: l.productId,
    description: l.description || known.get(l.productId)?.name || known.get(l.productId)?.sku || l.productId,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
    discountBps: l.discountBps ?? 0,
    taxRateBps: l.taxRateBps ?? 0,
  }));
}

/** A part of the order shipped: the part's lines with what earlier parts shipped of each, and the whole order's lines. */
export async function orderShippedEvent(
  models: SalesModels,
  order: OrderDoc,
  shipment: { shipmentId: string; sequence: number; lines: Array<{ line: number; quantity: number }> },
  final: boolean,
  requestId?: string,
) {
  const orderLines = await orderLinePayloads(models, order);
  return domainEvent('sales.order.shipped', {
    tenantId: currentTenantId(),
    aggregateId: order._id.toString(),
    requestId,
    payload: {
      orderId: order._id.toString(),
      number: order.number,
      customerId: order.customerId,
      currency: order.currency,
      dealId: order.dealId ?? null,
      shipmentId: shipment.shipmentId,
      sequence: shipment.sequence,
      final,
      lines: shipment.lines.map((s) => ({
        ...orderLines[s.line],
        quantity: s.quantity,
        line: s.line,
        orderedQuantity: order.lines[s.line].quantity,
        shippedBefore: order.lines[s.line].shipped ?? 0,
      })),
      orderLines,
    },
  });
}

/** The event of an order's status change, or none (DRAFT has none). */
export async function orderStatusEvent(models: SalesModels, order: OrderDoc, to: OrderDoc['status'], requestId?: string) {
  const base = { tenantId: currentTenantId(), aggregateId: order._id.toString(), requestId };
  const head = {
    orderId: order._id.toString(),
    number: order.number,
    customerId: order.customerId,
    dealId: order.dealId ?? null,
  };
  if (to === 'CONFIRMED' || to === 'FULFILLED') {
    const lines = await orderLinePayloads(models, order);
    const type = to === 'CONFIRMED' ? 'sales.order.confirmed' : 'sales.order.fulfilled';
    return domainEvent(type, { ...base, payload: { ...head, currency: order.currency, lines } });
  }
  if (to === 'CANCELLED')
    return domainEvent('sales.order.cancelled', { ...base, payload: { ...head, previousStatus: order.status } });
  return null;
}

const dealBase = (deal: DealDoc, requestId?: string) => ({
  tenantId: currentTenantId(),
  aggregateId: deal._id.toString(),
  requestId,
});

export const pipelineUpdated = (pipeline: PipelineDoc, added: string[], retired: string[], requestId?: string) =>
  domainEvent('sales.pipeline.updated', {
    tenantId: currentTenantId(),
    aggregateId: pipeline._id.toString(),
    requestId,
    payload: {
      pipelineId: pipeline._id.toString(),
      name: pipeline.name,
      stages: activeStages(pipeline.stages).map((s) => ({
        name: s.name,
        label: s.label ?? s.name,
        probabilityBps: s.probabilityBps,
        kind: s.kind,
      })),
      added,
      retired,
    },
  });

export const dealStageChanged = (deal: DealDoc, fromStage: string, toStage: string, requestId?: string) =>
  domainEvent('sales.deal.stageChanged', {
    ...dealBase(deal, requestId),
    payload: {
      dealId: deal._id.toString(),
      pipelineId: deal.pipelineId,
      customerId: deal.customerId,
      ownerId: deal.ownerId ?? null,
      fromStage,
      toStage,
      amount: { minor: deal.amountMinor, currency: deal.currency },
    },
  });

export const dealUpdated = (deal: DealDoc, changed: string[], requestId?: string) =>
  domainEvent('sales.deal.updated', {
    ...dealBase(deal, requestId),
    payload: {
      dealId: deal._id.toString(),
      pipelineId: deal.pipelineId,
      customerId: deal.customerId,
      ownerId: deal.ownerId ?? null,
      changed,
      name: deal.name,
      stage: deal.stage,
      amount: { minor: deal.amountMinor, currency: deal.currency },
      expectedCloseDate: deal.expectedCloseDate,
    },
  });

export const dealReopened = (deal: DealDoc, toStage: string, requestId?: string) =>
  domainEvent('sales.deal.reopened', {
    ...dealBase(deal, requestId),
    payload: {
      dealId: deal._id.toString(),
      pipelineId: deal.pipelineId,
      customerId: deal.customerId,
      ownerId: deal.ownerId ?? null,
      toStage,
      amount: { minor: deal.amountMinor, currency: deal.currency },
    },
  });

/** The deal's lines, or one line with the deal's name and amount when it has none. */
export function dealWonLines(deal: DealDoc): LinePayload[] {
  if (!deal.lines.length) return [{ description: deal.name, quantity: 1, unitPriceMinor: deal.amountMinor }];
  return deal.lines.map((l) => ({
    ...(l.productId ? { productId: l.productId } : {}),
    description: l.description,
    quantity: l.quantity,
    unitPriceMinor: l.unitPriceMinor,
  }));
}

export const dealWon = (deal: DealDoc, requestId?: string) =>
  domainEvent('sales.deal.won', {
    ...dealBase(deal, requestId),
    payload: {
      dealId: deal._id.toString(),
      name: deal.name,
      customerId: deal.customerId,
      ownerId: deal.ownerId ?? null,
      amount: { minor: deal.amountMinor, currency: deal.currency },
      lines: dealWonLines(deal),
    },
  });

export const dealLost = (deal: DealDoc, reason: string, requestId?: string) =>
  domainEvent('sales.deal.lost', {
    ...dealBase(deal, requestId),
    payload: { dealId: deal._id.toString(), customerId: deal.customerId, reason },
  });

/** A lead converted: the ids sales minted for the customer, contact and deal customers creates. */
export const leadConverted = (
  lead: LeadDoc,
  ids: { customerId: string; contactId: string | null; dealId: string },
  requestId?: string,
) =>
  domainEvent('sales.lead.converted', {
    tenantId: currentTenantId(),
    aggregateId: lead._id.toString(),
    requestId,
    payload: {
      leadId: lead._id.toString(),
      customerId: ids.customerId,
      customerName: lead.companyName,
      email: lead.email ?? null,
      contactName: lead.contactName ?? null,
      contactId: ids.contactId,
      ownerId: lead.ownerId ?? null,
      dealId: ids.dealId,
    },
  });

/** A stock shortage put these open quotes and orders at risk (customers' automation follows up with their owners). */
export const stockAlertRaised = (
  alertId: string,
  stockLow: EventPayload<'sales.stockAlert.raised'>['stockLow'],
  occurredAt: string,
  documents: AtRiskDocumentDoc[],
) =>
  domainEvent('sales.stockAlert.raised', {
    tenantId: currentTenantId(),
    aggregateId: alertId,
    payload: {
      alertId,
      stockLow: {
        stockLevelId: stockLow.stockLevelId,
        productId: stockLow.productId,
        warehouseId: stockLow.warehouseId,
        available: stockLow.available,
        reorderPoint: stockLow.reorderPoint,
        purchaseOrderId: stockLow.purchaseOrderId ?? null,
      },
      occurredAt,
      documents: documents.map((d) => ({ ...d, dealId: d.dealId ?? null, ownerId: d.ownerId ?? null })),
    },
  });

/** A stock recovery cleared these documents' flags. */
export const stockFlagsCleared = (recovery: StockRecoveryDoc) =>
  domainEvent('sales.stockFlags.cleared', {
    tenantId: currentTenantId(),
    aggregateId: recovery._id,
    payload: {
      recoveryId: recovery._id,
      productId: recovery.productId,
      warehouseId: recovery.warehouseId,
      available: recovery.available,
      documents: recovery.documents.map((d) => ({ kind: d.kind, id: d.id, number: d.number })),
    },
  });
