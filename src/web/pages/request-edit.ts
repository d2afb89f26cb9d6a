/**
 * Editing a request from the browser: title, what is asked for, tags, owner, the agency's tracking
 * numbers, the channel it was sent by, and what happens when the agency is late (the follow-up
 * policy). The same rules as PATCH /api/v1/requests/{id}; refused input keeps what was typed.
 */

import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { userChoices } from '../../auth/users.js';
import { FOLLOW_UP_POLICIES } from '../../db/schema.js';
import { AppError, type FieldError } from '../../errors.js';
import { fieldMessage } from '../../http/messages.js';
import { channelSchema, updateRequestBody } from '../../requests/schemas.js';
import { readRequest, updateRequest } from '../../requests/service.js';
import { type Html, html } from '../html.js';
import { csrfField, label, page, sendPage } from '../layout.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });

export const POLICY_TEXT: Record<(typeof FOLLOW_UP_POLICIES)[number], string> = {
  off: 'off: no follow-ups',
  approve: 'approve: draft each follow-up for one-click sending',
  auto: 'auto: send each follow-up by e-mail',
};

type Values = Record<string, string>;

const lines = (v: string | undefined) =>
  (v ?? '')
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);

function parse(values: Values) {
  const input: Record<string, unknown> = {
    title: values.title ?? '',
    body: values.body ?? '',
    tags: lines(values.tags),
    trackingNumbers: lines(values.trackingNumbers),
    channel: values.channel ? values.channel : null,
    ownerId: values.ownerId ? Number(values.ownerId) : null,
    followUpPolicy: values.followUpPolicy,
  };
  const parsed = updateRequestBody.safeParse(input);
  if (parsed.success) return { input: parsed.data };
  const errors: FieldError[] = parsed.error.issues.map((i) => ({
    path: String(i.path[0] ?? 'form'),
    message: fieldMessage(i.path as (string | number)[], i.message),
  }));
  return { errors };
}

export const requestEditPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  const form = (
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    values: Values | null,
    problem: { errors?: FieldError[]; error?: string } = {},
    status = 200,
  ) => {
    const r = readRequest(db, actorOf(req), id, app.deps.clock());
    const v: Values = values ?? {
      title: r.title,
      body: r.body,
      tags: r.tags.join(', '),
      trackingNumbers: r.trackingNumbers.join('\n'),
      channel: r.channel ?? '',
      ownerId: r.ownerId ? String(r.ownerId) : '',
      followUpPolicy: r.followUpPolicy ?? 'approve',
    };
    const people = userChoices(db);
    const err = (f: string) => problem.errors?.find((e) => e.path === f)?.message;
    const mark = (f: string): Html => (err(f) ? html` aria-invalid="true" aria-describedby="edit-${f}-error"` : html``);
    const note = (f: string): Html =>
      err(f) ? html` <span class="error" id="edit-${f}-error">${err(f)}</span>` : html``;
    const body = html`<p class="breadcrumb"><a href="/requests">Requests</a> › <a href="/requests/${r.id}">${r.title}</a></p>
<h1>Edit the request</h1>
<form method="post" action="/requests/${r.id}/edit" class="stack" id="request-edit-form">
${csrfField(req)}
${problem.error ? html`<p class="error" role="alert">${problem.error}</p>` : ''}
<p><label for="edit-title">Title</label> <input id="edit-title" name="title" required maxlength="500" value="${v.title ?? ''}"${mark('title')}>${note('title')}</p>
<p><label for="edit-body">What is asked for (the request's text, quoted in its letters)</label> <textarea id="edit-body" name="body" rows="10" required${mark('body')}>${v.body ?? ''}</textarea>${note('body')}</p>
<p><label for="edit-tags">Tags (comma-separated)</label> <input id="edit-tags" name="tags" value="${v.tags ?? ''}"${mark('tags')}>${note('tags')}</p>
<p><label for="edit-owner">Owner (gets its reminders and signs its letters)</label> <select id="edit-owner" name="ownerId"${mark('ownerId')}>
<option value="">nobody</option>
${people.map((p) => html`<option value="${p.id}"${String(p.id) === v.ownerId ? html` selected` : ''}>${p.name ? `${p.name} (${p.email})` : p.email}</option>`)}
</select>${note('ownerId')}</p>
<p><label for="edit-tracking">The agency's tracking numbers (one a line, the latest last)</label> <textarea id="edit-tracking" name="trackingNumbers" rows="3"${mark('trackingNumbers')}>${v.trackingNumbers ?? ''}</textarea>${note('trackingNumbers')}</p>
<p><label for="edit-channel">Sent by</label> <select id="edit-channel" name="channel"${mark('channel')}>
<option value="">not said</option>
${channelSchema.options.map((c) => html`<option value="${c}"${c === v.channel ? html` selected` : ''}>${label(c)}</option>`)}
</select>${note('channel')}</p>
<p><label for="edit-policy">When the agency is late</label> <select id="edit-policy" name="followUpPolicy"${mark('followUpPolicy')}>
${FOLLOW_UP_POLICIES.map((p) => html`<option value="${p}"${p === v.followUpPolicy ? html` selected` : ''}>${POLICY_TEXT[p]}</option>`)}
</select>${note('followUpPolicy')}</p>
<p><button type="submit">Save</button> <a href="/requests/${r.id}">Cancel</a></p>
</form>`;
    return sendPage(reply, page(req, { title: `Edit: ${r.title}`, body, current: 'requests' }), status);
  };

  app.get(
    '/requests/:id/edit',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams } },
    async (req, reply) => form(req, reply, req.params.id, null),
  );

  app.post(
    '/requests/:id/edit',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, params: idParams, body: z.record(z.string(), z.string()) },
    },
    async (req, reply) => {
      const values = req.body;
      const parsed = parse(values);
      if ('errors' in parsed) return form(req, reply, req.params.id, values, { errors: parsed.errors }, 422);
      try {
        updateRequest(db, actorOf(req), app.deps.clock(), req.params.id, parsed.input);
      } catch (err) {
        if (!(err instanceof AppError) || err.status >= 500 || err.status === 404) throw err;
        const problem = err.errors?.length ? { errors: err.errors } : { error: err.message };
        return form(req, reply, req.params.id, values, problem, err.status);
      }
      return reply.redirect(`/requests/${req.params.id}?msg=edited`, 303);
    },
  );
};
