/**
 * What inventory publishes: each event built from the document it is about, in the shapes of
 * lib/events/catalog.ts. The services store them in the same write as the change:
 * `inventory.product.upserted` (Product), `inventory.stock.reserved` (Reservation),
 * `inventory.stock.low` (ReorderSuggestion), `inventory.purchaseOrder.received` (PurchaseOrder).
 */
import { domainEvent } from '../../../lib/events/catalog';
import { currentTenantId } from '../../../lib/tenancy';
import type { ReservedLine } from '../domain/reservation';
import { availableOf } from '../domain/reorder';
import type { AppliedEntry, ProductDoc, PurchaseOrderDoc, StockLevelDoc, StockMovementDoc } from '../models';

/** A product was created or changed: sales keeps its sku, name and list price. */
export const productUpserted = (
  product: Pick<ProductDoc, '_id' | 'sku' | 'name' | 'priceMinor' | 'currency'>,
  requestId?: string,
) =>
  domainEvent('inventory.product.upserted', {
    tenantId: currentTenantId(),
    aggregateId: product._id.toString(),
    requestId,
    payload: {
      productId: product._id.toString(),
      sku: product.sku,
      name: product.name,
      price: { minor: product.priceMinor, currency: product.currency },
    },
  });

/**
 * What an order's reservation holds: one entry per allocation, and one per backordered line
 * (quantity 0) in the default warehouse, or else the line's first allocation's, with the date the
 * backordered units are expected (`expectedDates` by line index; null when no supply is known).
 */
export const stockReserved = (
  orderId: string,
  lines: ReservedLine[],
  defaultWarehouseId?: string | null,
  expectedDates: Map<number, string | null> = new Map(),
) =>
  domainEvent('inventory.stock.reserved', {
    tenantId: currentTenantId(),
    aggregateId: orderId,
    payload: {
      orderId,
      lines: lines.flatMap((l) => [
        ...l.allocations.map((a) => ({
          productId: l.productId,
          warehouseId: a.warehouseId,
          quantity: a.quantity,
          backordered: 0,
        })),
        ...(l.backordered > 0
          ? [
              {
                productId: l.productId,
                warehouseId: defaultWarehouseId ?? l.allocations[0]?.warehouseId ?? '',
                quantity: 0,
                backordered: l.backordered,
                expectedDate: expectedDates.get(l.line) ?? null,
              },
            ]
          : []),
      ]),
    },
  });

/** A level fell to or below its reorder point; `purchaseOrderId` is the DRAFT drafted for it, if any. */
export const stockLow = (level: StockLevelDoc, purchaseOrderId: string | null) =>
  domainEvent('inventory.stock.low', {
    tenantId: currentTenantId(),
    aggregateId: level._id.toString(),
    payload: {
      stockLevelId: level._id.toString(),
      productId: level.productId,
      warehouseId: level.warehouseId,
      available: availableOf(level),
      reorderPoint: level.reorder!.min,
      purchaseOrderId,
    },
  });

/** A product's supply as available to promise reads it, at `version` of its ProductSupply. */
export const supplyChanged = (
  productId: string,
  supply: { freeNow: number; backordered: number; incoming: Array<{ date: string; quantity: number }> },
  version: number,
) =>
  domainEvent('inventory.product.supplyChanged', {
    tenantId: currentTenantId(),
    aggregateId: productId,
    payload: { productId, ...supply, version },
  });

/** A level reported low is above its reorder point again. */
export const stockRecovered = (level: StockLevelDoc) =>
  domainEvent('inventory.stock.recovered', {
    tenantId: currentTenantId(),
    aggregateId: level._id.toString(),
    payload: {
      stockLevelId: level._id.toString(),
      productId: level.productId,
      warehouseId: level.warehouseId,
      available: availableOf(level),
      reorderPoint: level.reorder!.min,
    },
  });

/** Goods arrived for a purchase order (finance records the supplier bill once per receipt). */
export const purchaseOrderReceived = (
  po: PurchaseOrderDoc,
  receiptId: string,
  receipt: Array<{ line: number; quantity: number }>,
  requestId?: string,
) =>
  domainEvent('inventory.purchaseOrder.received', {
    tenantId: currentTenantId(),
    aggregateId: po._id.toString(),
    requestId,
    payload: {
      purchaseOrderId: po._id.toString(),
      number: po.number,
      supplierId: po.supplierId,
      supplierName: po.supplierName,
      currency: po.currency,
      receiptId,
      lines: receipt.map((r) => ({
        productId: po.lines[r.line].productId,
        description: po.lines[r.line].description,
        quantity: r.quantity,
        unitCostMinor: po.lines[r.line].unitCostMinor,
      })),
    },
  });

/** The prefix of a reference to what caused a movement, and its id: `order:<id>`, `purchaseOrder:<id>`. */
const referenced = (reference: string | null | undefined, kind: string) =>
  reference?.startsWith(`${kind}:`) ? reference.slice(kind.length + 1) : null;

/** A movement was applied: its value change, for finance's inventory and cost-of-goods postings. */
export const stockMoved = (movement: StockMovementDoc, entry: AppliedEntry & { valueMinor: number }, currency: string) =>
  domainEvent('inventory.stock.moved', {
    tenantId: currentTenantId(),
    aggregateId: movement._id.toString(),
    payload: {
      movementId: movement._id.toString(),
      type: movement.type,
      productId: movement.productId,
      warehouseId: movement.warehouseId,
      quantity: movement.quantity,
      valueMinor: entry.valueMinor,
      unitCostMinor: movement.quantity > 0 && movement.unitCostMinor != null ? movement.unitCostMinor : entry.avgCostAfterMinor,
      currency,
      appliedAt: new Date(entry.at).toISOString(),
      reference: movement.reference ?? null,
      orderId: referenced(movement.reference, 'order') ?? referenced(movement.reference, 'purchaseOrder'),
      partyId: movement.partyId ?? null,
    },
  });
