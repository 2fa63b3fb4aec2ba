/**
 * Which warehouses an order line's reservation draws from.
 *
 * Rule: the tenant's default warehouse first; then the others by most available units (ties by
 * warehouse id, so the choice is deterministic); each gives as much as it has available until the
 * line is covered. What no warehouse can give is backordered. A level with nothing available is
 * skipped, so a line never holds zero-unit allocations.
 */
export interface Candidate {
  warehouseId: string;
  available: number;
}

export interface Allocation {
  allocations: Array<{ warehouseId: string; quantity: number }>;
  backordered: number;
}

export function orderCandidates<C extends Candidate>(candidates: C[], defaultWarehouseId?: string | null): C[] {
  return [...candidates].sort((a, b) => {
    const aDefault = a.warehouseId === defaultWarehouseId ? 1 : 0;
    const bDefault = b.warehouseId === defaultWarehouseId ? 1 : 0;
    if (aDefault !== bDefault) return bDefault - aDefault;
    if (a.available !== b.available) return b.available - a.available;
    return a.warehouseId < b.warehouseId ? -1 : a.warehouseId > b.warehouseId ? 1 : 0;
  });
}

export function allocate(quantity: number, candidates: Candidate[], defaultWarehouseId?: string | null): Allocation {
  let remaining = quantity;
  const allocations: Allocation['allocations'] = [];
  for (const candidate of orderCandidates(candidates, defaultWarehouseId)) {
    if (remaining <= 0) break;
    const take = Math.min(remaining, Math.max(0, candidate.available));
    if (take > 0) {
      allocations.push({ warehouseId: candidate.warehouseId, quantity: take });
      remaining -= take;
    }
  }
  return { allocations, backordered: remaining };
}
