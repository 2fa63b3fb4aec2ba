/**
 * Scopes: what a credential may do. `<domain>:read` / `<domain>:write` per domain, plus
 * `hr:sensitive` (compensation, bank details), `finance:approve` (accepting a supplier bill's
 * variance from its purchase order and receipts: not the FINANCE role, so the clerk who enters a bill
 * cannot wave its differences through), `finance:reopen` (moving the lock date of a closed period
 * back: not the FINANCE role either, and audited), `identity:admin` (users, API keys, audit log),
 * `events:admin` (the tenant's domain events, consumer lag, dead letters and their replay),
 * `webhooks:admin` (the tenant's webhook endpoints and their deliveries), `reports:read` (the
 * business-health KPIs, which combine every domain's figures: the roles that read sales and finance)
 * and `reports:admin` (rebuilding them from the event log: ADMIN only), and
 * `documents:arbitrary` (an API key that may run operations no app published: partners).
 * A user's scopes come from their roles; an API key carries an explicit subset of its creator's.
 */
export const DOMAINS = ['customers', 'sales', 'finance', 'inventory', 'hr', 'operations'] as const;

export const ALL_SCOPES: string[] = [
  ...DOMAINS.flatMap((d) => [`${d}:read`, `${d}:write`]),
  'hr:sensitive',
  'finance:approve',
  'finance:reopen',
  'identity:admin',
  'events:admin',
  'webhooks:admin',
  // The business-health read models (reporting subgraph): reading every KPI, and rebuilding them from the event log.
  'reports:read',
  'reports:admin',
  // An API key holding it runs any operation when the gateway enforces trusted documents (sessions never do).
  'documents:arbitrary',
];

export type Role = 'ADMIN' | 'SALES' | 'SUPPORT' | 'FINANCE' | 'INVENTORY' | 'HR' | 'VIEWER';

const read = (...domains: string[]) => domains.map((d) => `${d}:read`);
const write = (...domains: string[]) => domains.flatMap((d) => [`${d}:read`, `${d}:write`]);

export const ROLE_SCOPES: Record<Role, string[]> = {
  ADMIN: ALL_SCOPES,
  SALES: [...write('customers', 'sales'), ...read('inventory', 'finance', 'hr', 'operations'), 'reports:read'],
  SUPPORT: [...write('customers'), ...read('sales', 'inventory', 'hr', 'operations')],
  FINANCE: [...write('finance'), ...read('customers', 'sales', 'inventory', 'hr', 'operations'), 'reports:read'],
  INVENTORY: [...write('inventory'), ...read('sales', 'hr')],
  HR: [...write('hr'), 'hr:sensitive', ...read('operations')],
  VIEWER: [...read(...DOMAINS), 'reports:read'],
};

export function scopesOfRoles(roles: Role[]): string[] {
  return [...new Set(roles.flatMap((role) => ROLE_SCOPES[role] ?? []))].sort();
}

export const isKnownScope = (scope: string) => ALL_SCOPES.includes(scope);

/** `@requiresScopes` semantics: any one of the alternatives, each needing all of its scopes. */
export function satisfies(granted: string[], alternatives: string[][]): boolean {
  return alternatives.some((all) => all.every((scope) => granted.includes(scope)));
}
