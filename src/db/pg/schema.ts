/**
 * The PostgreSQL schema: the same tables, columns, indexes, unique constraints and foreign keys as
 * the SQLite one (src/db/schema.ts, where each table and column is explained; tests/db/drift.test.ts
 * checks both name the same tables and columns). Migrations in drizzle/pg/ are generated from this
 * file by drizzle-kit (`npm run db:generate:pg`); the triggers are appended to them by hand.
 *
 * Types are chosen so that an installation copies over value for value (`migrate-to-postgres`):
 * - ids that SQLite autoincrements are identity columns "by default", so the copy keeps every id;
 *   the copy then moves each sequence past the largest id.
 * - timestamps and dates stay ISO text, exactly as SQLite stores them (`createdAt` defaults to the
 *   same `YYYY-MM-DDTHH:MM:SS.sssZ` form in UTC); JSON stays text, as SQLite keeps it.
 * - booleans are `boolean` where SQLite declares boolean mode (0/1 there); other 0/1 flags such as
 *   `outbox.recovered` stay integers, as they are declared.
 * - byte sizes are `bigint` (a file may pass 2 GiB); other integers are `integer`.
 *
 * Full-text search. SQLite keeps three FTS5 tables fed by triggers: `requests_fts` (title, body of
 * `requests`), `pages_fts` (`document_pages.text`) and `redacted_pages_fts`
 * (`document_redacted_pages.text`). Here each becomes a stored generated `tsvector` column on the
 * table itself (`search`), with a GIN index: the same text is searchable, PostgreSQL keeps it in step
 * on every insert and update without triggers, and a copied row has it computed on insert. The
 * `english` configuration stems as FTS5's porter tokenizer does; a request's title weighs more than
 * its body (`ts_rank`); prefixes are searched with `to_tsquery('word:*')`; snippets come from
 * `ts_headline` over the stored text. Unlike FTS5's `remove_diacritics`, accents are not folded (that
 * needs the `unaccent` extension, which is not immutable and so cannot feed a generated column).
 * `search` is the one column PostgreSQL has that SQLite has not (DERIVED_COLUMNS below).
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  FOLLOW_UP_POLICIES,
  HIDDEN_TEXT_CHECKS,
  LETTER_KINDS,
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  OCR_LANGUAGES,
  REDACTION_KINDS,
  REDACTION_SOURCES,
} from '../schema.js';

/** The agency's clocks (AGENCY_CLOCKS in src/requests/clocks.ts), as SQL, as in the SQLite schema. */
const OWED_KINDS = "'acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision'";

const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});

/** ISO text in UTC with milliseconds, the form SQLite's default writes. */
const createdAt = () =>
  text('created_at').notNull().default(sql`to_char(now() at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** The columns only PostgreSQL has, per table: derived search data, computed from the copied columns. */
export const DERIVED_COLUMNS: Record<string, readonly string[]> = {
  requests: ['search'],
  document_pages: ['search'],
  document_redacted_pages: ['search'],
};

export const closures = pgTable(
  'closures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    jurisdiction: text('jurisdiction').notNull(),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('closures_jurisdiction_date').on(t.jurisdiction, t.date)],
);

export const ruleVersions = pgTable('rule_versions', {
  jurisdiction: text('jurisdiction').primaryKey(),
  fingerprint: text('fingerprint').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const outbox = pgTable(
  'outbox',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    jobName: text('job_name').notNull(),
    payload: text('payload').notNull(),
    createdAt: createdAt(),
    claimedUntil: text('claimed_until'),
    dispatchedAt: text('dispatched_at'),
    notBefore: text('not_before'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    recovered: integer('recovered').notNull().default(0),
    finishedAt: text('finished_at'),
    outcome: text('outcome', { enum: ['done', 'failed'] }),
    failure: text('failure'),
  },
  (t) => [
    index('outbox_pending').on(t.dispatchedAt, t.id),
    index('outbox_unfinished').on(t.finishedAt, t.dispatchedAt),
  ],
);

export const users = pgTable('users', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  email: text('email').notNull().unique(),
  name: text('name'),
  role: text('role', { enum: ['admin', 'staff', 'volunteer'] }).notNull(),
  passwordHash: text('password_hash'),
  reminderLeadDays: integer('reminder_lead_days').notNull().default(3),
  createdAt: createdAt(),
  disabledAt: text('disabled_at'),
});

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    prefix: text('prefix').notNull(),
    readOnly: boolean('read_only').notNull().default(false),
    scope: text('scope', { enum: ['api', 'inbound'] })
      .notNull()
      .default('api'),
    createdAt: createdAt(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [index('api_tokens_user').on(t.userId)],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const agencies = pgTable(
  'agencies',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    level: text('level', { enum: ['federal', 'state', 'county', 'municipal'] }).notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => agencies.id),
    requestEmail: text('request_email'),
    portalUrl: text('portal_url'),
    postalAddress: text('postal_address'),
    notes: text('notes'),
    appealEmail: text('appeal_email'),
    appealAddress: text('appeal_address'),
    appealBody: text('appeal_body'),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('agencies_jurisdiction_name').on(t.jurisdiction, t.name), index('agencies_name').on(t.name)],
);

export const requests = pgTable(
  'requests',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    ownerId: integer('owner_id').references(() => users.id),
    trackingNumber: text('tracking_number'),
    letterTemplateId: integer('letter_template_id'),
    campaignId: integer('campaign_id'),
    channel: text('channel', { enum: ['email', 'fax', 'mail', 'portal', 'in_person'] }),
    followUpPolicy: text('follow_up_policy', { enum: FOLLOW_UP_POLICIES }).notNull().default('approve'),
    visibility: text('visibility', { enum: ['public', 'private', 'embargoed'] })
      .notNull()
      .default('private'),
    embargoUntil: text('embargo_until'),
    status: text('status').notNull().default('draft'),
    receivedOn: text('received_on'),
    completedOn: text('completed_on'),
    outcome: text('outcome'),
    responseDays: integer('response_days'),
    answeredOnTime: boolean('answered_on_time'),
    daysLateAnswered: integer('days_late_answered').notNull().default(0),
    nextDue: text('next_due'),
    version: integer('version').notNull().default(0),
    revision: integer('revision').notNull().default(0),
    deadlinesVersion: integer('deadlines_version').notNull().default(0),
    deadlinesComputedAt: text('deadlines_computed_at'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B')`,
      ),
  },
  (t) => [
    index('requests_search').using('gin', t.search),
    index('requests_agency_updated').on(t.agencyId, t.updatedAt, t.id),
    index('requests_agency_status_updated').on(t.agencyId, t.status, t.updatedAt, t.id),
    index('requests_status').on(t.status, t.updatedAt),
    index('requests_updated').on(t.updatedAt, t.id),
    index('requests_next_due').on(t.nextDue),
    index('requests_completed').on(t.completedOn, t.id),
    index('requests_due_order').on(sql`coalesce(${t.nextDue}, '9999-12-31')`, t.id),
    index('requests_owner').on(t.ownerId),
    index('requests_visibility').on(t.visibility, t.embargoUntil),
    uniqueIndex('requests_campaign_agency').on(t.campaignId, t.agencyId).where(sql`${t.campaignId} is not null`),
  ],
);

export const requestTags = pgTable(
  'request_tags',
  {
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    tag: text('tag').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.tag] }), index('request_tags_tag').on(t.tag)],
);

export const requestEvents = pgTable(
  'request_events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    date: text('date').notNull(),
    note: text('note'),
    data: text('data').notNull().default('{}'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('request_events_request').on(t.requestId, t.date, t.id)],
);

export const deadlines = pgTable(
  'deadlines',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startDate: text('start_date'),
    due: text('due'),
    status: text('status').notNull(),
    metOn: text('met_on'),
    unit: text('unit').notNull().default('business'),
    explanation: text('explanation').notNull(),
    missedNotifiedFor: text('missed_notified_for'),
    computedAt: text('computed_at').notNull(),
    jurisdiction: text('jurisdiction').notNull().default(''),
    lateKey: integer('late_key'),
  },
  (t) => [
    uniqueIndex('deadlines_request_kind').on(t.requestId, t.kind),
    index('deadlines_due').on(t.status, t.due),
    index('deadlines_owed_late')
      .on(t.jurisdiction, t.unit, t.lateKey, t.requestId)
      .where(sql.raw(`status = 'open' and due is not null and kind in (${OWED_KINDS})`)),
    index('deadlines_owed_due')
      .on(t.jurisdiction, t.due, t.requestId)
      .where(sql.raw(`status = 'open' and due is not null and kind in (${OWED_KINDS})`)),
  ],
);

export const owedClockCounts = pgTable(
  'owed_clock_counts',
  {
    jurisdiction: text('jurisdiction').notNull(),
    due: text('due').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.jurisdiction, t.due] })],
);

export const agencyRequestCounts = pgTable(
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

export const agencyOwingCounts = pgTable(
  'agency_owing_counts',
  {
    agencyId: integer('agency_id').notNull(),
    shown: text('shown').notNull(),
    nextDue: text('next_due').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.shown, t.nextDue] })],
);

export const agencyResponseDays = pgTable(
  'agency_response_days',
  {
    agencyId: integer('agency_id').notNull(),
    shown: text('shown').notNull(),
    days: integer('days').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.shown, t.days] })],
);

export const agencyClosures = pgTable(
  'agency_closures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    agencyId: integer('agency_id')
      .notNull()
      .references(() => agencies.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('agency_closures_agency_date').on(t.agencyId, t.date)],
);

export const requestWatchers = pgTable(
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

export const reminders = pgTable(
  'reminders',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    clockKind: text('clock_kind').notNull(),
    kind: text('kind').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    due: text('due').notNull(),
    sendOn: text('send_on').notNull(),
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

export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  events: text('events').notNull(),
  active: boolean('active').notNull().default(true),
  disabledReason: text('disabled_reason'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: createdAt(),
});

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    subscriptionId: integer('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventType: text('event_type').notNull(),
    payload: text('payload').notNull(),
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    responseCode: integer('response_code'),
    lastError: text('last_error'),
    createdAt: createdAt(),
    deliveredAt: text('delivered_at'),
  },
  (t) => [index('webhook_deliveries_subscription').on(t.subscriptionId, t.id)],
);

export const documents = pgTable(
  'documents',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnyPgColumn => documents.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    declaredType: text('declared_type'),
    sniffedType: text('sniffed_type'),
    status: text('status').notNull().default('pending'),
    error: text('error'),
    pages: integer('pages'),
    pagesDone: integer('pages_done'),
    textSource: text('text_source'),
    needsOcr: text('needs_ocr'),
    ocrLanguage: text('ocr_language', { enum: OCR_LANGUAGES }),
    depth: integer('depth').notNull().default(0),
    rootId: integer('root_id'),
    attempts: integer('attempts').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
    leaseUserId: integer('lease_user_id').references(() => users.id),
    leaseUntil: text('lease_until'),
    reviewedAt: text('reviewed_at'),
    reviewedBy: integer('reviewed_by').references(() => users.id),
    redactedSha256: text('redacted_sha256'),
    redactedSize: bigint('redacted_size', { mode: 'number' }),
    redactionVersion: integer('redaction_version').notNull().default(0),
    redactionTarget: integer('redaction_target'),
    redactionError: text('redaction_error'),
    redactedAt: text('redacted_at'),
    redactedBy: integer('redacted_by').references(() => users.id),
    hiddenTextCheck: text('hidden_text_check', { enum: HIDDEN_TEXT_CHECKS }),
    badRedactions: text('bad_redactions'),
    withheldReason: text('withheld_reason'),
    withheldAt: text('withheld_at'),
    withheldBy: integer('withheld_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('documents_request_sha').on(t.requestId, t.sha256, t.parentId),
    index('documents_status').on(t.status, t.id),
    index('documents_parent').on(t.parentId),
    index('documents_root').on(t.rootId),
    index('documents_sha').on(t.sha256),
    index('documents_queue').on(t.status, t.reviewedAt, t.id),
    index('documents_redacted_sha').on(t.redactedSha256),
    index('documents_withheld').on(t.hiddenTextCheck).where(sql`hidden_text_check in ('pending', 'flagged')`),
    index('documents_withheld_by_staff').on(t.id).where(sql`withheld_reason is not null`),
  ],
);

export const documentPages = pgTable(
  'document_pages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
    source: text('source', { enum: ['embedded', 'ocr', 'none'] }).notNull(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector('english', "text")`),
  },
  (t) => [
    index('document_pages_search').using('gin', t.search),
    uniqueIndex('document_pages_doc_page').on(t.documentId, t.page),
  ],
);

export const documentRanges = pgTable(
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

export const documentPageImages = pgTable(
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
  (t) => [primaryKey({ columns: [t.documentId, t.page, t.version] }), index('document_page_images_sha').on(t.sha256)],
);

export const redactions = pgTable(
  'redactions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: REDACTION_KINDS }).notNull(),
    page: integer('page'),
    x: doublePrecision('x'),
    y: doublePrecision('y'),
    width: doublePrecision('width'),
    height: doublePrecision('height'),
    pattern: text('pattern'),
    caseSensitive: boolean('case_sensitive').notNull().default(false),
    reason: text('reason').notNull(),
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

export const documentRedactedPages = pgTable(
  'document_redacted_pages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    page: integer('page').notNull(),
    text: text('text').notNull(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector('english', "text")`),
  },
  (t) => [
    index('document_redacted_pages_search').using('gin', t.search),
    uniqueIndex('document_redacted_pages_doc_page').on(t.documentId, t.page),
  ],
);

export const documentSkips = pgTable(
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

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    category: text('category').notNull(),
    description: text('description'),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('tags_category').on(t.category, t.slug)],
);

export const documentTags = pgTable(
  'document_tags',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id),
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

export const inboundMessages = pgTable(
  'inbound_messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    fromAddress: text('from_address'),
    toAddresses: text('to_addresses').notNull(),
    subject: text('subject'),
    messageId: text('message_id'),
    sentAt: text('sent_at'),
    receivedAt: text('received_at').notNull(),
    status: text('status', { enum: ['matched', 'unmatched', 'assigned'] }).notNull(),
    matchedBy: text('matched_by'),
    requestId: integer('request_id').references(() => requests.id),
    documentId: integer('document_id').references(() => documents.id),
    assignedBy: integer('assigned_by').references(() => users.id),
    assignedAt: text('assigned_at'),
  },
  (t) => [index('inbound_status').on(t.status, t.id), uniqueIndex('inbound_sha').on(t.sha256)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const calendarFeeds = pgTable('calendar_feeds', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretHash: text('secret_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  lastUsedAt: text('last_used_at'),
});

export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    account: text('account').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('sign_in_failures_account').on(t.account, t.at), index('sign_in_failures_at').on(t.at)],
);

export const requestTrackingNumbers = pgTable(
  'request_tracking_numbers',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    number: text('number').notNull(),
    addedAt: text('added_at').notNull(),
    addedBy: integer('added_by').references(() => users.id),
  },
  (t) => [uniqueIndex('request_tracking_numbers_once').on(t.requestId, t.number)],
);

export const letterTemplates = pgTable(
  'letter_templates',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    name: text('name').notNull(),
    kind: text('kind', { enum: LETTER_KINDS }).notNull(),
    jurisdiction: text('jurisdiction'),
    isDefault: boolean('is_default').notNull().default(true),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('letter_templates_kind').on(t.kind, t.jurisdiction, t.isDefault)],
);

export const requesterProfiles = pgTable('requester_profiles', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const messages = pgTable(
  'messages',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    requestId: integer('request_id')
      .notNull()
      .references(() => requests.id, { onDelete: 'cascade' }),
    direction: text('direction', { enum: ['out', 'in'] }).notNull(),
    kind: text('kind', { enum: MESSAGE_KINDS }).notNull(),
    status: text('status', { enum: MESSAGE_STATUSES }).notNull(),
    messageId: text('message_id').notNull(),
    inReplyTo: text('in_reply_to'),
    references: text('references').notNull().default('[]'),
    fromAddress: text('from_address'),
    toAddresses: text('to_addresses').notNull().default('[]'),
    ccAddresses: text('cc_addresses').notNull().default('[]'),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    attachments: text('attachments').notNull().default('[]'),
    emlSha256: text('eml_sha256'),
    error: text('error'),
    notBefore: text('not_before'),
    smtpResponse: text('smtp_response'),
    attempts: integer('attempts').notNull().default(0),
    claimedAt: text('claimed_at'),
    sentAt: text('sent_at'),
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
    index('messages_eml').on(t.emlSha256),
    uniqueIndex('messages_series').on(t.requestId, t.seriesKey),
  ],
);

export const campaigns = pgTable('campaigns', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  letterTemplateId: integer('letter_template_id'),
  tags: text('tags').notNull().default('[]'),
  visibility: text('visibility', { enum: ['public', 'private', 'embargoed'] })
    .notNull()
    .default('private'),
  embargoUntil: text('embargo_until'),
  followUpPolicy: text('follow_up_policy', { enum: FOLLOW_UP_POLICIES }).notNull().default('approve'),
  ownerId: integer('owner_id').references(() => users.id),
  sendPerMinute: integer('send_per_minute').notNull().default(30),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: createdAt(),
  updatedAt: text('updated_at').notNull(),
});
