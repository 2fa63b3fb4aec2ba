import mongoose, { type Connection } from 'mongoose';
import { tenantScopePlugin } from './tenancy';
import { increment } from './write';

/** Per-tenant gap-free counters for human document numbers (SO-000042, INV-000042). */
const sequenceSchema = new mongoose.Schema({ name: { type: String, required: true }, value: { type: Number, required: true } });
sequenceSchema.plugin(tenantScopePlugin);
sequenceSchema.index({ tenantId: 1, name: 1 }, { unique: true });

export function sequenceModel(connection: Connection) {
  return connection.models.Sequence ?? connection.model('Sequence', sequenceSchema, 'sequences');
}

/** Atomically takes the next number of a named sequence and formats it, e.g. `SO-000042`. */
export async function nextNumber(connection: Connection, name: string, prefix: string): Promise<string> {
  const value = await increment(sequenceModel(connection), { name }, 'value');
  return `${prefix}-${String(value).padStart(6, '0')}`;
}
