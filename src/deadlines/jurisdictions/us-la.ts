import { common, easter, electionDay, fixed } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

/** R.S. 1:55: only these three move off a weekend; every other legal holiday stays on its date. */
const MOVED = {
  observance: 'sat_fri_sun_mon',
  citation:
    "R.S. 1:55(A)(1); weekend rule for New Year's Day, Independence Day and Christmas Day only (R.S. 1:55(B), (E))",
} as const;

export const US_LA: Jurisdiction = {
  code: 'US-LA',
  name: 'Louisiana',
  lawName: 'Public Records Law',
  lawCitation: 'La. R.S. 44:1 to 44:41',
  timeZone: 'America/Chicago',
  calendar: {
    citation: 'La. R.S. 1:55(A)(1)',
    observance: 'none',
    observanceCitation:
      "R.S. 1:55 moves only New Year's Day, Independence Day and Christmas Day (Saturday -> Friday, Sunday -> Monday); other legal holidays on a weekend are not moved",
    holidays: [
      common.newYear("New Year's Day", MOVED),
      fixed('Battle of New Orleans', 1, 8),
      common.mlk("Dr. Martin Luther King, Jr.'s Birthday"),
      fixed('Robert E. Lee Day', 1, 19, {
        until: '2022-07-31',
        citation: 'R.S. 1:55(A)(1) before its amendment by 2022 HB 248 (Act of the 2022 Regular Session)',
      }),
      common.washington("Washington's Birthday and Presidents' Day"),
      easter('Mardi Gras', -47),
      common.goodFriday(),
      common.memorial('National Memorial Day'),
      fixed('Confederate Memorial Day', 6, 3, {
        until: '2022-07-31',
        citation: 'R.S. 1:55(A)(1) before its amendment by 2022 HB 248 (Act of the 2022 Regular Session)',
      }),
      common.independence('Independence Day', MOVED),
      fixed('Huey P. Long Day', 8, 30),
      common.labor(),
      common.columbus('Christopher Columbus Day'),
      fixed("All Saints' Day", 11, 1),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.christmas('Christmas Day', MOVED),
      electionDay('General Election Day (every two years)', {
        years: 'even',
        citation:
          'R.S. 1:55(B)(1)(a) (no state employee shall work on "General Election Day every two years"); not in the (A)(1) list',
      }),
    ],
    notes: [
      'Every Sunday is also a day of public rest (R.S. 1:55(A)(1)); weekends are never business days, so it needs no rule.',
      'Inauguration Day is a legal holiday only in the city of Baton Rouge, and every Saturday is a legal holiday in Orleans Parish and certain other parishes (R.S. 1:55(A)(1)); add closures for agencies there.',
      "General Election Day every two years is a day state employees do not work (R.S. 1:55(B)(1)(a)) and is in the calendar for even years; clerks of court have their own list (R.S. 1:55(E)) and close on Christmas Eve, the Friday after Thanksgiving and New Year's Eve: add those as closures for a clerk of court.",
      "Days the Governor proclaims as holidays for state offices (R.S. 1:55(B)) go in `designations`. Designations were looked for in the Governor's proclamations and executive orders, the State Civil Service holiday notices and news of closures: only the 2024 Juneteenth closure (Wed 2024-06-19, by proclamation) could be read. Proclaimed days for 2025 and 2026 (e.g. Juneteenth, the Friday after Thanksgiving as Acadian Day, days around Christmas and New Year's) were not found, so `designationsThrough` is not set.",
      'Conversely, state offices may stay open on some (A)(1) legal holidays that are observed only as the Governor proclaims (e.g. Battle of New Orleans, Huey P. Long Day, All Saints\' Day, Columbus Day); the calendar keeps them because R.S. 44:33 excludes "legal public holidays".',
    ],
    designations: [
      {
        date: '2024-06-19',
        name: 'Juneteenth (state offices closed by proclamation)',
        kind: 'holiday',
        scope: 'state',
        citation:
          "Governor's proclamation and executive order of May 2024 directing state agencies to observe Juneteenth on 2024-06-19 (R.S. 1:55(B): days proclaimed by the Governor)",
        source:
          'https://www.yahoo.com/news/gov-jeff-landry-gives-state-175941816.html (Louisiana Illuminator, 2024-06-17)',
      },
    ],
    designationSources: [
      "https://gov.louisiana.gov/index.cfm/newsroom (Governor's proclamations and executive orders)",
      'https://www.civilservice.louisiana.gov/ (State Civil Service: holiday notices for state employees)',
    ],
    executiveClosures: {
      stops: false,
      reason:
        'R.S. 44:33(B)(1) and 44:35(A) count days "exclusive of Saturdays, Sundays, and legal public holidays"; a day the Governor proclaims a holiday is a legal holiday (Designation kind holiday), but an office closure that is not proclaimed a holiday is not among the excluded days.',
      citation: 'La. R.S. 44:33(B)(1); 44:35(A); 1:55(B)',
    },
    alternatives: [
      {
        reading:
          'General Election Day is a day state employees do not work under R.S. 1:55(B) but is not among the "legal holidays" of R.S. 1:55(A)(1), so it is not a "legal public holiday" excluded by R.S. 44:33 and 44:35',
        citation: 'La. R.S. 1:55(A)(1), (B)(1)(a); 44:33(B)(1)',
        dropHolidays: ['General Election Day (every two years)'],
      },
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'La. R.S. 44:32(D), 44:33(B) (text unchanged in substance since before 2000)',
      clocks: {
        response: {
          fixed: true,
          startsAt: 'receipt',
          segments: [{ days: 3, unit: 'business' }],
          text: 'If the record is not immediately available the custodian must certify that in writing and fix a day and hour within 3 days, exclusive of Saturdays, Sundays and legal public holidays, for inspection; a custodian who questions whether a record is public must give the written determination within 3 such days. After 5 such days without a written determination or estimate the requester may sue (R.S. 44:35(A))',
          citation: 'La. R.S. 44:33(B)(1); 44:32(D); 44:35(A)',
          quote:
            'the custodian shall promptly certify this in writing to the applicant, and in his certificate shall fix a day and hour within three days, exclusive of Saturdays, Sundays, and legal public holidays, for the exercise of the right granted by this Chapter.',
          quoteSource: 'https://legis.la.gov/legis/Law.aspx?d=99701 (R.S. 44:33)',
        },
        extended_response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The law lets the custodian give an estimate of the time reasonably necessary for collection, segregation, redaction or review, with no maximum (R.S. 44:35(A)); there is no fixed extended date',
          citation: 'La. R.S. 44:35(A)',
          quote:
            'by the passage of five days, exclusive of Saturdays, Sundays, and legal public holidays, from the date of his in-person, written, or electronic request without receiving a determination in writing by the custodian or an estimate of the time reasonably necessary for collection, segregation, redaction, examination, or review',
          quoteSource:
            'https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/1FAEC3C52CD7E0CF86257D9300591B55 (Legislative Auditor quoting R.S. 44:35(A))',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    "General Election Day (even years) was added to the calendar from R.S. 1:55(B)(1)(a) as quoted by a clerk of court; the text of subsection (B) itself was not read on the Legislature's site, nor whether Juneteenth (Act 128 of 2021, third Saturday in June) closes state offices on the preceding Friday by statute. Proclaimed holidays for 2025-2026 are missing. These keep verification partial.",
    '"Legal public holidays" in R.S. 44:32-44:35 is read as the statewide legal holidays of R.S. 1:55(A)(1). The list of days state offices close (R.S. 1:55(B)) is shorter and partly by proclamation; a custodian open on, e.g., Huey P. Long Day gets an earlier real deadline than the engine gives.',
    'Mardi Gras appears in the current text of R.S. 1:55(A)(1) but not in the 2018 text; when it was added statewide was not found. It has been a state-office holiday under R.S. 1:55(B) throughout, so it is encoded for all years.',
    'Robert E. Lee Day (Jan 19) and Confederate Memorial Day (June 3) were struck by 2022 HB 248 (final passage June 6, 2022, signed by the Governor); the Act number was not found and the general effective date for 2022 regular-session acts (August 1, 2022) is assumed.',
    "The weekend rule for New Year's Day, Independence Day and Christmas Day was taken from clerks' published schedules citing R.S. 1:55 (subsections (B) and (E)); the text of those subsections was not read.",
    'R.S. 44:32(D) (3 days for a determination that a record is not public) and the estimate language of 44:35(A) were read in secondary sources; 44:33(B)(1) and 44:35(A) were read. When the estimate alternative entered 44:35(A) was not confirmed.',
    'There is no administrative appeal (suit in district court under R.S. 44:35); appeal_filing and appeal_response are not encoded.',
  ],
  receiptNote:
    'No statute or regulation found deems a request received after business hours (or by e-mail after hours) to be received the next day; R.S. 44:35(A) counts from "the date of his in-person, written, or electronic request". Searched R.S. 44:31-44:35 and R.S. 1:55.',
  sources: [
    'https://legis.la.gov/legis/Law.aspx?d=99701 (R.S. 44:33, read)',
    'https://www.yahoo.com/news/gov-jeff-landry-gives-state-175941816.html (2024 Juneteenth proclamation)',
    'https://lawserver.com/law/state/louisiana/la-laws/louisiana_revised_statutes_44-33',
    'https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/1FAEC3C52CD7E0CF86257D9300591B55 (Legislative Auditor on 44:33 and 44:35)',
    'https://openmygovernment.org/louisiana (44:35(A) text)',
    'https://legis.la.gov/legis/Law.aspx?d=74097 (R.S. 1:55)',
    'http://www.kplctv.com/2018/12/12/legal-corner-can-i-have-christmas-displays-my-classroom/ (2018 text of R.S. 1:55(A)(1))',
    'https://app.legiplex.com/la/legislature/2022/2022-r/bills/hb248/draft-286222 (HB 248 digest)',
    'https://www.theadvocate.com/baton_rouge/news/politics/legislature/article_efe80858-e5b1-11ec-aa40-fb1e262cf3fb.html',
    'http://www.caddoclerk.com/closings.htm; https://www.orleanscivilclerk.com/holidays.html (weekend rule, R.S. 1:55(B)/(E))',
  ],
};
