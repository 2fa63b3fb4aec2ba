import { toMoney } from './money';

/** `id` of any lean document. */
export const docId = (doc: { _id: { toString(): string } }) => doc._id.toString();

/** Resolves a stored minor-units field of a document that carries its `currency`. */
export const money =
  <D extends { currency: string }>(field: keyof D) =>
  (doc: D) =>
    toMoney(doc[field] as number, doc.currency);

/** A federation reference to an entity another subgraph owns. */
export const ref = (id: string) => ({ id });
