import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const RESPONSE = 'N.J.S.A. 47:1A-5(i); 36:1-1; 11A:6-24.1';

deadlineTable('US-NJ', [
  {
    kind: 'response',
    from: '2026-03-30',
    due: '2026-04-09',
    reason: 'skips Good Friday (Apr 3, 2026), a State holiday',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-10',
    reason: 'skips General Election Day (Tue Nov 3)',
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2026-02-09',
    due: '2026-02-19',
    reason: "Lincoln's Birthday (Thu Feb 12) is not a State-government holiday (36:1-1(d)); skips Presidents Day",
    citation: RESPONSE,
  },
  {
    kind: 'response',
    from: '2027-12-20',
    due: '2027-12-30',
    reason: 'Christmas on Saturday 2027 is observed Friday Dec 24 (36:1-1.2)',
    citation: `${RESPONSE}; 36:1-1.2`,
  },
  {
    kind: 'response',
    from: '2026-10-29',
    due: '2026-11-20',
    requestType: 'commercial',
    reason:
      'commercial-purpose request: 14 business days, skipping General Election Day (Tue Nov 3) and Veterans’ Day (Wed Nov 11)',
    citation: 'N.J.S.A. 47:1A-5(i), as amended by P.L.2024, c.16; 47:1A-1.1; 36:1-1; 11A:6-24.1',
  },
  {
    kind: 'response',
    from: '2024-09-03',
    due: '2024-09-23',
    requestType: 'commercial',
    reason: 'commercial-purpose request received on the day P.L.2024, c.16 took effect: 14 business days',
    citation: 'N.J.S.A. 47:1A-5(i), as amended by P.L.2024, c.16 (effective 2024-09-03)',
  },
  {
    kind: 'response',
    from: '2024-09-03',
    due: '2024-09-12',
    reason: 'a standard request under P.L.2024, c.16 keeps seven business days',
    citation: 'N.J.S.A. 47:1A-5(i), as amended by P.L.2024, c.16',
  },
  {
    kind: 'response',
    from: '2024-08-30',
    due: '2024-09-11',
    requestType: 'commercial',
    reason:
      'before P.L.2024, c.16 (2024-09-03) a commercial-purpose request had the same seven business days; skips Labor Day (Sep 2)',
    citation: 'N.J.S.A. 47:1A-5(i) (before P.L.2024, c.16); 36:1-1',
  },
  {
    kind: 'response',
    from: '2001-05-01',
    due: null,
    reason: 'before OPRA (2002-07-07) the Right to Know Law set no response period',
    citation: 'former N.J.S.A. 47:1A-2',
  },
  {
    kind: 'extended_response',
    from: '2026-03-02',
    due: null,
    reason: 'extensions only for archived records with a stated date or by consent: no cap',
    citation: 'N.J.S.A. 47:1A-5(i)',
  },
  {
    kind: 'appeal_filing',
    from: '2026-05-20',
    due: '2026-07-06',
    reason: '45th calendar day is Saturday Jul 4: next business day Mon Jul 6',
    citation: 'N.J.S.A. 47:1A-6 (P.L.2024, c.16)',
  },
  {
    kind: 'appeal_filing',
    from: '2023-03-01',
    due: '2023-05-01',
    reason: 'between the 2022 rule and P.L.2024, c.16: 60 calendar days, 60th day Sunday Apr 30 rolls to Mon May 1',
    citation: 'N.J.A.C. 5:105-2.1 (2022-11-07)',
  },
  {
    kind: 'appeal_filing',
    from: '2022-06-01',
    due: null,
    reason: 'before 2022-11-07 a GRC complaint had no filing deadline',
    citation: 'N.J.S.A. 47:1A-6 (former)',
  },
  {
    kind: 'appeal_response',
    from: '2026-03-02',
    due: null,
    reason: 'the Council decides "as expeditiously as possible": no fixed period',
    citation: 'N.J.S.A. 47:1A-7',
  },
]);

missingKinds('US-NJ', ['acknowledgment']);

describe('US-NJ calendar', () => {
  weekdayHolidays('US-NJ', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-04-03',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-03',
    '2026-11-11',
    '2026-11-26',
    '2026-12-25',
  ]);
  weekdayHolidays('US-NJ', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-03-26',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-02',
    '2027-11-11',
    '2027-11-25',
    '2027-12-24',
    '2027-12-31',
  ]);
});
