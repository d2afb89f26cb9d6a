/**
 * Campaigns: one request filed with many agencies and followed as one. A campaign holds the
 * defaults its requests are made with (what is asked for, the letter template, tags, visibility,
 * follow-up policy, owner); adding agencies makes one draft request each, its letter rendered for
 * that agency's own law; the view compares them; bulk actions act on all of them or a selection,
 * each reported per request and recorded in the audit log. Pure of HTTP; the caller checks roles.
 */
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { z } from 'zod';
import { importAgencies } from '../agencies/import.js';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import { today as todayIn } from '../clock.js';
import type { Config } from '../config.js';
import { type Db, type DbOrTx, inTransaction } from '../db/index.js';
import { agencies, campaigns, FOLLOW_UP_POLICIES, letterTemplates, requests, users } from '../db/schema.js';
import { AGENCY_LEVELS, getJurisdiction } from '../deadlines/index.js';
import { AppError, notFound } from '../errors.js';
import { isoDate } from '../jurisdictions/schemas.js';
import { renderLetter } from '../letters/service.js';
import { checkTemplate } from '../letters/template.js';
import { createTemplate } from '../letters/templates.js';
import { LIMITS, tagName } from '../requests/schemas.js';
import { createRequest } from '../requests/service.js';
import { slugOf } from '../tags/slug.js';

export type CampaignRow = typeof campaigns.$inferSelect;

const VISIBILITIES = ['public', 'private', 'embargoed'] as const;

export const campaignFields = z
  .object({
    title: z.string().trim().min(1).max(LIMITS.title),
    body: z.string().trim().min(1).max(LIMITS.body).describe('What is asked for: the text of each request'),
    letterTemplateId: z
      .number()
      .int()
      .positive()
      .nullable()
      .optional()
      .describe('An organisation template of kind request (see /api/v1/letter-templates)'),
    letter: z
      .object({ subject: z.string().trim().min(1).max(1000), body: z.string().trim().min(1).max(LIMITS.body) })
      .strict()
      .optional()
      .describe(
        "The campaign's own request letter, in the placeholder language: each agency's letter fills it with its own law",
      ),
    tags: z.array(tagName).max(LIMITS.tags).optional(),
    visibility: z.enum(VISIBILITIES).optional(),
    embargoUntil: isoDate.nullable().optional(),
    followUpPolicy: z.enum(FOLLOW_UP_POLICIES).optional(),
    ownerId: z.number().int().positive().nullable().optional(),
    sendPerMinute: z
      .number()
      .int()
      .min(1)
      .max(600)
      .optional()
      .describe('A bulk send goes out at most this many messages a minute (default 30)'),
  })
  .strict();
export type CampaignInput = z.infer<typeof campaignFields>;

/** The tags every request of a campaign gets, by the vocabulary's rule (src/tags/slug.ts), sorted. */
function campaignTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(slugOf).filter(Boolean))].sort();
}

function load(db: Pick<Db, 'select'>, id: number): CampaignRow {
  const row = db.select().from(campaigns).where(eq(campaigns.id, id)).get();
  if (!row) throw notFound(`Campaign ${id}`);
  return row;
}

function checkEmbargo(visibility: string, embargoUntil: string | null | undefined) {
  if (visibility === 'embargoed' && !embargoUntil) {
    throw new AppError(422, 'embargo_needs_date', 'An embargoed campaign needs embargoUntil', {
      errors: [{ path: 'embargoUntil', message: 'is required when visibility is embargoed' }],
    });
  }
}

/** The letter template a campaign names, or the one made from its own letter text. */
function letterTemplateFor(tx: DbOrTx, actor: Actor, now: Date, title: string, input: CampaignInput) {
  if (input.letter) {
    // Checked here, so that the 422 names the campaign's field.
    try {
      checkTemplate(input.letter);
    } catch (err) {
      if (err instanceof AppError && err.errors) {
        throw new AppError(err.status, err.code, err.message, {
          errors: err.errors.map((e) => ({ ...e, path: `letter.${e.path}` })),
          ...(err.extra ? { extra: err.extra } : {}),
        });
      }
      throw err;
    }
    // Not a default: it is this campaign's letter, chosen by its requests only.
    return createTemplate(tx, actor, now, {
      name: `Campaign: ${title}`.slice(0, 200),
      kind: 'request',
      isDefault: false,
      subject: input.letter.subject,
      body: input.letter.body,
    }).id;
  }
  if (input.letterTemplateId) {
    const t = tx
      .select({ kind: letterTemplates.kind })
      .from(letterTemplates)
      .where(eq(letterTemplates.id, input.letterTemplateId))
      .get();
    if (t?.kind !== 'request') {
      throw new AppError(422, 'unknown_template', `No request-letter template with id ${input.letterTemplateId}`, {
        errors: [{ path: 'letterTemplateId', message: 'is not a template of kind request' }],
      });
    }
    return input.letterTemplateId;
  }
  return input.letterTemplateId === null ? null : undefined;
}

function checkOwner(tx: Pick<Db, 'select'>, ownerId: number | null | undefined) {
  if (!ownerId) return;
  if (!tx.select({ id: users.id }).from(users).where(eq(users.id, ownerId)).get()) {
    throw new AppError(422, 'unknown_user', `No user with id ${ownerId}`, {
      errors: [{ path: 'ownerId', message: 'is not a known user' }],
    });
  }
}

export function campaignView(c: CampaignRow) {
  return {
    id: c.id,
    title: c.title,
    body: c.body,
    letterTemplateId: c.letterTemplateId,
    tags: JSON.parse(c.tags) as string[],
    visibility: c.visibility,
    embargoUntil: c.embargoUntil,
    followUpPolicy: c.followUpPolicy,
    ownerId: c.ownerId,
    sendPerMinute: c.sendPerMinute,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

export function createCampaign(db: DbOrTx, actor: Actor, now: Date, input: CampaignInput): CampaignRow {
  const visibility = input.visibility ?? 'private';
  checkEmbargo(visibility, input.embargoUntil);
  return inTransaction(db, (tx) => {
    checkOwner(tx, input.ownerId);
    const at = now.toISOString();
    const row = tx
      .insert(campaigns)
      .values({
        title: input.title,
        body: input.body,
        letterTemplateId: letterTemplateFor(tx, actor, now, input.title, input) ?? null,
        tags: JSON.stringify(campaignTags(input.tags ?? [])),
        visibility,
        embargoUntil: visibility === 'embargoed' ? (input.embargoUntil ?? null) : null,
        followUpPolicy: input.followUpPolicy ?? 'approve',
        ownerId: input.ownerId ?? actor.userId,
        sendPerMinute: input.sendPerMinute ?? 30,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning()
      .get();
    audit(tx, actor, now, 'campaign.create', 'campaign', row.id, null, campaignView(row));
    return row;
  });
}

/** Edits the campaign's defaults (for requests added from now on; bulk actions change existing ones). */
export function updateCampaign(
  db: DbOrTx,
  actor: Actor,
  now: Date,
  id: number,
  input: Partial<CampaignInput>,
): CampaignRow {
  return inTransaction(db, (tx) => {
    const before = load(tx, id);
    const visibility = input.visibility ?? before.visibility;
    const embargoUntil = input.embargoUntil !== undefined ? input.embargoUntil : before.embargoUntil;
    checkEmbargo(visibility, embargoUntil);
    checkOwner(tx, input.ownerId);
    const template = letterTemplateFor(tx, actor, now, input.title ?? before.title, input as CampaignInput);
    const row = tx
      .update(campaigns)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(template !== undefined ? { letterTemplateId: template } : {}),
        ...(input.tags !== undefined ? { tags: JSON.stringify(campaignTags(input.tags)) } : {}),
        visibility,
        embargoUntil: visibility === 'embargoed' ? (embargoUntil ?? null) : null,
        ...(input.followUpPolicy !== undefined ? { followUpPolicy: input.followUpPolicy } : {}),
        ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}),
        ...(input.sendPerMinute !== undefined ? { sendPerMinute: input.sendPerMinute } : {}),
        updatedAt: now.toISOString(),
      })
      .where(eq(campaigns.id, id))
      .returning()
      .get();
    audit(tx, actor, now, 'campaign.update', 'campaign', id, campaignView(before), campaignView(row));
    return row;
  });
}

export function getCampaign(db: Pick<Db, 'select'>, id: number): CampaignRow {
  return load(db, id);
}

export function listCampaigns(db: Db) {
  const rows = db.select().from(campaigns).orderBy(asc(campaigns.id)).all();
  const counts = new Map(
    db
      .select({
        id: requests.campaignId,
        n: sql<number>`count(*)`,
        drafts: sql<number>`sum(${requests.status} = 'draft')`,
      })
      .from(requests)
      .where(sql`${requests.campaignId} is not null`)
      .groupBy(requests.campaignId)
      .all()
      .map((r) => [r.id, r]),
  );
  return rows.map((c) => ({
    ...campaignView(c),
    requests: counts.get(c.id)?.n ?? 0,
    drafts: counts.get(c.id)?.drafts ?? 0,
  }));
}

// ---- adding agencies ----------------------------------------------------------------------------

export const addAgenciesBody = z.union([
  z.object({ agencyIds: z.array(z.number().int().positive()).min(1).max(1000) }).strict(),
  z
    .object({
      filter: z
        .object({
          jurisdiction: z.string().trim().min(2).max(10).optional(),
          level: z.enum(AGENCY_LEVELS).optional(),
          name: z.string().trim().min(1).max(200).optional().describe('Part of the name'),
        })
        .strict()
        .refine((f) => Object.keys(f).length > 0, 'needs at least one of jurisdiction, level, name'),
    })
    .strict(),
  z
    .object({
      csv: z
        .string()
        .min(1)
        .max(1_000_000)
        .describe('Agencies as the agency import takes them (name,jurisdiction,level,...): new ones are created'),
    })
    .strict(),
]);
export type AddAgencies = z.infer<typeof addAgenciesBody>;

export interface AddedRequest {
  agencyId: number;
  agencyName: string;
  jurisdiction: string;
  requestId: number;
  /** What its letter lacks: no e-mail address (print it), no fixed period in the law, a missing value. */
  missing: string[];
}

export interface AddReport {
  added: AddedRequest[];
  refused: { agencyId: number | null; agencyName: string | null; reason: string }[];
}

const MAX_REQUESTS = 2000;

/** The agencies a filter names. */
function agenciesMatching(db: Pick<Db, 'select'>, f: { jurisdiction?: string; level?: string; name?: string }) {
  const conds = [
    f.jurisdiction ? eq(agencies.jurisdiction, f.jurisdiction.toUpperCase()) : undefined,
    f.level ? eq(agencies.level, f.level as (typeof AGENCY_LEVELS)[number]) : undefined,
    f.name ? like(agencies.name, `%${f.name.replace(/[%_\\]/g, (c) => `\\${c}`)}%`) : undefined,
  ].filter((c) => c !== undefined);
  return db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(...conds))
    .orderBy(asc(agencies.id))
    .all()
    .map((a) => a.id);
}

/** What a request's letter lacks, said for people. */
function letterGaps(db: DbOrTx, requestId: number, jurisdiction: string, now: Date, config: Config): string[] {
  const gaps: string[] = [];
  const letter = renderLetter(db, requestId, 'request', now, config);
  if (!letter.to.length) gaps.push('the agency has no e-mail address: print the letter (or add its address)');
  const set = getJurisdiction(jurisdiction).ruleSets.at(-1);
  const response = set?.clocks.response;
  if (response && !response.fixed) gaps.push(`the law sets no fixed response period (${response.citation})`);
  for (const m of letter.missing) gaps.push(`{{${m.placeholder}}}: ${m.reason}`);
  return gaps;
}

/**
 * Adds agencies to a campaign: one draft request each, in one transaction, made with the campaign's
 * defaults; each letter is rendered for its agency's law and what it lacks is reported. An agency
 * already in the campaign (or unknown) is refused, alone; the others are added.
 */
export function addAgencies(
  db: Db,
  actor: Actor,
  now: Date,
  config: Config,
  campaignId: number,
  source: AddAgencies,
): AddReport {
  return db.transaction((tx) => {
    const c = load(tx, campaignId);
    const report: AddReport = { added: [], refused: [] };
    let ids: number[];
    if ('agencyIds' in source) ids = source.agencyIds;
    else if ('filter' in source) ids = agenciesMatching(tx, source.filter);
    else {
      const imported = importAgencies(tx, actor, now, source.csv, MAX_REQUESTS);
      for (const r of imported.refused) {
        report.refused.push({ agencyId: null, agencyName: r.name || null, reason: `CSV line ${r.line}: ${r.reason}` });
      }
      ids = imported.agencyIds;
    }
    const existingCount =
      tx.select({ n: sql<number>`count(*)` }).from(requests).where(eq(requests.campaignId, campaignId)).get()?.n ?? 0;
    const unique = [...new Set(ids)];
    if (existingCount + unique.length > MAX_REQUESTS) {
      throw new AppError(
        422,
        'campaign_too_large',
        `A campaign holds at most ${MAX_REQUESTS} requests; this one has ${existingCount} and ${unique.length} more were asked for`,
      );
    }
    const known = new Map(
      (unique.length ? tx.select().from(agencies).where(inArray(agencies.id, unique)).all() : []).map((a) => [a.id, a]),
    );
    const already = new Set(
      tx
        .select({ agencyId: requests.agencyId })
        .from(requests)
        .where(eq(requests.campaignId, campaignId))
        .all()
        .map((r) => r.agencyId),
    );
    const tags = JSON.parse(c.tags) as string[];
    for (const agencyId of unique) {
      const agency = known.get(agencyId);
      if (!agency) {
        report.refused.push({ agencyId, agencyName: null, reason: 'no such agency' });
        continue;
      }
      if (already.has(agencyId)) {
        report.refused.push({ agencyId, agencyName: agency.name, reason: 'already in this campaign' });
        continue;
      }
      const requestId = createRequest(tx, actor, now, {
        agencyId,
        title: c.title,
        body: c.body,
        tags,
        visibility: c.visibility,
        ...(c.embargoUntil ? { embargoUntil: c.embargoUntil } : {}),
        ...(c.ownerId ? { ownerId: c.ownerId } : {}),
        ...(c.letterTemplateId ? { letterTemplateId: c.letterTemplateId } : {}),
        followUpPolicy: c.followUpPolicy,
      });
      tx.update(requests).set({ campaignId }).where(eq(requests.id, requestId)).run();
      already.add(agencyId);
      report.added.push({
        agencyId,
        agencyName: agency.name,
        jurisdiction: agency.jurisdiction,
        requestId,
        missing: letterGaps(tx, requestId, agency.jurisdiction, now, config),
      });
    }
    audit(tx, actor, now, 'campaign.add_agencies', 'campaign', campaignId, null, {
      added: report.added.map((a) => ({ agencyId: a.agencyId, requestId: a.requestId })),
      refused: report.refused,
    });
    return report;
  });
}

/** The ids of a campaign's requests; `only` narrows to a selection (ids outside the campaign are reported). */
export function campaignRequestIds(db: Pick<Db, 'select'>, campaignId: number, only?: number[]) {
  load(db, campaignId);
  const all = db
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.campaignId, campaignId))
    .orderBy(asc(requests.id))
    .all()
    .map((r) => r.id);
  if (!only) return { ids: all, outside: [] as number[] };
  const inCampaign = new Set(all);
  return { ids: only.filter((id) => inCampaign.has(id)), outside: only.filter((id) => !inCampaign.has(id)) };
}

/** The agency's today of each request (for dates of bulk events). */
export function todayOfRequest(db: Pick<Db, 'select'>, requestId: number, now: Date): string {
  const row = db
    .select({ jurisdiction: agencies.jurisdiction })
    .from(requests)
    .innerJoin(agencies, eq(agencies.id, requests.agencyId))
    .where(eq(requests.id, requestId))
    .get();
  return todayIn(row?.jurisdiction ?? 'US', now);
}
