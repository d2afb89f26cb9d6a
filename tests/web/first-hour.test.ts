/**
 * Things a new user meets first (issue 17): a favicon instead of a 404, no "retraction" on an empty
 * draft, an event form that keeps what was typed and marks what was wrong, a draft that says it is
 * one, a duplicate upload that says where the file already is, and staff creating tags where they tag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';
import { type Browser, getPage, postForm, webUser } from './session.js';

let env: TestEnv;
let staff: string;
let agency: number;
let browser: Browser;
let volunteer: Browser;
beforeAll(async () => {
  env = await createTestEnv({ now: '2026-04-15T15:00:00Z', withQueue: false });
  staff = (await userWithToken(env, 'staff')).token;
  agency = (await makeAgency(env, staff, { jurisdiction: 'US', level: 'federal' })).id;
  browser = (await webUser(env, 'staff')).browser as Browser;
  volunteer = (await webUser(env, 'volunteer')).browser as Browser;
});
afterAll(() => env.close());

describe('first hour', () => {
  it('serves a favicon and every page links it', async () => {
    const icon = await env.app.inject({ method: 'GET', url: '/favicon.ico' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    const page = await env.app.inject({ method: 'GET', url: '/sign-in' });
    const href = /<link rel="icon" type="image\/svg\+xml" href="([^"]+)">/.exec(page.body)?.[1];
    expect(href).toMatch(/^\/assets\/favicon\.svg\?v=/);
    expect((await env.app.inject({ method: 'GET', url: href as string })).statusCode).toBe(200);
  });

  it('a draft with no events is not offered a retraction; a request with one is', async () => {
    const { id } = await makeRequest(env, staff, (await makeAgency(env, staff)).id);
    const draft = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(draft.allowedEvents).not.toContain('retraction');
    await event(env, staff, id, { type: 'submitted', date: '2026-04-14' });
    const submitted = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body;
    expect(submitted.allowedEvents).toContain('retraction');
  });
});

/** The opening tag of the element with this id. */
const tagOf = (body: string, id: string) => new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(body)?.[0] ?? '';

describe('the event form after a refusal', () => {
  it('keeps the type, date, note and the type’s fields, and marks the bad field with its message beside it', async () => {
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    const res = await postForm(env, browser, `/requests/${id}/events`, {
      type: 'fee_requested',
      date: '1999-12-31',
      note: 'They called about the fee',
      'fee_requested.amount': '12.5',
      _csrf: browser.csrf,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<option value="fee_requested" selected>');
    const date = tagOf(res.body, 'ev-date');
    expect(date).toContain('value="1999-12-31"');
    expect(date).toContain('aria-invalid="true"');
    expect(date).toContain('aria-describedby="ev-date-error"');
    expect(date).toContain(' autofocus');
    expect(res.body).toContain(
      '<span class="error field-error" id="ev-date-error">The date must be between 2000-01-01 and 2100-12-31</span>',
    );
    expect(res.body).toMatch(/<textarea id="ev-note"[^>]*>They called about the fee<\/textarea>/);
    expect(tagOf(res.body, 'ev-fee_requested-amount')).toContain('value="12.5"');
    expect(res.body).toContain('The event was not added: correct the fields marked below.');
    // Only the bad field is marked.
    expect(tagOf(res.body, 'ev-note')).not.toContain('aria-invalid');
  });

  it('a conflict with the timeline keeps what was typed and names the event and its date', async () => {
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    const res = await postForm(env, browser, `/requests/${id}/events`, {
      type: 'acknowledged',
      date: '2026-03-30',
      note: 'their letter',
      'acknowledged.trackingNumber': 'FOIA-2026-7',
      _csrf: browser.csrf,
    });
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain(
      'An acknowledged event dated 2026-03-30 is not possible: on that date the request was a draft, until the submitted event of 2026-04-01',
    );
    expect(res.body).toContain('<option value="acknowledged" selected>');
    expect(tagOf(res.body, 'ev-date')).toContain('value="2026-03-30"');
    expect(tagOf(res.body, 'ev-acknowledged-trackingNumber')).toContain('value="FOIA-2026-7"');
    expect(tagOf(res.body, 'ev-type')).toContain('aria-describedby="event-error"');
  });

  it('a date the service refuses (in the agency’s future) marks the date field', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const res = await postForm(env, browser, `/requests/${id}/events`, {
      type: 'submitted',
      date: '2026-04-16',
      _csrf: browser.csrf,
    });
    expect(res.statusCode).toBe(422);
    expect(tagOf(res.body, 'ev-date')).toContain('aria-invalid="true"');
    expect(res.body).toContain('id="ev-date-error">The date must not be after 2026-04-15</span>');
  });

  it('required fields say so in the HTML', async () => {
    const { id } = await makeRequest(env, staff, agency);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-01' });
    const page = (await getPage(env, browser, `/requests/${id}`)).body;
    expect(tagOf(page, 'ev-type')).toContain(' required');
    expect(tagOf(page, 'ev-date')).toContain(' required');
    expect(tagOf(page, 'ev-date')).toContain('max="2026-04-15"');
    expect(tagOf(page, 'ev-completed-outcome')).toContain(' required');
    expect(tagOf(page, 'ev-communication-direction')).toContain(' required');
    expect(tagOf(page, 'ev-retraction-eventId')).toContain(' required');
    // The note is required for a note only (the script switches it with the type).
    expect(tagOf(page, 'ev-note')).not.toContain(' required');
    const kept = await postForm(env, browser, `/requests/${id}/events`, {
      type: 'note',
      date: '2026-04-02',
      _csrf: browser.csrf,
    });
    expect(kept.statusCode).toBe(422);
    expect(tagOf(kept.body, 'ev-note')).toContain(' required');
    expect(kept.body).toContain('id="ev-note-error">The note is required</span>');
  });
});

describe('a new request is a draft, and says so', () => {
  it('the form and its button say draft; the request page says nothing was sent and keeps a slot for sending', async () => {
    const form = (await getPage(env, browser, '/requests/new')).body;
    expect(form).toContain('<h1>New draft request</h1>');
    expect(form).toContain('<button type="submit">Create draft request</button>');
    const created = await postForm(env, browser, '/requests', {
      agencyId: String(agency),
      title: 'Social media monitoring contracts',
      body: 'All contracts with Geofeedia.',
      visibility: 'private',
      _csrf: browser.csrf,
    });
    expect(created.statusCode).toBe(303);
    const page = (await getPage(env, browser, created.headers.location as string)).body;
    expect(page).toContain('Draft request created. Nothing has gone to the agency yet');
    expect(page).toContain('<h2 id="h-draft">This request is a draft</h2>');
    // It offers what to do with it: print the letter (no outgoing mail here), edit it, or keep it a draft.
    expect(page).toMatch(/<p id="send-slot">.*Print the letter.*keep it as a draft/);
    // Once submitted, the draft panel is gone.
    const id = Number(/\/requests\/(\d+)/.exec(created.headers.location as string)?.[1]);
    await event(env, staff, id, { type: 'submitted', date: '2026-04-14' });
    expect((await getPage(env, browser, `/requests/${id}`)).body).not.toContain('id="h-draft"');
  });

  it('a refused field of the draft form is worded for people', async () => {
    const res = await postForm(env, browser, '/requests', {
      agencyId: String(agency),
      title: 'x'.repeat(501),
      body: 'Letter',
      tags: 'ok, <b>',
      _csrf: browser.csrf,
    });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('The title can be at most 500 characters');
    expect(res.body).toContain('Tag 2 may hold only letters, digits, spaces and _ . : / -');
  });
});

describe('a duplicate upload', () => {
  const uploadThroughPage = (requestId: number, name: string, content: string) => {
    const boundary = '----dup';
    return env.app.inject({
      method: 'POST',
      url: `/requests/${requestId}/documents`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: browser.cookie },
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${browser.csrf}\r\n` +
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`,
      ),
    });
  };

  it('says it was already there, under which name, and links the document', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const first = await uploadThroughPage(id, 'contract.txt', 'The Geofeedia contract.');
    expect(first.headers.location).toBe(`/requests/${id}?msg=uploaded#documents`);
    const again = await uploadThroughPage(id, 'copy of contract.txt', 'The Geofeedia contract.');
    const docId = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.documents[0].id;
    expect(again.headers.location).toBe(`/requests/${id}?msg=uploaded&dup=${docId}&as=copy+of+contract.txt#documents`);
    const page = (await getPage(env, browser, (again.headers.location as string).split('#')[0] as string)).body;
    expect(page).toContain('Already on this request, so not stored again:');
    expect(page).toContain(`“copy of contract.txt” is the same file as <a href="/documents/${docId}">contract.txt</a>`);
  });

  it('names only documents of the request it is on', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const other = await makeRequest(env, staff, agency);
    await uploadThroughPage(other.id, 'other.txt', 'Another request’s file.');
    const otherDoc = (await api(env, 'GET', `/api/v1/requests/${other.id}`, staff)).body.documents[0].id;
    const page = (await getPage(env, browser, `/requests/${id}?dup=${otherDoc}&as=x`)).body;
    expect(page).not.toContain('Already on this request');
  });
});

describe('tags from the tagging page', () => {
  it('staff get the new-tag form; volunteers are told staff can add one', async () => {
    const { id } = await makeRequest(env, staff, agency);
    const boundary = '----tag';
    await env.app.inject({
      method: 'POST',
      url: `/api/v1/requests/${id}/documents`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${staff}` },
      payload: Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nText\r\n--${boundary}--\r\n`,
      ),
    });
    const docId = (await api(env, 'GET', `/api/v1/requests/${id}`, staff)).body.documents[0].id;
    const forStaff = (await getPage(env, browser, `/documents/${docId}`)).body;
    expect(forStaff).toContain('data-can-create-tags="true"');
    expect(forStaff).toContain('<form id="new-tag-form" class="stack">');
    expect(forStaff).toMatch(/<datalist id="tag-categories">.*<option value="vendor"><\/option>/s);
    const forVolunteer = (await getPage(env, volunteer, `/documents/${docId}`)).body;
    expect(forVolunteer).not.toContain('new-tag-form');
    expect(forVolunteer).toContain('Staff can add it.');
  });
});
