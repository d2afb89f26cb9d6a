import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const TIMELINE = 'MCA 2-6-1006(3) (Ch. 439, L. 2023)';
const ROLL = 'MCA 1-1-306, 1-1-307';

deadlineTable('US-MT', [
  {
    kind: 'response',
    from: '2023-03-01',
    due: null,
    reason: 'before the 2023 amendment: "timely manner", no fixed deadline',
    citation: 'MCA 2-6-1006(2)',
  },
  {
    kind: 'acknowledgment',
    from: '2026-10-29',
    due: '2026-11-06',
    reason: '5 business days skip state general election day (Tue Nov 3, 2026)',
    citation: `${TIMELINE}; MCA 1-1-216(1)(l)`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-12-20',
    due: '2027-12-28',
    reason: 'Christmas on Saturday 2027 is observed Fri Dec 24',
    citation: `${TIMELINE}; MCA 1-1-216(2)(b)`,
  },
  {
    kind: 'acknowledgment',
    from: '2027-06-14',
    due: '2027-06-21',
    reason: 'Juneteenth is not a Montana holiday: Fri Jun 18, 2027 counts',
    citation: `${TIMELINE}; MCA 1-1-216`,
  },
  {
    kind: 'response',
    from: '2026-03-02',
    due: '2026-06-01',
    reason: '90 days from acknowledgment end Sun May 31; rolls to Mon Jun 1',
    citation: `${TIMELINE}; ${ROLL}`,
  },
  {
    kind: 'response',
    from: '2026-08-28',
    due: '2026-11-27',
    reason: '90th day is Thanksgiving (Nov 26); the Friday after is a business day in Montana',
    citation: `${TIMELINE}; ${ROLL}; MCA 1-1-216`,
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: '2026-09-02',
    reason: '6 months after the acknowledgment, same day of the month (Wed Sep 2)',
    citation: TIMELINE,
  },
  {
    kind: 'extended_response',
    from: '2026-08-31',
    due: '2027-03-01',
    reason: '6 months after Aug 31 is Feb 28 2027 (shorter month), a Sunday: rolls to Mon Mar 1',
    citation: `${TIMELINE}; ${ROLL}`,
  },
  {
    kind: 'response',
    from: '2026-10-05',
    agencyLevel: 'county',
    due: null,
    reason: 'county agencies must only respond "in a timely manner": no fixed date',
    citation: 'MCA 2-6-1006(2)',
  },
  {
    kind: 'acknowledgment',
    from: '2026-10-05',
    agencyLevel: 'municipal',
    due: null,
    reason: 'municipal agencies have no 5-business-day acknowledgment rule',
    citation: 'MCA 2-6-1006(2)',
  },
]);

missingKinds('US-MT', ['appeal_filing', 'appeal_response']);

describe('US-MT calendar', () => {
  weekdayHolidays('US-MT', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-MT', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
