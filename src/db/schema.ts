/**
 * Database schema, by domain. Migrations in drizzle/sqlite/ are generated from this file by drizzle-kit.
 */
import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';

export const FOLLOW_UP_POLICIES = ['off', 'approve', 'auto'] as const;

/** The agency's clocks (AGENCY_CLOCKS in src/requests/clocks.ts; a test checks they agree), as SQL. */
const OWED_KINDS = "'acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision'";

const createdAt = () => text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/** Extra non-business days (snow days, shutdowns) for a whole jurisdiction. */
export const closures = sqliteTable(
  'closures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jurisdiction: text('jurisdiction').notNull(),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('closures_jurisdiction_date').on(t.jurisdiction, t.date)],
);

/**
 * The fingerprint of each jurisdiction's rule data as the stored clocks were last computed with; a
 * release that changes a jurisdiction's rules (a designation, a corrected period) recomputes its
 * open requests once.
 */
export const ruleVersions = sqliteTable('rule_versions', {
  jurisdiction: text('jurisdiction').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The job journal. Each row is one job, written in the same transaction as the change that needs it.
 * A drainer claims pending rows and hands them to BullMQ (job id from the row, so a row handed over
 * twice is one job); if Redis is down rows wait. The worker marks a row finished (done or failed)
 * when its job ends, so that work dispatched but never finished (a flushed Redis, a lost job) can be
 * found and put back once by the reconciler. Finished rows are pruned after a retention period.
 */
export const outbox = sqliteTable(
  'outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    jobName: text('job_name').notNull(),
    payload: text('payload').notNull(),
    createdAt: createdAt(),
    /** A drainer holds the row until then while it hands it to BullMQ; a crashed drainer's hold lapses. */
    claimedUntil: text('claimed_until'),
    dispatchedAt: text('dispatched_at'),
    /** The job waits in the queue until then (a paced bulk send); null: at once. */
    notBefore: text('not_before'),
    /** Failed hand-overs to BullMQ (Redis unreachable). */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** 1 once the reconciler put the job back after it was lost: it is not put back a second time. */
    recovered: integer('recovered').notNull().default(0),
    finishedAt: text('finished_at'),
    /** done, or failed (with `failure`: the reason of the final failure). */
    outcome: text('outcome', { enum: ['done', 'failed'] }),
    failure: text('failure'),
  },
  (t) => [
    index('outbox_pending').on(t.dispatchedAt, t.id),
    index('outbox_unfinished').on(t.finishedAt, t.dispatchedAt),
  ],
);

// ---- access -------------------------------------------------------------------------------------

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name'),
  role: text('role', { enum: ['admin', 'staff', 'volunteer'] }).notNull(),
  passwordHash: text('password_hash'),
  /** Reminder lead time in business days (reminders before a clock runs out). */
  reminderLeadDays: integer('reminder_lead_days').notNull().default(3),
  createdAt: createdAt(),
  disabledAt: text('disabled_at'),
});

/** API tokens: only a SHA-256 of the token is stored; the token itself is shown once. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** First characters of the token, to recognise it in a list. */
    prefix: text('prefix').notNull(),
    readOnly: integer('read_only', { mode: 'boolean' }).notNull().default(false),
    /** 'api' tokens authenticate the API; 'inbound' tokens only post raw e-mail to the inbound route. */
    scope: text('scope', { enum: ['api', 'inbound'] })
      .notNull()
      .default('api'),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_tokens_user').on(t.userId)],
);

/** Every write: who, when, what, and the record before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('audit_entity').on(t.entity, t.entityId), index('audit_user').on(t.userId)],
);

// ---- agencies -----------------------------------------------------------------------------------

export const agencies = sqliteTable(
  'agencies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    level: text('level', { enum: ['federal', 'state', 'county', 'municipal'] }).notNull(),
    parentId: integer('parent_id').references((): AnySQLiteColumn => agencies.id),
    requestEmail: text('request_email'),
    portalUrl: text('portal_url'),
    postalAddress: text('postal_address'),
    notes: text('notes'),
    /** Where appeals go (letters fall back to requestEmail and postalAddress), and who decides them. */
    appealEmail: text('appeal_email'),
    appealAddress: text('appeal_address'),
    appealBody: text('appeal_body'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('agencies_jurisdiction_name').on(t.jurisdiction, t.name), index('agencies_name').on(t.name)],
);

// ---- requests -----------------------------------------------------------------------------------

export const requests = sqliteTable(
  'requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    ownerId: integer('owner_id').references(() => users.id),
    /** The latest of the agency's tracking numbers (all of them: request_tracking_numbers). */
    trackingNumber: text('tracking_number'),
    /**
     * The letter template this request uses for its kind (see src/letters); null: the organisation's
     * or the generated default. No foreign key, so that adding it does not rebuild `requests` (and its
     * full-text triggers); deleting a template clears it here in the same transaction.
     */
    letterTemplateId: integer('letter_template_id'),
    /** The campaign it belongs to (one letter filed with many agencies), if any. No foreign key, for the same reason. */
    campaignId: integer('campaign_id'),
    channel: text('channel', { enum: ['email', 'fax', 'mail', 'portal', 'in_person'] }),
    /** Follow-ups when the agency is late: `off`, `approve` (drafted, sent by a click) or `auto`. */
    followUpPolicy: text('follow_up_policy', { enum: FOLLOW_UP_POLICIES }).notNull().default('approve'),
    visibility: text('visibility', { enum: ['public', 'private', 'embargoed'] })
      .notNull()
      .default('private'),
    embargoUntil: text('embargo_until'),
    status: text('status').notNull().default('draft'),
    /** Date the agency received the request (the submitted event), day 0 of most clocks. */
    receivedOn: text('received_on'),
    /** Date of the final response (completed event), for the agency's record. */
    completedOn: text('completed_on'),
    outcome: text('outcome'),
    /** Days from receipt to final response, counted the way the law counts (business or calendar). */
    responseDays: integer('response_days'),
    answeredOnTime: integer('answered_on_time', { mode: 'boolean' }),
    /** How late the agency answered its clocks that were met late (the most of them), as the law counts. */
    daysLateAnswered: integer('days_late_answered').notNull().default(0),
    /** Earliest due date of the agency's open clocks; a request is overdue when this is before today. */
    nextDue: text('next_due'),
    /** Incremented by each event; deadlinesVersion catches up when the worker has recomputed the clocks. */
    version: integer('version').notNull().default(0),
    /** Incremented by every write to the request or its clocks: the key of cached views. */
    revision: integer('revision').notNull().default(0),
    deadlinesVersion: integer('deadlines_version').notNull().default(0),
    deadlinesComputedAt: text('deadlines_computed_at'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('requests_agency_updated').on(t.agencyId, t.updatedAt, t.id),
    index('requests_agency_status_updated').on(t.agencyId, t.status, t.updatedAt, t.id),
    index('requests_status').on(t.status, t.updatedAt),
    index('requests_updated').on(t.updatedAt, t.id),
    index('requests_next_due').on(t.nextDue),
    index('requests_completed').on(t.completedOn, t.id),
    // The order of lists sorted by next due date (src/requests/service.ts sortKey).
    index('requests_due_order').on(sql`coalesce(${t.nextDue}, '9999-12-31')`, t.id),
    index('requests_owner').on(t.ownerId),
    index('requests_visibility').on(t.visibility, t.embargoUntil),
    // One request per agency in a campaign: adding an agency twice is refused for that agency.
    uniqueIndex('requests_campaign_agency').on(t.campaignId, t.agencyId).where(sql`${t.campaignId} is not null`),
  ],
);

/** A request's tags, each a slug of the tag vocabulary (`tags.slug`). */
export const requestTags = sqliteTable(
  'request_tags',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.tag] }), index('request_tags_tag').on(t.tag)],
);

/** The timeline: appended, never edited. A mistaken event is retracted by a `retraction` event. */
export const requestEvents = sqliteTable(
  'request_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    /** The day it happened (may be in the past: requests are often logged after the fact). */
    date: text('date').notNull(),
    note: text('note'),
    data: text('data').notNull().default('{}'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('request_events_request').on(t.requestId, t.date, t.id)],
);

/** The clocks of a request as the worker last computed them. */
export const deadlines = sqliteTable(
  'deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startDate: text('start_date'),
    due: text('due'),
    /** open, paused, met, superseded; `missed` is derived when read (an open clock whose due date passed) or stored once met late. */
    status: text('status').notNull(),
    metOn: text('met_on'),
    /** `business` or `calendar`: how days overdue are counted. */
    unit: text('unit').notNull().default('business'),
    explanation: text('explanation').notNull(),
    /** When subscribers were told this clock was missed (once per due date). */
    missedNotifiedFor: text('missed_notified_for'),
    computedAt: text('computed_at').notNull(),
    /** The request's jurisdiction when the clock was computed: whose calendar and today judge it. */
    jurisdiction: text('jurisdiction').notNull().default(''),
    /** `lateKey(jurisdiction, unit, due)` (src/requests/clocks.ts): days late are today's key minus this. */
    lateKey: integer('late_key'),
  },
  (t) => [
    uniqueIndex('deadlines_request_kind').on(t.requestId, t.kind),
    index('deadlines_due').on(t.status, t.due),
    // The clocks the agency owes (the dashboard's): most late first per calendar, and soonest due.
    index('deadlines_owed_late')
      .on(t.jurisdiction, t.unit, t.lateKey, t.requestId)
      .where(sql.raw(`status = 'open' and due is not null and kind in (${OWED_KINDS})`)),
    index('deadlines_owed_due')
      .on(t.jurisdiction, t.due, t.requestId)
      .where(sql.raw(`status = 'open' and due is not null and kind in (${OWED_KINDS})`)),
  ],
);

/**
 * How many clocks the agency owes fall due on each date, per jurisdiction, for the dashboard's count
 * of overdue clocks without reading them all. Kept by triggers on `deadlines` and `requests` (see the
 * migration `owed_clocks`): clocks counted are open agency clocks of requests in an owing status.
 */
export const owedClockCounts = sqliteTable(
  'owed_clock_counts',
  {
    jurisdiction: text('jurisdiction').notNull(),
    due: text('due').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.due] })],
);

/**
 * An agency's record without reading its requests (see src/agencies/service.ts agencyStats): sums
 * over its requests other than drafts, grouped by who may see them, kept by triggers on `requests`
 * (the migration `agency_stats`). `shown` is `public`, `private`, or the date an embargo ends, so
 * that the public figures are worked out on reading from the embargoes that have ended by then.
 */
export const agencyRequestCounts = sqliteTable(
  'agency_request_counts',
  {
    agencyId: integer('agency_id').notNull(),
    shown: text('shown').notNull(),
    filed: integer('filed').notNull(),
    open: integer('open').notNull(),
    completed: integer('completed').notNull(),
    onTime: integer('on_time').notNull(),
    timed: integer('timed').notNull(),
    fulfilled: integer('fulfilled').notNull(),
    partial: integer('partial').notNull(),
    denied: integer('denied').notNull(),
    noRecords: integer('no_records').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.shown] })],
);

/**
 * How many of an agency's requests in an owing status have their next due date on each date (by
 * `shown`, as above): overdue now is the sum over the dates before the agency's today.
 */
export const agencyOwingCounts = sqliteTable(
  'agency_owing_counts',
  {
    agencyId: integer('agency_id').notNull(),
    shown: text('shown').notNull(),
    nextDue: text('next_due').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.shown, t.nextDue] })],
);

/** How many of an agency's answered requests took each number of days (by `shown`), for its median and 90th percentile. */
export const agencyResponseDays = sqliteTable(
  'agency_response_days',
  {
    agencyId: integer('agency_id').notNull(),
    shown: text('shown').notNull(),
    days: integer('days').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.shown, t.days] })],
);

/** Closures of one agency (a county-only holiday, an office closed by storm). */
export const agencyClosures = sqliteTable(
  'agency_closures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agency_closures_agency_date').on(t.agencyId, t.date)],
);

// ---- reminders ----------------------------------------------------------------------------------

/** Users who follow a request and get its reminders, next to its owner. */
export const requestWatchers = sqliteTable(
  'request_watchers',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.userId] })],
);

/**
 * One reminder to one person about one clock. The unique key (clock, kind, recipient, due date) is
 * what makes a reminder go out once: a sweep claims a planned row (planned -> queued) before sending.
 * A clock that moves gets new rows for its new due date; the old planned ones are cancelled.
 */
export const reminders = sqliteTable(
  'reminders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    clockKind: text('clock_kind').notNull(),
    /** before, due, overdue (first business day late), very_overdue (late by the whole period again). */
    kind: text('kind').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    due: text('due').notNull(),
    sendOn: text('send_on').notNull(),
    /** planned, queued, sent, failed, not_sent, cancelled. */
    status: text('status').notNull().default('planned'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: text('sent_at'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('reminders_once').on(t.requestId, t.clockKind, t.kind, t.userId, t.due),
    index('reminders_sweep').on(t.status, t.sendOn),
  ],
);

// ---- webhooks -----------------------------------------------------------------------------------

/** Other systems told what changed. The secret signs every delivery (HMAC-SHA256). */
export const webhookSubscriptions = sqliteTable('webhook_subscriptions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  /** JSON array of event types. */
  events: text('events').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  disabledReason: text('disabled_reason'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const webhookDeliveries = sqliteTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    payload: text('payload').notNull(),
    /** pending, delivered, failed, skipped. */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    responseCode: integer('response_code'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [index('webhook_deliveries_subscription').on(t.subscriptionId, t.id)],
);

// ---- documents ----------------------------------------------------------------------------------

export const REDACTION_KINDS = ['box', 'literal', 'regex', 'ssn', 'phone', 'email', 'dob'] as const;
export const REDACTION_SOURCES = ['staff', 'detected'] as const;
export const HIDDEN_TEXT_CHECKS = ['pending', 'clean', 'flagged', 'reviewed', 'skipped'] as const;

/**
 * The languages a document's scanned pages can be OCRed in (tesseract's `-l`): English, Spanish, or
 * both at once (slower, for mixed or unknown documents).
 */
export const OCR_LANGUAGES = ['eng', 'spa', 'eng+spa'] as const;

/**
 * A returned document. The bytes live in the blob store under their SHA-256; the uploader's file
 * name is metadata only. A row is written only after the bytes are safely on disk.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    /** A member of a zip or an attachment of an e-mail points at its container. */
    parentId: integer('parent_id').references((): AnySQLiteColumn => documents.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    name: text('name').notNull(),
    /** What the uploader said it is; the sniffed type is what ingestion found in the bytes. */
    declaredType: text('declared_type'),
    sniffedType: text('sniffed_type'),
    /** pending, processing, ready, failed. */
    status: text('status').notNull().default('pending'),
    error: text('error'),
    pages: integer('pages'),
    pagesDone: integer('pages_done'),
    textSource: text('text_source'),
    /** Why some pages have no text (no text layer and no OCR tools), or null. */
    needsOcr: text('needs_ocr'),
    /** The OCR language staff chose for it; null: the server's default (see src/documents/extract/tools.ts). */
    ocrLanguage: text('ocr_language', { enum: OCR_LANGUAGES }),
    /** 0 for an upload; a zip member or e-mail attachment is one deeper than its container. */
    depth: integer('depth').notNull().default(0),
    /** The upload a zip member or attachment came from (null for an upload): limits count the whole tree. */
    rootId: integer('root_id'),
    attempts: integer('attempts').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
    /** The volunteer work queue: who holds the document and until when; when tagging was finished. */
    leaseUserId: integer('lease_user_id').references(() => users.id),
    leaseUntil: text('lease_until'),
    reviewedAt: text('reviewed_at'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    /**
     * The redacted version the public is served (src/documents/publication.ts): the image-only PDF
     * in the blob store, the apply that made it (0: none yet), the apply a job is working on, why
     * the last apply failed, and who asked for it when.
     */
    redactedSha256: text('redacted_sha256'),
    redactedSize: integer('redacted_size'),
    redactionVersion: integer('redaction_version').notNull().default(0),
    redactionTarget: integer('redaction_target'),
    redactionError: text('redaction_error'),
    redactedAt: text('redacted_at'),
    redactedBy: integer('redacted_by').references(() => users.id),
    /**
     * Whether text hides under black boxes in the released file: null (no text layer to check, or
     * ingested before the check existed), pending (not public until checked), clean, flagged (found:
     * suggested redactions wait for staff), reviewed (staff applied redactions or accepted the text as
     * released), skipped (no pdftoppm on the server).
     */
    hiddenTextCheck: text('hidden_text_check', { enum: HIDDEN_TEXT_CHECKS }),
    /** What the check found: [{page, text, box}] (JSON), for staff. */
    badRedactions: text('bad_redactions'),
    /**
     * Staff keep the document from the public whatever else holds (a spreadsheet of names that cannot
     * be redacted by box, a record not to publish yet): why, and who decided when. Null: not withheld.
     */
    withheldReason: text('withheld_reason'),
    withheldAt: text('withheld_at'),
    withheldBy: integer('withheld_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('documents_request_sha').on(t.requestId, t.sha256, t.parentId),
    index('documents_status').on(t.status, t.id),
    index('documents_parent').on(t.parentId),
    index('documents_root').on(t.rootId),
    // Is a blob still referred to (src/documents/orphans.ts)?
    index('documents_sha').on(t.sha256),
    index('documents_queue').on(t.status, t.reviewedAt, t.id),
    index('documents_redacted_sha').on(t.redactedSha256),
    // The documents withheld from the public for the hidden-text check (src/documents/publication.ts).
    index('documents_withheld').on(t.hiddenTextCheck).where(sql`hidden_text_check in ('pending', 'flagged')`),
    // The documents staff withheld (few).
    index('documents_withheld_by_staff').on(t.id).where(sql`withheld_reason is not null`),
  ],
);

/** Text of one page of a document. Unique per (document, page): re-running ingestion replaces, never duplicates. */
export const documentPages = sqliteTable(
  'document_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
    /** embedded (text layer or text file), ocr, or none (needs OCR). */
    source: text('source', { enum: ['embedded', 'ocr', 'none'] }).notNull(),
  },
  (t) => [uniqueIndex('document_pages_doc_page').on(t.documentId, t.page)],
);

/**
 * A PDF's pages are read in ranges (`documents.extractRange`), each by whichever worker takes it: the
 * plan of the current reading. `doneTo` is the last page of the range written (its resume point after
 * a killed worker); `finishedAt` is set when the range is whole. The document is ready when no range
 * of it is unfinished; a new reading (a retry, another OCR language) replaces the plan.
 */
export const documentRanges = sqliteTable(
  'document_ranges',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    firstPage: integer('first_page').notNull(),
    lastPage: integer('last_page').notNull(),
    doneTo: integer('done_to'),
    finishedAt: text('finished_at'),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.firstPage] })],
);

/**
 * A rendered page image, kept in the blob store by SHA-256: version 0 is the original, version N the
 * Nth applied redaction. A page that could not be rendered keeps its reason instead of an image.
 * `hiddenText` is what the original's render showed black over text-layer words (JSON), or null.
 */
export const documentPageImages = sqliteTable(
  'document_page_images',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    version: integer('version').notNull(),
    sha256: text('sha256'),
    width: integer('width'),
    height: integer('height'),
    error: text('error'),
    hiddenText: text('hidden_text'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.page, t.version] }),
    // Is a blob still referred to (src/documents/orphans.ts)?
    index('document_page_images_sha').on(t.sha256),
  ],
);

/**
 * What staff black out before a document goes public: a box on one page (fractions of the page), or
 * a pattern over every page. `version` is the apply that includes it (null: not applied yet);
 * removal is recorded, not deleted, so that an applied redaction's history stays.
 */
export const redactions = sqliteTable(
  'redactions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REDACTION_KINDS }).notNull(),
    page: integer('page'),
    x: real('x'),
    y: real('y'),
    width: real('width'),
    height: real('height'),
    pattern: text('pattern'),
    caseSensitive: integer('case_sensitive', { mode: 'boolean' }).notNull().default(false),
    reason: text('reason').notNull(),
    /** staff (drawn or typed) or detected (text found under a black box at ingestion). */
    source: text('source', { enum: REDACTION_SOURCES }).notNull().default('staff'),
    version: integer('version'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    removedBy: integer('removed_by').references(() => users.id),
    removedAt: text('removed_at'),
  },
  (t) => [
    index('redactions_document').on(t.documentId, t.removedAt),
    index('redactions_active').on(t.documentId).where(sql`removed_at is null`),
  ],
);

/** The text of each page of a document's redacted version: what public readers read and search. */
export const documentRedactedPages = sqliteTable(
  'document_redacted_pages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('document_redacted_pages_doc_page').on(t.documentId, t.page)],
);

/** A volunteer skipped a document in the work queue: it is not handed to them again. */
export const documentSkips = sqliteTable(
  'document_skips',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.userId] })],
);

// ---- tags ---------------------------------------------------------------------------------------

/** The tag vocabulary: vendor, document type, topic, and any category staff add. */
export const tags = sqliteTable(
  'tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** The name by the one tag rule (src/tags/slug.ts): tags are unique regardless of case, accents and separators. */
    slug: text('slug').notNull().unique(),
    category: text('category').notNull(),
    description: text('description'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('tags_category').on(t.category, t.slug)],
);

/**
 * A tag on a document or on one page of it. Removal is recorded (removedAt/By), never deleted, so
 * the history of who tagged what stays.
 */
export const documentTags = sqliteTable(
  'document_tags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id),
    /** null: the whole document. */
    page: integer('page'),
    note: text('note'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    removedBy: integer('removed_by').references(() => users.id),
    removedAt: text('removed_at'),
  },
  (t) => [
    index('document_tags_document').on(t.documentId, t.removedAt),
    index('document_tags_tag').on(t.tagId, t.removedAt),
  ],
);

// ---- inbound e-mail -----------------------------------------------------------------------------

/**
 * Every raw message posted to the inbound route, kept as a blob. Matched ones become an incoming
 * communication event and a document of their request; unmatched ones wait in the inbox for staff.
 */
export const inboundMessages = sqliteTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    fromAddress: text('from_address'),
    toAddresses: text('to_addresses').notNull(),
    subject: text('subject'),
    messageId: text('message_id'),
    sentAt: text('sent_at'),
    receivedAt: text('received_at').notNull(),
    /** matched (by address or tracking number), unmatched, assigned (by staff). */
    status: text('status', { enum: ['matched', 'unmatched', 'assigned'] }).notNull(),
    matchedBy: text('matched_by'),
    requestId: integer('request_id').references(() => requests.id),
    documentId: integer('document_id').references(() => documents.id),
    assignedBy: integer('assigned_by').references(() => users.id),
    assignedAt: text('assigned_at'),
  },
  (t) => [index('inbound_status').on(t.status, t.id), uniqueIndex('inbound_sha').on(t.sha256)],
);

// ---- web sessions -------------------------------------------------------------------------------

/** Browser sessions: only a SHA-256 of the cookie value is stored, with the CSRF token of the session. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: text('expires_at').notNull(),
    lastSeenAt: text('last_seen_at'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * A user's calendar of clocks (an iCalendar feed) at a secret address that calendar apps poll without
 * signing in. One per user; only a SHA-256 of the secret is stored (shown once, like an API token);
 * revoking deletes the row.
 */
export const calendarFeeds = sqliteTable('calendar_feeds', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  lastUsedAt: text('last_used_at'),
});

/**
 * Failed sign-ins per account (the SHA-256 of the normalised e-mail, so that made-up addresses
 * stored here say nothing), in the database: shared by every API process, kept across restarts,
 * and never cleared wholesale by a flood of made-up addresses (old rows are pruned by age only).
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    account: text('account').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('sign_in_failures_account').on(t.account, t.at), index('sign_in_failures_at').on(t.at)],
);

// ---- letters ------------------------------------------------------------------------------------

/**
 * Every tracking number an agency gave a request (agencies reassign them); requests.trackingNumber
 * keeps the latest. Inbound mail matches a subject against any of them.
 */
export const requestTrackingNumbers = sqliteTable(
  'request_tracking_numbers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    addedAt: text('added_at').notNull(),
    addedBy: integer('added_by').references(() => users.id),
  },
  (t) => [uniqueIndex('request_tracking_numbers_once').on(t.requestId, t.number)],
);

export const LETTER_KINDS = ['request', 'follow_up', 'appeal'] as const;

/**
 * The organisation's letter templates, in the placeholder language of src/letters/template.ts. The
 * default of a kind and jurisdiction (null: any) is what requests use unless they chose another.
 */
export const letterTemplates = sqliteTable(
  'letter_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    kind: text('kind', { enum: LETTER_KINDS }).notNull(),
    jurisdiction: text('jurisdiction'),
    isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(true),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('letter_templates_kind').on(t.kind, t.jurisdiction, t.isDefault)],
);

/**
 * Who signs the letters: the organisation's default (userId null) and each user's optional override,
 * merged field by field when a letter is rendered. `owner` ('organisation' or 'user:<id>') keeps one
 * row each (a unique index over a nullable userId would let several organisation rows in).
 */
export const requesterProfiles = sqliteTable('requester_profiles', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  owner: text('owner').notNull().unique(),
  userId: integer('user_id').references(() => users.id, { onDelete: 'cascade' }),
  name: text('name'),
  organisation: text('organisation'),
  postalAddress: text('postal_address'),
  phone: text('phone'),
  email: text('email'),
  signature: text('signature'),
  updatedAt: text('updated_at').notNull(),
  updatedBy: integer('updated_by').references(() => users.id),
});

// ---- correspondence -----------------------------------------------------------------------------

export const MESSAGE_KINDS = ['request', 'follow_up', 'appeal', 'reply'] as const;
export const MESSAGE_STATUSES = [
  'awaiting_approval',
  'queued',
  'sending',
  'sent',
  'failed',
  'bounced',
  'cancelled',
  'received',
  /** Incoming mail from a sender not known to be the agency: staff only, until they release it. */
  'held',
] as const;

/**
 * Mail to and from the agency about one request. Outgoing: the request letter, follow-ups and
 * appeals, each with the Message-ID the tracker chose (kept for a resend, so the agency's mail system
 * can deduplicate) and the bytes sent (`emlSha256`, in the blob store). A message is claimed
 * (`queued` -> `sending`) before it is handed to SMTP, so it is sent once. Incoming: a row for each
 * message matched to the request (`received`), so that the correspondence reads both ways.
 */
export const messages = sqliteTable(
  'messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['out', 'in'] }).notNull(),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull(),
    /** The RFC 5322 Message-ID, with its angle brackets. */
    messageId: text('message_id').notNull(),
    inReplyTo: text('in_reply_to'),
    /** JSON array of Message-IDs this one follows (References). */
    references: text('references').notNull().default('[]'),
    fromAddress: text('from_address'),
    /** JSON arrays of addresses. */
    toAddresses: text('to_addresses').notNull().default('[]'),
    ccAddresses: text('cc_addresses').notNull().default('[]'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    /** JSON array of document ids of the request, sent as attachments. */
    attachments: text('attachments').notNull().default('[]'),
    /** The bytes handed to SMTP (a .eml in the blob store), written before the first attempt. */
    emlSha256: text('eml_sha256'),
    /** Why it failed or bounced. */
    error: text('error'),
    /** Not handed to SMTP before then (a campaign's bulk send is paced). */
    notBefore: text('not_before'),
    /** The mail server's answer when it took the message. */
    smtpResponse: text('smtp_response'),
    attempts: integer('attempts').notNull().default(0),
    /** When a worker claimed it for SMTP (`sending`): a claim older than the lease is a worker that stopped. */
    claimedAt: text('claimed_at'),
    sentAt: text('sent_at'),
    /** Follow-up series: the clock and due date it chases and its place in the series; appeals: their window. */
    seriesKey: text('series_key'),
    inboundMessageId: integer('inbound_message_id').references(() => inboundMessages.id),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('messages_request').on(t.requestId, t.id),
    index('messages_status').on(t.status, t.id),
    index('messages_message_id').on(t.messageId),
    // Is a blob still referred to (src/documents/orphans.ts)?
    index('messages_eml').on(t.emlSha256),
    uniqueIndex('messages_series').on(t.requestId, t.seriesKey),
  ],
);

// ---- campaigns ----------------------------------------------------------------------------------

/**
 * One request filed with many agencies and followed as one: the defaults each of its requests is
 * created with (what is asked, the letter template, tags, visibility, follow-up policy, owner), and
 * how fast its bulk sends go out. Its requests carry `campaignId`.
 */
export const campaigns = sqliteTable('campaigns', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  title: text('title').notNull(),
  /** What is asked for: the text of each request (quoted in its letters). */
  body: text('body').notNull(),
  /** The request letter's template (a letter_templates row of kind `request`); null: each jurisdiction's default. */
  letterTemplateId: integer('letter_template_id'),
  /** JSON array of tags every request gets. */
  tags: text('tags').notNull().default('[]'),
  visibility: text('visibility', { enum: ['public', 'private', 'embargoed'] })
    .notNull()
    .default('private'),
  embargoUntil: text('embargo_until'),
  followUpPolicy: text('follow_up_policy', { enum: FOLLOW_UP_POLICIES }).notNull().default('approve'),
  ownerId: integer('owner_id').references(() => users.id),
  /** A bulk send spreads its messages out: at most this many a minute. */
  sendPerMinute: integer('send_per_minute').notNull().default(30),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});
