/**
 * The placeholder language: known placeholders only, whitespace inside the braces allowed; anything
 * else is a 422 naming it, when a template is saved and when one is rendered; nothing is evaluated;
 * a known placeholder without a value is a visible marker and is listed as missing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import {
  checkTemplate,
  PLACEHOLDERS,
  type PlaceholderName,
  type PlaceholderValue,
  renderTemplate,
} from '../../src/letters/template.js';
import { createTestEnv, type TestEnv } from '../helpers/app.js';
import { api, makeAgency, makeRequest, userWithToken } from '../helpers/factories.js';

const values = (v: Partial<Record<PlaceholderName, PlaceholderValue>>) => (name: PlaceholderName) =>
  v[name] ?? { missing: `no ${name}` };

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('the language', () => {
  it('fills known placeholders, with or without spaces inside the braces', () => {
    const out = renderTemplate(
      { subject: 'Re: {{ request.title }}', body: 'Dear {{agency.name}},\n{{  law.citation  }}.' },
      values({ 'request.title': 'Contracts', 'agency.name': 'BPD', 'law.citation': 'G.L. c. 66' }),
    );
    expect(out).toEqual({ subject: 'Re: Contracts', body: 'Dear BPD,\nG.L. c. 66.', missing: [] });
  });

  it('marks a known placeholder without a value and lists it as missing (once)', () => {
    const out = renderTemplate(
      {
        subject: 'Request {{request.trackingNumbers}}',
        body: 'Ref {{request.trackingNumbers}}; {{clock.response.days}}',
      },
      values({
        'request.trackingNumbers': { missing: 'no tracking number yet' },
        'clock.response.days': { missing: 'the law sets no fixed period' },
      }),
    );
    expect(out.subject).toBe('Request [no tracking number yet]');
    expect(out.body).toBe('Ref [no tracking number yet]; [the law sets no fixed period]');
    expect(out.missing).toEqual([
      { placeholder: 'request.trackingNumbers', reason: 'no tracking number yet' },
      { placeholder: 'clock.response.days', reason: 'the law sets no fixed period' },
    ]);
  });

  it.each([
    '{{constructor}}',
    '{{__proto__.x}}',
    '{{request.body.length}}',
    '{{toString}}',
    '{{agency}}',
    '{{ agency.name | upper }}',
    '{{#each request}}',
    '{{{agency.name}}}',
    "{{ require('fs') }}",
    '{{}}',
  ])('%s is unknown: a 422 naming it, never evaluated and never an empty string', (placeholder) => {
    const err = refusal(() => checkTemplate({ subject: 'x', body: `Before ${placeholder} after` }));
    expect(err.status).toBe(422);
    expect(err.code).toBe('unknown_placeholder');
    const name = placeholder
      .replace(/^\{\{\s*/, '')
      .replace(/\s*\}\}$/, '')
      .trim();
    expect(err.message).toContain(name);
    expect(err.errors?.[0]).toMatchObject({ path: 'body', message: expect.stringContaining(name) });
    // Rendering refuses it too, whatever the values would say.
    expect(() => renderTemplate({ subject: 'x', body: placeholder }, () => 'EVALUATED')).toThrow(AppError);
  });

  it('names every unknown placeholder, in the subject and the body, with its line', () => {
    const err = refusal(() => checkTemplate({ subject: '{{nope}}', body: 'ok {{agency.name}}\n{{also.nope}}' }));
    expect(err.message).toMatch(/Unknown placeholders \{\{nope\}\}, \{\{also\.nope\}\}/);
    expect(err.errors).toEqual([
      { path: 'subject', message: 'Unknown placeholder {{nope}} (line 1)' },
      { path: 'body', message: 'Unknown placeholder {{also.nope}} (line 2)' },
    ]);
  });

  it('refuses a placeholder that is never closed', () => {
    const err = refusal(() => checkTemplate({ subject: 's', body: 'Dear {{agency.name,\nthanks' }));
    expect(err).toMatchObject({ status: 422, code: 'unclosed_placeholder' });
    expect(err.message).toContain('{{agency.name,');
  });

  it('puts values in as plain text: a value that looks like a placeholder stays as it is', () => {
    const out = renderTemplate(
      { subject: '{{request.title}}', body: '{{request.body}}' },
      values({ 'request.title': '{{agency.name}}', 'request.body': '<b>{{constructor}}</b> & "quotes"' }),
    );
    expect(out.body).toBe('<b>{{constructor}}</b> & "quotes"');
    expect(out.subject).toBe('{{agency.name}}');
  });

  it('the list has every placeholder the issue names, each once', () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of [
      'agency.name',
      'agency.appealBody',
      'law.citation',
      'clock.response.days',
      'clock.appeal_filing.due',
      'requester.signature',
      'request.trackingNumbers',
      'reply.address',
      'determination.outcome',
      'fee.waiver',
      'expedited',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('the README lists every placeholder', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const p of PLACEHOLDERS) expect(readme).toContain(`| \`{{${p.name}}}\` | ${p.description} |`);
  });
});

describe('through the API', () => {
  let env: TestEnv;
  let staff: string;
  beforeAll(async () => {
    env = await createTestEnv({ now: '2026-11-24T15:00:00Z', withQueue: false });
    staff = (await userWithToken(env, 'staff')).token;
  });
  afterAll(() => env.close());

  it('saving a template with an unknown placeholder is a 422 problem naming it', async () => {
    const res = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Bad',
      kind: 'request',
      subject: 'Request',
      body: 'Dear {{agency.nmae}},',
    });
    expect(res.status).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'unknown_placeholder', placeholders: ['{{agency.nmae}}'] });
    expect(res.body.detail).toContain('{{agency.nmae}}');
    expect(res.body.errors).toEqual([{ path: 'body', message: 'Unknown placeholder {{agency.nmae}} (line 1)' }]);
    const patchTarget = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Good',
      kind: 'request',
      subject: '{{request.title}}',
      body: 'Dear {{ agency.name }},',
    });
    expect(patchTarget.status).toBe(201);
    expect(patchTarget.body.placeholders).toEqual(['request.title', 'agency.name']);
    const patch = await api(env, 'PATCH', `/api/v1/letter-templates/${patchTarget.body.id}`, staff, {
      subject: '{{request.body.length}}',
    });
    expect(patch.status).toBe(422);
    expect(patch.body.errors[0]).toEqual({
      path: 'subject',
      message: 'Unknown placeholder {{request.body.length}} (line 1)',
    });
  });

  it('rendering a stored template that has become invalid is the same 422, never an empty string', async () => {
    const agency = await makeAgency(env, staff);
    const request = await makeRequest(env, staff, agency.id);
    const t = await api(env, 'POST', '/api/v1/letter-templates', staff, {
      name: 'Ours',
      kind: 'request',
      subject: '{{request.title}}',
      body: 'Dear {{agency.name}}',
    });
    // As if written by an older release whose list had a placeholder this one does not.
    env.db.$client.prepare("update letter_templates set body = 'Dear {{agency.fax}}' where id = ?").run(t.body.id);
    const res = await api(env, 'GET', `/api/v1/requests/${request.id}/letters/request`, staff);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'unknown_placeholder', errors: [{ path: 'body' }] });
    expect(res.body.detail).toContain('{{agency.fax}}');
  });
});
