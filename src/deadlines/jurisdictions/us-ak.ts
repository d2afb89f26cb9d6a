import { common, fixed, last, MON } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_AK: Jurisdiction = {
  code: 'US-AK',
  name: 'Alaska',
  lawName: 'Alaska Public Records Act',
  lawCitation: 'AS 40.25.100-40.25.295; 2 AAC 96.100-96.900',
  timeZone: 'America/Juneau',
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
      'Every Sunday is a legal holiday (AS 44.12.010(a)(12)), as is "every day designated by public proclamation by the President of the United States or the governor of the state as a legal holiday" (AS 44.12.010(a)(13)); such a day is a designation of kind holiday.',
      "Designations: none found for 2024 to 2026. Searched: the Governor's administrative orders and proclamations (gov.alaska.gov), the Department of Administration office-closure notices (doa.alaska.gov/officeclosures) and news reports. Federal executive orders closing federal agencies (2024-12-24; 2025-01-09, national day of mourning for President Carter; 2025-12-24 and 2025-12-26) are orders excusing federal employees, not proclamations designating a legal holiday, and no state closure on those days was found; they are not counted.",
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      "https://gov.alaska.gov/admin-orders/ (Governor's administrative orders)",
      'https://gov.alaska.gov/newsroom/ (proclamations)',
      'http://doa.alaska.gov/officeclosures/index.html (Department of Administration office closures)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The regulation counts working days, and "working day" means "every day except Saturday, Sunday, or a legal state holiday"; an office closure ordered without a proclamation making the day a legal holiday (AS 44.12.010(a)(13)) is not excluded. A day the Governor proclaims a legal holiday is entered as a holiday designation and does stop the clock.',
      citation: '2 AAC 96.900(10); AS 44.12.010(a)(13)',
    },
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
          byAgencyLevel: { county: null, municipal: null },
          levelText:
            'The regulation binds only State executive-branch agencies ("public agency" ... "is limited to public agencies in the executive branch of the state", 2 AAC 96.900(7)); AS 40.25 itself sets no period, and a borough or city follows its own ordinance (e.g. Anchorage AMC 3.90.060), so no date is given for county or municipal agencies.',
          text: 'As soon as practicable, but not later than the 10th working day after the agency receives the request, furnish the disclosable records and say which are withheld, with the legal authority and facts',
          citation: '2 AAC 96.325(a)',
          quote:
            'as soon as practicable, but not later than the 10th working day after the date the agency receives a request for public records that complies with this chapter, the public agency shall (1) furnish all requested records that are disclosable',
          quoteSource:
            'https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits',
        },
        extended_response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 20, unit: 'business' }],
          byAgencyLevel: { county: null, municipal: null },
          levelText:
            'The regulation binds only State executive-branch agencies ("public agency" ... "is limited to public agencies in the executive branch of the state", 2 AAC 96.900(7)); AS 40.25 itself sets no period, and a borough or city follows its own ordinance (e.g. Anchorage AMC 3.90.060), so no date is given for county or municipal agencies.',
          text: 'The agency may extend the basic 10 working days by not more than 10 additional working days, by notice within the first 10 stating the reasons and the expected date (records in the field, voluminous records, consultation with another agency)',
          citation: '2 AAC 96.325(d)',
          quote:
            'A public agency may extend the basic 10-working-day period established under (a) of this section for a period not to exceed 10 additional working days by providing notice to the requester within the basic 10-working-day period.',
          quoteSource:
            'https://d1tvxue8o4w0fl.cloudfront.net/regulation/alaska-administrative-code/title-2-administration/chapter-96-public-information/article-3-requests-for-public-records/section-2-aac-96325-response-to-request-time-limits',
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
          byAgencyLevel: { county: null, municipal: null },
          levelText:
            'The State regulation applies only to State executive-branch agencies (2 AAC 96.900(7)); a borough or city sets its own appeal procedure (2 AAC 96.100(c); e.g. Anchorage AMC 3.90.060), so no date is given for them.',
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
    'Dates are taken in the time zone of the capital, Juneau (Alaska Time); the western Aleutian Islands keep Hawaii-Aleutian Time; an agency there is dated in that zone too, up to an hour off near midnight.',
    'Response and extension read in the text of 2 AAC 96.325; day of receipt is day 0 (Department of Law APRA page). The appeal periods of 2 AAC 96.340 rest on secondary sources.',
    'Saturday holidays: AS 44.12.020 moves only Sunday holidays; the Friday observance of Saturday holidays comes from the personnel rules (2 AAC 07.810, cited by a secondary source) and state practice.',
    'Juneteenth: S.B. 22 signed June 27, 2024; the in-force date 2024-09-25 assumes the usual 90 days after signing; any date in that window gives the same first holiday (2025-06-19).',
    "Time between a fee notice and the requester's arrangement to pay is excluded from the period (2 AAC 96.325(c)); log it as a fee pause. An oral request is deemed denied after 5 working days (2 AAC 96.310(c)); not encoded.",
    'Corrected: the 10 + 10 working days of 2 AAC 96.325 apply only to State executive-branch agencies (2 AAC 96.900(7)); county (borough) and municipal agencies now get no date (byAgencyLevel null) instead of the State periods.',
    'The text of 2 AAC 96.340 (appeal filing and decision) was not found in any source searched (casetext, touchngo, akrules.elaws.us excerpts); both appeal clocks stay as secondary-source readings, which keeps this file partial.',
  ],
  receiptNote:
    'No statute or regulation deems a request received after business hours to be received the next working day: 2 AAC 96.310-96.325 count from "the date the agency receives a request" and say nothing of the hour (searched 2 AAC 96.300-96.900 and AS 40.25.110-40.25.125); the Department of Law\'s practice of logging a request received after close of business as received the next working day is an office practice, not a rule, so the engine does not apply it.',
  sources: [
    'http://akrules.elaws.us/aac/2.96.900 (2 AAC 96.900: "working day"; "public agency" limited to the executive branch)',
    'https://courtgpt.ai/laws/alaska/title-44/chapter-12/article-1/section-44-12-010 (AS 44.12.010 text)',
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
