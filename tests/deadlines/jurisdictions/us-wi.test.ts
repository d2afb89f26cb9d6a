import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'Wis. Stat. § 19.35(4)(a)';

deadlineTable('US-WI', [
  {
    kind: 'response',
    from: '2026-03-02',
    due: null,
    reason: '"as soon as practicable and without delay": no fixed number of days',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-11-25',
    due: null,
    reason: 'no fixed deadline even across Thanksgiving',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-06-18',
    due: null,
    reason: 'no fixed deadline (Juneteenth is not a Wisconsin state-office holiday)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-24',
    due: null,
    reason: 'no fixed deadline when received on a holiday (Christmas Eve)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-10-31',
    due: null,
    reason: 'no fixed deadline when received on a Saturday',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2000-01-03',
    due: null,
    reason: 'same rule at the start of the supported range',
    citation: RESPONSE,
  },
]);

missingKinds('US-WI', ['acknowledgment', 'extended_response', 'appeal_filing', 'appeal_response']);

describe('US-WI calendar', () => {
  weekdayHolidays('US-WI', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-05-25',
    '2026-09-07',
    '2026-11-26',
    '2026-12-24',
    '2026-12-25',
    '2026-12-31',
  ]);
  weekdayHolidays('US-WI', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
