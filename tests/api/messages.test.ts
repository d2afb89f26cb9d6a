/**
 * Validation messages are written for people, in the problem details (errors[].message and detail)
 * as on the pages: the field's name and what is wrong, never the validation library's own wording.
 * Paths stay as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

let env: TestEnv;
let staff: string;
let agency: number;
let request: number;

beforeAll(async () => {
  env = await createTestEnv({ now: '2026-11-24T12:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  agency = (await makeAgency(env, staff)).id;
  request = (await makeRequest(env, staff, agency)).id;
});
afterAll(() => env.close());

/** zod's own phrases, which must not reach people. */
const LIBRARY_WORDING = /Too big|Too small|Invalid input|Invalid option|expected \w+, received|Unrecognized key|<=|>=/;

describe('validation messages', () => {
  const good = () => ({ agencyId: agency, title: 'Contracts', body: 'All contracts.' });
  it.each([
    ['a title over 500 characters', { title: 'x'.repeat(501) }, 'title', 'The title can be at most 500 characters'],
    ['no title', { title: undefined }, 'title', 'The title is required'],
    ['an empty letter', { body: '' }, 'body', 'The letter cannot be empty'],
    ['an agency that is not a number', { agencyId: 'abc' }, 'agencyId', 'The agency must be a number'],
    [
      'a bad visibility',
      { visibility: 'secret' },
      'visibility',
      'The visibility must be one of “public”, “private”, “embargoed”',
    ],
    [
      'a bad tag',
      { tags: ['ok', '<script>'] },
      'tags.1',
      'Tag 2 may hold only letters, digits, spaces and _ . : / - (starting with a letter or digit)',
    ],
    ['an unknown field', { colour: 'red' }, 'colour', 'The field “colour” is not one this takes'],
    [
      'an impossible embargo date',
      { visibility: 'embargoed', embargoUntil: '2026-02-30' },
      'embargoUntil',
      'The embargo end date must be a real calendar date',
    ],
  ])('creating a request with %s', async (_what, patch, path, message) => {
    const res = await api(env, 'POST', '/api/v1/requests', staff, { ...good(), ...patch });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path, message }]);
    expect(res.body.detail).toBe(`${message}.`);
  });

  it.each([
    [
      'a negative fee',
      { type: 'fee_requested', date: '2026-11-02', amount: -5 },
      'amount',
      'The amount cannot be negative',
    ],
    [
      'pages that are not whole',
      { type: 'records_released', date: '2026-11-02', pages: 1.5 },
      'pages',
      'The number of pages must be a whole number',
    ],
    ['a note without text', { type: 'note', date: '2026-11-02' }, 'note', 'The note is required'],
    [
      'a completion without outcome',
      { type: 'completed', date: '2026-11-02' },
      'outcome',
      'The outcome must be one of “fulfilled”, “partial”, “no_records”, “denied”',
    ],
    [
      'a bad time of receipt',
      { type: 'submitted', date: '2026-11-02', receivedTime: '25:00' },
      'receivedTime',
      'The time of receipt must be a time HH:MM (24-hour)',
    ],
  ])('an event with %s', async (_what, body, path, message) => {
    const res = await api(env, 'POST', `/api/v1/requests/${request}/events`, staff, body);
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual({ path, message });
  });

  it('several problems: each in errors, all of them in detail', async () => {
    const res = await api(env, 'POST', '/api/v1/requests', staff, { agencyId: agency, title: '', body: '' });
    expect(res.body.errors).toEqual([
      { path: 'title', message: 'The title cannot be empty' },
      { path: 'body', message: 'The letter cannot be empty' },
    ]);
    expect(res.body.detail).toBe('The title cannot be empty. The letter cannot be empty.');
  });

  it('a query parameter out of range names it', async () => {
    const res = await api(env, 'GET', '/api/v1/requests?limit=100000', staff);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ path: 'limit', message: 'The limit can be at most 200' }]);
  });

  it('a service’s own field message reads as a sentence too', async () => {
    const res = await api(env, 'POST', '/api/v1/requests', staff, { ...good(), agencyId: 999999 });
    expect(res.status).toBe(422);
    for (const e of res.body.errors) expect(e.message).toMatch(/^[A-Z]/);
  });

  it('none of a sample of bad inputs shows the library’s wording', async () => {
    const bodies: unknown[] = [
      { title: 5 },
      { agencyId: -1, title: 'x', body: 'y' },
      { agencyId: agency, title: 'x', body: 'y', tags: 'not a list' },
      { agencyId: agency, title: 'x', body: 'y', ownerId: 1.5 },
      [],
    ];
    for (const body of bodies) {
      const res = await api(env, 'POST', '/api/v1/requests', staff, body);
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).not.toMatch(LIBRARY_WORDING);
    }
  });
});
