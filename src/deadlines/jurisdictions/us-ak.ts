import { common, fixed, last, MON } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AK: Jurisdiction = {
  code: 'US-AK',
  name: 'Alaska',
  lawName: 'Alaska Public Records Act',
  lawCitation: 'AS 40.25.100-40.25.295; 2 AAC 96',
  calendar: {
    citation: 'AS 44.12.010',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'AS 44.12.020 (a holiday on Saturday is observed the preceding Friday; on Sunday, the following Monday)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington("Presidents' Day"),
      last("Seward's Day", 3, MON),
      common.memorial(),
      common.independence(),
      common.labor(),
      fixed('Alaska Day', 10, 18),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Juneteenth is not listed: whether AS 44.12.010 makes it a paid state holiday could not be confirmed; add it as a closure where offices close.',
      'The Department of Law logs a request received after close of business as received the next working day; enter that date.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: '2 AAC 96.325 (eff. 11/6/94; relocated from 6 AAC 96 in 2006), under AS 40.25.110',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'As soon as practicable, but not later than the 10th working day after the agency receives the request, furnish the disclosable records and say which are withheld and why',
          citation: '2 AAC 96.325(a)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 20, unit: 'business' }],
          text: 'The agency may extend the 10 working days by not more than 10 additional working days, by notice within the first 10 (field records, voluminous records, consultation with another agency)',
          citation: '2 AAC 96.325(d)',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [{ days: 60, unit: 'calendar' }],
          text: 'An administrative appeal of a denial to the head of the agency',
          citation: '2 AAC 96.340',
          uncertain:
            'The 60-day period is taken from the MuckRock Alaska guide; the text of 2 AAC 96.340 was not read. No roll-forward is applied.',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The head of the agency decides the administrative appeal; the period set by 2 AAC 96.340 could not be confirmed',
          citation: '2 AAC 96.340',
          uncertain: 'Left without a date rather than guessed.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Response and extension read from the text of 2 AAC 96.325; the appeal periods of 2 AAC 96.340 rest on secondary sources.',
    "Time between a fee notice and the requester's arrangement to pay is excluded from the period (2 AAC 96.325(c)); log it as a fee pause.",
    'Municipalities may follow their own ordinances (e.g. Bethel 2.40.110); the state regulation is applied to every agency.',
  ],
  sources: [
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits',
    'https://law.alaska.gov/doclibrary/APRA.html',
    'https://www.muckrock.com/place/united-states-of-america/alaska/',
  ],
};
