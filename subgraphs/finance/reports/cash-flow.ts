/**
 * The cash-flow statement over a period (`cashFlowStatement`), direct method (domain/cash-flow.ts):
 * read from the entries that touch a cash or bank account (the `lines.accountCode` index), the
 * cash before the period, each section's receipts and payments per counter-account, and the
 * cash at its end, which equals opening + the three sections (checked by the tests).
 */
import mongoose from 'mongoose';
import { badInput } from '../../../lib/errors';
import { addEntry, emptySections, isCashAccount, type CashFlowLineTotals, type CashFlowSectionName } from '../domain/cash-flow';
import { DEFAULT_CHART } from '../domain/ledger';
import type { FinanceModels, JournalEntryDoc } from '../models';

const CASH_CODES = DEFAULT_CHART.map((a) => a.code).filter(isCashAccount);

export interface CashFlowSectionModel {
  currency: string;
  lines: Array<CashFlowLineTotals & { currency: string }>;
  inflowMinor: number;
  outflowMinor: number;
}

export async function cashFlowStatement(models: FinanceModels, from: Date, to: Date, currency: string) {
  if (to < from) throw badInput('"to" must not be before "from".');
  let openingMinor = 0;
  const sections = emptySections();
  const cursor = models.JournalEntry.find(
    { 'lines.accountCode': mongoose.trusted({ $in: CASH_CODES }), currency, date: mongoose.trusted({ $lte: to }) },
    { date: 1, lines: 1 },
  )
    .lean<Array<Pick<JournalEntryDoc, 'date' | 'lines'>>>()
    .cursor();
  for await (const entry of cursor as AsyncIterable<Pick<JournalEntryDoc, 'date' | 'lines'>>) {
    if (entry.date < from) {
      for (const l of entry.lines) if (isCashAccount(l.accountCode)) openingMinor += l.debitMinor - l.creditMinor;
      continue;
    }
    addEntry(sections, entry.lines);
  }
  const section = (name: CashFlowSectionName): CashFlowSectionModel => {
    const lines = [...sections[name].values()]
      .sort((a, b) => a.accountCode.localeCompare(b.accountCode))
      .map((l) => ({ ...l, currency }));
    return {
      currency,
      lines,
      inflowMinor: lines.reduce((s, l) => s + l.inflowMinor, 0),
      outflowMinor: lines.reduce((s, l) => s + l.outflowMinor, 0),
    };
  };
  const operating = section('OPERATING');
  const investing = section('INVESTING');
  const financing = section('FINANCING');
  const netChangeMinor = [operating, investing, financing].reduce((s, x) => s + x.inflowMinor - x.outflowMinor, 0);
  return {
    from,
    to,
    currency,
    openingMinor,
    operating,
    investing,
    financing,
    netChangeMinor,
    closingMinor: openingMinor + netChangeMinor,
  };
}

export type CashFlowStatementModel = Awaited<ReturnType<typeof cashFlowStatement>>;
export type CashFlowLineModel = CashFlowSectionModel['lines'][number];
