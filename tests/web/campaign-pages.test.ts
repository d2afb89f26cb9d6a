/**
 * The campaign pages, signed in as a browser would be: a campaign made through the form (and a
 * refused one keeping what was typed), agencies added by picking, by a filter and from a CSV with
 * what each letter lacks, the view's counts and rows with filters and the CSV link, bulk actions on
 * the checked rows and on all with their per-request report, and who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, event, settle, userWithToken } from '../helpers/factories.js';
import { startSmtpSink } from '../helpers/smtp.js';
import { type Browser, getPage, postForm, webUser } from './session.js';

let env: TestEnv;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let staff: Browser;
let volunteer: Browser;
let token: string;
const agency: Record<'chicago' | 'boston' | 'fbi', number> = { chicago: 0, boston: 0, fbi: 0 };
let campaign = 0;

beforeAll(async () => {
  smtp = await startSmtpSink();
  env = await createTestEnv({
    now: '2026-11-02T15:00:00Z',
    env: { SMTP_URL: smtp.url, INBOUND_EMAIL_DOMAIN: 'records.example.org', MESSAGE_RETRY_MS: '50' },
  });
  const signedIn = async (role: 'staff' | 'volunteer') => {
    const b = (await webUser(env, role)).browser;
    if (!b) throw new Error('not signed in');
    return b;
  };
  staff = await signedIn('staff');
  volunteer = await signedIn('volunteer');
  token = (await userWithToken(env, 'staff')).token;
  const make = async (name: string, jurisdiction: string, level: string, requestEmail: string) =>
    (await api(env, 'POST', '/api/v1/agencies', token, { name, jurisdiction, level, requestEmail })).body.id as number;
  agency.chicago = await make('Chicago Police Department', 'US-IL', 'municipal', 'foia@cpd.example');
  agency.boston = await make('Boston Police Department', 'US-MA', 'municipal', 'records@bpd.example');
  agency.fbi = await make('Federal Bureau of Investigation', 'US', 'federal', 'foia@fbi.example');
});
afterAll(async () => {
  await env.close();
  await smtp.close();
});

/** A form with repeated fields (checked boxes, a multi-select), as a browser sends it. */
function postFields(b: Browser | null, url: string, fields: [string, string][]) {
  return env.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(b ? { cookie: b.cookie } : {}) },
    payload: new URLSearchParams(fields).toString(),
  });
}

/** The CSV form: the CSRF field first, then the pasted text and (maybe) a file. */
function postCsv(b: Browser, url: string, o: { csrf?: string; pasted?: string; file?: string }) {
  const boundary = '----campaigncsv';
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const payload =
    (o.csrf !== undefined ? field('_csrf', o.csrf) : '') +
    field('csv', o.pasted ?? '') +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${o.file ? 'agencies.csv' : ''}"\r\nContent-Type: text/csv\r\n\r\n${o.file ?? ''}\r\n` +
    `--${boundary}--\r\n`;
  return env.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: b.cookie },
    payload: Buffer.from(payload),
  });
}

const requestIdOf = async (name: string) =>
  (await api(env, 'GET', `/api/v1/campaigns/${campaign}`, token)).body.requests.find(
    (r: { agency: { name: string } }) => r.agency.name === name,
  ).requestId as number;

describe('the campaign form', () => {
  it('refuses bad input keeping what was typed, each bad field marked', async () => {
    const form = await getPage(env, staff, '/campaigns/new');
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('<code>{{law.citation}}</code>');
    expect(form.body).toContain('approve: draft each follow-up for one-click sending');

    const empty = await postForm(env, staff, '/campaigns', {
      _csrf: staff.csrf,
      title: '',
      body: 'Keep this text',
      sendPerMinute: '0',
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('aria-invalid="true" aria-describedby="campaign-title-error"');
    expect(empty.body).toContain('aria-describedby="campaign-sendPerMinute-error"');
    expect(empty.body).toContain('The send pace must be a whole number');
    expect(empty.body).toContain('>Keep this text</textarea>');

    const badLetter = await postForm(env, staff, '/campaigns', {
      _csrf: staff.csrf,
      title: 'Social media monitoring',
      body: 'Contracts.',
      letterSubject: 'Request',
      letterBody: 'Dear {{agency.nmae}}',
    });
    expect(badLetter.statusCode).toBe(422);
    expect(badLetter.body).toContain('aria-describedby="campaign-letterBody-error"');
    expect(badLetter.body).toContain('agency.nmae');
    expect(badLetter.body).toContain('value="Social media monitoring"');
    expect(badLetter.body).toContain('>Dear {{agency.nmae}}</textarea>');

    const noDate = await postForm(env, staff, '/campaigns', {
      _csrf: staff.csrf,
      title: 'Embargoed one',
      body: 'Contracts.',
      visibility: 'embargoed',
    });
    expect(noDate.statusCode).toBe(422);
    expect(noDate.body).toContain('aria-describedby="campaign-embargoUntil-error"');
    expect(noDate.body).toMatch(/<input type="radio" name="visibility" value="embargoed" checked>/);
  });

  it('creates a campaign with its own letter and defaults, lists it, and edits it', async () => {
    const res = await postForm(env, staff, '/campaigns', {
      _csrf: staff.csrf,
      title: 'Social media monitoring tools',
      body: 'Contracts and training material for Geofeedia, Media Sonar and Babel Street since 2014.',
      letterSubject: 'Public records request under {{law.name}}',
      letterBody: 'To {{agency.name}}:\n\nUnder {{law.name}} ({{law.citation}}) I request: {{request.body}}',
      tags: 'social media, surveillance',
      visibility: 'private',
      ownerId: '',
      followUpPolicy: 'auto',
      sendPerMinute: '20',
    });
    expect(res.statusCode, res.body).toBe(303);
    const location = res.headers.location as string;
    expect(location).toMatch(/^\/campaigns\/\d+\?msg=created$/);
    campaign = Number(/\/campaigns\/(\d+)/.exec(location)?.[1]);
    const c = (await api(env, 'GET', `/api/v1/campaigns/${campaign}`, token)).body;
    expect(c).toMatchObject({
      title: 'Social media monitoring tools',
      tags: ['social-media', 'surveillance'],
      followUpPolicy: 'auto',
      sendPerMinute: 20,
    });
    expect(c.letterTemplateId).toBeGreaterThan(0);
    const shown = await getPage(env, staff, location);
    expect(shown.body).toContain('Campaign created.');

    const list = (await getPage(env, staff, '/campaigns')).body;
    expect(list).toContain(`<a href="/campaigns/${campaign}">Social media monitoring tools</a>`);
    expect(list).toContain('href="/campaigns/new"');
    expect(list).toMatch(/aria-current="page">Campaigns</);

    const edit = (await getPage(env, staff, `/campaigns/${campaign}/edit`)).body;
    expect(edit).toContain(`<option value="${c.letterTemplateId}" selected>`);
    expect(edit).toContain('value="social-media, surveillance"');
    const saved = await postForm(env, staff, `/campaigns/${campaign}/edit`, {
      _csrf: staff.csrf,
      title: 'Social media monitoring tools',
      body: c.body,
      letterTemplateId: String(c.letterTemplateId),
      tags: 'social media, surveillance, geofeedia',
      visibility: 'private',
      followUpPolicy: 'approve',
      sendPerMinute: '20',
    });
    expect(saved.statusCode, saved.body).toBe(303);
    expect(saved.headers.location).toBe(`/campaigns/${campaign}?msg=saved`);
    const after = (await api(env, 'GET', `/api/v1/campaigns/${campaign}`, token)).body;
    expect(after).toMatchObject({ followUpPolicy: 'approve', letterTemplateId: c.letterTemplateId });
    expect(after.tags).toContain('geofeedia');
  });
});

describe('adding agencies', () => {
  it('by picking, by a filter and from a CSV; each added one with what its letter lacks, each refused one with why', async () => {
    const view = (await getPage(env, staff, `/campaigns/${campaign}`)).body;
    expect(view).toContain('<optgroup label="US-IL">');
    expect(view).toContain(`<option value="${agency.chicago}">Chicago Police Department (municipal)</option>`);

    const none = await postFields(staff, `/campaigns/${campaign}/agencies`, [
      ['_csrf', staff.csrf],
      ['by', 'ids'],
    ]);
    expect(none.statusCode).toBe(422);
    expect(none.body).toContain('Pick at least one agency.');

    const picked = await postFields(staff, `/campaigns/${campaign}/agencies`, [
      ['_csrf', staff.csrf],
      ['by', 'ids'],
      ['agencyId', String(agency.chicago)],
      ['agencyId', String(agency.boston)],
    ]);
    expect(picked.statusCode, picked.body).toBe(200);
    expect(picked.body).toContain('Agencies added: 2, refused: 0');
    expect(picked.body).toMatch(/id="added"[\s\S]*Boston Police Department[\s\S]*Chicago Police Department/);
    // Added agencies leave the picker.
    expect(picked.body).not.toContain(`<option value="${agency.chicago}">`);

    const once = await postFields(staff, `/campaigns/${campaign}/agencies`, [
      ['_csrf', staff.csrf],
      ['by', 'ids'],
      ['agencyId', String(agency.chicago)],
    ]);
    expect(once.body).toContain('Agencies added: 0, refused: 1');
    expect(once.body).toMatch(/<strong>Chicago Police Department<\/strong>: already in this campaign/);

    const emptyFilter = await postForm(env, staff, `/campaigns/${campaign}/agencies`, {
      _csrf: staff.csrf,
      by: 'filter',
      name: '',
    });
    expect(emptyFilter.statusCode).toBe(422);
    expect(emptyFilter.body).toContain('id="add-filter-error"');
    const byFilter = await postForm(env, staff, `/campaigns/${campaign}/agencies`, {
      _csrf: staff.csrf,
      by: 'filter',
      jurisdiction: 'US',
      name: 'Bureau',
    });
    expect(byFilter.statusCode).toBe(200);
    expect(byFilter.body).toContain('Agencies added: 1, refused: 0');
    expect(byFilter.body).toContain('Federal Bureau of Investigation');

    const badHeader = await postCsv(staff, `/campaigns/${campaign}/agencies/csv`, {
      csrf: staff.csrf,
      pasted: 'agency,state\nSomething,FL',
    });
    expect(badHeader.statusCode).toBe(422);
    expect(badHeader.body).toContain('The header row lacks');
    expect(badHeader.body).toContain('>agency,state\nSomething,FL</textarea>');

    const csv = [
      'name,jurisdiction,level,request_email',
      'Florida Fusion Center,US-FL,state,',
      'Chicago Police Department,US-IL,municipal,foia@cpd.example',
      ',US-FL,state,',
    ].join('\n');
    const fromFile = await postCsv(staff, `/campaigns/${campaign}/agencies/csv`, { csrf: staff.csrf, file: csv });
    expect(fromFile.statusCode, fromFile.body).toBe(200);
    expect(fromFile.body).toContain('Agencies added: 1, refused: 2');
    expect(fromFile.body).toMatch(/Florida Fusion Center[\s\S]*no e-mail address: print the letter/);
    expect(fromFile.body).toContain('already in this campaign');
    expect(fromFile.body).toMatch(/CSV line 4/);
    // Pasted text works the same way.
    const pasted = await postCsv(staff, `/campaigns/${campaign}/agencies/csv`, {
      csrf: staff.csrf,
      pasted: 'name,jurisdiction,level,request_email\r\nTexas Department of Public Safety,US-TX,state,pia@dps.example',
    });
    expect(pasted.body).toContain('Agencies added: 1, refused: 0');
    expect((await api(env, 'GET', `/api/v1/campaigns/${campaign}`, token)).body.summary.requests).toBe(5);
  });
});

describe('the campaign view', () => {
  it('shows the counts and a row per agency, filters them, links the CSV, and the request links back', async () => {
    const chicago = await requestIdOf('Chicago Police Department');
    // Sent two months ago by other means: its clock has long run out.
    await event(env, token, chicago, { type: 'submitted', date: '2026-09-01', channel: 'email' });
    await settle(env);
    const page = (await getPage(env, staff, `/campaigns/${campaign}`)).body;
    expect(page).toMatch(/<dt>Drafts<\/dt><dd>4<\/dd>/);
    expect(page).toMatch(/<dt>Sent<\/dt><dd>1<\/dd>/);
    expect(page).toMatch(/<dt>Overdue<\/dt><dd class="late">1<\/dd>/);
    expect(page).toContain('Median days to a final answer');
    const row = /<tr id="campaign-request-(\d+)">([\s\S]*?)<\/tr>/g;
    const rows = [...page.matchAll(row)];
    expect(rows).toHaveLength(5);
    const chicagoRow = rows.find((r) => Number(r[1]) === chicago)?.[2] ?? '';
    expect(chicagoRow).toContain('<span class="muted">US-IL</span>');
    expect(chicagoRow).toContain('status-submitted');
    expect(chicagoRow).toMatch(/<td class="late">\d+<\/td>/);
    expect(chicagoRow).toContain('response');
    expect(page).toContain(`href="/api/v1/campaigns/${campaign}/export.csv"`);
    expect(page).toContain('id="bulk-form"');

    const filtered = (await getPage(env, staff, `/campaigns/${campaign}?jurisdiction=US-IL&sort=-daysLate`)).body;
    expect([...filtered.matchAll(row)]).toHaveLength(1);
    expect(filtered).toContain(`href="/api/v1/campaigns/${campaign}/export.csv?jurisdiction=US-IL&amp;sort=-daysLate"`);
    const overdue = (await getPage(env, staff, `/campaigns/${campaign}?overdue=true`)).body;
    expect([...overdue.matchAll(row)].map((r) => Number(r[1]))).toEqual([chicago]);
    const bad = await getPage(env, staff, `/campaigns/${campaign}?status=nonsense`);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Some filters are not valid.');

    const csv = await getPage(env, staff, `/api/v1/campaigns/${campaign}/export.csv?jurisdiction=US-IL`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.trim().split('\r\n')).toHaveLength(2);

    const request = (await getPage(env, volunteer, `/requests/${chicago}`)).body;
    expect(request).toContain(
      `<dt>Campaign</dt><dd><a href="/campaigns/${campaign}">Social media monitoring tools</a></dd>`,
    );
    expect((await api(env, 'GET', `/api/v1/requests/${chicago}`, token)).body.campaignId).toBe(campaign);
  });
});

describe('bulk actions', () => {
  it('act on the checked rows, or on all when none is checked, and report each request', async () => {
    const boston = await requestIdOf('Boston Police Department');
    const texas = await requestIdOf('Texas Department of Public Safety');
    const onChecked = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['requestId', String(boston)],
      ['action', 'tags'],
      ['add', 'priority'],
      ['remove', ''],
    ]);
    expect(onChecked.statusCode, onChecked.body).toBe(200);
    expect(onChecked.body).toContain('Change tags: 1 done, 0 skipped, 0 failed');
    // The selection stays checked for the next action.
    expect(onChecked.body).toContain(`value="${boston}" aria-label="Select Boston Police Department" checked>`);
    expect((await api(env, 'GET', `/api/v1/requests/${boston}`, token)).body.tags).toContain('priority');

    const onAll = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['action', 'tags'],
      ['add', 'priority'],
    ]);
    expect(onAll.body).toContain('Change tags: 4 done, 1 skipped, 0 failed');
    expect(onAll.body).toMatch(
      /Boston Police Department<\/a><\/th><td class="">skipped<\/td><td>its tags were already so/,
    );

    // Send every draft: the one without an e-mail address fails with why, the sent one is skipped.
    const send = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['action', 'send'],
    ]);
    expect(send.statusCode, send.body).toBe(200);
    expect(send.body).toContain('Send the drafts&#39; letters: 3 done, 1 skipped, 1 failed');
    expect(send.body).toMatch(/Chicago Police Department<\/a><\/th><td class="">skipped<\/td><td>not a draft/);
    expect(send.body).toMatch(
      /Florida Fusion Center<\/a><\/th><td class="late">failed<\/td><td>[^<]*no e-mail address/,
    );
    const stop = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['action', 'stop'],
    ]);
    expect(stop.body).toMatch(/Send stopped: \d+ messages? waiting their turn cancelled/);

    // Refused: nothing done, the reason beside the actions, the selection kept.
    const noDate = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['requestId', String(texas)],
      ['action', 'visibility'],
      ['visibility', 'embargoed'],
      ['embargoUntil', ''],
    ]);
    expect(noDate.statusCode).toBe(422);
    expect(noDate.body).toContain('id="bulk-error"');
    expect(noDate.body).toContain('The embargo end date is required when visibility is embargoed.');
    expect(noDate.body).toContain(`value="${texas}" aria-label="Select Texas Department of Public Safety" checked>`);
    const unconfirmed = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['action', 'withdraw'],
    ]);
    expect(unconfirmed.statusCode).toBe(422);
    expect(unconfirmed.body).toContain('Yes, withdraw them');
    expect((await api(env, 'GET', `/api/v1/campaigns/${campaign}`, token)).body.summary.withdrawn).toBe(0);
    const withdrawn = await postFields(staff, `/campaigns/${campaign}/bulk`, [
      ['_csrf', staff.csrf],
      ['requestId', String(texas)],
      ['action', 'withdraw'],
      ['confirmWithdraw', 'yes'],
      ['note', 'Out of scope'],
    ]);
    expect(withdrawn.body).toContain('Withdraw: 1 done, 0 skipped, 0 failed');
    expect((await api(env, 'GET', `/api/v1/requests/${texas}`, token)).body.status).toBe('withdrawn');
    const noAction = await postFields(staff, `/campaigns/${campaign}/bulk`, [['_csrf', staff.csrf]]);
    expect(noAction.statusCode).toBe(422);
    expect(noAction.body).toContain('Choose one of the actions.');
  });
});

describe('who may do what', () => {
  it('volunteers read the campaign without the staff forms, and cannot post them; a post without CSRF is refused', async () => {
    const list = (await getPage(env, volunteer, '/campaigns')).body;
    expect(list).toContain('Social media monitoring tools');
    expect(list).not.toContain('href="/campaigns/new"');
    const view = await getPage(env, volunteer, `/campaigns/${campaign}`);
    expect(view.statusCode).toBe(200);
    expect(view.body).toContain('id="campaign-summary"');
    expect(view.body).toContain('id="campaign-requests"');
    expect(view.body).not.toContain('id="bulk-form"');
    expect(view.body).not.toContain('type="checkbox"');
    expect(view.body).not.toContain('id="add-agencies"');
    expect(view.body).not.toContain(`href="/campaigns/${campaign}/edit"`);
    expect((await getPage(env, volunteer, '/campaigns/new')).statusCode).toBe(403);
    expect((await getPage(env, volunteer, `/campaigns/${campaign}/edit`)).statusCode).toBe(403);
    for (const [url, fields] of [
      ['/campaigns', { title: 'x', body: 'y' }],
      [`/campaigns/${campaign}/edit`, { title: 'x', body: 'y' }],
      [`/campaigns/${campaign}/bulk`, { action: 'tags', add: 'x' }],
      [`/campaigns/${campaign}/agencies`, { by: 'ids', agencyId: String(agency.fbi) }],
    ] as const) {
      const res = await postForm(env, volunteer, url, { _csrf: volunteer.csrf, ...fields });
      expect(res.statusCode, url).toBe(403);
      // Staff without the form's CSRF token: refused too.
      const forged = await postForm(env, staff, url, fields);
      expect(forged.statusCode, url).toBe(403);
      expect(forged.body).toContain('CSRF');
    }
    const csvWithoutToken = await postCsv(staff, `/campaigns/${campaign}/agencies/csv`, {
      pasted: 'name,jurisdiction,level\nNowhere Office,US-FL,state',
    });
    expect(csvWithoutToken.statusCode).toBe(403);
    expect((await api(env, 'GET', `/api/v1/campaigns/${campaign}`, token)).body.summary.requests).toBe(5);
    // Signed out, the pages send the browser to sign in.
    const anonymous = await getPage(env, null, `/campaigns/${campaign}`);
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toMatch(/^\/sign-in\?next=/);
  });
});
