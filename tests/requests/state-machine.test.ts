/**
 * Every (status, event) pair: the allowed ones with the status they lead to, every other pair refused.
 */
import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  EVENT_TYPES,
  type EventType,
  fold,
  STATUSES,
  type Status,
  transition,
} from '../../src/requests/state-machine.js';

const OPEN: Status[] = ['submitted', 'acknowledged', 'processing'];
const ALL = [...STATUSES];

/** [from, event, to, why] */
const ALLOWED: Array<[Status, EventType, Status | 'same', string]> = [
  ['draft', 'submitted', 'submitted', 'filing the request'],
  ['submitted', 'acknowledged', 'acknowledged', 'the agency acknowledges receipt'],
  ...OPEN.map((s): [Status, EventType, Status | 'same', string] => [
    s,
    'extended',
    'same',
    'an extension keeps the status',
  ]),
  ...[...OPEN, 'appeal_decided' as Status].map((s): [Status, EventType, Status, string] => [
    s,
    'records_released',
    'processing',
    'records come in parts',
  ]),
  ...[...OPEN, 'awaiting_fee' as Status, 'awaiting_clarification' as Status].map(
    (s): [Status, EventType, Status | 'same', string] => [
      s,
      'expedited_decided',
      'same',
      'the decision on expedited processing (5 U.S.C. 552(a)(6)(E)(ii)) keeps the status',
    ],
  ),
  ...OPEN.map((s): [Status, EventType, Status, string] => [s, 'fee_requested', 'awaiting_fee', 'fee pauses the clock']),
  ['awaiting_fee', 'fee_paid', 'processing', 'payment returns to where the request was'],
  ...OPEN.map((s): [Status, EventType, Status, string] => [
    s,
    'clarification_requested',
    'awaiting_clarification',
    'clarification pauses the clock',
  ]),
  ['awaiting_clarification', 'clarified', 'processing', 'clarification returns to where the request was'],
  ...[...OPEN, 'awaiting_fee', 'awaiting_clarification', 'appeal_decided'].map(
    (s): [Status, EventType, Status, string] => [
      s as Status,
      'completed',
      'fulfilled',
      'a final response (outcome fulfilled here)',
    ],
  ),
  ...[...OPEN, 'partially_fulfilled', 'no_records', 'denied', 'appeal_decided'].map(
    (s): [Status, EventType, Status, string] => [
      s as Status,
      'appealed',
      'appealed',
      'appeal of an adverse or missing response, or to the next level',
    ],
  ),
  ['appealed', 'appeal_decided', 'appeal_decided', 'the appeal body decides'],
  ...ALL.filter((s) => s !== 'withdrawn' && s !== 'fulfilled').map((s): [Status, EventType, Status, string] => [
    s,
    'withdrawn',
    'withdrawn',
    'the requester withdraws',
  ]),
  ...ALL.map((s): [Status, EventType, 'same', string] => [s, 'note', 'same', 'notes are always allowed']),
  ...ALL.map((s): [Status, EventType, 'same', string] => [
    s,
    'communication',
    'same',
    'communications are always allowed',
  ]),
];

const key = (s: string, e: string) => `${s}|${e}`;
const allowed = new Map(ALLOWED.map(([s, e, to]) => [key(s, e), to]));
const EVENTS = EVENT_TYPES.filter((e) => e !== 'retraction');

describe('state machine: allowed transitions', () => {
  it.each(ALLOWED)('%s --%s--> %s (%s)', (from, type, to) => {
    const state = {
      status: from,
      resumeTo: from === 'awaiting_fee' || from === 'awaiting_clarification' ? ('processing' as Status) : null,
    };
    const next = transition(state, { type, data: { outcome: 'fulfilled' } });
    expect(next?.status).toBe(to === 'same' ? from : to);
  });
});

describe('state machine: refused transitions', () => {
  const refused = ALL.flatMap((s) => EVENTS.filter((e) => !allowed.has(key(s, e))).map((e) => [s, e] as const));
  it('covers every other pair', () => {
    expect(refused.length + ALLOWED.length).toBe(ALL.length * EVENTS.length);
  });
  it.each(refused)('%s refuses %s', (from, type) => {
    expect(transition({ status: from, resumeTo: 'acknowledged' }, { type, data: { outcome: 'fulfilled' } })).toBeNull();
  });
});

describe('outcomes and folding', () => {
  it.each([
    ['fulfilled', 'fulfilled'],
    ['partial', 'partially_fulfilled'],
    ['no_records', 'no_records'],
    ['denied', 'denied'],
  ])('completed with outcome %s -> %s', (outcome, status) => {
    expect(
      transition({ status: 'acknowledged', resumeTo: null }, { type: 'completed', data: { outcome } })?.status,
    ).toBe(status);
  });

  it('completed without a known outcome is refused', () => {
    expect(
      transition({ status: 'acknowledged', resumeTo: null }, { type: 'completed', data: { outcome: 'maybe' } }),
    ).toBeNull();
  });

  it('a fee pause returns to the status it interrupted', () => {
    const r = fold([{ type: 'submitted' }, { type: 'fee_requested' }, { type: 'fee_paid' }]);
    expect(r.state.status).toBe('submitted');
    const r2 = fold([
      { type: 'submitted' },
      { type: 'records_released' },
      { type: 'clarification_requested' },
      { type: 'clarified' },
    ]);
    expect(r2.state.status).toBe('processing');
  });

  it('reports where a fold is refused', () => {
    expect(fold([{ type: 'submitted' }, { type: 'submitted' }])).toMatchObject({ refusedAt: 1 });
  });

  it('lists what is possible from a status', () => {
    expect(allowedEvents({ status: 'awaiting_fee', resumeTo: 'acknowledged' })).toEqual([
      'expedited_decided',
      'fee_paid',
      'completed',
      'withdrawn',
      'note',
      'communication',
      'retraction',
    ]);
  });
});
