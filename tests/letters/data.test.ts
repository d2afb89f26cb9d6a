/**
 * What letters need from agencies and requests: an agency's appeal contact (API and CSV import), and
 * several tracking numbers per request (create, PATCH, the acknowledged event, reads, lists, CSV),
 * any of which matches inbound mail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importAgencies } from '../../src/agencies/import.js';
import { matchRequest } from '../../src/inbound/service.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let agencyId: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T15:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  agencyId = (await makeAgency(env, staff)).id;
});
afterAll(() => env.close());

describe("an agency's appeal contact", () => {
  it('is written and read through the API', async () => {
    const created = await api(env, 'POST', '/api/v1/agencies', staff, {
      name: 'Immigration and Customs Enforcement',
      jurisdiction: 'US',
      level: 'federal',
      requestEmail: 'ice-foia@example.gov',
      appealEmail: 'ogc-appeals@example.gov',
      appealAddress: 'Office of the Principal Legal Advisor\n500 12th St SW\nWashington, DC 20536',
      appealBody: 'Government Information Law Division',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      appealEmail: 'ogc-appeals@example.gov',
      appealBody: 'Government Information Law Division',
    });
    const patched = await api(env, 'PATCH', `/api/v1/agencies/${created.body.id}`, staff, { appealEmail: null });
    expect(patched.body).toMatchObject({ appealEmail: null, appealAddress: expect.stringContaining('500 12th St') });
    const bad = await api(env, 'PATCH', `/api/v1/agencies/${created.body.id}`, staff, { appealEmail: 'not mail' });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe('appealEmail');
  });

  it('comes from the CSV import, and a second import of the same file changes nothing', () => {
    const csv = [
      'name,jurisdiction,level,request_email,appeal_email,appeal_address,appeal_body',
      'Boston Police Department,US-MA,municipal,records@bpd.example.gov,appeals@sec.example.gov,"One Ashburton Place\nBoston, MA 02108",Supervisor of Records',
    ].join('\n');
    const first = importAgencies(env.db, null, new Date('2026-11-24T15:00:00Z'), csv);
    expect(first).toMatchObject({ created: 1, refused: [] });
    const again = importAgencies(env.db, null, new Date('2026-11-24T15:00:00Z'), csv);
    expect(again).toMatchObject({ created: 0, unchanged: 1 });
    const row = env.db.$client
      .prepare("select appeal_email, appeal_address, appeal_body from agencies where name = 'Boston Police Department'")
      .get() as Record<string, string>;
    expect(row).toEqual({
      appeal_email: 'appeals@sec.example.gov',
      appeal_address: 'One Ashburton Place\nBoston, MA 02108',
      appeal_body: 'Supervisor of Records',
    });
  });
});

describe('several tracking numbers', () => {
  it('are kept in order, the latest as trackingNumber, in reads, lists and the CSV', async () => {
    const r = await makeRequest(env, staff, agencyId, {
      trackingNumbers: ['2026-FOIA-1', '2026-FOIA-2'],
      trackingNumber: 'OLD-7',
    });
    const read = await api(env, 'GET', `/api/v1/requests/${r.id}`, staff);
    expect(read.body).toMatchObject({
      trackingNumber: 'OLD-7',
      trackingNumbers: ['2026-FOIA-1', '2026-FOIA-2', 'OLD-7'],
    });

    await event(env, staff, r.id, { type: 'submitted', date: '2026-11-02' });
    await event(env, staff, r.id, { type: 'acknowledged', date: '2026-11-03', trackingNumber: '2026-HQ-99' });
    const after = await api(env, 'GET', `/api/v1/requests/${r.id}`, staff);
    expect(after.body.trackingNumber).toBe('2026-HQ-99');
    expect(after.body.trackingNumbers).toEqual(['2026-FOIA-1', '2026-FOIA-2', 'OLD-7', '2026-HQ-99']);

    const list = await api(env, 'GET', `/api/v1/requests?agencyId=${agencyId}`, staff);
    expect(list.body.data.find((x: { id: number }) => x.id === r.id).trackingNumbers).toEqual(
      after.body.trackingNumbers,
    );
    const csv = await env.app.inject({
      method: 'GET',
      url: `/api/v1/requests/export.csv?agencyId=${agencyId}`,
      headers: { authorization: `Bearer ${staff}` },
    });
    const [header, ...rows] = csv.body.trim().split('\r\n');
    const col = (header as string).split(',').indexOf('trackingNumbers');
    expect(col).toBeGreaterThan(0);
    const line = rows.find((l) => l.startsWith(`${r.id},`)) as string;
    expect(line).toContain('2026-FOIA-1; 2026-FOIA-2; OLD-7; 2026-HQ-99');
  });

  it('PATCH trackingNumbers replaces the list; trackingNumber adds one; null clears them', async () => {
    const r = await makeRequest(env, staff, agencyId, { trackingNumber: 'A-100' });
    let res = await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { trackingNumbers: ['B-200', 'C-300'] });
    expect(res.body).toMatchObject({ trackingNumber: 'C-300', trackingNumbers: ['B-200', 'C-300'] });
    res = await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { trackingNumber: 'D-400' });
    expect(res.body).toMatchObject({ trackingNumber: 'D-400', trackingNumbers: ['B-200', 'C-300', 'D-400'] });
    res = await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { trackingNumber: null });
    expect(res.body).toMatchObject({ trackingNumber: null, trackingNumbers: [] });
    const bad = await api(env, 'PATCH', `/api/v1/requests/${r.id}`, staff, { trackingNumbers: [''] });
    expect(bad.status).toBe(422);
  });

  it('inbound mail matches any of them, as a whole token, and only when one request has it', async () => {
    const r = await makeRequest(env, staff, agencyId, { trackingNumbers: ['PD-2027-0815', 'LEGACY-4411'] });
    await makeRequest(env, staff, agencyId, { trackingNumber: 'PD-2027-08' });
    const match = (subject: string) => matchRequest(env.db, env.config, { to: [], subject });
    expect(match('RE: LEGACY-4411 records')).toEqual({ requestId: r.id, by: 'tracking_number' });
    expect(match('RE: PD-2027-0815 records')).toEqual({ requestId: r.id, by: 'tracking_number' });
    expect(match('Both LEGACY-4411 and PD-2027-0815')).toEqual({ requestId: r.id, by: 'tracking_number' });
    expect(match('RE: LEGACY-44110')).toBeNull();
    // Two requests share a number: nothing is guessed.
    await makeRequest(env, staff, agencyId, { trackingNumber: 'LEGACY-4411' });
    expect(match('RE: LEGACY-4411 records')).toBeNull();
  });
});
