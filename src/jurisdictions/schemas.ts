import { z } from 'zod';
import { AGENCY_LEVELS, CHANNELS, CLOCK_KINDS, isValidIsoDate, REQUEST_TYPES } from '../deadlines/index.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .refine(isValidIsoDate, 'must be a real calendar date')
  .meta({ format: 'date', example: '2026-03-02' });

/** True when a text has no control characters but tab, line feed and carriage return (a NUL, say). */
export function noControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return false;
  }
  return true;
}

export const clockKind = z.enum(CLOCK_KINDS);
export const agencyLevel = z.enum(AGENCY_LEVELS);
export const channel = z.enum(CHANNELS);
export const requestType = z.enum(REQUEST_TYPES);

export const alternativeSchema = z.object({
  due: isoDate,
  reading: z.string().describe('The other reading of the law'),
  citation: z.string(),
});
export const alternativesSchema = z
  .array(alternativeSchema)
  .describe('Where the law is unsettled: the due date under each other reading that gives a different one');

const segment = z.object({
  days: z.number().int(),
  unit: z.enum(['business', 'calendar', 'month']),
  roll: z.boolean().optional(),
  rollCitation: z.string().optional(),
  rollPast: z.enum(['non_business_days', 'sundays_and_holidays']).optional(),
});

export const clockRuleSchema = z.object({
  kind: clockKind,
  fixed: z.boolean(),
  startsAt: z.enum(['receipt', 'acknowledgment', 'adverse_determination', 'appeal_receipt']),
  period: z.string().nullable().describe('e.g. "20 business days"; null when the law sets no fixed period'),
  segments: z.array(segment).optional(),
  byAgencyLevel: z
    .record(z.string(), z.array(segment).nullable())
    .optional()
    .describe('Periods by agency level; null where the law sets no fixed period for that level'),
  levelText: z.string().optional(),
  byRequestType: z
    .record(z.string(), z.array(segment).nullable())
    .optional()
    .describe('Periods by kind of request (commercial, body_camera, ...); null where the law sets none'),
  requestTypeText: z.string().optional(),
  text: z.string(),
  citation: z.string(),
  quote: z.string().optional().describe("The statute's own words that set the period"),
  quoteSource: z.string().optional(),
  uncertain: z.string().optional(),
});

export const ruleSetSchema = z.object({
  effectiveFrom: isoDate,
  enactedBy: z.string().optional(),
  clocks: z.array(clockRuleSchema),
  receipt: z
    .object({
      deemNextBusinessDay: z.object({ citation: z.string() }).optional(),
      electronicDelay: z
        .object({ channels: z.array(channel), businessDays: z.number().int(), citation: z.string() })
        .optional(),
      afterHours: z
        .object({
          hour: z.number().int(),
          minute: z.number().int().optional(),
          channels: z.array(channel).optional(),
          citation: z.string(),
        })
        .optional(),
    })
    .optional(),
  clarification: z.object({ effect: z.enum(['restart', 'pause']), citation: z.string() }).optional(),
});

export const jurisdictionSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  lawName: z.string(),
  lawCitation: z.string(),
  verification: z.enum(['verified', 'partial', 'unverified']),
  kinds: z.array(clockKind).describe('Clocks the law in force today has'),
  rules: ruleSetSchema.describe('The rule set in force today'),
});

export const holidaySchema = z.object({
  date: isoDate,
  name: z.string(),
  observedFor: isoDate.optional(),
  citation: z.string(),
  kind: z
    .enum(['legal_holiday', 'designated_holiday', 'executive_closure', 'open_holiday', 'closure'])
    .describe(
      'legal_holiday: named by statute; designated_holiday: a legal holiday designated for the year by executive act; executive_closure: offices closed by order; open_holiday: a statutory holiday on which offices stay open, counted by this reading; closure: added by staff',
    ),
});

const dayPolicySchema = z.object({ stops: z.boolean(), reason: z.string(), citation: z.string() });

export const jurisdictionDetailSchema = jurisdictionSummarySchema.extend({
  ruleSets: z.array(ruleSetSchema).describe('Every encoded version of the law, oldest first'),
  calendar: z.object({
    citation: z.string(),
    observance: z.enum(['sat_fri_sun_mon', 'sun_mon', 'sat_fri', 'sat_mon_sun_mon', 'none']),
    observanceCitation: z.string().optional(),
    notes: z.array(z.string()).optional(),
    year: z.number().int(),
    holidays: z
      .array(holidaySchema)
      .describe("Days that stop the clocks of the jurisdiction's own agencies in the year"),
    designations: z
      .array(
        z.object({
          date: isoDate,
          name: z.string(),
          kind: z.enum(['holiday', 'closure']),
          scope: z.enum(['state', 'all']),
          citation: z.string(),
          source: z.string(),
        }),
      )
      .describe('Days closed by executive act in the year (proclamations, executive orders), with their source'),
    designationsThrough: z
      .number()
      .int()
      .nullable()
      .describe('The last year whose designations are complete; later ones are not known yet'),
    designationSources: z.array(z.string()),
    executiveClosures: dayPolicySchema.nullable().describe('Whether an executive closure stops this law’s clocks'),
    openHolidays: dayPolicySchema.nullable(),
    alternatives: z.array(z.object({ reading: z.string(), citation: z.string() })),
    closures: z.array(z.object({ date: isoDate, reason: z.string() })),
  }),
  timeZone: z.string().describe("The IANA time zone of the jurisdiction's today"),
  receiptNote: z.string().nullable(),
  uncertain: z.array(z.string()),
  sources: z.array(z.string()),
});

export const explanationSchema = z.object({
  jurisdiction: z.string(),
  law: z.string(),
  kind: clockKind,
  rule: z.string(),
  citation: z.string(),
  ruleEffectiveFrom: isoDate,
  startsAt: z.string(),
  start: isoDate,
  deemedStart: z.object({ date: isoDate, reason: z.string(), citation: z.string() }).optional(),
  period: z.string().nullable(),
  day1: isoDate.nullable(),
  skipped: z.array(z.object({ date: isoDate, reason: z.string() })),
  pauses: z.array(
    z.object({
      from: isoDate,
      to: isoDate.nullable(),
      reason: z.string().optional(),
      elapsed: z.number().int(),
      remaining: z.number().int(),
    }),
  ),
  rolledForward: z.object({ from: isoDate, to: isoDate, citation: z.string() }).optional(),
  due: isoDate.nullable(),
  uncertain: z.string().optional(),
  alternatives: alternativesSchema.optional(),
  text: z.string(),
});

export const deadlineQuerySchema = z
  .object({
    kind: clockKind,
    from: isoDate,
    agencyLevel: agencyLevel.optional(),
    channel: channel.optional(),
    requestType: requestType
      .optional()
      .describe('A kind of request with its own statutory period, where the law has one'),
    receivedTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour)')
      .optional()
      .describe("The agency's local time of receipt, where a law deems after-hours receipt the next business day"),
  })
  .strict();

export const deadlineResponseSchema = z.object({
  jurisdiction: z.string(),
  kind: clockKind,
  from: isoDate,
  due: isoDate.nullable(),
  alternatives: alternativesSchema,
  explanation: explanationSchema,
});
