import type { Transitions } from '../../../lib/state-machine';

export type LeadStatus = 'NEW' | 'QUALIFIED' | 'DISQUALIFIED' | 'CONVERTED';

/**
 * The lead lifecycle: NEW -> QUALIFIED -> CONVERTED; NEW or QUALIFIED -> DISQUALIFIED;
 * DISQUALIFIED -> NEW (reopened). A NEW lead may be converted directly. CONVERTED is final.
 */
export const LEAD_TRANSITIONS: Transitions<LeadStatus> = {
  NEW: ['QUALIFIED', 'DISQUALIFIED', 'CONVERTED'],
  QUALIFIED: ['DISQUALIFIED', 'CONVERTED'],
  DISQUALIFIED: ['NEW'],
  CONVERTED: [],
};

export const LEAD_SOURCES = ['WEB', 'REFERRAL', 'EVENT', 'OUTBOUND', 'PARTNER', 'OTHER'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
