/**
 * The printable letter: a PDF attachment whose text (read back with poppler's pdftotext) has the
 * sender, the agency's today, the address block (the appeal contact for an appeal), the subject, the
 * citation and the signature; long letters run over pages; characters outside WinAnsi do not break it.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeDeadlines } from '../../src/requests/recompute.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeRequest, userWithToken } from '../helpers/factories.js';

// 03:30 UTC on the 25th is still the 24th in Washington: the letter is dated at the agency.
const NOW = '2026-11-25T03:30:00Z';
let env: TestEnv;
let staff: string;
let agencyId: number;

function pdfText(bytes: Buffer): string {
  const out = spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes });
  expect(out.status, out.stderr.toString()).toBe(0);
  // Lines wrap where the page ends: compare the text as one line.
  return out.stdout.toString().replace(/\s+/g, ' ');
}

async function pdf(url: string) {
  const res = await env.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${staff}` } });
  return { res, text: res.statusCode === 200 ? pdfText(res.rawPayload) : '' };
}

beforeAll(async () => {
  env = await createTestEnv({ now: NOW, withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  const a = await api(env, 'POST', '/api/v1/agencies', staff, {
    name: 'Department of Homeland Security',
    jurisdiction: 'US',
    level: 'federal',
    postalAddress: '245 Murray Lane SW\nWashington, DC 20528-0655',
    appealAddress: 'Office of General Counsel\n2707 Martin Luther King Jr Ave SE\nWashington, DC 20528',
    appealBody: 'Associate General Counsel (General Law)',
  });
  agencyId = a.body.id;
  await api(env, 'PUT', '/api/v1/requester-profile', staff, {
    name: 'Alex Doe',
    organisation: 'Civil Liberties Union of Łódź',
    postalAddress: '10 Liberty Way\nBoston, MA 02108',
    phone: '+1 617 555 0100',
  });
});
afterAll(() => env.close());

describe('the PDF letter', () => {
  it('is an attachment with the sender, the date at the agency, the address, the subject and the citation', async () => {
    const r = await makeRequest(env, staff, agencyId, {
      title: 'Dataminr contracts ✓',
      body: 'All contracts with Dataminr → since 2020, “quoted”, naïve café, Ő, 😀.',
    });
    const { res, text } = await pdf(`/api/v1/requests/${r.id}/letters/request.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="request-${r.id}-request-letter.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(text).toContain('Alex Doe');
    expect(text).toContain('Civil Liberties Union of Lódz');
    expect(text).toContain('10 Liberty Way');
    expect(text).toContain('2026-11-24');
    expect(text).not.toContain('2026-11-25');
    expect(text).toContain('Department of Homeland Security');
    expect(text).toContain('245 Murray Lane SW');
    expect(text).toContain('Washington, DC 20528-0655');
    expect(text).toContain('Freedom of Information Act request: Dataminr contracts v');
    expect(text).toContain('5 U.S.C. 552(a)(6)(A)(i)');
    expect(text).toMatch(/5 U.S.C. 552\(a\)\(6\)\(E\)/);
    // WinAnsi has the curly quotes and accents; the rest is replaced, not dropped or fatal.
    expect(text).toContain('Dataminr -> since 2020, “quoted”, naïve café, O, ?.');
  });

  it('an appeal is addressed to the appeal contact', async () => {
    const r = await makeRequest(env, staff, agencyId);
    await event(env, staff, r.id, { type: 'submitted', date: '2026-09-01' });
    await event(env, staff, r.id, { type: 'completed', date: '2026-10-20', outcome: 'no_records' });
    recomputeDeadlines(env.db, r.id, new Date(NOW));
    const { res, text } = await pdf(`/api/v1/requests/${r.id}/letters/appeal.pdf`);
    expect(res.statusCode).toBe(200);
    expect(text).toContain('Associate General Counsel (General Law)');
    expect(text).toContain('2707 Martin Luther King Jr Ave SE');
    expect(text).not.toContain('245 Murray Lane SW');
    expect(text).toContain('5 U.S.C. 552(a)(6)(A)(ii)');
  });

  it('a long letter runs over several pages, with long words cut to the page', async () => {
    const body = `${'All records about social media monitoring software. '.repeat(400)}\nhttps://example.gov/${'x'.repeat(300)}`;
    const r = await makeRequest(env, staff, agencyId, { body });
    const { res, text } = await pdf(`/api/v1/requests/${r.id}/letters/request.pdf`);
    expect(res.statusCode).toBe(200);
    const pages = spawnSync('pdfinfo', ['-'], { input: res.rawPayload }).stdout.toString();
    const count = Number(/Pages:\s+(\d+)/.exec(pages)?.[1]);
    expect(count).toBeGreaterThan(2);
    expect(text).toContain(`Page ${count} of ${count}`);
    expect(text).toContain('Alex Doe');
  });

  it('a letter that does not apply is the 409 problem, not a PDF', async () => {
    const r = await makeRequest(env, staff, agencyId);
    const res = await env.app.inject({
      method: 'GET',
      url: `/api/v1/requests/${r.id}/letters/appeal.pdf`,
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
