import mongoose, { type Connection } from 'mongoose';
import { tenantScopePlugin } from './tenancy';
import { updateWhere } from './write';

/** Per-tenant gap-free counters for human document numbers (SO-000042, INV-000042). */
const sequenceSchema = new mongoose.Schema({ name: { type: String, required: true }, value: { type: Number, required: true } });
sequenceSchema.plugin(tenantScopePlugin);
sequenceSchema.index({ tenantId: 1, name: 1 }, { unique: true });

export function sequenceModel(connection: Connection) {
  return connection.models.Sequence ?? connection.model('Sequence', sequenceSchema, 'sequences');
}

/** Atomically takes the next number of a named sequence and formats it, e.g. `SO-000042`. */
export async function nextNumber(connection: Connection, name: string, prefix: string): Promise<string> {
  const doc = await updateWhere<{ value: number }>(sequenceModel(connection), { name }, { $inc: { value: 1 } }, { upsert: true });
  return `${prefix}-${String(doc!.value).padStart(6, '0')}`;
}
