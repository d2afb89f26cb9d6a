import { common, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_ID: Jurisdiction = {
  code: 'US-ID',
  name: 'Idaho',
  lawName: 'Idaho Public Records Act',
  lawCitation: 'Idaho Code §§ 74-101 to 74-127 (formerly §§ 9-337 to 9-350)',
  timeZone: 'America/Boise',
  calendar: {
    citation: 'Idaho Code § 73-108',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Idaho Code § 73-108 (a legal holiday on Saturday is observed the preceding Friday; one on Sunday the following Monday)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr.-Idaho Human Rights Day'),
      common.washington(),
      common.memorial(),
      common.juneteenth('Juneteenth National Independence Day', {
        from: '2021-06-17',
        citation:
          "Idaho Code § 73-108 (every day appointed by the President for a holiday), with 5 U.S.C. 6103(a) as amended by Pub. L. 117-17; Governor's proclamation of June 17, 2021",
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Every Sunday is also a holiday under § 73-108; weekends are never business days, so it needs no rule.',
      'Juneteenth is not named in § 73-108: it is a holiday because § 73-108 includes every day the President appoints as a holiday, and the Governor so proclaimed in 2021. State executive offices close on it (observed Friday when it falls on Saturday).',
      'General Election Day is a nonjudicial day for the courts (I.C.A.R. 44) but not a legal holiday under § 73-108; it is not in this calendar.',
      "Designations: any day appointed by the President or the Governor for a public fast, thanksgiving or holiday is a holiday (§ 73-108; kind holiday). None was found for 2024-2026: the Governor's news releases for December 2024 - January 2025 show only flag directives (President Carter's death, Pearl Harbor Day, the Inauguration), and no Idaho closure on the federal closure days of 2024-12-24, 2025-01-09, 2025-12-24 or 2025-12-26 was found (those federal closures were ordered by Executive Order, not by a proclamation appointing a holiday). The only recent proclamation found is Juneteenth 2021 (already a holiday rule).",
      'Idaho law lets state offices close only on Saturdays, Sundays and holidays (as reported by the Idaho Freedom Foundation, 2010, of a bill to allow budget closures; the statute itself was not read); no executive office closure was found for 2024-2026.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://gov.idaho.gov/ (Governor's proclamations and news releases)",
      'Idaho Division of Human Resources / State Controller holiday schedule (transparentidaho.idahostatecontrollersoffice.org, Holiday Pay)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "working days" (§ 74-103(1)-(2)); a day on which the agency\'s offices are closed by executive order is not a working day for it (reading chosen; the term is undefined).',
      citation: 'Idaho Code § 74-103',
    },
    alternatives: [
      {
        reading:
          "The President's proclamation appointing January 9, 2025 a National Day of Mourning (President Carter) appointed a day for a public holiday within § 73-108, so it was a legal holiday in Idaho although state offices stayed open",
        citation:
          'Idaho Code § 73-108 ("every day appointed by the President of the United States ... for a public fast, thanksgiving, or holiday"); Presidential proclamation of 2024-12-30',
        addHolidays: [
          fixed('National Day of Mourning (President Carter)', 1, 9, {
            from: '2025-01-09',
            until: '2025-01-09',
            citation: 'Idaho Code § 73-108; Presidential proclamation of 2024-12-30',
          }),
        ],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Idaho Public Records Act of 1990 (former § 9-339), recodified as § 74-103 in 2015',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'The agency shall either grant or deny the request within three working days of the date of receipt of the request',
          citation: 'Idaho Code § 74-103(1) (formerly § 9-339(1))',
          quote:
            "shall either grant or deny a person's request to examine or copy public records within three (3) working days of the date of the receipt of the request for examination or copying",
          quoteSource:
            'https://legislature.idaho.gov/sessioninfo/2005/legislation/h0061/ (H.B. 61 of 2005, reproducing § 9-339(1) as then in force)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'If a longer time is needed to locate or retrieve the records, the agency must say so in writing within the three working days and provide the records no later than ten working days following the request (an unanswered request is deemed denied then)',
          citation: 'Idaho Code § 74-103(2) (formerly § 9-339(2))',
          quote:
            'If it is determined by employees of the public agency ... that a longer period of time is needed to locate or retrieve the public records, the public agency ... shall so notify in writing the person requesting to examine or copy the records',
          quoteSource:
            'https://legislature.idaho.gov/sessioninfo/2005/legislation/h0061/ (H.B. 61 of 2005, reproducing § 9-339(1) as then in force)',
          uncertain:
            'The ten-working-day limit ("no later than ten (10) working days following the person\'s request") is in the same subsection; the stored bill text was cut before that clause, so it rests on the State Controller policy and the AG manuals.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Dates are taken in the time zone of the capital, Boise (Mountain); the northern panhandle keeps Pacific Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'The text of § 74-103 was read through H.B. 61 (2005), which reproduces former § 9-339(1), a state agency policy quoting § 9-339 (3 and 10 working days) and AG manuals; the current legislature page for § 74-103 is not stored, hence partial. The 3/10 working-day rule has been unchanged since the 1990 Act, so one rule set from 2000-01-01 is encoded.',
    'A 2025 bill (fastdemocracy IDB00008081, amending §§ 74-101 to 74-103, effective July 1, 2025 if enacted) would keep 3 working days for Idaho residents but give non-residents 21 days (extendable). Its enactment could not be confirmed (the stored § 74-102 still says "every person"). Not encoded; if it became law, a 2025-07-01 rule set with a residency switch is needed, which the format cannot express.',
    '"Working days" is not defined in the Act; the engine counts Monday to Friday excluding the § 73-108 legal holidays as observed under its Saturday/Sunday rule.',
    'There is no administrative appeal: the sole remedy is a petition to the district court within 180 calendar days of the mailing of the denial (§ 74-115(1)), so appeal_filing and appeal_response are not encoded. A 2026 bill (H0625) proposing a 90-day magistrate-court complaint had not passed when checked.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours to be received the next working day; searched Idaho Code §§ 74-101 to 74-127 and the Attorney General Public Records Law Manual (2023). § 74-102(4) allows requests by e-mail without a receipt rule.',
  sources: [
    'https://legislature.idaho.gov/statutesrules/idstat/title74/t74ch1/sect74-115/',
    'https://legislature.idaho.gov/sessioninfo/2005/legislation/h0061/',
    'https://holidays.uslegal.com/state-holidays/idaho-legal-holidays/ (§ 73-108 text)',
    'https://transparentidaho.idahostatecontrollersoffice.org/Pages/Holiday%20Pay.aspx',
    'https://gov.idaho.gov/category/other',
    'https://newsradio1310.com/some-idaho-agencies-to-close-friday-in-observance-of-new-juneteenth-day/',
    'https://idahofreedom.org/house-gives-state-agencies-permission-to-close-doors',
    'https://legislature.idaho.gov/statutesrules/idstat/Title74/T74CH1/SECT74-102/',
    'http://legislature.idaho.gov/idstat/Title73/T73CH1SECT73-108.htm',
    'http://www.sco.idaho.gov/web/scoweb.nsf/pages/publicrecordsrequestpolicy.htm (quotes I.C. 9-339)',
    'Idaho Attorney General, Idaho Public Records Law Manual (2012, 2023 editions)',
    "https://localnews8.com/life/holidays/2021/06/17/idaho-observes-juneteenth-as-new-legal-public-holiday (Governor's proclamation citing §§ 73-108, 67-5302)",
    'https://isc.idaho.gov/icar44',
  ],
};
