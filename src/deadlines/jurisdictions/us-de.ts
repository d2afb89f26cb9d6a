import { common, electionDay } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const EXTENDED: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'When the request is for voluminous records, requires legal advice, or a record is in storage or archived, the public body says so within the 15 business days with a good-faith estimate of the additional time; the Act sets no maximum',
  citation: '29 Del. C. 10003(h)(1)',
};

const APPEAL_FILING: ClockRule = {
  fixed: false,
  startsAt: 'adverse_determination',
  text: 'A requester may petition the Attorney General for a determination whether a violation has occurred or is about to occur; the Act sets no period for the petition',
  citation: '29 Del. C. 10005(e)',
  uncertain:
    'The 60-day / 6-month limits of 10005(a) apply to suits in court about meetings, not to a petition to the Attorney General (reading chosen).',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 20, unit: 'calendar' }],
  text: 'The Attorney General renders a written determination within 20 days after receiving the petition',
  citation: '29 Del. C. 10005(e)',
  uncertain:
    'The 20 days are counted as calendar days without roll-forward; the text of 10005(e) was not read this session (the period is from Attorney General practice and the earlier file), and determinations are often issued later.',
};

export const US_DE: Jurisdiction = {
  code: 'US-DE',
  name: 'Delaware',
  lawName: 'Freedom of Information Act',
  lawCitation: '29 Del. C. 10001-10007',
  timeZone: 'America/New_York',
  calendar: {
    citation: '1 Del. C. 501',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      '1 Del. C. 501(a): if a legal holiday falls on Sunday, the Monday following is a legal holiday; if a legal holiday other than Saturday falls on Saturday, the Friday preceding is a legal holiday',
    holidays: [
      common.newYear(),
      common.mlk(),
      common.goodFriday(),
      common.memorial('Memorial Day', { citation: '1 Del. C. 501(b)' }),
      common.juneteenth('Juneteenth', {
        from: '2021-10-27',
        citation: '1 Del. C. 501(a), as amended by H.B. 119 (151st G.A.), signed and effective October 27, 2021',
      }),
      common.independence(),
      common.labor(),
      electionDay('General Election Day (as it biennially occurs)', { years: 'even' }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Friday following Thanksgiving Day'),
      common.christmas('Christmas'),
    ],
    notes: [
      'Saturdays are themselves legal holidays under 1 Del. C. 501(a); they are never business days anyway.',
      "Return Day (the second day after the General Election) is a holiday after 12:00 noon in Sussex County only and is not counted. Presidents' Day and Columbus Day are not Delaware legal holidays (state employees get floating holidays instead, 501(d)).",
      "Designations: the Department of Human Resources holiday pages (dhr.delaware.gov/labor/holidays/<year>.shtml) list only the 501 holidays; Governor's announcements and Severe Weather Conditions & Emergencies (SWCE) alerts on news.delaware.gov were searched for 2024-2026. Found: the Governor's gift day of Friday 2022-12-23 and the statewide weather closure of Monday 2025-01-06. No Christmas Eve or other gift closure was found for 2024, 2025 or 2026.",
      'Weather closures limited to some counties (e.g. Kent and New Castle Counties on Friday 2024-01-19) and late openings are not encoded (a designation cannot be limited to a county); the search of weather alerts was not exhaustive. The Juneteenth 2020 closure by the Governor (before the statute) is not encoded.',
    ],
    designations: [
      {
        date: '2022-12-23',
        name: 'State offices closed (Governor Carney, in recognition of public servants)',
        kind: 'closure',
        scope: 'state',
        citation: "Governor's announcement of 2022-12-22",
        source: 'https://www.einpresswire.com/article/607744342/governor-carney-announces-state-offices-closed-friday',
      },
      {
        date: '2025-01-06',
        name: 'State offices closed in all three counties (severe weather)',
        kind: 'closure',
        scope: 'state',
        citation: 'State of Delaware Severe Weather Conditions & Emergencies Alert of 2025-01-05',
        source: 'https://pubt.io/view/08D5D5EC0A1FA06CED4931D1121D8ED3C2F1507B (news.delaware.gov press release)',
      },
    ],
    designationsThrough: 2026,
    designationSources: [
      'https://dhr.delaware.gov/labor/holidays/ (yearly legal-holiday pages)',
      'https://news.delaware.gov/ (Governor announcements; SWCE closure alerts, also at de.gov/closings)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "business days" (29 Del. C. 10003(h)(1)) and does not define them; a day on which State offices are closed by the Governor is not a day on which the public body does business, so it is not counted (reading chosen).',
      citation: '29 Del. C. 10003(h)(1); 1 Del. C. 501',
    },
    alternatives: [
      {
        reading:
          'A "business day" is any day other than a Saturday, Sunday or 1 Del. C. 501 legal holiday, so an executive closure day still counts',
        citation: '29 Del. C. 10003(h)(1) ("business days", undefined); 1 Del. C. 501',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: '29 Del. C. 10003 before the 2011 amendments: reasonable access, no time limit for a response',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before 2011 the Act set no time limit for a public body to respond to or fulfil a FOIA request',
          citation: '29 Del. C. 10003 (pre-2011)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'No response deadline, hence no extension period, before the 2011 amendments',
          citation: '29 Del. C. 10003 (pre-2011)',
        },
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2011-07-01',
      enactedBy:
        'H.B. 5 (146th G.A., 2011), adding 10003(h); restructured without changing the periods by S.B. 155 (151st G.A.)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 15, unit: 'business' }],
          text: 'The public body responds as soon as possible, but in any event within 15 business days after receiving the request: it provides access, denies access in whole or part with reasons, or advises that more time is needed with a good-faith estimate',
          citation: '29 Del. C. 10003(h)(1)',
        },
        extended_response: EXTENDED,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Date of the 15-business-day rule: H.B. 5 passed the House on January 25, 2011 and the Governor spoke of the 2011 changes as enacted; its signing and effective date were not found. Encoded from 2011-07-01 (a late estimate, so that no deadline is claimed for a date before the law); requests received earlier in 2011 may already have had the 15-day limit.',
    'The 15-business-day text was read in S.B. 155 (151st G.A.) in an earlier session and is confirmed by Attorney General opinions (20-IB15, 20-IB33, 25-IB62); this session the code text of 10003(h)(1) and 10005(e) could not be opened in the stored sources (delcode.delaware.gov is not stored), so no statutory quote is recorded and the file stays partial.',
    "Calendar: the 501 text read lists no Presidents' Day or Columbus Day (Delaware dropped Columbus Day for floating holidays; the date of that change and whether Presidents' Day was a holiday after 2000 were not confirmed). The engine counts neither in any year, so a pre-change date could be one business day early.",
    'H.S. 1 for H.B. 360 (152nd G.A.), which would have added a rotating Diwali / Eid ul-Fitr / Yom Kippur holiday from 2026, died in committee; not encoded.',
    'Veterans Day is encoded as a general legal holiday in every year; 501(c) separately covers public schools.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched 29 Del. C. ch. 100, the Attorney General FOIA opinions and the DOJ Policy Manual for FOIA Coordinators. Day 1 is the business day after actual receipt.',
  sources: [
    'https://holidays.uslegal.com/state-holidays/delaware-legal-holidays/ (1 Del. C. 501 text)',
    'https://dhr.delaware.gov/labor/holidays/2024.shtml',
    'https://dhr.delaware.gov/labor/holidays/2016.shtml',
    'https://housedems.delaware.gov/2021/10/27/governor-carney-signs-new-law-making-juneteenth-state-holiday',
    'https://www.legis.delaware.gov/json/BillDetail/GenerateHtmlDocument?legislationId=78774&legislationTypeId=1&docTypeId=2&legislationName=SB155',
    'http://nsrtk.blogspot.com/2011/01/i-like-all-foi-improvement-bills-i-am.html (H.B. 5, 2011)',
    'https://theunrulyoflaw.blogspot.com/2010/01/delaware-house-committee-adds-teeth-to.html (no time limit before)',
    'https://news.delaware.gov/tag/foia/?print=print-search',
    'https://attorneygeneral.delaware.gov/2020/04/08/20-ib15-4-8-2020-foia-opinion-letter-to-ms-julie-nay-re-foia-complaint-concerning-new-castle-county',
    'https://attorneygeneral.delaware.gov/2020/12/18/20-ib33-12-18-2020-foia-opinion-letter-to-mr-william-paskey-re-foia-complaint-concerning-the-delaware-department-of-safety-and-homeland-security',
    'https://ezel.ai/ag-opinions/de/25-ib62-foia-opinion-letter-to-john-reiss-re-town-of-blades',
    'https://legis.delaware.gov/BillDetail/141619',
    'https://www.einpresswire.com/article/607744342/governor-carney-announces-state-offices-closed-friday',
    'https://pubt.io/view/08D5D5EC0A1FA06CED4931D1121D8ED3C2F1507B',
    'https://www.einpresswire.com/article/682360670/state-of-de-offices-in-kent-ncc-counties-are-closed-on-friday-january-19-2024',
  ],
};
