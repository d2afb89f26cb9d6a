import { common, electionDay, nth, SUN } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ACKNOWLEDGMENT: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'Within five business days of receipt of a written request, make the record available, deny the request in writing, or acknowledge receipt in writing with an approximate date when it will be granted or denied',
  citation: 'Public Officers Law 89(3)(a)',
};

const EXTENDED_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'acknowledgment',
  text: 'If circumstances prevent disclosure within 20 business days of the acknowledgment, the agency must state the reason in writing and a date certain, "within a reasonable period, depending on the circumstances"; the statute sets no maximum',
  citation: 'Public Officers Law 89(3)(a)',
};

const APPEAL_FILING: ClockRule = {
  fixed: true,
  startsAt: 'adverse_determination',
  segments: [
    {
      days: 30,
      unit: 'calendar',
      roll: true,
      rollCitation:
        'General Construction Law 25-a (a period ending on a Saturday, Sunday or public holiday runs to the next business day)',
    },
  ],
  text: 'A person denied access may within thirty days appeal in writing to the head, chief executive or governing body of the agency',
  citation: 'Public Officers Law 89(4)(a); General Construction Law 20, 25-a',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Within ten business days of the receipt of the appeal, fully explain in writing the reasons for further denial or provide access to the record',
  citation: 'Public Officers Law 89(4)(a)',
};

export const US_NY: Jurisdiction = {
  code: 'US-NY',
  name: 'New York',
  lawName: 'Freedom of Information Law',
  lawCitation: 'Public Officers Law 84-90',
  calendar: {
    citation: 'General Construction Law 24',
    observance: 'sun_mon',
    observanceCitation:
      'General Construction Law 24 ("if any of such days except Flag day is Sunday, the next day thereafter"); a Saturday holiday is not moved (4 NYCRR 21.1(b))',
    holidays: [
      common.newYear(),
      common.mlk('Dr. Martin Luther King, Jr. Day'),
      common.lincoln(),
      common.washington(),
      common.memorial(),
      nth('Flag Day', 6, SUN, 2, { observance: 'none' }),
      common.juneteenth('Juneteenth', {
        from: '2020-10-14',
        citation: 'General Construction Law 24, as amended by L.2020, c.249',
      }),
      common.independence(),
      common.labor(),
      common.columbus(),
      electionDay('General Election Day', {
        citation: 'General Construction Law 24 ("each general election day"; general elections are held every year)',
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "Public Officers Law 62 treats these public holidays like Sundays for state offices. Lincoln's Birthday and General Election Day are statutory public holidays, but many state and local offices stay open and treat them as floating holidays; they are counted here because the statute makes them public holidays.",
      'Days appointed by the President or the Governor for thanksgiving, fasting or religious observance (General Construction Law 24) are proclamation days: add them as closures.',
      'The day after Thanksgiving, Christmas Eve and local closure days are not public holidays; add them as closures for an agency that closes.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Public Officers Law 89(3)-(4) as in force before L.2005, c.22',
      clocks: {
        acknowledgment: ACKNOWLEDGMENT,
        response: {
          fixed: false,
          startsAt: 'acknowledgment',
          text: 'Before the 2005 amendment the acknowledgment had to give only an approximate date when the request would be granted or denied; the statute set no outer limit',
          citation: 'Public Officers Law 89(3) (text before L.2005, c.22)',
          uncertain:
            'The Committee on Open Government regulations (21 NYCRR 1401.5) treated a request not granted or denied within 10 business days after the acknowledgment as denied; that regulatory period is not encoded.',
        },
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
    {
      effectiveFrom: '2005-05-03',
      enactedBy: 'L.2005, c.22',
      clocks: {
        acknowledgment: ACKNOWLEDGMENT,
        response: {
          fixed: true,
          startsAt: 'acknowledgment',
          segments: [{ days: 20, unit: 'business' }],
          text: 'The approximate date in the acknowledgment must be reasonable; if the agency cannot grant the request within twenty business days from the date of the acknowledgment it must say why in writing and give a date certain',
          citation: 'Public Officers Law 89(3)(a)',
          uncertain:
            'Counted from the date of the acknowledgment (enter that date). A failure to respond within these limits is a constructive denial that may be appealed (89(4)(a)).',
        },
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'L.2005, c.22 was signed on Tuesday, May 3, 2005 (press reports); the engine applies the 20-business-day rule to acknowledgments on or after that date. The effective-date clause itself was not read.',
    'Juneteenth: L.2020, c.249 is encoded from 2020-10-14 (signing date as recalled, not confirmed); either way the first Juneteenth it covers is 2021.',
    "Lincoln's Birthday and General Election Day are counted as holidays because General Construction Law 24 makes them public holidays, although many offices stay open; an agency that works those days counts one business day less.",
    'The 5 business days run from actual receipt; an e-mail received after hours is not deemed received the next day by statute.',
  ],
  sources: [
    'https://www.nysenate.gov/legislation/laws/PBO/89',
    'https://www.nysenate.gov/legislation/bills/2025/S6144 (quotes General Construction Law 24 as amended by L.2020, c.249)',
    'https://www.nysenate.gov/legislation/bills/2019/s8598 (Juneteenth bill, L.2020, c.249)',
    'https://www.govtech.com/security/New-York-Gov-Signs-Bill-Strengthening.html; http://foia.blogspot.com/2005/05/usa-foi-new-york-from-gov-tech-on.html (L.2005, c.22)',
    'https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act',
    '/work/shared/jurisdictions.md (US-NY: GCL 25-a, POL 62, 4 NYCRR 21.1)',
  ],
};
