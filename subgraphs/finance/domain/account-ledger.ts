/**
 * Reading one account's ledger: which document posted an entry (from its unique `source`), the
 * running balance line by line in the account's normal direction, and the keyset cursor of a line
 * (entry date, entry id, line index: the order of the ledger). Plain functions, no I/O.
 */
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { normalBalance, type AccountType } from './ledger';

export type SourceDocumentType =
  | 'INVOICE'
  | 'PAYMENT'
  | 'SUPPLIER_BILL'
  | 'EXPENSE'
  | 'PAYROLL_RUN'
  | 'STOCK_MOVEMENT'
  | 'MANUAL'
  | 'REVERSAL';

export interface SourceDocument {
  type: SourceDocumentType;
  /** The document's id (for MANUAL the idempotency key, for REVERSAL the reversed entry's id). */
  id: string;
  /** What the posting was for: `issue`, `void`, `credit:<id>`, `payment:<id>`, `post`, `paid`... */
  event: string | null;
}

const PREFIXES: Record<string, SourceDocumentType> = {
  invoice: 'INVOICE',
  payment: 'PAYMENT',
  bill: 'SUPPLIER_BILL',
  expense: 'EXPENSE',
  payroll: 'PAYROLL_RUN',
  stock: 'STOCK_MOVEMENT',
  manual: 'MANUAL',
  reversal: 'REVERSAL',
};

/** The document behind a journal entry's source (null for a source of another shape). */
export function sourceDocument(source: string): SourceDocument | null {
  // A shipment's cost of goods: `cogs:order:<orderId>:<movementId>`, the movement is the document.
  const cogs = /^cogs:order:[^:]+:(.+)$/.exec(source);
  if (cogs) return { type: 'STOCK_MOVEMENT', id: cogs[1], event: 'shipment' };
  const [prefix, ...rest] = source.split(':');
  const type = PREFIXES[prefix];
  if (!type || !rest.length || !rest[0]) return null;
  if (type === 'MANUAL' || type === 'REVERSAL' || type === 'STOCK_MOVEMENT') return { type, id: rest.join(':'), event: null };
  return { type, id: rest[0], event: rest.slice(1).join(':') || null };
}

/** One line of the account, in ledger order. */
export interface LedgerLine {
  date: Date;
  entryId: string;
  lineIndex: number;
  debitMinor: number;
  creditMinor: number;
}

/** The lines with the balance after each (normal direction), from `openingMinor`. */
export function withRunningBalance<L extends LedgerLine>(type: AccountType, openingMinor: number, lines: L[]): Array<L & { balanceMinor: number }> {
  let balance = openingMinor;
  return lines.map((l) => {
    balance += normalBalance(type, l.debitMinor, l.creditMinor);
    return { ...l, balanceMinor: balance };
  });
}

export interface LedgerCursor {
  date: Date;
  entryId: string;
  lineIndex: number;
}

export function encodeLedgerCursor(l: LedgerCursor): string {
  return Buffer.from(JSON.stringify(['l1', l.date.toISOString(), l.entryId, l.lineIndex])).toString('base64url');
}

export function decodeLedgerCursor(cursor: string): LedgerCursor {
  try {
    const [tag, date, entryId, lineIndex] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      tag === 'l1' &&
      typeof date === 'string' &&
      !Number.isNaN(Date.parse(date)) &&
      mongoose.isObjectIdOrHexString(entryId) &&
      Number.isInteger(lineIndex) &&
      lineIndex >= 0
    )
      return { date: new Date(date), entryId, lineIndex };
  } catch {
    // fall through
  }
  throw badInput('Invalid cursor: pass an endCursor from a previous page of the account ledger.');
}

/** Ledger order: by entry date, then entry id, then line index. Negative when a comes first. */
export function compareLedger(a: LedgerCursor, b: LedgerCursor): number {
  return a.date.getTime() - b.date.getTime() || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0) || a.lineIndex - b.lineIndex;
}
