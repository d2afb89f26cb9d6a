import { z } from 'zod';
import { AGENCY_LEVELS, CHANNELS, CLOCK_KINDS, isValidIsoDate } from '../deadlines/index.js';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in the form YYYY-MM-DD')
  .refine(isValidIsoDate, 'must be a real calendar date')
  .meta({ format: 'date', example: '2026-03-02' });

export const clockKind = z.enum(CLOCK_KINDS);
export const agencyLevel = z.enum(AGENCY_LEVELS);
export const channel = z.enum(CHANNELS);

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
  text: z.string(),
  citation: z.string(),
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
});

export const jurisdictionDetailSchema = jurisdictionSummarySchema.extend({
  ruleSets: z.array(ruleSetSchema).describe('Every encoded version of the law, oldest first'),
  calendar: z.object({
    citation: z.string(),
    observance: z.enum(['sat_fri_sun_mon', 'sun_mon', 'sat_fri', 'sat_mon_sun_mon', 'none']),
    observanceCitation: z.string().optional(),
    notes: z.array(z.string()).optional(),
    year: z.number().int(),
    holidays: z.array(holidaySchema),
    closures: z.array(z.object({ date: isoDate, reason: z.string() })),
  }),
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
  text: z.string(),
});

export const deadlineQuerySchema = z
  .object({
    kind: clockKind,
    from: isoDate,
    agencyLevel: agencyLevel.optional(),
    channel: channel.optional(),
  })
  .strict();

export const deadlineResponseSchema = z.object({
  jurisdiction: z.string(),
  kind: clockKind,
  from: isoDate,
  due: isoDate.nullable(),
  explanation: explanationSchema,
});
