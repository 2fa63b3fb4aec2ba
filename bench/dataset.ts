/**
 * The benchmark dataset: one tenant `bench-c<customers>-s<seed>` created through the same
 * generator as `npm run seed` (scripts/seed-data.ts), scaled from the customer count. Seeding
 * goes through the gateway, so it is slow on FerretDB (minutes per thousand customers); the
 * database lives in bench/.data/ and a tenant that is already complete is reused.
 */
import type { SizeSpec } from '../scripts/seed-data';

/** Every type scales with the customers, in the proportions of `medium` (fewer employees: not benchmarked). */
export function benchSizeSpec(customers: number): SizeSpec {
  return {
    departments: 4,
    employees: 10,
    warehouses: 2,
    products: Math.max(10, Math.round(customers * 0.3)),
    customers,
    orders: Math.round(customers * 1.5),
    stock: [100, 2000],
  };
}

export const benchTenantSlug = (customers: number, seed: number) => `bench-c${customers}-s${seed}`;
