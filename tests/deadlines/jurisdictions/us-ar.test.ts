import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const STORAGE = 'Ark. Code 25-19-105(e)';
const HOLIDAYS = 'Ark. Code 1-5-101';

deadlineTable('US-AR', [
  {
    kind: 'extended_response',
    from: '2026-12-22',
    due: '2026-12-29',
    reason: 'skips Christmas Eve (Thu) and Christmas (Fri)',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-11-24',
    due: '2026-11-30',
    reason: 'skips Thanksgiving; the Friday after is a working day',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-10-08',
    due: '2026-10-13',
    reason: 'Columbus Day (Oct 12) is a memorial day, not a holiday',
    citation: `${STORAGE}; Ark. Code 1-5-106`,
  },
  {
    kind: 'extended_response',
    from: '2026-06-17',
    due: '2026-06-22',
    reason: 'Juneteenth (Fri Jun 19) is not an Arkansas holiday',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2026-01-15',
    due: '2026-01-21',
    reason: "skips Dr. Martin Luther King, Jr.'s Birthday (Jan 19)",
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'extended_response',
    from: '2027-12-22',
    due: '2027-12-28',
    reason: 'Christmas (Sat) observed Fri Dec 24, the same day as Christmas Eve (counted once)',
    citation: `${STORAGE}; ${HOLIDAYS}(b)`,
  },
  {
    kind: 'extended_response',
    from: '2003-07-02',
    due: '2003-07-08',
    reason: 'rule in force since before 2000: skips Independence Day (Fri Jul 4, 2003)',
    citation: `${STORAGE}; ${HOLIDAYS}`,
  },
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: 'no fixed number of days for records that are available',
    citation: 'Ark. Code 25-19-105(a)',
  },
]);

missingKinds('US-AR', ['acknowledgment', 'appeal_filing', 'appeal_response']);

describe('US-AR calendar', () => {
  weekdayHolidays('US-AR', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-11-11',
    '2026-11-26',
    '2026-12-24',
    '2026-12-25',
  ]);
  weekdayHolidays('US-AR', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-24',
    '2027-12-31',
  ]);
});
