/**
 * Demo data for a first run of `npm start` (unless DEMO_DATA=0): a few agencies and requests about
 * social-media surveillance, with timelines dated relative to today so that some clocks are open,
 * some met and some overdue. Loaded only into an empty database.
 */
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { createAgency } from './agencies/service.js';
import type { Actor } from './auth/roles.js';
import { createUser } from './auth/users.js';
import { today as todayIn } from './clock.js';
import type { Db } from './db/index.js';
import { agencies } from './db/schema.js';
import { parseIsoDate, toIsoDate } from './deadlines/index.js';
import { replyEmail, textPdf } from './demo-files.js';
import type { BlobStore } from './documents/blob-store.js';
import { recordUpload } from './documents/service.js';
import { putProfile } from './letters/profiles.js';
import type { EventBody } from './requests/schemas.js';
import { addEvent, createRequest } from './requests/service.js';

/** The demo staff user, created on the first run with a random password. */
export const DEMO_EMAIL = 'demo-staff@example.org';

export interface DemoResult {
  /** The demo staff user's e-mail and its random password, to sign in to the pages. */
  email: string;
  password: string;
}

export async function loadDemoData(db: Db, now: Date, blobs?: BlobStore): Promise<DemoResult | null> {
  const count = db.select({ n: sql<number>`count(*)` }).from(agencies).get()?.n ?? 0;
  if (count > 0) return null;
  const password = randomBytes(9).toString('base64url');
  const user = await createUser(db, null, now, {
    email: DEMO_EMAIL,
    role: 'staff',
    name: 'Demo staff',
    password,
  });
  const actor: Actor = { userId: user.id, email: user.email, role: 'staff', readOnly: false, tokenId: null };
  const today = parseIsoDate(todayIn('US', now)) as number;
  const ago = (days: number) => toIsoDate(today - days);

  const mk = (name: string, jurisdiction: string, level: 'federal' | 'state' | 'county' | 'municipal', extra = {}) =>
    createAgency(db, actor, now, { name, jurisdiction, level, ...extra });
  // Demo addresses are under the reserved .example domain (RFC 2606): a demo letter sent by mistake
  // with SMTP configured reaches no real records office.
  const dhs = mk('Department of Homeland Security', 'US', 'federal', {
    requestEmail: 'foia@dhs.example',
    appealBody: 'Office of the General Counsel',
    appealEmail: 'foia-appeals@dhs.example',
  });
  const ice = mk('U.S. Immigration and Customs Enforcement', 'US', 'federal', {
    parentId: dhs.id,
    requestEmail: 'ice-foia@ice.example',
    postalAddress: 'Freedom of Information Act Office\n500 12th Street SW, Stop 5009\nWashington, DC 20536',
  });
  const bpd = mk('Boston Police Department', 'US-MA', 'municipal', {
    requestEmail: 'publicrecords@bpd.example',
    postalAddress: 'Office of the Legal Advisor\n1 Schroeder Plaza\nBoston, MA 02120',
    appealBody: 'Supervisor of Records, Secretary of the Commonwealth',
  });
  // Who signs the demo letters.
  putProfile(db, actor, now, 'organisation', {
    name: 'Demo Staff',
    organisation: 'Example Civil Liberties Union',
    postalAddress: '1 Example Street\nBoston, MA 02108',
    phone: '(555) 010-0100',
    email: DEMO_EMAIL,
  });
  const nypd = mk('New York City Police Department', 'US-NY', 'municipal', {
    portalUrl: 'https://a860-openrecords.nyc.gov',
  });
  const lapd = mk('Los Angeles Police Department', 'US-CA', 'municipal');
  const cpd = mk('Chicago Police Department', 'US-IL', 'municipal');

  const demo: Array<{
    agencyId: number;
    title: string;
    tags: string[];
    visibility: 'public' | 'private';
    events: EventBody[];
  }> = [
    {
      agencyId: bpd.id,
      title: 'Social media monitoring software contracts (Geofeedia, Media Sonar)',
      tags: ['geofeedia', 'media-sonar', 'contracts'],
      visibility: 'public',
      events: [{ type: 'submitted', date: ago(20), channel: 'email' }],
    },
    {
      agencyId: ice.id,
      title: 'Contracts for sentiment analysis of social media posts about ICE',
      tags: ['sentiment-analysis', 'contracts'],
      visibility: 'public',
      events: [
        { type: 'submitted', date: ago(60), channel: 'portal' },
        { type: 'acknowledged', date: ago(55), trackingNumber: '2026-ICFO-01234' },
        { type: 'extended', date: ago(40), reason: 'unusual circumstances: search in field offices' },
      ],
    },
    {
      agencyId: nypd.id,
      title: 'Training materials on undercover social media accounts',
      tags: ['training', 'undercover-accounts'],
      visibility: 'private',
      events: [
        { type: 'submitted', date: ago(30), channel: 'portal' },
        { type: 'acknowledged', date: ago(26) },
      ],
    },
    {
      agencyId: lapd.id,
      title: 'Purchase orders and invoices for Dataminr and ShadowDragon',
      tags: ['dataminr', 'shadowdragon', 'invoices'],
      visibility: 'public',
      events: [
        { type: 'submitted', date: ago(45), channel: 'email' },
        { type: 'completed', date: ago(30), outcome: 'partial' },
      ],
    },
    {
      agencyId: cpd.id,
      title: 'Policies on monitoring protest-related hashtags',
      tags: ['policy', 'protest-monitoring'],
      visibility: 'public',
      events: [
        { type: 'submitted', date: ago(12), channel: 'email' },
        { type: 'fee_requested', date: ago(9), amount: 125 },
      ],
    },
  ];
  const ids: number[] = [];
  for (const d of demo) {
    const id = createRequest(db, actor, now, {
      agencyId: d.agencyId,
      title: d.title,
      body: `Under the applicable public records law, I request copies of records sufficient to show: ${d.title.charAt(0).toLowerCase()}${d.title.slice(1)}, from January 1, 2020 to the present.`,
      tags: d.tags,
      visibility: d.visibility,
    });
    for (const e of d.events) addEvent(db, actor, now, id, e);
    ids.push(id);
  }
  if (blobs) await demoDocuments(db, blobs, actor, now, ids);
  return { email: user.email, password };
}

/** Returned records for the first and fourth requests: ingested by the worker like any upload. */
async function demoDocuments(db: Db, blobs: BlobStore, actor: Actor, now: Date, ids: number[]) {
  const files: [number | undefined, string, string, Buffer][] = [
    [
      ids[0],
      'geofeedia-msa-2016.pdf',
      'application/pdf',
      textPdf([
        [
          'MASTER SERVICES AGREEMENT',
          'Between the City of Boston Police Department and Geofeedia, Inc.',
          'Geofeedia provides location-based social media monitoring of public posts',
          'within geofences drawn by the Department, with alerts on keywords.',
          'Keywords include protest hashtags such as #BlackLivesMatter and #NoDAPL.',
        ],
        [
          'SCHEDULE A: FEES',
          'Annual subscription, 25 seats: $18,000.',
          'Training for analysts (two days): included.',
          'The vendor notes the service helps officers avoid the warrant process.',
        ],
      ]),
    ],
    [
      ids[3],
      'RE: public records request.eml',
      'message/rfc822',
      replyEmail({
        to: 'requests@example.org',
        subject: 'RE: public records request - Dataminr and ShadowDragon',
        text: 'Attached is the purchase order listing responsive to your request. Invoices are withheld in part.',
        csvName: 'purchase-orders.csv',
        csv: 'vendor,product,amount,date\nDataminr,First Alert,"$96,000",2021-07-01\nShadowDragon,SocialNet,"$23,500",2022-02-15\n',
        date: now,
      }),
    ],
  ];
  for (const [requestId, name, type, bytes] of files) {
    if (!requestId) continue;
    const blob = await blobs.put(Readable.from([bytes]));
    recordUpload(db, actor, now, requestId, blob, { name, declaredType: type });
  }
}
