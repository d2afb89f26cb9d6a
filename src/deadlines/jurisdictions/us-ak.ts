import { common, fixed, last, MON } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AK: Jurisdiction = {
  code: 'US-AK',
  name: 'Alaska',
  lawName: 'Alaska Public Records Act',
  lawCitation: 'AS 40.25.100-40.25.295; 2 AAC 96.100-96.900',
  calendar: {
    citation: 'AS 44.12.010',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'AS 44.12.020 (a holiday falling on a Sunday: Sunday and the following Monday are both legal holidays); a Saturday holiday is observed by state offices on the preceding Friday under the state personnel rules (2 AAC 07.810) and bargaining agreements',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King, Jr.'s Birthday"),
      common.washington("Presidents' Day"),
      last("Seward's Day", 3, MON),
      common.memorial(),
      fixed('Juneteenth Day', 6, 19, {
        from: '2024-09-25',
        citation:
          'AS 44.12.010(a), as amended by S.B. 22 (33rd Legislature), signed June 27, 2024, in effect 90 days later; first observed June 19, 2025',
      }),
      common.independence(),
      common.labor(),
      fixed('Alaska Day', 10, 18),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'Columbus Day / Indigenous Peoples Day is not a state legal holiday.',
      'Every Sunday is a legal holiday (AS 44.12.010(a)), as is any day the President or the Governor designates by proclamation: add such days as closures.',
      'The Department of Law logs a request received after close of business as received the next working day; enter that date.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy:
        '6 AAC 96.325 (eff. 11/6/94, Register 132), relocated to 2 AAC 96.325 in January 2006 (Register 176) without change to the periods; under AS 40.25.110 and 40.25.123',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 10, unit: 'business' }],
          text: 'As soon as practicable, but not later than the 10th working day after the agency receives the request, furnish the disclosable records and say which are withheld, with the legal authority and facts',
          citation: '2 AAC 96.325(a)',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 20, unit: 'business' }],
          text: 'The agency may extend the basic 10 working days by not more than 10 additional working days, by notice within the first 10 stating the reasons and the expected date (records in the field, voluminous records, consultation with another agency)',
          citation: '2 AAC 96.325(d)',
        },
        appeal_filing: {
          fixed: true,
          startsAt: 'adverse_determination',
          segments: [
            {
              days: 60,
              unit: 'calendar',
              roll: true,
              rollPast: 'sundays_and_holidays',
              rollCitation:
                'AS 01.10.080 (a last day that is a holiday is excluded; every Sunday is a holiday under AS 44.12.010(a))',
            },
          ],
          text: 'A written denial may be appealed administratively to the head of the public agency within 60 days of the denial',
          citation: '2 AAC 96.340; 2 AAC 96.335(d)(1)',
          uncertain:
            'The 60-day period is taken from the MuckRock Alaska guide; the text of 2 AAC 96.340 was not read. The roll-forward under AS 01.10.080 (Sundays and holidays only; a Saturday last day stands) is applied on the reading that a regulation period is an act "provided by law".',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The head of the public agency decides the administrative appeal; the period set by 2 AAC 96.340 could not be confirmed, so no date is given',
          citation: '2 AAC 96.340',
          uncertain:
            'A 10-working-day decision period has been suggested but was not found in any source read; left without a date rather than guessed.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'Response and extension read in the text of 2 AAC 96.325; day of receipt is day 0 (Department of Law APRA page). The appeal periods of 2 AAC 96.340 rest on secondary sources.',
    'Saturday holidays: AS 44.12.020 moves only Sunday holidays; the Friday observance of Saturday holidays comes from the personnel rules (2 AAC 07.810, cited by a secondary source) and state practice.',
    'Juneteenth: S.B. 22 signed June 27, 2024; the in-force date 2024-09-25 assumes the usual 90 days after signing; any date in that window gives the same first holiday (2025-06-19).',
    "Time between a fee notice and the requester's arrangement to pay is excluded from the period (2 AAC 96.325(c)); log it as a fee pause. An oral request is deemed denied after 5 working days (2 AAC 96.310(c)); not encoded.",
    'Municipalities may adopt their own procedures (2 AAC 96.100(c); e.g. Anchorage AMC 3.90.060, Bethel 2.40.110); the state regulation is applied to every agency.',
  ],
  sources: [
    'https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits',
    'http://www.touchngo.com/lglcntr/akstats/aac/title02/chapter096/section335.htm',
    'https://law.alaska.gov/doclibrary/APRA.html',
    'https://www.muckrock.com/place/united-states-of-america/alaska/',
    'https://holidays.uslegal.com/state-holidays/alaska-legal-holidays/ (AS 44.12.010 text)',
    'https://www.akleg.gov/basis/Bill/Text/32?Hsid=SB0028A (quotes AS 44.12.020)',
    'https://www.afscmelocal52.org/news/559-juneteenth-becomes-a-state-holiday (S.B. 22 signed June 27, 2024)',
    'https://casetext.com/regulation/alaska-administrative-code/title-18-environmental-conservation/chapter-15-administrative-procedures/article-7-general-provisions/section-18-aac-15900-time-computations (AS 01.10.080 text)',
  ],
};
