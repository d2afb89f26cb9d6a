import { common, nth, THU } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

const HOLIDAYS = 'Minn. Stat. 645.44, subd. 5';

export const US_MN: Jurisdiction = {
  code: 'US-MN',
  name: 'Minnesota',
  lawName: 'Minnesota Government Data Practices Act',
  lawCitation: 'Minn. Stat. ch. 13',
  timeZone: 'America/Chicago',
  calendar: {
    citation: HOLIDAYS,
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Minn. Stat. 645.44, subd. 5 (New Year’s Day, Juneteenth, Independence Day, Veterans Day and Christmas Day: on Sunday the following day, on Saturday the preceding day is the holiday; the other holidays always fall on a weekday)',
    holidays: [
      common.newYear(),
      common.mlk("Martin Luther King's Birthday"),
      common.washington("Washington's and Lincoln's Birthday"),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2023-06-19',
        citation:
          'Minn. Stat. 645.44, subd. 5, as amended by H.F. 48 (2023); effective date advanced by the 2023 state government omnibus act (H.F. 1830)',
      }),
      common.independence(),
      common.labor(),
      common.veterans(),
      common.thanksgiving(),
      nth('Friday after Thanksgiving (executive branch)', 11, THU, 4, {
        offset: 1,
        citation:
          'Minn. Stat. 645.44, subd. 5 (for the executive branch, "holiday" also includes the Friday after Thanksgiving)',
      }),
      common.christmas(),
    ],
    notes: [
      'This is the calendar of the state executive branch: 645.44, subd. 5 adds the Friday after Thanksgiving and leaves out Christopher Columbus Day (since 2023 Indigenous Peoples Day, second Monday in October) for the executive branch.',
      'Other branches of state government and political subdivisions (counties, cities, school districts) decide for themselves whether Indigenous Peoples Day and the Friday after Thanksgiving are holidays (645.44, subd. 5). For such an agency add Indigenous Peoples Day as a closure where it closes; where it works on the Friday after Thanksgiving the engine, which counts that Friday as a holiday, gives a due date one day later than the agency’s own count.',
      'Executive designations: 645.44, subd. 5 fixes the holidays and gives the Governor no power to add any; searched (2024-2026) for Governor’s orders or Minnesota Management and Budget notices closing executive-branch offices on other days and found none. A day closed by order would not be a "legal holiday" for 645.15 anyway.',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://mn.gov/governor/newsroom/ (Governor’s executive orders and press releases)',
      'https://mn.gov/mmb/ (Minnesota Management and Budget: state employee holidays)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'The only fixed clock is counted in calendar days, and 645.15 moves its last day only when it "falls on Saturday, Sunday or a legal holiday"; an office closure ordered by the Governor is not a legal holiday of 645.44, subd. 5.',
      citation: 'Minn. Stat. 645.15; 645.44, subd. 5',
    },
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Minn. Stat. 13.03 (1979 Act as amended); 13.072 (Laws 1993)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'Requests for public data must be complied with "in an appropriate and prompt manner" and access given "at reasonable times"; the Act sets no number of days for requests by members of the public',
          citation: 'Minn. Stat. 13.03, subd. 2(a), subd. 3(a)',
          quote:
            'shall establish procedures, consistent with this chapter, to insure that requests for government data are received and complied with in an appropriate and prompt manner',
          quoteSource: 'https://instalawyer.io/laws/minnesota-statutes/section-1303-access-to',
          uncertain:
            'A request by the individual who is the subject of the data must be complied with immediately or within 10 days excluding Saturdays, Sundays and legal holidays (Minn. Stat. 13.04, subd. 3). The format has no per-requester variant; this clock follows the general rule for public data. No request type of the engine fits a data-subject request, so the 10 days are not encoded.',
        },
        appeal_filing: {
          fixed: false,
          startsAt: 'adverse_determination',
          text: 'A person who disagrees with a government entity’s determination may ask the Commissioner of Administration for a written opinion; the statute sets no time limit for the request. (A complaint to the Office of Administrative Hearings to compel compliance must be filed within two years after the act or failure to act, Minn. Stat. 13.085, subd. 2(b).)',
          citation: 'Minn. Stat. 13.072, subd. 1(a); 13.085, subd. 2(b)',
          quote:
            "Upon request of any person who disagrees with a determination regarding data practices made by a government entity, the commissioner may give a written opinion regarding the person's rights as a subject of government data or right to have access to government data.",
          quoteSource: 'https://instalawyer.io/laws/minnesota-statutes/section-13072-opinions-by',
        },
        appeal_response: {
          fixed: true,
          startsAt: 'appeal_receipt',
          segments: [{ days: 20, unit: 'calendar', roll: true, rollCitation: 'Minn. Stat. 645.15' }],
          text: 'Unless the Commissioner gives notice within 5 business days that no opinion will be issued, the Commissioner issues the opinion within 20 days of receipt of the request',
          citation: 'Minn. Stat. 13.072, subd. 1(c)',
          quote:
            'the commissioner shall give the government entity or body subject to chapter 13D or person requesting the opinion notice of the decision not to issue the opinion within five business days of receipt of the request. If this notice is not given, the commissioner shall issue an opinion within 20 days of receipt of the request.',
          quoteSource: 'https://instalawyer.io/laws/minnesota-statutes/section-13072-opinions-by',
          uncertain:
            'The Commissioner may extend the deadline once by 30 days for good cause on written notice (13.072, subd. 1(d)); the extension is not counted. "Days" are calendar days; 645.15 omits a last day that falls on a Saturday, Sunday or legal holiday, so the engine rolls it to the next business day. The opinion is discretionary ("may give") and advisory.',
        },
      },
    },
  ],
  verification: 'verified',
  uncertain: [
    'General requests for public data have no fixed deadline ("appropriate and prompt manner", 13.03, subd. 2(a)); the 10-business-day rule of 13.04, subd. 3 applies only to requests by the data subject and is not encoded (format has no per-requester variant).',
    'Administrative review: the Commissioner of Administration’s opinion (13.072) is encoded as the review step; the Office of Administrative Hearings complaint (13.085, 2-year filing limit) is mentioned in the text only. The 20-day opinion deadline is taken as unchanged since 2000 (not checked against older text).',
    'Calendar: executive-branch holidays (with the Friday after Thanksgiving, without Columbus/Indigenous Peoples Day). Political subdivisions may differ (645.44, subd. 5).',
    'Juneteenth: H.F. 48 (2023) was to take effect 2023-08-01; the 2023 state government omnibus act (H.F. 1830) advanced it so that 2023-06-19 was observed (League of Minnesota Cities). Encoded from 2023-06-19.',
    '13.04, subd. 3 (data-subject requests) was read only in secondary sources; it is not encoded. 13.03, 13.072 and 13.085 were read in full-text copies, 645.15 in the Revisor’s 2007 text (history: 1941 c 492 s 15; 1981 c 117 s 1), and the current 645.44, subd. 5 in a full-text copy of its definition.',
  ],
  receiptNote:
    'No statute or rule deems a request received after business hours (or by e-mail after hours) to be received the next business day; searched Minn. Stat. ch. 13, 645.15 and 645.44 and the Commissioner’s data practices rules (Minn. R. ch. 1205).',
  sources: [
    'https://www.revisor.mn.gov/statutes/cite/645.44 (via casetext/lawserver copies of subd. 5)',
    'https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_15a-22 (current 645.44, subd. 5 definition of "holiday")',
    'https://prolegalmn.com/legal-resources (645.44, subd. 5: executive branch, "No public business shall be transacted on any holiday")',
    'https://www.revisor.mn.gov/statutes/2007/cite/645.15',
    'https://www.revisor.mn.gov/bills/text.php?number=SF13&version=latest&session=ls93&session_year=2023&session_number=0',
    'https://www.lmc.org/news-publications/news/all/juneteenth-legislation/',
    'https://instalawyer.io/laws/minnesota-statutes/section-13072-opinions-by',
    'https://instalawyer.io/laws/minnesota-statutes/section-1303-access-to',
    'https://getpocketlaw.com/law/state_minnesota/section-13-085-administrative-remedy_48527871022a',
  ],
};
