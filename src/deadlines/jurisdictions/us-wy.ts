import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_WY: Jurisdiction = {
  code: 'US-WY',
  name: 'Wyoming',
  lawName: 'Public Records Act',
  lawCitation: 'Wyo. Stat. §§ 16-4-201 to 16-4-205',
  timeZone: 'America/Denver',
  calendar: {
    citation: 'Wyo. Stat. § 8-4-101(a)',
    observance: 'sun_mon',
    observanceCitation:
      "Wyo. Stat. § 8-4-101(b): if New Year's Day, Independence Day, Christmas Day or Veterans Day falls on a Sunday, the Monday following is a legal holiday; the statute does not move a Saturday holiday",
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr., Wyoming Equality Day'),
      common.washington("Washington's and Lincoln's Birthdays"),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "A date the President appoints for national mourning, rejoicing or emergency is a legal holiday only upon the Governor's declaration (§ 8-4-101(a)(xi)); such a declaration is a designation of kind holiday. The Governor also closes state offices for weather (e.g. Cheyenne offices, March 13, 2019) and may close them on other days by personnel rule; those are closures.",
      'Juneteenth (third Saturday of June, § 8-4-107) does not close offices. Wyoming does not observe Columbus Day as a legal holiday.',
      "Designations: for 2024, 2025 and 2026 no Governor's declaration under § 8-4-101(a)(xi) and no order closing state offices was found (searched stored pages of governor.wyo.gov news releases, the Governor's newsletters and news reports); designationsThrough is left unset because weather closures are announced day by day and could not be searched completely.",
    ],
    designations: [],
    designationSources: [
      "https://governor.wyo.gov/media/news-releases (Governor's declarations and office closures)",
      'https://ai.wyo.gov/divisions/human-resources (Department of Administration and Information, Human Resources: state holiday schedule)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The release period is "thirty (30) calendar days" (§ 16-4-202(c)(iii)), which a closure does not lengthen; the last day moves only past a Sunday or legal holiday (§ 8-1-107). A day closed by order without a § 8-4-101(a)(xi) declaration is not a legal holiday.',
      citation: 'Wyo. Stat. §§ 16-4-202(c)(iii), 8-1-107, 8-4-101',
    },
    alternatives: [
      {
        reading:
          "A 30th day on which the entity's offices are closed by order moves to the next day the office is open, as the release cannot be made that day",
        citation: 'Wyo. Stat. § 8-1-107 (read by analogy to a legal holiday)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Wyo. Stat. § 16-4-202 before the 2019 amendments',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Before July 1, 2019 the Act required records to be open for inspection "at reasonable times" and a written explanation of a denial on request, but set no number of days for a response',
          citation: 'Wyo. Stat. §§ 16-4-202(a), 16-4-203 (pre-2019 text)',
        },
      },
    },
    {
      effectiveFrom: '2019-07-01',
      enactedBy:
        '2019 amendments to the Public Records Act (designated public records person, ombudsman, 30-day release), effective July 1, 2019',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [
            {
              days: 30,
              unit: 'calendar',
              roll: true,
              rollPast: 'sundays_and_holidays',
              rollCitation: 'Wyo. Stat. § 8-1-107',
            },
          ],
          text: 'Readily available records are released immediately; all public records must be released not later than 30 calendar days from the date of acknowledged receipt of the request, unless good cause prevents it',
          citation: 'Wyo. Stat. § 16-4-202(c)(ii)-(iii)',
          uncertain:
            'The 30 days run from the date the designated public records person acknowledged receipt; enter that date (the Act sets no time for the acknowledgment itself). Wyo. Stat. § 8-1-107 excludes a last day that is a Sunday or legal holiday; it does not mention Saturday, so a 30th day on a plain Saturday stands and one on a Sunday or holiday rolls forward.',
        },
        extended_response: {
          fixed: false,
          startsAt: 'acknowledgment',
          text: 'If good cause prevents release within 30 days, the designated public records person must tell the applicant in writing and give an estimated date of release; the Act sets no maximum, and a disagreement can be taken to the public records ombudsman',
          citation: 'Wyo. Stat. § 16-4-202(c)(iii)-(iv)',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'An applicant may ask the state public records ombudsman to mediate a dispute over a request, a release date or fees; the Act sets no time for asking',
          citation: 'Wyo. Stat. §§ 16-4-201(b), 16-4-202(c)(iv)',
        },
        appeal_response: {
          fixed: false,
          startsAt: 'appeal_receipt',
          text: 'The ombudsman mediates the dispute; the Act sets no time for the ombudsman to act',
          citation: 'Wyo. Stat. § 16-4-201(b)',
        },
      },
    },
  ],
  verification: 'partial',
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched Wyo. Stat. §§ 16-4-201 to 16-4-205 and agency public-records rules (e.g. 048-2 Wyo. Code R.). The 30 days run from the acknowledged receipt, so the acknowledgment date is entered in any case.',
  uncertain: [
    'Response quote: § 16-4-202(c)(iii) was read only up to "All public records shall be released not lat[er than]" (Casetext copy cut off); the 30-calendar-day period rests on the rest of that text as given by secondary sources (Smarsh compliance guide; the 2026 S.F. 49 summary, which would have reduced "the timeframe for releasing public records ... from thirty days to ten days").',
    'The 2019 amendments are dated July 1, 2019 (University of Wyoming Branding Iron report quoting the Public Records Ombudsman); the enrolled act was not read. § 16-4-202(b)-(c)(ii) were read on Casetext; the wording of (c)(iii)-(iv) and of § 16-4-201(b) rests on secondary sources.',
    'Acknowledgment: the current Act sets no deadline for acknowledging a request. The 7-business-day periods in § 16-4-202(b) and (c)(i) (notice that the entity does not hold the records, or that they are in active use or storage) run from the acknowledged receipt and are not an acknowledgment deadline, so no acknowledgment clock is encoded. 2026 S.F. 49 (3-business-day acknowledgment, 10-day release) did not pass.',
    'Roll-forward: § 8-1-107 (last day excluded if a Sunday or legal holiday) was not read on an official site; see the response clock for the Saturday difference.',
    'Saturday holidays: § 8-4-101(b) moves only Sunday holidays. State offices may close on the preceding Friday by personnel rule or proclamation; such a Friday is an executive closure, which does not move the 30th calendar day (see executiveClosures and its alternative).',
  ],
  sources: [
    'https://casetext.com/statute/wyoming-statutes/title-16-city-county-state-and-local-powers/chapter-4-uniform-municipal-fiscal-procedures-public-records-documents-and-meetings/article-2-public-records/section-16-4-202-right-of-inspection-rules-and-regulations-unavailability-training',
    'https://law.counselstack.com/statute/wy/4/16-4-202',
    'http://uwbrandingiron.com/2020/02/06/the-ease-of-receiving-public-records',
    'https://www.openmygovernment.org/wyoming/ (pre-2019: no time frame)',
    'https://www.keepinglawsimple.org/states/wyoming/bills/2026/SF0049 (2026 S.F. 49, did not pass)',
    'https://www.civics307.com/bills-of-interest/sf0049-public-records-act-revisions',
    'https://statutes.laws.com/wyoming/Title8/chapter4 (§ 8-4-101)',
    'https://instalawyer.io/laws/wyoming-statutes/section-8-4-107-juneteenth-holiday',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=WYB00005622&billsummary_session=2026&billsummary_state=wy (2026 S.F. 49 summary)',
    'https://governor.wyo.gov/media/news-releases/2019-news-releases/governor-closes-cheyenne-state-government-offices',
  ],
};
