import { common, MON, nth } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ME_DENIAL_OLD: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'A denial must be made in writing, stating the reason, within 5 working days of the request; access otherwise within a reasonable period of time',
  citation: '1 M.R.S. § 409(1) (before PL 2011, c. 662); 1 M.R.S. § 408(1)',
};

const ME_NO_CAP_OLD: ClockRule = {
  fixed: false,
  startsAt: 'receipt',
  text: 'Records must be made available within a reasonable period of time after the request; the Act sets no maximum',
  citation: '1 M.R.S. § 408(1) (before PL 2011, c. 662)',
};

export const US_ME: Jurisdiction = {
  code: 'US-ME',
  name: 'Maine',
  lawName: 'Freedom of Access Act',
  lawCitation: '1 M.R.S. §§ 400 to 414',
  timeZone: 'America/New_York',
  calendar: {
    citation: '4 M.R.S. § 1051',
    observance: 'sun_mon',
    observanceCitation:
      '4 M.R.S. § 1051 (a holiday on Sunday is observed the following Monday; a Saturday holiday is not moved by statute)',
    holidays: [
      common.newYear(),
      common.mlk('Martin Luther King, Jr., Day'),
      common.washington(),
      nth("Patriot's Day", 4, MON, 3),
      common.memorial(),
      common.juneteenth('Juneteenth', {
        from: '2021-10-18',
        citation: '4 M.R.S. § 1051 and 5 M.R.S. § 59, as enacted by PL 2021, c. 140',
      }),
      common.independence('the 4th of July'),
      common.labor(),
      common.columbus('Indigenous Peoples Day (Columbus Day before PL 2019, c. 59)'),
      common.veterans(),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      'State executive-branch offices also close on "Thanksgiving Friday" and observe "Any legal holiday falling on a Saturday ... on the preceding Friday" (Bureau of Human Resources Policy and Practices Manual, Holidays; 18-389 C.M.R. ch. 11, § 1: holidays include "any other days designated by the governor"). Those days are not § 1051 legal holidays; they are in `designations` as State-office closures: the Friday after Thanksgiving in 2024-2026 and Fri 2026-07-03 (Independence Day on Saturday). In 2027 add Fri June 18, Dec 24 and Dec 31.',
      "Designations were looked for in the Bureau of Human Resources holiday pages and bulletins and the Governor's announcements: no Governor-directed holiday closure (such as the 2019 closure of Dec 24 afternoon and Dec 26) was found for 2024 or 2025; Christmas 2026 closures had not been announced when checked, so `designationsThrough` is 2025. Weather closings of all State offices (e.g. Thu 2025-02-13) are not listed: add them as closures.",
      'Municipal and county offices keep their own schedules ("public offices in county buildings may be closed" on the § 1051 holidays); add local closures.',
    ],
    designations: [
      {
        date: '2024-11-29',
        name: 'Thanksgiving Friday (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Bureau of Human Resources Policy and Practices Manual, Holidays ("Thanksgiving Friday"; not identified in 4 M.R.S. § 1051)',
        source: 'https://www11.maine.gov/bhr/state-hr-professionals/rules-policies/policy-practices-manual/Holidays',
      },
      {
        date: '2025-11-28',
        name: 'Thanksgiving Friday (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Bureau of Human Resources Policy and Practices Manual, Holidays ("Thanksgiving Friday"; not identified in 4 M.R.S. § 1051)',
        source: 'https://www11.maine.gov/bhr/state-hr-professionals/rules-policies/policy-practices-manual/Holidays',
      },
      {
        date: '2026-07-03',
        name: 'Independence Day (Saturday) observed by State offices',
        kind: 'closure',
        scope: 'state',
        citation:
          'Bureau of Human Resources Policy and Practices Manual, Holidays ("Any legal holiday falling on a Saturday is observed on the preceding Friday")',
        source: 'https://www11.maine.gov/bhr/state-hr-professionals/rules-policies/policy-practices-manual/Holidays',
      },
      {
        date: '2026-11-27',
        name: 'Thanksgiving Friday (State offices closed)',
        kind: 'closure',
        scope: 'state',
        citation:
          'Bureau of Human Resources Policy and Practices Manual, Holidays ("Thanksgiving Friday"; not identified in 4 M.R.S. § 1051)',
        source: 'https://www11.maine.gov/bhr/state-hr-professionals/rules-policies/policy-practices-manual/Holidays',
      },
    ],
    designationsThrough: 2025,
    designationSources: [
      'https://www11.maine.gov/bhr/state-hr-professionals/rules-policies/policy-practices-manual/Holidays (Bureau of Human Resources: State holidays and annual holiday bulletins)',
      "https://www.maine.gov/governor/mills/news (Governor's directions closing State offices)",
    ],
    executiveClosures: {
      stops: true,
      reason:
        'The Act counts "working days" (acknowledgment and notice of denial "within 5 working days"); a day on which State offices are closed is not a working day of a State agency.',
      citation: '1 M.R.S. §§ 408-A(3), (4), 413(1)',
    },
    alternatives: [
      {
        reading:
          '"Working days" are all weekdays other than the 4 M.R.S. § 1051 legal holidays, so a day the State offices close by policy or order (Thanksgiving Friday, the Friday before a Saturday holiday) is still counted',
        citation: '1 M.R.S. § 408-A; 4 M.R.S. § 1051 ("working days" is not defined in the Act)',
        flipExecutiveClosures: true,
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: '1 M.R.S. §§ 408, 409 as in force in 2000 (PL 1975, c. 758, as amended)',
      clocks: {
        response: ME_DENIAL_OLD,
        extended_response: ME_NO_CAP_OLD,
      },
    },
    {
      effectiveFrom: '2007-09-20',
      enactedBy: 'PL 2007, c. 501',
      clocks: {
        acknowledgment: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The agency shall acknowledge receipt of the request within a reasonable period of time (no fixed number of days)',
          citation: '1 M.R.S. § 408(1) as amended by PL 2007, c. 501',
        },
        response: ME_DENIAL_OLD,
        extended_response: ME_NO_CAP_OLD,
      },
    },
    {
      effectiveFrom: '2012-08-30',
      enactedBy: 'PL 2011, c. 662 (enacting 1 M.R.S. § 408-A)',
      clocks: {
        acknowledgment: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'The agency shall acknowledge receipt of the request within 5 working days of receiving it (and may ask for clarification)',
          citation: '1 M.R.S. § 408-A(3)',
          quote:
            'The public access officer is responsible for ensuring that each public record request is acknowledged within 5 working days of the receipt of the request by the office responsible for maintaining the public record requested',
          quoteSource:
            'https://instalawyer.io/laws/maine-revised-statutes/1-413-public-access-officer (1 M.R.S. § 413(1); § 408-A(3) itself was not read)',
        },
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'An agency that refuses inspection or copying must give written notice of the denial, with the reason (or a statement that it expects to deny after review), within 5 working days of receipt of the request; records it grants are due within a reasonable time',
          citation: '1 M.R.S. § 408-A(4)',
          quote:
            'The agency or official is required to provide the written response within 5 days of the receipt of the request.',
          quoteSource:
            'https://legislature.maine.gov/legis/bills/bills_127th/billtexts/HP074801.asp (summary of the amendment to § 408-A(4); the section text was not read)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The agency gives a good-faith, nonbinding estimate of the time within which it will comply and must make a good-faith effort to meet it; the Act sets no maximum',
          citation: '1 M.R.S. § 408-A(3)',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The text of 1 M.R.S. § 408-A(3)-(4) was not read in the statute itself (only § 413(1), the bill summary and secondary sources), so verification stays partial. The Bureau of Human Resources manual calls the Thanksgiving closure the "Fourth Friday in November", which differs from the Friday after Thanksgiving when November 1 is a Friday (2024: Nov 22 vs Nov 29); the designations use the Friday after Thanksgiving, as state offices observe.',
    '"Working days" is not defined in the Act; the engine counts Monday to Friday excluding the 4 M.R.S. § 1051 holidays, with a Sunday holiday observed on Monday and a Saturday holiday not moved (the statute). The State offices\' closures on the preceding Friday and on Thanksgiving Friday are in `designations` and stop the count (executiveClosures); the alternative reading counts them.',
    'Effective dates are the general effective dates of the sessions: PL 2007, c. 501 on September 20, 2007; PL 2011, c. 662 on August 30, 2012; PL 2021, c. 140 (Juneteenth) on October 18, 2021. They were not read in the chapter laws.',
    "The wording of current § 408-A(3) (acknowledgment within 5 working days) and § 408-A(4) was confirmed through the 127th Legislature's bill summary and secondary sources, not the statute page; the pre-2012 § 409(1) 5-working-day denial rule rests on secondary sources.",
    'The brief mentioned an estimate "within 10" days; no 10-day requirement was found: the time estimate must come "within a reasonable time".',
    'There is no administrative appeal. A denial is appealed to the Superior Court within 30 calendar days of receipt of the written denial (1 M.R.S. § 409(1), since PL 2013, c. 350; before that within 5 working days); the Public Access Ombudsman (5 M.R.S. § 200-I) mediates complaints informally without time limits. appeal_filing and appeal_response are therefore not encoded.',
  ],
  receiptNote:
    'No statute or regulation found deems a request received after business hours (or by e-mail after hours) to be received the next working day; 1 M.R.S. §§ 408-A and 413 count from "the receipt of the request". Searched 1 M.R.S. §§ 400-414 and 18-389 C.M.R. ch. 11.',
  sources: [
    'https://instalawyer.io/laws/maine-revised-statutes/1-413-public-access-officer',
    'https://regulations.justia.com/states/maine/18/389/chapter-11/section-389-11-1 (18-389 C.M.R. ch. 11, § 1)',
    'https://munjoyhillnews.net/governor-mills-directs-state-offices-closed-tomorrow-february-13-2025/',
    'https://statutes.laws.com/maine/title1/title1ch13sec0/title1sec408 (1 M.R.S. § 408 as amended 2007)',
    'https://law.uslawyerdatabase.com/category/us-law/2022-maine-revised-statutes/title-1-general-provisions-2022-maine-revised-statutes/chapter-13-public-records-and-proceedings/subchapter-1-freedom-of-access',
    'https://legislature.maine.gov/legis/bills/bills_127th/billtexts/HP074801.asp',
    'https://openmygovernment.org/maine (1 M.R.S. § 409(1) text)',
    'https://splc.org/template-maine/',
    'https://fastdemocracy.com/bill-summary/?billsummary_id=MEB00008680&billsummary_session=130&billsummary_state=me (PL 2021, c. 140)',
    'https://legislature.maine.gov/legis/bills/bills_129th/billtexts/HP014201.asp (Indigenous Peoples Day)',
    'https://www11.maine.gov/bhr/state-hr-professionals/rules-policies/policy-practices-manual/Holidays',
  ],
};
