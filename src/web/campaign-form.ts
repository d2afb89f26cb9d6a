/**
 * The campaign form (new, or edit its defaults): title, what is asked for, the letter (a request
 * template, or the campaign's own text in the placeholder language), tags, visibility and embargo,
 * owner, follow-up policy and send pace. Refused input keeps what was typed, each bad field marked
 * with its message beside it.
 */
import type { FastifyRequest } from 'fastify';
import { type CampaignInput, type CampaignRow, campaignFields } from '../campaigns/service.js';
import { FOLLOW_UP_POLICIES } from '../db/schema.js';
import type { FieldError } from '../errors.js';
import { fieldMessage } from '../http/messages.js';
import { type Html, html } from './html.js';
import { csrfField } from './layout.js';
import { placeholderTable } from './pages/letters.js';
import { POLICY_TEXT } from './pages/request-edit.js';

export const CAMPAIGN_FORM_FIELDS = [
  'title',
  'body',
  'letterTemplateId',
  'letterSubject',
  'letterBody',
  'tags',
  'visibility',
  'embargoUntil',
  'ownerId',
  'followUpPolicy',
  'sendPerMinute',
] as const;
type Field = (typeof CAMPAIGN_FORM_FIELDS)[number];

export type CampaignFormValues = Partial<Record<Field, string>>;

const VISIBILITIES = ['private', 'public', 'embargoed'] as const;
const PACE_MESSAGE = 'The send pace must be a whole number of messages a minute, from 1 to 600';

/** The form's values of a saved campaign (its own letter lives in its template, not in these fields). */
export function campaignFormValues(c: CampaignRow): CampaignFormValues {
  return {
    title: c.title,
    body: c.body,
    letterTemplateId: c.letterTemplateId ? String(c.letterTemplateId) : '',
    tags: (JSON.parse(c.tags) as string[]).join(', '),
    visibility: c.visibility,
    embargoUntil: c.embargoUntil ?? '',
    ownerId: c.ownerId ? String(c.ownerId) : '',
    followUpPolicy: c.followUpPolicy,
    sendPerMinute: String(c.sendPerMinute),
  };
}

/** The form field an error of the API's input names (`letter.body` is the letter's text area). */
function fieldOf(path: readonly PropertyKey[] | string): Field | 'form' {
  const keys = typeof path === 'string' ? path.split('.') : path.map(String);
  if (keys[0] === 'letter') return keys[1] === 'subject' ? 'letterSubject' : 'letterBody';
  return CAMPAIGN_FORM_FIELDS.find((f) => f === keys[0]) ?? 'form';
}

/** Errors of the service (its `errors` paths) as errors of the form's fields. */
export function formErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: fieldOf(e.path), message: fieldMessage(e.path, e.message) }));
}

/** The form's text as the API's input: an empty select is "none", an own letter only when written. */
export function parseCampaignForm(values: CampaignFormValues): { input: CampaignInput } | { errors: FieldError[] } {
  const text = (f: Field) => (values[f] ?? '').replace(/\r\n/g, '\n').trim();
  const visibility = text('visibility') || 'private';
  const pace = text('sendPerMinute');
  const raw: Record<string, unknown> = {
    title: text('title'),
    body: text('body'),
    letterTemplateId: /^\d{1,10}$/.test(text('letterTemplateId')) ? Number(text('letterTemplateId')) : null,
    tags: text('tags')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    visibility,
    embargoUntil: visibility === 'embargoed' ? text('embargoUntil') || null : null,
    ownerId: /^\d{1,10}$/.test(text('ownerId')) ? Number(text('ownerId')) : null,
    followUpPolicy: text('followUpPolicy') || 'approve',
    ...(pace ? { sendPerMinute: /^\d{1,6}$/.test(pace) ? Number(pace) : pace } : {}),
  };
  if (text('letterSubject') || text('letterBody')) {
    raw.letter = { subject: text('letterSubject'), body: text('letterBody') };
  }
  const parsed = campaignFields.safeParse(raw);
  if (parsed.success) return { input: parsed.data };
  return {
    errors: parsed.error.issues.map((i) => {
      const path = fieldOf(i.path);
      return {
        path,
        message: path === 'sendPerMinute' ? PACE_MESSAGE : fieldMessage(i.path as (string | number)[], i.message),
      };
    }),
  };
}

export interface CampaignFormOptions {
  action: string;
  submit: string;
  values: CampaignFormValues;
  templates: { id: number; name: string; jurisdiction: string | null }[];
  people: { id: number; email: string; name: string | null }[];
  /** The campaign's current template, to be edited on its own page. */
  currentTemplateId?: number | null;
  errors?: FieldError[];
  error?: string;
}

export function campaignForm(req: FastifyRequest, o: CampaignFormOptions): Html {
  const v = o.values;
  const err = (f: Field) => o.errors?.find((e) => e.path === f)?.message;
  const attrs = (f: Field) => (err(f) ? html` aria-invalid="true" aria-describedby="campaign-${f}-error"` : html``);
  const note = (f: Field) => (err(f) ? html` <span class="error" id="campaign-${f}-error">${err(f)}</span>` : '');
  const unplaced = (o.errors ?? []).filter((e) => e.path === 'form').map((e) => e.message);
  const problem = [o.error, ...unplaced].filter(Boolean).join(' ');
  const visibility = v.visibility || 'private';
  const policy = v.followUpPolicy || 'approve';
  return html`<form method="post" action="${o.action}" class="stack" id="campaign-form">
${csrfField(req)}
${problem || o.errors?.length ? html`<p class="error" role="alert">${problem || 'Not saved: correct the fields marked below.'}</p>` : ''}
<p><label for="campaign-title">Title</label> <input id="campaign-title" name="title" required maxlength="500" value="${v.title ?? ''}"${attrs('title')}>${note('title')}</p>
<p><label for="campaign-body">What is asked for (the text of each request, quoted in its letters)</label> <textarea id="campaign-body" name="body" rows="8" required${attrs('body')}>${v.body ?? ''}</textarea>${note('body')}</p>
<fieldset><legend>The letter</legend>
<p class="hint">Each agency's letter is made from it, filled with that agency's own law, periods and provisions.</p>
<p><label for="campaign-letterTemplateId">Letter template</label> <select id="campaign-letterTemplateId" name="letterTemplateId"${attrs('letterTemplateId')}>
<option value="">The organisation's request letter for each jurisdiction, else its default letter</option>
${o.templates.map((t) => html`<option value="${t.id}"${String(t.id) === v.letterTemplateId ? html` selected` : ''}>${t.name}${t.jurisdiction ? ` (${t.jurisdiction})` : ''}</option>`)}
</select>${note('letterTemplateId')}${o.currentTemplateId ? html` <a href="/letter-templates/${o.currentTemplateId}">Edit the current template</a>` : ''}</p>
<p>Or write the campaign's own letter (it is used instead of the template above; <code>{{request.body}}</code> is what is asked for):</p>
<p><label for="campaign-letterSubject">Subject of the campaign's letter</label> <input id="campaign-letterSubject" name="letterSubject" maxlength="1000" value="${v.letterSubject ?? ''}"${attrs('letterSubject')}>${note('letterSubject')}</p>
<p><label for="campaign-letterBody">Text of the campaign's letter</label> <textarea id="campaign-letterBody" name="letterBody" rows="14"${attrs('letterBody')}>${v.letterBody ?? ''}</textarea>${note('letterBody')}</p>
${placeholderTable()}
</fieldset>
<p><label for="campaign-tags">Tags (comma-separated)</label> <input id="campaign-tags" name="tags" value="${v.tags ?? ''}"${attrs('tags')}>${note('tags')}</p>
<fieldset><legend>Visibility of its requests</legend>
${VISIBILITIES.map((x) => html`<label class="inline"><input type="radio" name="visibility" value="${x}"${visibility === x ? html` checked` : ''}> ${x}</label>`)}
${note('visibility')}
<p><label for="campaign-embargoUntil">Embargoed until (for embargoed)</label> <input id="campaign-embargoUntil" name="embargoUntil" type="date" value="${v.embargoUntil ?? ''}"${attrs('embargoUntil')}>${note('embargoUntil')}</p>
</fieldset>
<p><label for="campaign-ownerId">Owner of its requests (gets their reminders and signs their letters)</label> <select id="campaign-ownerId" name="ownerId"${attrs('ownerId')}>
<option value="">nobody</option>
${o.people.map((p) => html`<option value="${p.id}"${String(p.id) === v.ownerId ? html` selected` : ''}>${p.name ? `${p.name} (${p.email})` : p.email}</option>`)}
</select>${note('ownerId')}</p>
<p><label for="campaign-followUpPolicy">When an agency is late</label> <select id="campaign-followUpPolicy" name="followUpPolicy"${attrs('followUpPolicy')}>
${FOLLOW_UP_POLICIES.map((p) => html`<option value="${p}"${p === policy ? html` selected` : ''}>${POLICY_TEXT[p]}</option>`)}
</select>${note('followUpPolicy')}</p>
<p><label for="campaign-sendPerMinute">Send pace (messages a minute when its drafts are sent)</label> <input id="campaign-sendPerMinute" name="sendPerMinute" type="number" min="1" max="600" step="1" value="${v.sendPerMinute ?? '30'}"${attrs('sendPerMinute')}>${note('sendPerMinute')}</p>
<p><button type="submit">${o.submit}</button></p>
</form>`;
}
