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
      'State executive-branch offices also close on the Friday before a holiday that falls on Saturday and on the Friday after Thanksgiving (Bureau of Human Resources Policy and Practices Manual; collective bargaining agreements), which are not statutory; add them as closures for state agencies (e.g. Fri 2027-06-18, 2027-12-24, 2027-12-31).',
      'Municipal and county offices keep their own schedules ("public offices in county buildings may be closed" on the § 1051 holidays); add local closures.',
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
        },
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 5, unit: 'business' }],
          text: 'An agency that refuses inspection or copying must give written notice of the denial, with the reason (or a statement that it expects to deny after review), within 5 working days of receipt of the request; records it grants are due within a reasonable time',
          citation: '1 M.R.S. § 408-A(4)',
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
    '"Working days" is not defined in the Act; the engine counts Monday to Friday excluding the 4 M.R.S. § 1051 holidays, with a Sunday holiday observed on Monday and a Saturday holiday not moved (the statute). State agencies that close on the preceding Friday get one more day; add that closure.',
    'Effective dates are the general effective dates of the sessions: PL 2007, c. 501 on September 20, 2007; PL 2011, c. 662 on August 30, 2012; PL 2021, c. 140 (Juneteenth) on October 18, 2021. They were not read in the chapter laws.',
    "The wording of current § 408-A(3) (acknowledgment within 5 working days) and § 408-A(4) was confirmed through the 127th Legislature's bill summary and secondary sources, not the statute page; the pre-2012 § 409(1) 5-working-day denial rule rests on secondary sources.",
    'The brief mentioned an estimate "within 10" days; no 10-day requirement was found: the time estimate must come "within a reasonable time".',
    'There is no administrative appeal. A denial is appealed to the Superior Court within 30 calendar days of receipt of the written denial (1 M.R.S. § 409(1), since PL 2013, c. 350; before that within 5 working days); the Public Access Ombudsman (5 M.R.S. § 200-I) mediates complaints informally without time limits. appeal_filing and appeal_response are therefore not encoded.',
  ],
  sources: [
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
