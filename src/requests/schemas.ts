import { z } from 'zod';
import { FOLLOW_UP_POLICIES } from '../db/schema.js';
import { REQUEST_TYPES } from '../deadlines/types.js';
import { alternativesSchema, explanationSchema, isoDate, noControlCharacters } from '../jurisdictions/schemas.js';
import { OUTCOMES, STATUSES } from './state-machine.js';

export const LIMITS = { title: 500, body: 100_000, note: 20_000, tag: 64, tags: 50 } as const;

export const tagName = z
  .string()
  .trim()
  .min(1)
  .max(LIMITS.tag)
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N} _.:/-]*$/u,
    'may hold only letters, digits, spaces and _ . : / - (starting with a letter or digit)',
  );

export const visibilitySchema = z.enum(['public', 'private', 'embargoed']);
export const channelSchema = z.enum(['email', 'fax', 'mail', 'portal', 'in_person']);

const trackingNumbers = z.array(z.string().trim().min(1).max(200)).max(50);

export const createRequestBody = z
  .object({
    agencyId: z.number().int().positive(),
    title: z.string().trim().min(1).max(LIMITS.title),
    body: z.string().min(1).max(LIMITS.body),
    tags: z.array(tagName).max(LIMITS.tags).optional(),
    visibility: visibilitySchema.optional().describe('Default private'),
    embargoUntil: isoDate.optional().describe('Required with visibility embargoed: the day it becomes public'),
    ownerId: z.number().int().positive().optional().describe('Default: the caller'),
    trackingNumber: z.string().trim().max(200).optional().describe('One tracking number (the latest)'),
    trackingNumbers: trackingNumbers
      .optional()
      .describe("The agency's tracking numbers, oldest first (agencies reassign them)"),
    channel: channelSchema.optional(),
    letterTemplateId: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("This request's own letter template (used for letters of its kind): see /api/v1/letter-templates"),
    followUpPolicy: z
      .enum(FOLLOW_UP_POLICIES)
      .optional()
      .describe(
        'When the agency is late: off, approve (follow-ups are drafted for one-click sending; the default) or auto (sent)',
      ),
  })
  .strict();

export const updateRequestBody = createRequestBody
  .omit({ agencyId: true })
  .partial()
  .extend({
    embargoUntil: isoDate.nullable().optional(),
    trackingNumber: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .describe('Adds this number as the latest; null clears every tracking number'),
    trackingNumbers: trackingNumbers
      .optional()
      .describe('Replaces the whole list (oldest first; the last is the latest)'),
    channel: channelSchema.nullable().optional(),
    ownerId: z.number().int().positive().nullable().optional(),
    letterTemplateId: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe("null: the organisation's or the default"),
  })
  .strict();

/** Dates of events: real dates within the engine's range (never in the future: the service checks that). */
export const eventDate = isoDate.refine((d) => d >= '2000-01-01' && d <= '2100-12-31', {
  message: 'must be between 2000-01-01 and 2100-12-31',
});
const base = { date: eventDate, note: z.string().max(LIMITS.note).optional() };
const ev = <T extends z.ZodRawShape>(type: string, shape: T) =>
  z.object({ type: z.literal(type), ...base, ...shape }).strict();

export const eventBody = z.discriminatedUnion('type', [
  ev('submitted', {
    channel: channelSchema.optional(),
    trackingNumber: z.string().trim().max(200).optional(),
    receivedOn: eventDate.optional().describe('When the agency received it, if not the day it was sent'),
    receivedTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24-hour)')
      .optional()
      .describe(
        "The agency's local time of receipt (HH:MM), where a law deems after-hours receipt the next business day",
      ),
    expedited: z
      .boolean()
      .optional()
      .describe('The request asks for expedited processing: starts the expedited_decision clock where the law has one'),
    requestType: z
      .enum(REQUEST_TYPES)
      .optional()
      .describe('A kind of request with its own statutory period (commercial, body_camera, recurrent, voluminous)'),
  }),
  ev('acknowledged', {
    trackingNumber: z.string().trim().max(200).optional(),
    estimatedCompletion: isoDate.optional(),
  }),
  ev('extended', {
    newDueDate: eventDate
      .optional()
      .describe("The agency's stated date; it governs when earlier than the statutory maximum"),
    reason: z.string().max(2000).optional(),
  }),
  ev('expedited_decided', {
    granted: z.boolean().describe('Whether the agency granted expedited processing'),
  }),
  ev('fee_requested', {
    amount: z
      .number()
      .nonnegative()
      .max(10_000_000)
      .optional()
      .describe('Agencies often announce a fee before the estimate: leave it out until it is known'),
    currency: z.string().length(3).optional(),
  }),
  ev('fee_paid', { amount: z.number().nonnegative().max(10_000_000).optional() }),
  ev('clarification_requested', { question: z.string().max(LIMITS.note).optional() }),
  ev('clarified', { answer: z.string().max(LIMITS.note).optional() }),
  ev('records_released', { description: z.string().max(2000).optional(), pages: z.number().int().min(0).optional() }),
  ev('completed', { outcome: z.enum(OUTCOMES) }),
  ev('appealed', {
    to: z.string().max(500).optional().describe('The body appealed to'),
    receivedOn: eventDate.optional().describe('When the appeal body received it'),
  }),
  ev('appeal_decided', { outcome: z.enum(['granted', 'partially_granted', 'denied', 'remanded']) }),
  ev('withdrawn', { reason: z.string().max(2000).optional() }),
  ev('note', { note: z.string().min(1).max(LIMITS.note) }),
  ev('communication', {
    direction: z.enum(['in', 'out']),
    channel: z.enum(['email', 'fax', 'mail', 'portal', 'phone', 'in_person']),
    subject: z.string().max(1000).optional(),
    body: z.string().max(LIMITS.body).optional(),
  }),
  ev('retraction', {
    eventId: z.number().int().positive(),
    reason: z.string().max(2000).optional(),
  }),
]);
export type EventBody = z.infer<typeof eventBody>;

export const eventView = z.object({
  id: z.number().int(),
  type: z.string(),
  date: isoDate,
  note: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  retracted: z.boolean(),
  createdBy: z.number().int().nullable().optional(),
  createdAt: z.string(),
});

export const deadlineView = z.object({
  kind: z.string(),
  startDate: isoDate.nullable(),
  due: isoDate.nullable(),
  status: z.enum(['open', 'paused', 'met', 'missed', 'superseded']),
  metOn: isoDate.nullable(),
  daysOverdue: z
    .number()
    .int()
    .describe('How late the agency is now, on an open clock past its date (as the law counts)'),
  daysLate: z
    .number()
    .int()
    .describe(
      'How late: on an open clock, as daysOverdue; on an answered clock, how late the answer came (0 if on time)',
    ),
  alternatives: alternativesSchema,
  explanation: explanationSchema.partial().extend({ text: z.string() }),
});

export const agencyRef = z.object({
  id: z.number().int(),
  name: z.string(),
  jurisdiction: z.string(),
  level: z.string(),
});

export const requestView = z.object({
  id: z.number().int(),
  title: z.string(),
  body: z.string(),
  status: z.enum(STATUSES),
  agency: agencyRef,
  jurisdiction: z.string(),
  visibility: visibilitySchema,
  embargoUntil: isoDate.nullable(),
  tags: z.array(z.string()),
  ownerId: z.number().int().nullable().optional(),
  letterTemplateId: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe("The request's own letter template (signed-in readers)"),
  campaignId: z
    .number()
    .int()
    .nullable()
    .optional()
    .describe('The campaign it belongs to, if any (signed-in readers; see /api/v1/campaigns/{id})'),
  trackingNumber: z.string().nullable().describe('The latest tracking number'),
  trackingNumbers: z.array(z.string()).describe('Every tracking number the agency gave, oldest first'),
  channel: z.string().nullable(),
  followUpPolicy: z.enum(FOLLOW_UP_POLICIES).optional().describe('Signed-in readers only'),
  receivedOn: isoDate.nullable(),
  completedOn: isoDate.nullable(),
  outcome: z.string().nullable(),
  deadlines: z.array(deadlineView),
  deadlinesPending: z.boolean().describe('True until the worker has recomputed the clocks after the latest change'),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  allowedEvents: z.array(z.string()).optional(),
  reminders: z
    .object({
      planned: z.number().int(),
      sent: z.number().int(),
      failed: z.number().int(),
      notSent: z.number().int(),
      lastProblem: z.string().nullable().describe('Why the latest failed or unsent reminder did not go out'),
    })
    .optional()
    .describe('Reminder outcomes (signed-in readers only); the list is at /reminders'),
  events: z.array(eventView),
  documents: z.array(z.object({ id: z.number().int(), name: z.string(), status: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const listItem = z.object({
  id: z.number().int(),
  title: z.string(),
  status: z.enum(STATUSES),
  agencyId: z.number().int(),
  agencyName: z.string(),
  jurisdiction: z.string(),
  visibility: visibilitySchema,
  tags: z.array(z.string()),
  ownerId: z.number().int().nullable().optional(),
  trackingNumber: z.string().nullable(),
  trackingNumbers: z.array(z.string()),
  receivedOn: isoDate.nullable(),
  nextDue: isoDate.nullable(),
  overdue: z.boolean(),
  daysLate: z
    .number()
    .int()
    .describe('How late the agency is now (overdue), or how late it answered clocks it met late; 0 if never late'),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

export const listQuery = z
  .object({
    status: z
      .string()
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(z.enum(STATUSES)))
      .optional()
      .describe('One status or several, comma-separated'),
    agencyId: z.coerce.number().int().positive().optional(),
    jurisdiction: z
      .string()
      .regex(/^[A-Za-z]{2}(-[A-Za-z]{2})?$/)
      .transform((v) => v.toUpperCase())
      .optional(),
    tag: tagName.optional(),
    owner: z.coerce.number().int().positive().optional(),
    campaignId: z.coerce.number().int().positive().optional().describe("A campaign's requests (signed-in callers)"),
    overdue: boolParam.optional(),
    dueBefore: isoDate.optional(),
    dueAfter: isoDate.optional(),
    updatedSince: z.iso.datetime({ offset: true }).or(isoDate).optional(),
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .refine(noControlCharacters, 'must not contain control characters')
      .optional()
      .describe('Full-text search in title and letter'),
    sort: z.enum(['updatedAt', '-updatedAt', 'createdAt', '-createdAt', 'nextDue', '-nextDue']).default('-updatedAt'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuery>;
