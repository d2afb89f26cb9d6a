import { describe } from 'vitest';
import { deadlineTable, missingKinds, weekdayHolidays } from '../table.js';

const P44 = '44 P.S. 11 (Good Friday, Flag Day, election day: offices open, openHolidays stops: false)';
const ACT22 = '42 Pa.C.S. ch. 67A (Act 22 of 2017)';

deadlineTable('US-PA', [
  {
    kind: 'response',
    from: '2026-11-24',
    due: '2026-12-03',
    reason: 'skips Thanksgiving (Nov 26) and the day after (Nov 27)',
    citation: '65 P.S. 67.901',
  },
  {
    kind: 'response',
    from: '2021-06-15',
    due: '2021-06-23',
    reason: 'Juneteenth 2021 was observed Friday Jun 18 by Commonwealth offices',
    citation: '65 P.S. 67.901',
  },
  {
    kind: 'response',
    from: '2020-06-16',
    due: '2020-06-23',
    reason: 'before Juneteenth closures began: Fri Jun 19, 2020 is a business day',
    citation: '65 P.S. 67.901',
  },
  {
    kind: 'extended_response',
    from: '2027-06-14',
    due: '2027-07-22',
    reason: '5 business days skipping Juneteenth observed (Fri Jun 18, 2027) to Jun 22, then 30 calendar days',
    citation: '65 P.S. 67.902(b)(2)',
  },
  {
    kind: 'extended_response',
    from: '2026-07-30',
    due: '2026-09-08',
    reason: '5 business days to Thu Aug 6; 30th calendar day Sat Sep 5 rolls past Sunday and Labor Day to Tue Sep 8',
    citation: '65 P.S. 67.902(b)(2); 1 Pa.C.S. 1908',
  },
  {
    kind: 'appeal_filing',
    from: '2026-12-21',
    due: '2027-01-13',
    reason: "15 business days skipping Christmas and New Year's Day",
    citation: '65 P.S. 67.1101(a)(1)',
  },
  {
    kind: 'appeal_response',
    from: '2026-06-05',
    due: '2026-07-06',
    reason: '30th day Sunday Jul 5 is omitted: Mon Jul 6',
    citation: '65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908',
  },
  {
    kind: 'appeal_response',
    from: '2026-10-12',
    due: '2026-11-12',
    reason: '30th day is Veterans Day (Wed Nov 11): Thu Nov 12',
    citation: '65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908',
  },
  {
    kind: 'response',
    from: '2026-03-30',
    due: '2026-04-06',
    reason:
      'Good Friday (Apr 3, 2026) is a 44 P.S. 11 holiday but Commonwealth offices are open, so it counts: Mon Apr 6; the reading that excludes every legal holiday gives Tue Apr 7',
    citation: `65 P.S. 67.901; ${P44}`,
    alternatives: ['2026-04-07'],
  },
  {
    kind: 'response',
    from: '2027-06-10',
    due: '2027-06-17',
    reason:
      'Flag Day (Mon Jun 14, 2027) counts (offices open): Thu Jun 17; excluding it, and Juneteenth observed Fri Jun 18, gives Mon Jun 21',
    citation: `65 P.S. 67.901; ${P44}`,
    alternatives: ['2027-06-21'],
  },
  {
    kind: 'response',
    from: '2026-06-12',
    due: '2026-06-22',
    reason:
      'Flag Day on Sun Jun 14, 2026 moves to Mon Jun 15 (44 P.S. 11 moves Sunday holidays), a day offices are open: it counts, Juneteenth (Fri Jun 19) is skipped: Mon Jun 22; excluding Jun 15 too gives Tue Jun 23',
    citation: `65 P.S. 67.901; ${P44}`,
    alternatives: ['2026-06-23'],
  },
  {
    kind: 'response',
    from: '2026-10-30',
    due: '2026-11-06',
    reason:
      'election day (Tue Nov 3, 2026) counts (offices open): Fri Nov 6; the reading that excludes it gives Mon Nov 9',
    citation: `65 P.S. 67.901; ${P44}`,
    alternatives: ['2026-11-09'],
  },
  {
    kind: 'appeal_response',
    from: '2027-02-24',
    due: '2027-03-26',
    reason:
      '30th day is Good Friday (Mar 26, 2027), offices open, so 1 Pa.C.S. 1908 does not move it; the reading that treats it as a legal holiday omits it and the weekend: Mon Mar 29',
    citation: `65 P.S. 67.1101(b)(1); 1 Pa.C.S. 1908; ${P44}`,
    alternatives: ['2027-03-29'],
  },
  {
    kind: 'response',
    requestType: 'body_camera',
    from: '2026-06-05',
    due: '2026-07-06',
    reason: 'law enforcement recording: 30 calendar days; the 30th day is Sun Jul 5, omitted: Mon Jul 6',
    citation: `${ACT22} 67A05; 1 Pa.C.S. 1908`,
  },
  {
    kind: 'response',
    requestType: 'body_camera',
    from: '2026-10-04',
    due: '2026-11-03',
    reason:
      'law enforcement recording: the 30th day is election day (Tue Nov 3, 2026), offices open, so it stands; the reading that treats it as a legal holiday omits it: Wed Nov 4',
    citation: `${ACT22} 67A05; 1 Pa.C.S. 1908; ${P44}`,
    alternatives: ['2026-11-04'],
  },
  {
    kind: 'extended_response',
    requestType: 'body_camera',
    from: '2026-03-02',
    due: '2026-04-01',
    reason: 'law enforcement recording: no RTKL extension, the 30 calendar days stand: Wed Apr 1',
    citation: `${ACT22} 67A05`,
  },
  {
    kind: 'appeal_filing',
    requestType: 'body_camera',
    from: '2026-10-12',
    due: '2026-11-12',
    reason:
      'petition to the court of common pleas within 30 days of the denial; the 30th day is Veterans Day (Wed Nov 11): Thu Nov 12',
    citation: `${ACT22} 67A06(a)(1); 1 Pa.C.S. 1908`,
  },
  {
    kind: 'appeal_response',
    requestType: 'body_camera',
    from: '2026-03-02',
    due: null,
    reason: 'law enforcement recording: reviewed by the court of common pleas, with no statutory decision period',
    citation: `${ACT22} 67A06`,
  },
]);

missingKinds('US-PA', ['acknowledgment']);

describe('US-PA calendar', () => {
  weekdayHolidays('US-PA', 2026, [
    '2026-01-01',
    '2026-01-19',
    '2026-02-16',
    '2026-05-25',
    '2026-06-19',
    '2026-07-03',
    '2026-09-07',
    '2026-10-12',
    '2026-11-11',
    '2026-11-26',
    '2026-11-27',
    '2026-12-25',
  ]);
  weekdayHolidays('US-PA', 2027, [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-06-18',
    '2027-07-05',
    '2027-09-06',
    '2027-10-11',
    '2027-11-11',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ]);
});
