/**
 * The organisation's letter templates (list, create, edit, delete, with the placeholders shown and
 * any jurisdiction's default letter to start from) and the requester profile (the organisation's
 * default and your own override), for staff.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../auth/plugin.js';
import { timestampText, today as todayIn } from '../../clock.js';
import { LETTER_KINDS } from '../../db/schema.js';
import { findJurisdiction, listJurisdictions } from '../../deadlines/index.js';
import { AppError } from '../../errors.js';
import { defaultTemplate, fullShape, type LetterKind } from '../../letters/defaults.js';
import { getProfile, type ProfileOwner, profileFields, putProfile } from '../../letters/profiles.js';
import { PLACEHOLDERS } from '../../letters/template.js';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  type TemplateInput,
  templateFields,
  updateTemplate,
} from '../../letters/templates.js';
import { type Html, html } from '../html.js';
import { csrfField, label, page, sendPage } from '../layout.js';

const idParams = z.object({ id: z.coerce.number().int().positive() });
const form = z.record(z.string(), z.string());

interface Draft {
  name: string;
  kind: LetterKind;
  jurisdiction: string;
  isDefault: boolean;
  subject: string;
  body: string;
}

const EMPTY: Draft = { name: '', kind: 'request', jurisdiction: '', isDefault: true, subject: '', body: '' };

export function placeholderTable(): Html {
  return html`<details class="placeholders"><summary>Placeholders</summary>
<p>Write them in double braces, e.g. <code>{{agency.name}}</code>. Nothing else is evaluated; an unknown placeholder is refused with its name. A placeholder a request has no value for shows as <code>[reason]</code> in the letter and is listed as missing.</p>
<div class="table-scroll"><table><thead><tr><th scope="col">Placeholder</th><th scope="col">What</th><th scope="col">Example</th></tr></thead><tbody>
${PLACEHOLDERS.map((p) => html`<tr><th scope="row"><code>{{${p.name}}}</code></th><td>${p.description}</td><td>${p.example}</td></tr>`)}
</tbody></table></div></details>`;
}

function templateForm(req: FastifyRequest, action: string, d: Draft, error?: string): Html {
  return html`<form method="post" action="${action}" class="stack" id="template-form">
${csrfField(req)}
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<p><label for="t-name">Name</label> <input id="t-name" name="name" required maxlength="200" value="${d.name}"></p>
<p><label for="t-kind">Kind of letter</label> <select id="t-kind" name="kind">${LETTER_KINDS.map((k) => html`<option value="${k}"${k === d.kind ? html` selected` : ''}>${label(k)}</option>`)}</select></p>
<p><label for="t-jurisdiction">Jurisdiction</label> <select id="t-jurisdiction" name="jurisdiction"><option value="">Any</option>${listJurisdictions().map((j) => html`<option value="${j.code}"${j.code === d.jurisdiction ? html` selected` : ''}>${j.code} ${j.name}</option>`)}</select></p>
<p><label class="inline"><input type="checkbox" name="isDefault" value="on"${d.isDefault ? html` checked` : ''}> The organisation's letter of this kind for this jurisdiction (requests use it unless they chose another)</label></p>
<p><label for="t-subject">Subject</label> <input id="t-subject" name="subject" required maxlength="1000" value="${d.subject}"></p>
<p><label for="t-body">Letter</label> <textarea id="t-body" name="body" rows="24" required>${d.body}</textarea></p>
<p><button type="submit">Save template</button></p>
</form>`;
}

function parseDraft(body: Record<string, string>): Draft {
  const kind = LETTER_KINDS.find((k) => k === body.kind) ?? 'request';
  return {
    name: body.name ?? '',
    kind,
    jurisdiction: (body.jurisdiction ?? '').trim(),
    isDefault: body.isDefault === 'on',
    subject: body.subject ?? '',
    body: (body.body ?? '').replace(/\r\n/g, '\n'),
  };
}

/** The draft as the API's input, or the first problem in words. */
function toInput(d: Draft): TemplateInput | string {
  const parsed = templateFields.safeParse({ ...d, jurisdiction: d.jurisdiction || null });
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) => `${i.path.join('.') || 'form'}: ${i.message}`).join('; ');
}

export const letterPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  const listPage = (req: FastifyRequest, reply: FastifyReply, draft: Draft, error?: string, status = 200) => {
    const rows = listTemplates(db);
    const body = html`<h1>Letter templates</h1>
<p>Requests use their own template, else the organisation's template for the kind and the request's jurisdiction, else the one for any jurisdiction, else the default letter generated for the jurisdiction.</p>
${
  rows.length
    ? html`<div class="table-scroll"><table id="templates"><thead><tr><th scope="col">Template</th><th scope="col">Kind</th><th scope="col">Jurisdiction</th><th scope="col">Used by default</th><th scope="col">Updated</th></tr></thead><tbody>
${rows.map((t) => html`<tr><th scope="row"><a href="/letter-templates/${t.id}">${t.name}</a></th><td>${label(t.kind)}</td><td>${t.jurisdiction ?? 'any'}</td><td>${t.isDefault ? 'yes' : 'no'}</td><td class="date">${timestampText(t.updatedAt)}</td></tr>`)}
</tbody></table></div>`
    : html`<p class="empty">No templates yet: every letter is the default one of its jurisdiction.</p>`
}
<h2 id="h-new">New template</h2>
<form method="get" action="/letter-templates" class="filters" aria-label="Start from a default letter">
<p><label for="s-from">Start from the default letter of</label> <select id="s-from" name="from">${listJurisdictions().map((j) => html`<option value="${j.code}"${j.code === draft.jurisdiction ? html` selected` : ''}>${j.code} ${j.name}</option>`)}</select>
<label for="s-kind">kind</label> <select id="s-kind" name="kind">${LETTER_KINDS.map((k) => html`<option value="${k}"${k === draft.kind ? html` selected` : ''}>${label(k)}</option>`)}</select>
<button type="submit">Load it</button></p>
</form>
${templateForm(req, '/letter-templates', draft, error)}
${placeholderTable()}`;
    return sendPage(reply, page(req, { title: 'Letter templates', body, current: 'templates' }), status);
  };

  app.get(
    '/letter-templates',
    {
      config: { access: 'staff', page: true },
      schema: {
        hide: true,
        querystring: z
          .object({ from: z.string().max(10).optional(), kind: z.string().max(20).optional() })
          .passthrough(),
      },
    },
    async (req, reply) => {
      const j = req.query.from ? findJurisdiction(req.query.from) : undefined;
      const kind = LETTER_KINDS.find((k) => k === req.query.kind) ?? 'request';
      if (!j) return listPage(req, reply, EMPTY);
      const t = defaultTemplate(j.code, kind, fullShape(todayIn(j.code, app.deps.clock())));
      return listPage(req, reply, {
        name: `${j.code} ${label(kind)} letter`,
        kind,
        jurisdiction: j.code,
        isDefault: true,
        ...t,
      });
    },
  );

  app.post(
    '/letter-templates',
    { config: { access: 'staff', page: true }, schema: { hide: true, body: form } },
    async (req, reply) => {
      const draft = parseDraft(req.body);
      const input = toInput(draft);
      if (typeof input === 'string') return listPage(req, reply, draft, input, 422);
      try {
        const row = createTemplate(db, actorOf(req), app.deps.clock(), input);
        return reply.redirect(`/letter-templates/${row.id}?saved=1`, 303);
      } catch (err) {
        if (err instanceof AppError && err.status === 422) return listPage(req, reply, draft, err.message, 422);
        throw err;
      }
    },
  );

  const editPage = (
    req: FastifyRequest,
    reply: FastifyReply,
    id: number,
    opts: { draft?: Draft; error?: string; saved?: boolean; status?: number } = {},
  ) => {
    const t = getTemplate(db, id);
    const d: Draft = opts.draft ?? { ...t, jurisdiction: t.jurisdiction ?? '' };
    const body = html`<p class="breadcrumb"><a href="/letter-templates">Letter templates</a></p>
<h1>${t.name}</h1>
${opts.saved ? html`<p class="notice" role="status">Template saved.</p>` : ''}
${templateForm(req, `/letter-templates/${id}`, d, opts.error)}
<form method="post" action="/letter-templates/${id}/delete" id="delete-template">
${csrfField(req)}
<p><button type="submit">Delete this template</button> <span class="muted">Requests that chose it go back to the organisation's or the default letter.</span></p>
</form>
${placeholderTable()}`;
    return sendPage(reply, page(req, { title: t.name, body, current: 'templates' }), opts.status ?? 200);
  };

  app.get(
    '/letter-templates/:id',
    {
      config: { access: 'staff', page: true },
      schema: {
        hide: true,
        params: idParams,
        querystring: z.object({ saved: z.string().optional() }).passthrough(),
      },
    },
    async (req, reply) => editPage(req, reply, req.params.id, { saved: req.query.saved === '1' }),
  );

  app.post(
    '/letter-templates/:id',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams, body: form } },
    async (req, reply) => {
      const draft = parseDraft(req.body);
      const input = toInput(draft);
      if (typeof input === 'string') return editPage(req, reply, req.params.id, { draft, error: input, status: 422 });
      try {
        updateTemplate(db, actorOf(req), app.deps.clock(), req.params.id, {
          ...input,
          jurisdiction: input.jurisdiction ?? null,
          isDefault: draft.isDefault,
        });
      } catch (err) {
        if (err instanceof AppError && err.status === 422) {
          return editPage(req, reply, req.params.id, { draft, error: err.message, status: 422 });
        }
        throw err;
      }
      return reply.redirect(`/letter-templates/${req.params.id}?saved=1`, 303);
    },
  );

  app.post(
    '/letter-templates/:id/delete',
    { config: { access: 'staff', page: true }, schema: { hide: true, params: idParams, body: form.optional() } },
    async (req, reply) => {
      deleteTemplate(db, actorOf(req), app.deps.clock(), req.params.id);
      return reply.redirect('/letter-templates', 303);
    },
  );

  // ---- requester profile ----------------------------------------------------------------------

  const profileForm = (req: FastifyRequest, action: string, owner: ProfileOwner, id: string, error?: string) => {
    const p = getProfile(db, owner);
    const field = (name: keyof typeof p, text: string, type = 'text') =>
      html`<p><label for="${id}-${name}">${text}</label> <input id="${id}-${name}" name="${name}" type="${type}" value="${p[name] ?? ''}"></p>`;
    return html`<form method="post" action="${action}" class="stack" id="${id}">
${csrfField(req)}
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
${field('name', 'Name')}
${field('organisation', 'Organisation')}
<p><label for="${id}-postalAddress">Postal address</label> <textarea id="${id}-postalAddress" name="postalAddress" rows="4">${p.postalAddress ?? ''}</textarea></p>
${field('phone', 'Phone', 'tel')}
${field('email', 'E-mail', 'email')}
<p><label for="${id}-signature">Signature block</label> <textarea id="${id}-signature" name="signature" rows="4">${p.signature ?? ''}</textarea></p>
<p><button type="submit">Save</button></p>
</form>`;
  };

  const profilePage = (
    req: FastifyRequest,
    reply: FastifyReply,
    opts: { saved?: boolean; error?: { which: 'organisation' | 'me'; message: string }; status?: number } = {},
  ) => {
    const actor = actorOf(req);
    const body = html`<h1>Requester profile</h1>
${opts.saved ? html`<p class="notice" role="status">Profile saved.</p>` : ''}
<p>Letters are signed with the profile of the request's owner: each field set in their own profile, else the organisation's. A field neither has is shown in brackets in the letter and listed as missing.</p>
<section aria-labelledby="h-org-profile">
<h2 id="h-org-profile">The organisation's profile</h2>
${profileForm(req, '/requester-profile/organisation', 'organisation', 'org-profile', opts.error?.which === 'organisation' ? opts.error.message : undefined)}
</section>
<section aria-labelledby="h-my-profile">
<h2 id="h-my-profile">Your own (on the requests you own)</h2>
${profileForm(req, '/requester-profile/me', { userId: actor.userId }, 'my-profile', opts.error?.which === 'me' ? opts.error.message : undefined)}
</section>`;
    return sendPage(reply, page(req, { title: 'Requester profile', body, current: 'profile' }), opts.status ?? 200);
  };

  app.get(
    '/requester-profile',
    {
      config: { access: 'staff', page: true },
      schema: { hide: true, querystring: z.object({ saved: z.string().optional() }).passthrough() },
    },
    async (req, reply) => profilePage(req, reply, { saved: req.query.saved === '1' }),
  );

  for (const which of ['organisation', 'me'] as const) {
    app.post(
      `/requester-profile/${which}`,
      { config: { access: 'staff', page: true }, schema: { hide: true, body: form } },
      async (req, reply) => {
        const actor = actorOf(req);
        const raw = Object.fromEntries(
          ['name', 'organisation', 'postalAddress', 'phone', 'email', 'signature'].map((f) => [
            f,
            (req.body[f] ?? '').replace(/\r\n/g, '\n').trim() || null,
          ]),
        );
        const parsed = profileFields.safeParse(raw);
        if (!parsed.success) {
          const message = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
          return profilePage(req, reply, { error: { which, message }, status: 422 });
        }
        putProfile(
          db,
          actor,
          app.deps.clock(),
          which === 'organisation' ? 'organisation' : { userId: actor.userId },
          parsed.data,
        );
        return reply.redirect('/requester-profile?saved=1', 303);
      },
    );
  }
};
