import { common, electionDay, nth, SUN } from '../holiday-rules.js';
import type { ClockRule, Jurisdiction } from '../types.js';

const ACKNOWLEDGMENT: ClockRule = {
  fixed: true,
  startsAt: 'receipt',
  segments: [{ days: 5, unit: 'business' }],
  text: 'Within five business days of receipt of a written request, make the record available, deny the request in writing, or acknowledge receipt in writing with an approximate date when it will be granted or denied',
  citation: 'Public Officers Law 89(3)(a)',
  quote:
    'Each entity subject to the provisions of this article, within five business days of the receipt of a written request for a record reasonably described, shall make such record available to the person requesting it, deny such request in writing or furnish a written acknowledgement of the receipt of such request',
  quoteSource:
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f15895.htm (Committee on Open Government, quoting Public Officers Law 89(3)(a))',
};

const EXTENDED_RESPONSE: ClockRule = {
  fixed: false,
  startsAt: 'acknowledgment',
  text: 'If circumstances prevent disclosure within 20 business days of the acknowledgment, the agency must state the reason in writing and a date certain, "within a reasonable period, depending on the circumstances"; the statute sets no maximum',
  citation: 'Public Officers Law 89(3)(a)',
  quote:
    'a date certain within a reasonable period, depending on the circumstances, when the request will be granted in whole or in part',
  quoteSource:
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f15895.htm (Committee on Open Government, quoting Public Officers Law 89(3)(a))',
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
  quote:
    'any person denied access to a record may within thirty days appeal in writing such denial to the head, chief executive or governing body of the entity',
  quoteSource:
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f15096.htm (Committee on Open Government, quoting Public Officers Law 89(4)(a))',
  uncertain:
    'General Construction Law 25-a (roll past a Saturday, Sunday or public holiday) was read only in a secondary copy (lexace, per the shared notes).',
};

const APPEAL_RESPONSE: ClockRule = {
  fixed: true,
  startsAt: 'appeal_receipt',
  segments: [{ days: 10, unit: 'business' }],
  text: 'Within ten business days of the receipt of the appeal, fully explain in writing the reasons for further denial or provide access to the record',
  citation: 'Public Officers Law 89(4)(a)',
  quote:
    'who shall within ten business days of the receipt of such appeal fully explain in writing to the person requesting the record the reasons for further denial, or provide access to the record sought',
  quoteSource:
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f15096.htm (Committee on Open Government, quoting Public Officers Law 89(4)(a))',
};

export const US_NY: Jurisdiction = {
  code: 'US-NY',
  name: 'New York',
  lawName: 'Freedom of Information Law',
  lawCitation: 'Public Officers Law 84-90',
  timeZone: 'America/New_York',
  calendar: {
    citation: 'General Construction Law 24',
    observance: 'sun_mon',
    observanceCitation:
      'General Construction Law 24 ("if any of such days except Flag day is Sunday, the next day thereafter"); a Saturday holiday is not moved (4 NYCRR 21.1(b))',
    holidays: [
      common.newYear(),
      common.mlk('Dr. Martin Luther King, Jr. Day'),
      common.lincoln("Lincoln's Birthday", { officesOpen: true }),
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
        officesOpen: true,
      }),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas(),
    ],
    notes: [
      "Lincoln's Birthday and General Election Day are public holidays under General Construction Law 24, but State offices stay open on them: for most State bargaining units they are floating holidays (Department of Civil Service calendars; SUNY schedules: employees who work them are credited a floating holiday; for UUP and M/C employees Election Day is observed the day after Thanksgiving). See calendar.openHolidays and the alternative reading.",
      'Days appointed by the President or the Governor for thanksgiving, fasting or religious observance are public holidays under General Construction Law 24; a presidential order closing federal offices (2024-12-24, 2025-01-09, 2025-12-24, 2025-12-26) is not such an appointment, and no Governor’s appointment was found for 2024-2026.',
      'Designations 2024-2026: none found. No Governor’s order or Department of Civil Service notice closing State offices statewide for a day that is not a public holiday (Christmas Eve, the day after Thanksgiving, mourning) was found for 2024, 2025 or 2026 (searched Civil Service holiday calendars and advisory memoranda as reported by SUNY campuses, the Governor’s announcements and press reports). Weather directives for non-essential employees of one region (e.g. the Capital Region, 2019-12-02) are not statewide closures. Local governments set their own closures (1985 Op. State Compt. 85-33: a town need not close on General Construction Law 24 holidays).',
    ],
    designations: [],
    designationsThrough: 2026,
    designationSources: [
      'https://www.cs.ny.gov/attendance_leave/ (Department of Civil Service: yearly calendar of legal holidays and advisory memoranda on floating holidays)',
      'https://www.governor.ny.gov/news (Governor’s directives closing State offices)',
    ],
    executiveClosures: {
      stops: true,
      reason:
        'FOIL counts "business days" (Public Officers Law 89(3)(a), 89(4)(a)) without defining them; a day on which State offices are closed by the Governor’s directive is not a day on which they are "kept open for the transaction of business" (Public Officers Law 62(2)), so it is not a business day.',
      citation: 'Public Officers Law 62(2), 89(3)(a)',
    },
    openHolidays: {
      stops: true,
      reason:
        'General Construction Law 24 names Lincoln\'s Birthday and "each general election day" public holidays, and Public Officers Law 62(2) provides that "Holidays and Saturdays shall be considered as Sunday for all purposes relating to the transaction of business in the public offices of the state"; the text makes them non-business days although the offices are open.',
      citation: 'General Construction Law 24; Public Officers Law 62(2)',
      // Whatever FOIL's business days are, General Construction Law 25-a runs a period that ends on a
      // public holiday to the next business day, and these are public holidays on either reading.
      rollsPast: true,
    },
    alternatives: [
      {
        reading:
          "Lincoln's Birthday and General Election Day are business days for FOIL because State offices are open and staffed on them (floating holidays), as local offices may be: an agency that works those days counts them",
        citation:
          "Department of Civil Service 2021 calendar of legal holidays and advisory memoranda 2023-03, 2024-03 (floating holidays in lieu of Election Day and Lincoln's Birthday); 1985 Op. State Compt. 85-33 (offices need not close on General Construction Law 24 holidays), cited in Committee on Open Government OML-AO-4342",
        flipOpenHolidays: true,
      },
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
          quote:
            'If circumstances prevent disclosure to the person requesting the record or records within twenty business days from the date of the acknowledgement of the receipt of the request, the agency shall state, in writing, both the reason for the inability to grant the request within twenty business days and a date certain',
          quoteSource:
            'https://docsopengovernment.dos.ny.gov/coog/ftext/f15895.htm (Committee on Open Government, quoting Public Officers Law 89(3)(a))',
          uncertain:
            'Counted from the date of the acknowledgment (enter that date). A failure to respond within these limits is a constructive denial that may be appealed (89(4)(a)).',
        },
        extended_response: EXTENDED_RESPONSE,
        appeal_filing: APPEAL_FILING,
        appeal_response: APPEAL_RESPONSE,
      },
    },
  ],
  verification: 'verified',
  receiptNote:
    'No statute or regulation deems a request received after business hours (or by e-mail after hours) to be received the next business day. The Committee on Open Government advises that a request e-mailed after business hours (e.g. 4:25 p.m. when offices close at 4:30, or on a Friday night) starts the clock when business hours next begin (FOIL-AO-17452, FOIL-AO-17063); that is staff advice, not a rule, so no after-hours receipt rule is encoded. Searched Public Officers Law 89 and 21 NYCRR Part 1401.',
  uncertain: [
    'L.2005, c.22 was signed on Tuesday, May 3, 2005 (press reports); the Committee on Open Government says the 20-business-day language "was added to that provision on May 3 (Chapter 22, Laws of 2005)" (FOIL-AO-15895), so the engine applies it to acknowledgments on or after that date. The effective-date clause itself was not read.',
    'Juneteenth: L.2020, c.249 is encoded from 2020-10-14 (signing date as recalled, not confirmed); either way the first Juneteenth it covers is 2021.',
    "Lincoln's Birthday and General Election Day are counted as non-business days (calendar.openHolidays, from General Construction Law 24 and Public Officers Law 62(2)), although State offices stay open on them; the alternative reading counts them as business days and gives an earlier due date. No court decision on the point was found.",
    'The 5 business days run from actual receipt; the Committee on Open Government’s advice that an after-hours e-mail starts the clock the next business day is not encoded (see receiptNote).',
  ],
  sources: [
    'https://www.nysenate.gov/legislation/laws/PBO/89',
    'https://www.nysenate.gov/legislation/laws/PBO/62 (holidays considered as Sunday in State offices)',
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f15895.htm (89(3)(a) text; L.2005, c.22 added on May 3, 2005)',
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f15096.htm (89(4)(a) text)',
    'https://docsopengovernment.dos.ny.gov/coog/ftext/f17452.html; https://docsopengovernment.dos.ny.gov/coog/ftext/f17063.html (e-mail receipt after hours)',
    'https://docsopengovernment.dos.ny.gov/coog/otext/o4342.html (1985 Op. State Compt. 85-33)',
    "https://www.cs.ny.gov/attendance_leave/2021_legal_holidays.cfm (floating Lincoln's Birthday and Election Day)",
    'https://delhi.edu/mydelhi/hr/holiday-schedule/index.php; https://purchase.edu/offices/hr/benefits-information/holidays (2024-2025 State holiday schedules, floating holidays)',
    'https://www.nysenate.gov/legislation/bills/2025/S6144 (quotes General Construction Law 24 as amended by L.2020, c.249)',
    'https://www.nysenate.gov/legislation/bills/2019/s8598 (Juneteenth bill, L.2020, c.249)',
    'https://www.govtech.com/security/New-York-Gov-Signs-Bill-Strengthening.html; http://foia.blogspot.com/2005/05/usa-foi-new-york-from-gov-tech-on.html (L.2005, c.22)',
    'https://northportny.gov/documents/freedom-of-information-act-form-and-information-about-the-act',
    '/work/shared/jurisdictions.md (US-NY: GCL 25-a, POL 62, 4 NYCRR 21.1)',
  ],
};
