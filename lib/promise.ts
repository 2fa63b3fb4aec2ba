/**
 * Available to promise: the earliest date a quantity of a product can ship.
 *
 * Supply is what is free now (on hand minus reserved, per level, never below zero) and then each
 * open purchase order's outstanding units on its expected date. Demand already promised comes first:
 * the units backordered for confirmed orders take the earliest supply (receipts release backorders
 * in order of confirmation), then the asked quantity. The answer is the first date on which the
 * supply left covers the quantity: today when it is free now, a purchase order's expected date,
 * or none when the known supply never does (then `shortfall` says by how much).
 * Purchase orders without an expected date are not counted (no date can be promised from them).
 */
export interface PromiseSupply {
  /** YYYY-MM-DD. */
  date: string;
  quantity: number;
}

export interface PromiseInput {
  quantity: number;
  /** onHand - reserved of each level considered. */
  freeNow: number[];
  /** Open purchase orders' outstanding units, each with its expected date. */
  incoming: PromiseSupply[];
  /** Units backordered for confirmed orders, served before this quantity. */
  backordered: number;
  /** YYYY-MM-DD. */
  today: string;
}

export interface PromiseAnswer {
  quantity: number;
  /** Free now, after backorders (never negative). */
  availableNow: number;
  /** Earliest ship date (YYYY-MM-DD), or null when the known supply never covers the quantity. */
  earliestDate: string | null;
  /** Units still missing after every known receipt (0 when the date exists). */
  shortfall: number;
}

export function availableToPromise(input: PromiseInput): PromiseAnswer {
  const free = input.freeNow.reduce((sum, f) => sum + Math.max(0, f), 0);
  let owed = Math.max(0, input.backordered);
  let left = free - owed;
  owed = left < 0 ? -left : 0;
  left = Math.max(0, left);
  const availableNow = left;
  if (left >= input.quantity) return { quantity: input.quantity, availableNow, earliestDate: input.today, shortfall: 0 };
  const supply = [...input.incoming]
    .filter((s) => s.quantity > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const s of supply) {
    const takenByBackorders = Math.min(owed, s.quantity);
    owed -= takenByBackorders;
    left += s.quantity - takenByBackorders;
    if (left >= input.quantity) {
      const date = s.date < input.today ? input.today : s.date; // an overdue delivery is promised for today at best
      return { quantity: input.quantity, availableNow, earliestDate: date, shortfall: 0 };
    }
  }
  return { quantity: input.quantity, availableNow, earliestDate: null, shortfall: input.quantity - left };
}

/** Whether a promise meets a date (YYYY-MM-DD). */
export const meets = (answer: PromiseAnswer, needBy: string) => answer.earliestDate !== null && answer.earliestDate <= needBy;
