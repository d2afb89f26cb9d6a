import { common } from '../holiday-rules.js';
import type { Jurisdiction } from '../types.js';

export const US_FL: Jurisdiction = {
  code: 'US-FL',
  name: 'Florida',
  lawName: 'Public Records Act',
  lawCitation: 'Fla. Stat. ch. 119',
  calendar: {
    citation: 'Fla. Stat. 110.117(1) (paid holidays observed by all state branches and agencies)',
    observance: 'sat_fri_sun_mon',
    observanceCitation:
      'Fla. Stat. 110.117(1): a holiday on Saturday is observed the preceding Friday, on Sunday the following Monday',
    holidays: [
      common.newYear(),
      common.mlk('Birthday of Martin Luther King, Jr.'),
      common.memorial(),
      common.independence(),
      common.labor(),
      common.veterans("Veterans' Day"),
      common.thanksgiving(),
      common.dayAfterThanksgiving('Friday after Thanksgiving'),
      common.christmas(),
    ],
    notes: [
      'Florida sets no fixed response period, so the calendar only documents the days state offices close. Fla. Stat. 683.01 lists further "legal holidays" (e.g. Lincoln\'s and Washington\'s Birthdays, Good Friday, Columbus Day, general election day) on which state offices stay open.',
      'A state day of mourning declared by the Governor (110.117(2)) and local-government holidays are closures to add.',
    ],
  },
  ruleSets: [
    {
      effectiveFrom: '2000-01-01',
      enactedBy: 'Fla. Stat. 119.07(1) (no fixed response period before or since 2000)',
      clocks: {
        response: {
          fixed: false,
          startsAt: 'receipt',
          text: 'The custodian must acknowledge requests promptly and respond in good faith; the only delay allowed is the reasonable time needed to retrieve the records and redact exempt parts. The statute sets no number of days',
          citation: 'Fla. Stat. 119.07(1)(a), (c); Tribune Co. v. Cannella, 458 So. 2d 1075 (Fla. 1984)',
          uncertain:
            'An unjustified delay can itself be an unlawful refusal (case law); whether a delay is reasonable depends on the facts, so the tracker shows no due date.',
        },
      },
    },
  ],
  verification: 'partial',
  uncertain: [
    'The prompt-acknowledgment duty of 119.07(1)(c) has no fixed period, so no acknowledgment clock is encoded (the format lists acknowledgment only where a fixed time applies).',
    "There is no administrative appeal; enforcement is by civil action (119.11) or the Attorney General's voluntary open-government mediation program, which has no statutory timetable.",
    "The text of 119.07(1)(c) rests on the Attorney General's Government-in-the-Sunshine Manual as quoted in secondary sources; 110.117 was read.",
  ],
  sources: [
    'https://www.syfert.com/florida/statutes/0110.117.html (Fla. Stat. 110.117, 2025 text)',
    'https://codes.findlaw.com/fl/title-x-public-officers-employees-and-records/fl-st-sect-110-117.html',
    '/work/shared/jurisdictions.md (US-FL: Florida AG Government-in-the-Sunshine Manual; City of Pensacola FAQ)',
  ],
};
