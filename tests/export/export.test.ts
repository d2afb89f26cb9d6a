/**
 * Exports: a request with a letter, a timeline, an outgoing message (its stored bytes), one still a
 * draft, an incoming message posted to the inbound route, a real PDF with its page text and a file
 * whose name tries to leave the folder, downloaded as a zip and read with yauzl (and Debian's unzip
 * where installed): every file is where the manifest says and byte for byte the original (SHA-256).
 * A 48 MiB document goes through a real HTTP server while the test watches that the server never
 * reads far ahead of what the client has received. A campaign's export has a folder per request.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { buildApp } from '../../src/app.js';
import { type BlobStore, LocalBlobStore } from '../../src/documents/blob-store.js';
import { safeFileName } from '../../src/export/service.js';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { textPdf } from '../helpers/files.js';
import { multipart } from '../helpers/multipart.js';

const DOMAIN = 'records.example.org';
const NOW = '2026-04-15T15:00:00Z';
let env: TestEnv;
let dir: string;
let staff: string;
let volunteer: string;
let readOnly: string;
const ids = { agency: 0, request: 0, outgoing: 0, draft: 0, pdf: 0, nasty: 0 };
const originals = new Map<string, Buffer>();
let pdfBytes: Buffer;
let outgoingEml: Buffer;
let incomingEml: Buffer;
const NASTY_NAME = '../../etc/Évidence: "report" <1>.txt';

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true, validateEntrySizes: true }, (err, file) => {
      if (err || !file) return reject(err);
      const out = new Map<string, Buffer>();
      file.on('error', reject);
      file.on('end', () => resolve(out));
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            file.readEntry();
          });
        });
      });
      file.readEntry();
    });
  });
}

async function download(url: string, token = volunteer) {
  return env.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'foia-export-'));
  env = await createTestEnv({ now: NOW, withQueue: false, env: { INBOUND_EMAIL_DOMAIN: DOMAIN } });
  staff = (await userWithToken(env, 'staff')).token;
  volunteer = (await userWithToken(env, 'volunteer')).token;
  readOnly = (await userWithToken(env, 'admin', { readOnly: true })).token;
  const admin = (await userWithToken(env, 'admin')).token;
  ids.agency = (
    await api(env, 'POST', '/api/v1/agencies', staff, {
      name: 'Boston Police Department',
      jurisdiction: 'US-MA',
      level: 'municipal',
      requestEmail: 'records@police.example.gov',
    })
  ).body.id;
  ids.request = (
    await makeRequest(env, staff, ids.agency, {
      title: 'Media Sonar contracts',
      body: 'All contracts, purchase orders and invoices with Media Sonar since 2015.',
      tags: ['media sonar'],
      trackingNumber: 'BPD-2026-17',
    })
  ).id;
  await event(env, staff, ids.request, { type: 'submitted', date: '2026-04-01', channel: 'email', note: 'By e-mail' });
  await event(env, staff, ids.request, { type: 'note', date: '2026-04-02', note: 'Called, the clerk said "soon", ok' });
  recomputeDeadlines(env.db, ids.request, new Date(NOW));

  const blobs = env.app.deps.blobs;
  // The request letter as handed to SMTP (as the worker would have stored it), and a follow-up draft.
  outgoingEml = Buffer.from(
    `From: Civil Liberties <records@civil.example.org>\r\nTo: records@police.example.gov\r\nMessage-ID: <out-1@${DOMAIN}>\r\nSubject: Public records request: Media Sonar contracts\r\n\r\nDear records officer,\r\n`,
  );
  const stored = await blobs.put(Readable.from([outgoingEml]));
  ids.outgoing = (
    env.db.$client
      .prepare(
        `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, eml_sha256, sent_at, updated_at)
         values (?, 'out', 'request', 'sent', ?, '["records@police.example.gov"]', 'Public records request', 'Dear records officer,', ?, ?, ?) returning id`,
      )
      .get(ids.request, `<out-1@${DOMAIN}>`, stored.sha256, NOW, NOW) as { id: number }
  ).id;
  ids.draft = (
    env.db.$client
      .prepare(
        `insert into messages (request_id, direction, kind, status, message_id, to_addresses, subject, body, updated_at)
         values (?, 'out', 'follow_up', 'awaiting_approval', ?, '["records@police.example.gov"]', 'Overdue', 'Please answer.', ?) returning id`,
      )
      .get(ids.request, `<draft-1@${DOMAIN}>`, NOW) as { id: number }
  ).id;

  // A reply through the real inbound route.
  const inbound = (await api(env, 'POST', '/api/v1/inbound/tokens', admin, { name: 'mail' })).body.token as string;
  incomingEml = Buffer.from(
    `From: Records Unit <records@police.example.gov>\r\nTo: request-${ids.request}@${DOMAIN}\r\nSubject: RE: Public records request\r\nMessage-ID: <reply-1@police.example.gov>\r\nIn-Reply-To: <out-1@${DOMAIN}>\r\nDate: Tue, 14 Apr 2026 10:00:00 -0400\r\n\r\nWe received your request.\r\n`,
  );
  const posted = await env.app.inject({
    method: 'POST',
    url: '/api/v1/inbound/email',
    headers: { 'x-inbound-token': inbound, 'content-type': 'message/rfc822' },
    payload: incomingEml,
  });
  expect(posted.statusCode, posted.body).toBe(202);

  // Two documents through the real upload: a PDF with a text layer, and a file with a hostile name.
  pdfBytes = readFileSync(await textPdf(dir, ['Media Sonar master agreement', 'Page two: invoices'], 'contract.pdf'));
  const nasty = Buffer.from('Notes about the evidence.\n');
  const upload = multipart([
    { name: 'contract.pdf', type: 'application/pdf', content: pdfBytes },
    { name: 'notes.txt', type: 'text/plain', content: nasty },
  ]);
  const up = await env.app.inject({
    method: 'POST',
    url: `/api/v1/requests/${ids.request}/documents`,
    headers: { authorization: `Bearer ${staff}`, ...upload.headers },
    payload: upload.payload,
  });
  expect(up.statusCode, up.body).toBe(202);
  [ids.pdf, ids.nasty] = up.json().documents.map((d: { id: number }) => d.id);
  // What ingestion would have found in the PDF (no worker runs here).
  const page = env.db.$client.prepare(
    `insert into document_pages (document_id, page, text, source) values (?, ?, ?, 'embedded')`,
  );
  page.run(ids.pdf, 1, 'Media Sonar master agreement');
  page.run(ids.pdf, 2, 'Page two: invoices');
  env.db.$client.prepare(`update documents set status = 'ready', pages = 2 where id = ?`).run(ids.pdf);
  // A stored name with a path in it (multipart parsers keep only the last part; other intakes may not).
  env.db.$client.prepare('update documents set name = ? where id = ?').run(NASTY_NAME, ids.nasty);
  originals.set('pdf', pdfBytes);
  originals.set('nasty', nasty);
}, 60_000);
afterAll(async () => {
  await env.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a request's export", () => {
  let files = new Map<string, Buffer>();
  const folder = () => `request-${ids.request}-media-sonar-contracts/`;
  const file = (name: string) => {
    const f = files.get(`${folder()}${name}`);
    if (!f) throw new Error(`${name} is not in the export: ${[...files.keys()].join(', ')}`);
    return f;
  };

  it('downloads as a zip attachment named after the request', async () => {
    const res = await download(`/api/v1/requests/${ids.request}/export.zip`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="request-${ids.request}-media-sonar-contracts.zip"`,
    );
    files = await unzip(res.rawPayload);
    writeFileSync(join(dir, 'export.zip'), res.rawPayload);
    for (const name of files.keys()) {
      expect(name.startsWith(folder()), name).toBe(true);
      expect(name).not.toMatch(/(^|\/)\.\.(\/|$)|\\|^\//);
    }
  });

  it('is a zip that Debian’s unzip tests clean, and its SHA256SUMS check out, where unzip is installed', () => {
    const unzipTool = spawnSync('unzip', ['-t', join(dir, 'export.zip')], { encoding: 'utf8' });
    if (unzipTool.error) return; // not installed here
    expect(unzipTool.status, unzipTool.stdout + unzipTool.stderr).toBe(0);
    expect(unzipTool.stdout).toContain('No errors detected');
    // And the manifest checks out with coreutils, as the README says.
    const out = join(dir, 'unzipped');
    expect(spawnSync('unzip', ['-q', '-d', out, join(dir, 'export.zip')]).status).toBe(0);
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: join(out, `request-${ids.request}-media-sonar-contracts`),
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('documents/');
  });

  it('holds the request, the rendered letter, the timeline and the clocks', async () => {
    expect(file('request.txt').toString()).toContain('All contracts, purchase orders and invoices with Media Sonar');
    expect(file('request.txt').toString()).toContain('Tracking numbers: BPD-2026-17');
    const letter = (await api(env, 'GET', `/api/v1/requests/${ids.request}/letters/request`, staff)).body;
    expect(file('letter.txt').toString()).toContain(`Subject: ${letter.subject}`);
    expect(file('letter.txt').toString()).toContain(letter.body);
    const csv = file('timeline.csv').toString();
    expect(csv.split('\r\n')[0]).toBe('id,date,type,retracted,note,data,recordedAt,recordedBy');
    expect(csv).toContain('"Called, the clerk said ""soon"", ok"');
    const json = JSON.parse(file('timeline.json').toString());
    // The reply that came in is on the timeline as an incoming communication.
    expect(json.map((e: { type: string }) => e.type)).toEqual(['submitted', 'note', 'communication']);
    expect(json[0]).toMatchObject({ date: '2026-04-01', data: { channel: 'email' }, recordedBy: expect.any(String) });
    const clocks = JSON.parse(file('clocks.json').toString());
    const view = (await api(env, 'GET', `/api/v1/requests/${ids.request}`, staff)).body;
    expect(clocks.map((c: { kind: string; due: string }) => [c.kind, c.due])).toEqual(
      view.deadlines.map((c: { kind: string; due: string }) => [c.kind, c.due]),
    );
    const response = view.deadlines.find((d: { kind: string }) => d.kind === 'response');
    expect(file('clocks.txt').toString()).toContain(response.explanation.text);
  });

  it('holds every message as the stored bytes, and names the one not built yet', async () => {
    expect(sha(file(`messages/${ids.outgoing}-out-request.eml`))).toBe(sha(outgoingEml));
    const incoming = [...files.keys()].find((n) => /messages\/\d+-in-reply\.eml$/.test(n));
    expect(incoming).toBeDefined();
    expect(sha(files.get(incoming as string) as Buffer)).toBe(sha(incomingEml));
    expect([...files.keys()].some((n) => n.includes(`messages/${ids.draft}-`))).toBe(false);
    expect(file('README.txt').toString()).toContain(
      `messages/${ids.draft}-out-follow_up.eml: not included; the message is awaiting_approval`,
    );
  });

  it('holds every document as uploaded, under its id and a cleaned name, with its text', () => {
    expect(sha(file(`documents/${ids.pdf}-contract.pdf`))).toBe(sha(pdfBytes));
    expect(file(`documents/${ids.pdf}-contract.pdf.txt`).toString()).toBe(
      'Media Sonar master agreement\fPage two: invoices',
    );
    const cleaned = `documents/${ids.nasty}-${safeFileName(NASTY_NAME)}`;
    expect(safeFileName(NASTY_NAME)).toBe('Evidence-report-1-.txt');
    expect(sha(file(cleaned))).toBe(sha(originals.get('nasty') as Buffer));
    expect(file('README.txt').toString()).toContain(`${cleaned}: “${NASTY_NAME}”`);
    // The e-mail that came in is a document of the request too.
    expect([...files.keys()].filter((n) => n.includes('/documents/')).length).toBeGreaterThanOrEqual(3);
  });

  it('lists every file with its SHA-256 in the manifest and in SHA256SUMS', () => {
    const sums = file('SHA256SUMS')
      .toString()
      .trim()
      .split('\n')
      .map((l) => l.split('  ') as [string, string]);
    const inFolder = [...files.keys()]
      .map((n) => n.slice(folder().length))
      .filter((n) => n !== 'SHA256SUMS' && n !== 'README.txt');
    expect(sums.map(([, name]) => name).sort()).toEqual(inFolder.sort());
    for (const [hash, name] of sums) expect(sha(file(name)), name).toBe(hash);
    const readme = file('README.txt').toString();
    for (const [hash, name] of sums) expect(readme).toContain(`${hash}  ${file(name).length}  ${name}`);
    expect(readme).toContain('Export of request');
  });

  it('is for the organisation: not for read-only tokens, 404 for an unknown request', async () => {
    expect((await download(`/api/v1/requests/${ids.request}/export.zip`, readOnly)).statusCode).toBe(403);
    expect((await env.app.inject({ url: `/api/v1/requests/${ids.request}/export.zip` })).statusCode).toBe(401);
    const missing = await download('/api/v1/requests/999999/export.zip');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('a HEAD gets the headers without building the archive', async () => {
    const head = await env.app.inject({
      method: 'HEAD',
      url: `/api/v1/requests/${ids.request}/export.zip`,
      headers: { authorization: `Bearer ${volunteer}` },
    });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('application/zip');
    expect(head.rawPayload.length).toBe(0);
  });
});

describe("a campaign's export", () => {
  it('holds a folder per request and a README listing them', async () => {
    const other = await makeAgency(env, staff, { name: 'Cambridge Police', jurisdiction: 'US-MA', level: 'municipal' });
    const campaign = await api(env, 'POST', '/api/v1/campaigns', staff, {
      title: 'Social media monitoring 2026',
      body: 'All records about social media monitoring software.',
    });
    await api(env, 'POST', `/api/v1/campaigns/${campaign.body.id}/agencies`, staff, {
      agencyIds: [ids.agency, other.id],
    });
    const res = await download(`/api/v1/campaigns/${campaign.body.id}/export.zip`);
    expect(res.statusCode, res.body).toBe(200);
    const root = `campaign-${campaign.body.id}-social-media-monitoring-2026`;
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${root}.zip"`);
    const files = await unzip(res.rawPayload);
    const folders = new Set([...files.keys()].map((n) => n.split('/').slice(0, 2).join('/')));
    const view = (await api(env, 'GET', `/api/v1/campaigns/${campaign.body.id}`, staff)).body;
    const requestIds = view.requests.map((r: { requestId: number }) => r.requestId);
    expect(requestIds).toHaveLength(2);
    for (const id of requestIds) {
      expect([...folders].some((f) => f.startsWith(`${root}/request-${id}-social-media-monitoring-2026`))).toBe(true);
      const readme = [...files.keys()].find((n) => n.startsWith(`${root}/request-${id}-`) && n.endsWith('/README.txt'));
      expect(readme).toBeDefined();
    }
    const readme = files.get(`${root}/README.txt`)?.toString() ?? '';
    expect(readme).toContain('Export of campaign');
    expect(readme).toContain('Cambridge Police');
    expect((await download('/api/v1/campaigns/999999/export.zip')).statusCode).toBe(404);
  });
});

/** A blob store that counts the bytes it has handed out. */
class CountingStore implements BlobStore {
  served = 0;
  constructor(private readonly inner: LocalBlobStore) {}
  put(source: Readable) {
    return this.inner.put(source);
  }
  putBytes(bytes: Buffer) {
    return this.inner.putBytes(bytes);
  }
  has(sha256: string) {
    return this.inner.has(sha256);
  }
  remove(sha256: string) {
    return this.inner.remove(sha256);
  }
  localPath(sha256: string) {
    return this.inner.localPath(sha256);
  }
  list() {
    return this.inner.list();
  }
  sweepTemporary(before: Date) {
    return this.inner.sweepTemporary(before);
  }
  check() {
    return this.inner.check();
  }
  open(sha256: string): Readable {
    const counted = this.inner.open(sha256);
    counted.on('data', (c: Buffer) => {
      this.served += c.length;
    });
    return counted;
  }
}

describe('a large document', () => {
  it('streams through a real server without the archive being held in memory', async () => {
    const size = 48 * 1024 * 1024;
    const store = new CountingStore(new LocalBlobStore(env.dataDir));
    // Random bytes (they do not compress), made and hashed chunk by chunk.
    const hash = createHash('sha256');
    let seed = 1;
    const chunk = () => {
      const b = Buffer.allocUnsafe(1024 * 1024);
      for (let i = 0; i < b.length; i += 4) {
        seed = (seed * 1664525 + 1013904223) >>> 0;
        b.writeUInt32LE(seed, i);
      }
      hash.update(b);
      return b;
    };
    const big = await store.put(
      Readable.from(
        (function* () {
          for (let i = 0; i < size / (1024 * 1024); i++) yield chunk();
        })(),
      ),
    );
    const expected = hash.digest('hex');
    expect(big.sha256).toBe(expected);
    const { id: requestId } = await makeRequest(env, staff, ids.agency, { title: 'Large release' });
    env.db.$client
      .prepare(
        `insert into documents (request_id, sha256, size, name, sniffed_type, status, updated_at)
         values (?, ?, ?, 'big-release.bin', 'application/octet-stream', 'ready', ?)`,
      )
      .run(requestId, big.sha256, big.size, NOW);

    const app = await buildApp({ db: env.db, queue: null, config: env.config, clock: env.now, blobs: store });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      store.served = 0;
      let received = 0;
      let lead = 0;
      const out = join(dir, 'big.zip');
      await new Promise<void>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: `/api/v1/requests/${requestId}/export.zip`,
            headers: { authorization: `Bearer ${volunteer}` },
          },
          (res) => {
            expect(res.statusCode).toBe(200);
            expect(res.headers['transfer-encoding']).toBe('chunked');
            res.on('data', (c: Buffer) => {
              received += c.length;
              lead = Math.max(lead, store.served - received);
            });
            pipeline(res, createWriteStream(out)).then(resolve, reject);
          },
        );
        req.on('error', reject);
        req.end();
      });
      expect(store.served).toBe(size);
      // The server never read far ahead of what the client had taken: no whole-file buffering.
      expect(lead).toBeLessThan(size / 3);
      const files = await unzip(readFileSync(out));
      const name = [...files.keys()].find((n) => n.endsWith('-big-release.bin'));
      expect(sha(files.get(name as string) as Buffer)).toBe(expected);
    } finally {
      await app.close();
    }
  }, 120_000);
});
