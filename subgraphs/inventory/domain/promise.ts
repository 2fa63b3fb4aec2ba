/** Available to promise: the rule is shared with sales, which answers from its replica of the supply (lib/promise.ts). */
export * from '../../../lib/promise';
