/** Inventory in the ledger: one entry per applied stock movement (consumer of `inventory.stock.moved`). */
import { isEvent, type EventEnvelope } from '../../../lib/events';
import { stockPostingLines, stockPostingSource } from '../domain/stock-postings';
import type { FinanceModels } from '../models';
import { postEntry } from './ledger';

/**
 * Posts the movement's entry, dated when inventory applied it; its unique source (the movement,
 * and for a shipment its order) makes a redelivered or replayed event post nothing more.
 */
export async function postStockMovement(models: FinanceModels, event: EventEnvelope): Promise<void> {
  if (!isEvent(event, 'inventory.stock.moved')) return;
  const p = event.payload;
  const memo =
    p.type === 'SHIPMENT' ? `Cost of goods shipped${p.reference ? ` (${p.reference})` : ''}` : `Stock ${p.type.toLowerCase()}`;
  await postEntry(models, {
    source: stockPostingSource(p),
    date: new Date(p.appliedAt),
    currency: p.currency,
    memo,
    lines: stockPostingLines(p),
    whenClosed: 'NEXT_OPEN_DAY', // the stock already moved: a late movement lands in the open period
  });
}
