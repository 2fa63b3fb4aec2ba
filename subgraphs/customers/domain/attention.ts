/** Why a customer needs attention, with a human explanation. */
export interface AttentionReason {
  kind: 'NO_RECENT_INTERACTION' | 'OVERDUE_TASKS' | 'TICKET_PAST_SLA';
  message: string;
}

export const DEFAULT_ATTENTION_DAYS = 30;
const DAY_MS = 86_400_000;

/** The instant before which a customer's last touch counts as "quiet". */
export function quietCutoff(now: Date, attentionDays: number): Date {
  return new Date(now.getTime() - attentionDays * DAY_MS);
}

export interface AttentionFacts {
  /** max(createdAt, lastInteractionAt). */
  quietSince: Date;
  lastInteractionAt?: Date | null;
  overdueTasks: number;
  /** Numbers of open URGENT/HIGH tickets past their SLA. */
  ticketsPastSla: string[];
}

/** Why a customer needs attention (empty: it does not). */
export function attentionReasons(facts: AttentionFacts, now: Date, attentionDays: number): AttentionReason[] {
  const reasons: AttentionReason[] = [];
  if (facts.quietSince.getTime() < quietCutoff(now, attentionDays).getTime()) {
    const days = Math.floor((now.getTime() - facts.quietSince.getTime()) / DAY_MS);
    reasons.push({
      kind: 'NO_RECENT_INTERACTION',
      message: facts.lastInteractionAt ? `No interaction for ${days} days` : `No interaction since creation ${days} days ago`,
    });
  }
  if (facts.overdueTasks > 0) {
    reasons.push({ kind: 'OVERDUE_TASKS', message: `${facts.overdueTasks} overdue task${facts.overdueTasks === 1 ? '' : 's'}` });
  }
  if (facts.ticketsPastSla.length) {
    reasons.push({ kind: 'TICKET_PAST_SLA', message: `Past SLA: ${facts.ticketsPastSla.join(', ')}` });
  }
  return reasons;
}
