/**
 * Inventory in the ledger (perpetual, moving average). Every stock movement inventory applies
 * (`inventory.stock.moved`) posts one balanced entry that moves the inventory account (1200) by
 * exactly the change of stock value the movement made (`valueMinor`: on-hand x average cost after,
 * less before). The inventory account therefore equals inventory's valuation at any date:
 *
 *  - RECEIPT (of a purchase order): Dr inventory / Cr goods received not invoiced at quantity x
 *    the purchase order's unit cost; what the moving average rounds away (or a receipt into
 *    backordered, negative stock leaves unvalued) goes to revaluation and rounding (5010).
 *  - SHIPMENT: Dr cost of goods sold / Cr inventory at the movement's value (the moving average of
 *    the units that left), the customer on the COGS line, the order in the entry's source.
 *  - ADJUSTMENT: inventory against inventory adjustments (5020), a gain in or a loss out.
 *  - TRANSFER: out, Dr stock in transit / Cr inventory; in, Dr inventory / Cr stock in transit at the
 *    transfer's cost (the source's average), the destination's rounding to 5010.
 *
 * The supplier bill of a receipt clears goods received not invoiced at the value received and posts
 * price and quantity differences to the variance account (5030): `billClearingLines`.
 */
import { ACCOUNTS, compact, line, type JournalLine } from './ledger';

export interface StockMovedFacts {
  movementId: string;
  type: 'RECEIPT' | 'SHIPMENT' | 'TRANSFER' | 'ADJUSTMENT';
  quantity: number;
  valueMinor: number;
  unitCostMinor: number;
  orderId?: string | null;
  partyId?: string | null;
  reference?: string | null;
}

/** Where a shipment's COGS entries of an order are found: `cogs:order:<orderId>:<movementId>`. */
export const cogsSourcePrefix = (orderId: string) => `cogs:order:${orderId}:`;

/** The entry's unique source: shipments of an order by the order, every other movement by its id. */
export function stockPostingSource(m: Pick<StockMovedFacts, 'movementId' | 'type' | 'orderId'>): string {
  return m.type === 'SHIPMENT' && m.orderId ? `${cogsSourcePrefix(m.orderId)}${m.movementId}` : `stock:${m.movementId}`;
}

/** The balanced lines of one movement's posting (empty when it changed no value). */
export function stockPostingLines(m: StockMovedFacts): JournalLine[] {
  const memo = m.reference ?? m.movementId;
  const value = m.valueMinor;
  if (m.type === 'RECEIPT') {
    const received = m.quantity * m.unitCostMinor;
    return compact([
      line(ACCOUNTS.INVENTORY, 'DEBIT', value, { memo }),
      line(ACCOUNTS.INVENTORY_REVALUATION, 'DEBIT', received - value, { memo }),
      line(ACCOUNTS.GRNI, 'CREDIT', received, { memo }),
    ]);
  }
  if (m.type === 'SHIPMENT') {
    return compact([
      line(ACCOUNTS.COGS, 'DEBIT', -value, { memo, partyId: m.partyId ?? null }),
      line(ACCOUNTS.INVENTORY, 'CREDIT', -value, { memo }),
    ]);
  }
  if (m.type === 'ADJUSTMENT') {
    return compact([
      line(ACCOUNTS.INVENTORY, 'DEBIT', value, { memo }),
      line(ACCOUNTS.INVENTORY_ADJUSTMENTS, 'CREDIT', value, { memo }),
    ]);
  }
  // TRANSFER: each half through stock in transit, at the transfer's cost.
  if (m.quantity < 0) {
    return compact([
      line(ACCOUNTS.STOCK_IN_TRANSIT, 'DEBIT', -value, { memo }),
      line(ACCOUNTS.INVENTORY, 'CREDIT', -value, { memo }),
    ]);
  }
  const moved = m.quantity * m.unitCostMinor;
  return compact([
    line(ACCOUNTS.INVENTORY, 'DEBIT', value, { memo }),
    line(ACCOUNTS.INVENTORY_REVALUATION, 'DEBIT', moved - value, { memo }),
    line(ACCOUNTS.STOCK_IN_TRANSIT, 'CREDIT', moved, { memo }),
  ]);
}

/**
 * A supplier bill matched to a receipt (three-way match: purchase order, receipt, bill): it clears
 * goods received not invoiced at the value received (`receivedMinor`, quantity x purchase order
 * cost) and posts the difference to the billed net (price or quantity billed otherwise) as variance.
 */
export function billClearingLines(b: {
  netMinor: number;
  taxMinor: number;
  totalMinor: number;
  receivedMinor: number;
  supplierId: string;
  number: string;
}): JournalLine[] {
  return compact([
    line(ACCOUNTS.GRNI, 'DEBIT', b.receivedMinor, { memo: b.number }),
    line(ACCOUNTS.PRICE_VARIANCE, 'DEBIT', b.netMinor - b.receivedMinor, { memo: b.number }),
    line(ACCOUNTS.TAX, 'DEBIT', b.taxMinor, { taxKind: 'INPUT', memo: b.number }),
    line(ACCOUNTS.AP, 'CREDIT', b.totalMinor, { partyId: b.supplierId, memo: b.number }),
  ]);
}
