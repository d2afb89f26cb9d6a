/**
 * The role matrix on every route: anonymous, bad token, volunteer, staff and admin, each with a full
 * and a read-only token. Every route of the OpenAPI document must be in the matrix.
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Access } from '../../src/auth/roles.js';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
const tokens: Record<string, string | undefined> = {};
let agencyId = 0;
let publicRequest = 0;
let overdueRequest = 0;
let publicDocument = 0;
let letterTemplate = 0;
let n = 0;

beforeAll(async () => {
  env = await createTestEnv({
    now: '2026-11-24T12:00:00Z',
    withQueue: false,
    // Mail can go out (nothing is sent: no worker runs here).
    env: { SMTP_URL: 'smtp://127.0.0.1:1' },
  });
  for (const role of ['volunteer', 'staff', 'admin'] as const) {
    tokens[role] = (await userWithToken(env, role)).token;
    tokens[`${role}-ro`] = (await userWithToken(env, role, { readOnly: true })).token;
  }
  tokens.anonymous = undefined;
  tokens.bad = 'foia_not-a-real-token';
  agencyId = (await makeAgency(env, tokens.staff as string)).id;
  publicRequest = (await makeRequest(env, tokens.staff as string, agencyId, { visibility: 'public' })).id;
  overdueRequest = (await makeRequest(env, tokens.staff as string, agencyId, { visibility: 'public' })).id;
  await api(env, 'POST', `/api/v1/requests/${overdueRequest}/events`, tokens.staff, {
    type: 'submitted',
    date: '2026-10-01',
  });
  recomputeDeadlines(env.db, overdueRequest, new Date('2026-11-24T12:00:00Z'));
  letterTemplate = await newTemplate();
  publicDocument = newDocument('ready');
  mkdirSync(join(env.dataDir, 'blobs', '00', '00'), { recursive: true });
  writeFileSync(join(env.dataDir, 'blobs', '00', '00', '0'.repeat(64)), '');
});
afterAll(() => env.close());

/** A document row of the public request (an empty "image", so every read route can answer). */
function newDocument(status: 'ready' | 'failed'): number {
  return (
    env.db.$client
      .prepare(
        `insert into documents (request_id, sha256, size, name, sniffed_type, status, pages, updated_at)
         values (?, ?, 0, 'empty.png', 'image/png', ?, 1, '2026-11-24') returning id`,
      )
      .get(publicRequest, '0'.repeat(64), status) as { id: number }
  ).id;
}

/** An unmatched inbound message (its raw bytes in the blob store), for staff to assign. */
async function unmatched(): Promise<number> {
  const raw = `From: a@example.com\r\nTo: b@example.com\r\nSubject: matrix ${++n}\r\n\r\nhello\r\n`;
  const blob = await env.app.deps.blobs.put(Readable.from([Buffer.from(raw)]));
  return (
    env.db.$client
      .prepare(
        `insert into inbound_messages (sha256, size, to_addresses, received_at, status)
         values (?, ?, '[]', '2026-11-24T12:00:00Z', 'unmatched') returning id`,
      )
      .get(blob.sha256, blob.size) as { id: number }
  ).id;
}

/** A ready document with one box redaction waiting to be applied. */
function redacted(): number {
  const id = newDocument('ready');
  env.db.$client
    .prepare(
      `insert into redactions (document_id, kind, page, x, y, width, height, reason) values (?, 'box', 1, 0.1, 0.1, 0.2, 0.05, 'matrix')`,
    )
    .run(id);
  return id;
}

function tagged(): number {
  const id = newDocument('ready');
  env.db.$client
    .prepare(
      `insert into document_tags (document_id, tag_id) values (?, (select id from tags where slug = 'geofeedia'))`,
    )
    .run(id);
  return id;
}

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  access: Access;
  url: () => string | Promise<string>;
  body?: () => unknown;
  /** The status every caller gets (a route with its own credentials). */
  fixed?: number;
  /** Shows private records it cannot filter: read-only tokens are refused even for reads. */
  privateRecords?: boolean;
}

const ROUTES: RouteCase[] = [
  { method: 'GET', path: '/health', access: 'public', url: () => '/health' },
  { method: 'GET', path: '/api/v1/jurisdictions', access: 'public', url: () => '/api/v1/jurisdictions' },
  { method: 'GET', path: '/api/v1/jurisdictions/{code}', access: 'public', url: () => '/api/v1/jurisdictions/US' },
  {
    method: 'GET',
    path: '/api/v1/jurisdictions/{code}/deadline',
    access: 'public',
    url: () => '/api/v1/jurisdictions/US/deadline?kind=response&from=2026-03-02',
  },
  { method: 'GET', path: '/api/v1/agencies', access: 'public', url: () => '/api/v1/agencies' },
  { method: 'GET', path: '/api/v1/agencies/{id}', access: 'public', url: () => `/api/v1/agencies/${agencyId}` },
  {
    method: 'POST',
    path: '/api/v1/agencies',
    access: 'staff',
    url: () => '/api/v1/agencies',
    body: () => ({ name: `Matrix agency ${++n}`, jurisdiction: 'US-MA', level: 'municipal' }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/agencies/{id}',
    access: 'staff',
    url: () => `/api/v1/agencies/${agencyId}`,
    body: () => ({ notes: `edited ${++n}` }),
  },
  { method: 'GET', path: '/api/v1/requests', access: 'public', url: () => '/api/v1/requests' },
  { method: 'GET', path: '/api/v1/requests/export.csv', access: 'public', url: () => '/api/v1/requests/export.csv' },
  { method: 'GET', path: '/api/v1/requests/{id}', access: 'public', url: () => `/api/v1/requests/${publicRequest}` },
  {
    method: 'POST',
    path: '/api/v1/requests',
    access: 'staff',
    url: () => '/api/v1/requests',
    body: () => ({ agencyId, title: 'Matrix request', body: 'Records.' }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/requests/{id}',
    access: 'staff',
    url: () => `/api/v1/requests/${publicRequest}`,
    body: () => ({ tags: [`t${++n}`] }),
  },
  {
    method: 'POST',
    path: '/api/v1/requests/{id}/events',
    access: 'staff',
    url: () => `/api/v1/requests/${publicRequest}/events`,
    body: () => ({ type: 'note', date: '2026-11-24', note: 'matrix' }),
  },
  { method: 'GET', path: '/api/v1/me', access: 'volunteer', url: () => '/api/v1/me' },
  {
    method: 'PATCH',
    path: '/api/v1/me',
    access: 'volunteer',
    url: () => '/api/v1/me',
    body: () => ({ reminderLeadDays: 4 }),
  },
  { method: 'GET', path: '/api/v1/tokens', access: 'volunteer', url: () => '/api/v1/tokens' },
  { method: 'GET', path: '/api/v1/me/calendar', access: 'volunteer', url: () => '/api/v1/me/calendar' },
  { method: 'POST', path: '/api/v1/me/calendar', access: 'volunteer', url: () => '/api/v1/me/calendar' },
  { method: 'DELETE', path: '/api/v1/me/calendar', access: 'volunteer', url: () => '/api/v1/me/calendar' },
  {
    method: 'GET',
    path: '/calendar/{secret}.ics',
    access: 'public',
    // The secret in the address is the credential; any caller with it reads the calendar.
    url: async () => {
      const made = await api(env, 'POST', '/api/v1/me/calendar', tokens.admin);
      return new URL(made.body.url).pathname;
    },
  },
  {
    method: 'POST',
    path: '/api/v1/tokens',
    access: 'volunteer',
    url: () => '/api/v1/tokens',
    body: () => ({ name: 'x' }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/tokens/{id}',
    access: 'volunteer',
    // Each caller revokes a token of its own, made for the purpose.
    url: () => '/api/v1/tokens/OWN',
  },
  {
    method: 'GET',
    path: '/api/v1/jurisdictions/{code}/closures',
    access: 'public',
    url: () => '/api/v1/jurisdictions/US/closures',
  },
  {
    method: 'POST',
    path: '/api/v1/jurisdictions/{code}/closures',
    access: 'staff',
    url: () => '/api/v1/jurisdictions/US-MA/closures',
    body: () => ({ date: `2030-01-${String((++n % 28) + 1).padStart(2, '0')}`, reason: 'matrix' }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/jurisdictions/{code}/closures/{date}',
    access: 'staff',
    url: async () => {
      const date = `2031-02-${String((++n % 28) + 1).padStart(2, '0')}`;
      await api(env, 'POST', '/api/v1/jurisdictions/US-MA/closures', tokens.admin, { date, reason: 'to remove' });
      return `/api/v1/jurisdictions/US-MA/closures/${date}`;
    },
  },
  {
    method: 'GET',
    path: '/api/v1/agencies/{id}/closures',
    access: 'public',
    url: () => `/api/v1/agencies/${agencyId}/closures`,
  },
  {
    method: 'POST',
    path: '/api/v1/agencies/{id}/closures',
    access: 'staff',
    url: () => `/api/v1/agencies/${agencyId}/closures`,
    body: () => ({ date: `2032-03-${String((++n % 28) + 1).padStart(2, '0')}`, reason: 'matrix' }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/agencies/{id}/closures/{date}',
    access: 'staff',
    url: async () => {
      const date = `2033-04-${String((++n % 28) + 1).padStart(2, '0')}`;
      await api(env, 'POST', `/api/v1/agencies/${agencyId}/closures`, tokens.admin, { date, reason: 'to remove' });
      return `/api/v1/agencies/${agencyId}/closures/${date}`;
    },
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/reminders',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/reminders`,
    privateRecords: true,
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/follow-up',
    access: 'staff',
    url: () => `/api/v1/requests/${overdueRequest}/follow-up`,
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/watchers',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/watchers`,
    privateRecords: true,
  },
  {
    method: 'POST',
    path: '/api/v1/requests/{id}/watchers',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/watchers`,
    body: () => ({}),
  },
  {
    method: 'DELETE',
    path: '/api/v1/requests/{id}/watchers',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/watchers`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/webhooks',
    access: 'admin',
    url: () => '/api/v1/webhooks',
    body: () => ({ url: 'https://hooks.example.com/foia', events: ['deadline.missed'] }),
  },
  { method: 'GET', path: '/api/v1/webhooks', access: 'admin', url: () => '/api/v1/webhooks' },
  {
    method: 'DELETE',
    path: '/api/v1/webhooks/{id}',
    access: 'admin',
    url: async () => `/api/v1/webhooks/${await newHook()}`,
  },
  {
    method: 'POST',
    path: '/api/v1/webhooks/{id}/enable',
    access: 'admin',
    url: async () => `/api/v1/webhooks/${await newHook()}/enable`,
  },
  {
    method: 'POST',
    path: '/api/v1/webhooks/{id}/disable',
    access: 'admin',
    url: async () => `/api/v1/webhooks/${await newHook()}/disable`,
  },
  {
    method: 'GET',
    path: '/api/v1/webhooks/{id}/deliveries',
    access: 'admin',
    url: async () => `/api/v1/webhooks/${await newHook()}/deliveries`,
  },
  {
    method: 'POST',
    path: '/api/v1/webhooks/deliveries/{id}/replay',
    access: 'admin',
    url: async () => {
      const hookId = await newHook();
      const row = env.db.$client
        .prepare(
          "insert into webhook_deliveries (subscription_id, event_type, payload) values (?, 'deadline.missed', '{}') returning id",
        )
        .get(hookId) as { id: number };
      return `/api/v1/webhooks/deliveries/${row.id}/replay`;
    },
  },
  { method: 'GET', path: '/api/v1/documents/{id}', access: 'public', url: () => `/api/v1/documents/${publicDocument}` },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/file',
    access: 'public',
    url: () => `/api/v1/documents/${publicDocument}/file`,
  },
  {
    method: 'POST',
    path: '/api/v1/requests/{id}/documents',
    access: 'staff',
    url: () => `/api/v1/requests/${publicRequest}/documents`,
    body: () => ({ notMultipart: true }),
  },
  { method: 'GET', path: '/api/v1/documents', access: 'public', url: () => '/api/v1/documents?tag=geofeedia' },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/documents',
    access: 'public',
    url: () => `/api/v1/requests/${publicRequest}/documents`,
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/pages',
    access: 'public',
    url: () => `/api/v1/documents/${publicDocument}/pages`,
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/text',
    access: 'public',
    url: () => `/api/v1/documents/${publicDocument}/text`,
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/pages/{page}/image',
    access: 'public',
    url: () => `/api/v1/documents/${publicDocument}/pages/1/image`,
  },
  {
    method: 'PATCH',
    path: '/api/v1/documents/{id}',
    access: 'staff',
    url: () => `/api/v1/documents/${publicDocument}`,
    body: () => ({ ocrLanguage: ++n % 2 ? 'spa' : 'eng' }),
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/redactions',
    access: 'staff',
    // A fresh document each time: a pending redaction withholds its document from the public.
    url: () => `/api/v1/documents/${newDocument('ready')}/redactions`,
    body: () => ({ page: 1, box: { x: 0.1, y: 0.1, width: 0.2, height: 0.05 }, reason: 'matrix' }),
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/redactions',
    access: 'volunteer',
    url: () => `/api/v1/documents/${redacted()}/redactions`,
    privateRecords: true,
  },
  {
    method: 'DELETE',
    path: '/api/v1/documents/{id}/redactions/{rid}',
    access: 'staff',
    url: () => {
      const id = redacted();
      const rid = env.db.$client.prepare('select id from redactions where document_id = ?').pluck().get(id);
      return `/api/v1/documents/${id}/redactions/${rid}`;
    },
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/redactions/apply',
    access: 'staff',
    url: () => `/api/v1/documents/${redacted()}/redactions/apply`,
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/bad-redactions/accept',
    access: 'staff',
    url: () => {
      const id = newDocument('ready');
      env.db.$client
        .prepare(
          `update documents set hidden_text_check = 'flagged', bad_redactions = '[{"page":1,"text":"x","box":null}]' where id = ?`,
        )
        .run(id);
      return `/api/v1/documents/${id}/bad-redactions/accept`;
    },
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/retry',
    access: 'staff',
    url: () => `/api/v1/documents/${newDocument('failed')}/retry`,
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/tags',
    access: 'volunteer',
    url: () => `/api/v1/documents/${publicDocument}/tags`,
    body: () => ({ tags: ['Geofeedia'], note: 'matrix' }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/documents/{id}/tags/{tag}',
    access: 'volunteer',
    url: () => `/api/v1/documents/${tagged()}/tags/geofeedia`,
  },
  {
    method: 'GET',
    path: '/api/v1/documents/{id}/tags/history',
    access: 'volunteer',
    url: () => `/api/v1/documents/${publicDocument}/tags/history`,
  },
  { method: 'GET', path: '/api/v1/documents/next', access: 'volunteer', url: () => '/api/v1/documents/next' },
  { method: 'POST', path: '/api/v1/documents/next', access: 'volunteer', url: () => '/api/v1/documents/next' },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/done',
    access: 'volunteer',
    url: () => `/api/v1/documents/${newDocument('ready')}/done`,
  },
  {
    method: 'POST',
    path: '/api/v1/documents/{id}/skip',
    access: 'volunteer',
    url: () => `/api/v1/documents/${newDocument('ready')}/skip`,
  },
  { method: 'GET', path: '/api/v1/tags', access: 'public', url: () => '/api/v1/tags' },
  {
    method: 'POST',
    path: '/api/v1/tags',
    access: 'staff',
    url: () => '/api/v1/tags',
    body: () => ({ name: `Matrix vendor ${++n}`, category: 'vendor' }),
  },
  { method: 'GET', path: '/api/v1/search', access: 'public', url: () => '/api/v1/search?q=geofeedia' },
  { method: 'GET', path: '/feeds/requests.atom', access: 'public', url: () => '/feeds/requests.atom' },
  {
    method: 'GET',
    path: '/feeds/agencies/{id}.atom',
    access: 'public',
    url: () => `/feeds/agencies/${agencyId}.atom`,
  },
  {
    method: 'GET',
    path: '/feeds/jurisdictions/{code}.atom',
    access: 'public',
    url: () => '/feeds/jurisdictions/US.atom',
  },
  { method: 'GET', path: '/feeds/tags/{tag}.atom', access: 'public', url: () => '/feeds/tags/geofeedia.atom' },
  {
    method: 'GET',
    path: '/feeds/requests/{id}.atom',
    access: 'public',
    url: () => `/feeds/requests/${publicRequest}.atom`,
  },
  {
    method: 'POST',
    path: '/api/v1/inbound/email',
    access: 'public',
    url: () => '/api/v1/inbound/email',
    body: () => ({}),
    fixed: 401, // only an inbound token (X-Inbound-Token) opens it: no API token or role does
  },
  { method: 'GET', path: '/api/v1/inbound', access: 'staff', url: () => '/api/v1/inbound', privateRecords: true },
  {
    method: 'POST',
    path: '/api/v1/inbound/{id}/assign',
    access: 'staff',
    url: async () => `/api/v1/inbound/${await unmatched()}/assign`,
    body: () => ({ requestId: publicRequest }),
  },
  {
    method: 'POST',
    path: '/api/v1/inbound/tokens',
    access: 'admin',
    url: () => '/api/v1/inbound/tokens',
    body: () => ({ name: 'matrix' }),
  },
  { method: 'GET', path: '/api/v1/users', access: 'admin', url: () => '/api/v1/users' },
  {
    method: 'POST',
    path: '/api/v1/users',
    access: 'admin',
    url: () => '/api/v1/users',
    body: () => ({ email: `matrix${++n}@example.com`, role: 'volunteer' }),
  },
  { method: 'GET', path: '/api/v1/audit', access: 'admin', url: () => '/api/v1/audit', privateRecords: true },
  {
    method: 'GET',
    path: '/api/v1/letter-templates',
    access: 'volunteer',
    url: () => '/api/v1/letter-templates',
    privateRecords: true,
  },
  {
    method: 'POST',
    path: '/api/v1/letter-templates',
    access: 'staff',
    url: () => '/api/v1/letter-templates',
    body: () => ({ name: `Matrix ${++n}`, kind: 'request', subject: '{{request.title}}', body: '{{request.body}}' }),
  },
  {
    method: 'GET',
    path: '/api/v1/letter-templates/{id}',
    access: 'volunteer',
    url: () => `/api/v1/letter-templates/${letterTemplate}`,
    privateRecords: true,
  },
  {
    method: 'PATCH',
    path: '/api/v1/letter-templates/{id}',
    access: 'staff',
    url: () => `/api/v1/letter-templates/${letterTemplate}`,
    body: () => ({ name: `Matrix edited ${++n}` }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/letter-templates/{id}',
    access: 'staff',
    url: async () => `/api/v1/letter-templates/${await newTemplate()}`,
  },
  {
    method: 'GET',
    path: '/api/v1/jurisdictions/{code}/letter-template',
    access: 'public',
    url: () => '/api/v1/jurisdictions/US-MA/letter-template?kind=appeal',
  },
  {
    method: 'GET',
    path: '/api/v1/requester-profile',
    access: 'volunteer',
    url: () => '/api/v1/requester-profile',
    privateRecords: true,
  },
  {
    method: 'PUT',
    path: '/api/v1/requester-profile',
    access: 'staff',
    url: () => '/api/v1/requester-profile',
    body: () => ({ name: `Matrix ${++n}`, organisation: 'Civil Liberties Union' }),
  },
  {
    method: 'GET',
    path: '/api/v1/me/requester-profile',
    access: 'volunteer',
    url: () => '/api/v1/me/requester-profile',
  },
  {
    method: 'PUT',
    path: '/api/v1/me/requester-profile',
    access: 'volunteer',
    url: () => '/api/v1/me/requester-profile',
    body: () => ({ name: 'Me' }),
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/letters/{kind}',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/letters/request`,
    privateRecords: true,
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/letters/{kind}.pdf',
    access: 'volunteer',
    url: () => `/api/v1/requests/${overdueRequest}/letters/follow_up.pdf`,
    privateRecords: true,
  },
  {
    method: 'POST',
    path: '/api/v1/requests/{id}/letters/{kind}/mailed',
    access: 'staff',
    url: () => `/api/v1/requests/${overdueRequest}/letters/follow_up/mailed`,
    body: () => ({ channel: 'fax', date: '2026-11-24' }),
  },
  {
    method: 'POST',
    path: '/api/v1/requests/{id}/send',
    access: 'staff',
    url: async () => `/api/v1/requests/${(await makeRequest(env, tokens.staff as string, agencyId)).id}/send`,
    body: () => ({ kind: 'request', to: ['records@agency.example.gov'] }),
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/messages',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/messages`,
    privateRecords: true,
  },
  { method: 'GET', path: '/api/v1/messages', access: 'volunteer', url: () => '/api/v1/messages', privateRecords: true },
  {
    method: 'GET',
    path: '/api/v1/messages/{id}/raw',
    access: 'volunteer',
    url: () => `/api/v1/messages/${builtMessage()}/raw`,
    privateRecords: true,
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns',
    access: 'staff',
    url: () => '/api/v1/campaigns',
    body: () => ({ title: `Matrix ${++n}`, body: 'Records.' }),
  },
  {
    method: 'GET',
    path: '/api/v1/campaigns',
    access: 'volunteer',
    url: () => '/api/v1/campaigns',
    privateRecords: true,
  },
  {
    method: 'GET',
    path: '/api/v1/campaigns/{id}',
    access: 'volunteer',
    url: async () => `/api/v1/campaigns/${await newCampaign()}`,
    privateRecords: true,
  },
  {
    method: 'GET',
    path: '/api/v1/campaigns/{id}/export.zip',
    access: 'volunteer',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/export.zip`,
    privateRecords: true,
  },
  {
    method: 'GET',
    path: '/api/v1/requests/{id}/export.zip',
    access: 'volunteer',
    url: () => `/api/v1/requests/${publicRequest}/export.zip`,
    privateRecords: true,
  },
  {
    method: 'GET',
    path: '/api/v1/campaigns/{id}/export.csv',
    access: 'volunteer',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/export.csv`,
    privateRecords: true,
  },
  {
    method: 'PATCH',
    path: '/api/v1/campaigns/{id}',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}`,
    body: () => ({ sendPerMinute: 10 }),
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/agencies',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/agencies`,
    body: () => ({ filter: { level: 'federal' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/send',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/send`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/follow-ups',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/follow-ups`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/stop',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/stop`,
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/visibility',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/visibility`,
    body: () => ({ visibility: 'public' }),
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/tags',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/tags`,
    body: () => ({ add: ['matrix'] }),
  },
  {
    method: 'POST',
    path: '/api/v1/campaigns/{id}/withdraw',
    access: 'staff',
    url: async () => `/api/v1/campaigns/${await newCampaign()}/withdraw`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/messages/{id}/approve',
    access: 'staff',
    url: () => `/api/v1/messages/${newMessage('awaiting_approval')}/approve`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/messages/{id}/cancel',
    access: 'staff',
    url: () => `/api/v1/messages/${newMessage('awaiting_approval')}/cancel`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/messages/{id}/resend',
    access: 'staff',
    url: () => `/api/v1/messages/${newMessage('failed')}/resend`,
    body: () => ({}),
  },
  {
    method: 'POST',
    path: '/api/v1/messages/{id}/release',
    access: 'staff',
    url: () => `/api/v1/messages/${newMessage('held')}/release`,
    body: () => ({}),
  },
];

/** A campaign with one agency's draft in it. */
async function newCampaign(): Promise<number> {
  const c = await api(env, 'POST', '/api/v1/campaigns', tokens.admin, { title: `Matrix ${++n}`, body: 'Records.' });
  await api(env, 'POST', `/api/v1/campaigns/${c.body.id}/agencies`, tokens.admin, { agencyIds: [agencyId] });
  return c.body.id;
}

/** A sent message of the public request whose bytes are in the blob store (the empty blob). */
function builtMessage(): number {
  return (
    env.db.$client
      .prepare(
        `insert into messages (request_id, direction, kind, status, message_id, subject, body, eml_sha256, updated_at)
         values (?, 'out', 'request', 'sent', ?, 'Request', 'Text', ?, '2026-11-24') returning id`,
      )
      .get(publicRequest, `<matrix-${++n}@example.org>`, '0'.repeat(64)) as { id: number }
  ).id;
}

/** An outgoing follow-up of the overdue request, in the given state. */
function newMessage(status: 'awaiting_approval' | 'failed' | 'held'): number {
  const direction = status === 'held' ? 'in' : 'out';
  const kind = status === 'held' ? 'reply' : 'follow_up';
  return (
    env.db.$client
      .prepare(
        `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, updated_at)
         values (?, ?, ?, ?, ?, '["records@agency.example.gov"]', 'Overdue', 'Please answer.', '2026-11-24')
         returning id`,
      )
      .get(overdueRequest, direction, kind, status, `<matrix-${++n}@example.org>`) as { id: number }
  ).id;
}

async function newTemplate(): Promise<number> {
  const res = await api(env, 'POST', '/api/v1/letter-templates', tokens.admin, {
    name: `Matrix template ${++n}`,
    kind: 'follow_up',
    jurisdiction: 'US-MA',
    subject: 'Overdue: {{request.title}}',
    body: 'To {{agency.name}}: {{request.daysLate}} late.',
  });
  return res.body.id;
}

async function newHook(): Promise<number> {
  const res = await api(env, 'POST', '/api/v1/webhooks', tokens.admin, {
    url: 'https://hooks.example.com/x',
    events: ['deadline.missed'],
  });
  return res.body.subscription.id;
}

const RANK = { public: 0, volunteer: 1, staff: 2, admin: 3 } as const;
const CALLERS = ['anonymous', 'bad', 'volunteer', 'volunteer-ro', 'staff', 'staff-ro', 'admin', 'admin-ro'] as const;

function expected(route: RouteCase, caller: (typeof CALLERS)[number]): number | 'ok' {
  if (caller === 'bad' || route.fixed) return route.fixed ?? 401;
  if (route.access === 'public') return 'ok';
  if (caller === 'anonymous') return 401;
  const role = caller.replace('-ro', '') as 'volunteer' | 'staff' | 'admin';
  if (RANK[role] < RANK[route.access]) return 403;
  if (caller.endsWith('-ro') && (route.method !== 'GET' || route.privateRecords)) return 403;
  return 'ok';
}

describe('role matrix', () => {
  it('covers every route in the API description', async () => {
    const doc = (await api(env, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(documented.sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  const cases = ROUTES.flatMap((r) => CALLERS.map((c) => [`${r.method} ${r.path}`, c, r] as const));
  it.each(cases)('%s as %s', async (_name, caller, route) => {
    const token = tokens[caller];
    let url = await route.url();
    if (url.endsWith('/OWN')) {
      // a token of the caller's own to revoke (only meaningful for signed-in callers)
      const own =
        token && !caller.endsWith('-ro') && caller !== 'bad'
          ? await api(env, 'POST', '/api/v1/tokens', token, { name: 'to revoke' })
          : null;
      url = url.replace('OWN', String(own?.body?.info?.id ?? 1));
    }
    const res = await api(env, route.method, url, token, route.body?.());
    const want = expected(route, caller);
    if (want === 'ok' && route.method === 'POST' && route.path.endsWith('/documents'))
      expect(res.status).toBe(415); // passed access, refused as not multipart
    else if (want === 'ok') expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    else {
      expect(res.status, JSON.stringify(res.body)).toBe(want);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('tokens', () => {
  it('are stored hashed, shown once, revocable, and record their last use', async () => {
    const { user, token } = await userWithToken(env, 'staff');
    const raw = env.db.$client.prepare('select token_hash, prefix from api_tokens where user_id = ?').get(user.id) as {
      token_hash: string;
      prefix: string;
    };
    expect(raw.token_hash).not.toContain(token.slice(5));
    expect(raw.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const list = await api(env, 'GET', '/api/v1/tokens', token);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body.data[0].lastUsedAt).not.toBeNull();
    const revoked = await api(env, 'DELETE', `/api/v1/tokens/${list.body.data[0].id}`, token);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await api(env, 'GET', '/api/v1/me', token)).status).toBe(401);
  });

  it("a user cannot revoke another user's token (404, not 403)", async () => {
    const a = await userWithToken(env, 'staff');
    const b = await userWithToken(env, 'staff');
    const bTokens = await api(env, 'GET', '/api/v1/tokens', b.token);
    const res = await api(env, 'DELETE', `/api/v1/tokens/${bTokens.body.data[0].id}`, a.token);
    expect(res.status).toBe(404);
  });

  it('the audit log records writes with before and after, for admins', async () => {
    const admin = tokens.admin as string;
    const res = await api(env, 'GET', `/api/v1/audit?entity=agency&entityId=${agencyId}`, admin);
    const update = res.body.data.find((e: any) => e.action === 'agency.update');
    expect(update.before).toMatchObject({ id: agencyId });
    expect(update.after.notes).toMatch(/^edited/);
    expect(update.userId).toEqual(expect.any(Number));
  });
});

describe('queue dashboard', () => {
  it('Bull Board at /admin/queues is for admins only', async () => {
    const withQueue = await createTestEnv({ now: '2026-11-24T12:00:00Z' });
    try {
      const admin = await userWithToken(withQueue, 'admin');
      const staff = await userWithToken(withQueue, 'staff');
      const anon = await withQueue.app.inject('/admin/queues');
      expect(anon.statusCode).toBe(401);
      expect(anon.headers['content-type']).toContain('application/problem+json');
      expect((await withQueue.app.inject({ url: '/admin/queues/api/queues', headers: staff.auth })).statusCode).toBe(
        403,
      );
      const page = await withQueue.app.inject({ url: '/admin/queues', headers: admin.auth });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      const api = await withQueue.app.inject({ url: '/admin/queues/api/queues', headers: admin.auth });
      expect(api.json().queues[0].name).toBe('jobs');
    } finally {
      await withQueue.close();
    }
  });
});
