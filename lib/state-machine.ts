/**
 * Lifecycles as data: each aggregate's `Transitions` map lives in its domain file and is declared
 * on its model (lib/write.ts `aggregatePlugin`), where every status change is checked against it.
 */

/** A lifecycle: for each status, the statuses it may move to. */
export type Transitions<S extends string> = Record<S, readonly S[]>;

export function canTransition<S extends string>(machine: Transitions<S>, from: S, to: S): boolean {
  return machine[from].includes(to);
}

/** The statuses from which `to` may be reached. */
export function sourcesOf<S extends string>(machine: Transitions<S>, to: S): S[] {
  return (Object.keys(machine) as S[]).filter((from) => machine[from].includes(to));
}
