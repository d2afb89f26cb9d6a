/**
 * The request lifecycle: one state machine folds the timeline into the status. Pure.
 *
 *   draft --submitted--> submitted --acknowledged--> acknowledged
 *   submitted|acknowledged|processing --records_released--> processing
 *   submitted|acknowledged|processing --fee_requested--> awaiting_fee --fee_paid--> (back)
 *   submitted|acknowledged|processing --clarification_requested--> awaiting_clarification --clarified--> (back)
 *   open or awaiting_* --completed(outcome)--> fulfilled | partially_fulfilled | no_records | denied
 *   partially_fulfilled|no_records|denied, or open (constructive denial) --appealed--> appealed
 *   appealed --appeal_decided--> appeal_decided --appealed (next level) | records_released | completed
 *   any but withdrawn/fulfilled --withdrawn--> withdrawn
 *   note, communication, extended (while open), expedited_decided (while open or paused): status unchanged
 */
export const STATUSES = [
  'draft',
  'submitted',
  'acknowledged',
  'processing',
  'awaiting_fee',
  'awaiting_clarification',
  'fulfilled',
  'partially_fulfilled',
  'no_records',
  'denied',
  'appealed',
  'appeal_decided',
  'withdrawn',
] as const;
export type Status = (typeof STATUSES)[number];

export const EVENT_TYPES = [
  'submitted',
  'acknowledged',
  'extended',
  'expedited_decided',
  'fee_requested',
  'fee_paid',
  'clarification_requested',
  'clarified',
  'records_released',
  'completed',
  'appealed',
  'appeal_decided',
  'withdrawn',
  'note',
  'communication',
  'retraction',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const OUTCOMES = ['fulfilled', 'partial', 'no_records', 'denied'] as const;
export type Outcome = (typeof OUTCOMES)[number];

const OUTCOME_STATUS: Record<Outcome, Status> = {
  fulfilled: 'fulfilled',
  partial: 'partially_fulfilled',
  no_records: 'no_records',
  denied: 'denied',
};

/** Statuses in which the agency still owes a response. */
export const OPEN: readonly Status[] = ['submitted', 'acknowledged', 'processing'];
const PAUSED: readonly Status[] = ['awaiting_fee', 'awaiting_clarification'];
const ADVERSE: readonly Status[] = ['partially_fulfilled', 'no_records', 'denied'];
export const CLOSED: readonly Status[] = [
  'fulfilled',
  'partially_fulfilled',
  'no_records',
  'denied',
  'appeal_decided',
  'withdrawn',
];

export interface FoldState {
  status: Status;
  /** Where a fee or clarification pause returns to. */
  resumeTo: Status | null;
}

export interface MachineEvent {
  type: EventType;
  data?: { outcome?: string } | null;
}

/** The status after `event`, or null when the machine refuses it. `retraction` is handled by the caller. */
export function transition(state: FoldState, event: MachineEvent): FoldState | null {
  const s = state.status;
  const same = { ...state };
  switch (event.type) {
    case 'note':
    case 'communication':
      return same;
    case 'submitted':
      return s === 'draft' ? { status: 'submitted', resumeTo: null } : null;
    case 'acknowledged':
      return s === 'submitted' ? { status: 'acknowledged', resumeTo: null } : null;
    case 'extended':
      return OPEN.includes(s) ? same : null;
    case 'expedited_decided':
      return OPEN.includes(s) || PAUSED.includes(s) ? same : null;
    case 'records_released':
      return OPEN.includes(s) || s === 'appeal_decided' ? { status: 'processing', resumeTo: null } : null;
    case 'fee_requested':
      return OPEN.includes(s) ? { status: 'awaiting_fee', resumeTo: s } : null;
    case 'fee_paid':
      return s === 'awaiting_fee' ? { status: state.resumeTo ?? 'acknowledged', resumeTo: null } : null;
    case 'clarification_requested':
      return OPEN.includes(s) ? { status: 'awaiting_clarification', resumeTo: s } : null;
    case 'clarified':
      return s === 'awaiting_clarification' ? { status: state.resumeTo ?? 'acknowledged', resumeTo: null } : null;
    case 'completed': {
      const outcome = event.data?.outcome as Outcome | undefined;
      if (!outcome || !(outcome in OUTCOME_STATUS)) return null;
      return OPEN.includes(s) || PAUSED.includes(s) || s === 'appeal_decided'
        ? { status: OUTCOME_STATUS[outcome], resumeTo: null }
        : null;
    }
    case 'appealed':
      return ADVERSE.includes(s) || OPEN.includes(s) || s === 'appeal_decided'
        ? { status: 'appealed', resumeTo: null }
        : null;
    case 'appeal_decided':
      return s === 'appealed' ? { status: 'appeal_decided', resumeTo: null } : null;
    case 'withdrawn':
      return s === 'withdrawn' || s === 'fulfilled' ? null : { status: 'withdrawn', resumeTo: null };
    case 'retraction':
      return null;
  }
}

export const INITIAL: FoldState = { status: 'draft', resumeTo: null };

/** Event types the machine accepts in this state (for 409 messages and the web form). */
export function allowedEvents(state: FoldState): EventType[] {
  return EVENT_TYPES.filter((type) => {
    if (type === 'retraction') return true;
    if (type === 'completed') return transition(state, { type, data: { outcome: 'fulfilled' } }) !== null;
    return transition(state, { type }) !== null;
  });
}

export interface FoldResult {
  state: FoldState;
  /** Index of the first event the machine refused, or -1. */
  refusedAt: number;
  refusedState?: FoldState;
}

export function fold(events: readonly MachineEvent[]): FoldResult {
  let state = INITIAL;
  for (let i = 0; i < events.length; i++) {
    const next = transition(state, events[i] as MachineEvent);
    if (!next) return { state, refusedAt: i, refusedState: state };
    state = next;
  }
  return { state, refusedAt: -1 };
}
