/**
 * The agency form (add one, or edit one): name, jurisdiction, level, parent, where requests go (e-mail,
 * portal, post) and who decides appeals and where they go. Refused input keeps what was typed, each
 * bad field marked with its message beside it.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type AgencyInput, agencyFields } from '../agencies/service.js';
import { AGENCY_LEVELS, listJurisdictions } from '../deadlines/index.js';
import type { FieldError } from '../errors.js';
import { fieldMessage } from '../http/messages.js';
import { type Html, html } from './html.js';
import { csrfField } from './layout.js';

export const AGENCY_FORM_FIELDS = [
  'name',
  'jurisdiction',
  'level',
  'requestEmail',
  'portalUrl',
  'postalAddress',
  'appealBody',
  'appealEmail',
  'appealAddress',
  'notes',
] as const;
type Field = (typeof AGENCY_FORM_FIELDS)[number];

export type AgencyFormValues = Partial<Record<Field, string>>;

/** The form's text as the API's input: empty fields are "none". */
export function parseAgencyForm(values: AgencyFormValues): { input: AgencyInput } | { errors: FieldError[] } {
  const raw: Record<string, unknown> = {};
  for (const f of AGENCY_FORM_FIELDS) {
    const v = (values[f] ?? '').trim();
    raw[f] = v === '' ? (f === 'name' || f === 'jurisdiction' || f === 'level' ? '' : null) : v;
  }
  const parsed = agencyFields.safeParse(raw);
  if (parsed.success) return { input: parsed.data };
  return {
    errors: parsed.error.issues.map((i) => ({
      path: String(i.path[0] ?? 'form'),
      message: fieldMessage(i.path as (string | number)[], i.message),
    })),
  };
}

export const agencyFormBody = z.record(z.string(), z.string());

export function agencyForm(
  req: FastifyRequest,
  o: { action: string; submit: string; values: AgencyFormValues; errors?: FieldError[]; error?: string },
): Html {
  const err = (f: Field) => o.errors?.find((e) => e.path === f)?.message;
  const attrs = (f: Field) => (err(f) ? html` aria-invalid="true" aria-describedby="agency-${f}-error"` : html``);
  const note = (f: Field) => (err(f) ? html` <span class="error" id="agency-${f}-error">${err(f)}</span>` : '');
  const text = (f: Field, label: string, type = 'text', extra: Html = html``) =>
    html`<p><label for="agency-${f}">${label}</label> <input id="agency-${f}" name="${f}" type="${type}" value="${o.values[f] ?? ''}"${attrs(f)}${extra}>${note(f)}</p>`;
  const area = (f: Field, label: string) =>
    html`<p><label for="agency-${f}">${label}</label> <textarea id="agency-${f}" name="${f}" rows="3"${attrs(f)}>${o.values[f] ?? ''}</textarea>${note(f)}</p>`;
  const jurisdiction = (o.values.jurisdiction ?? '').toUpperCase();
  return html`<form method="post" action="${o.action}" class="stack narrow" id="agency-form">
${csrfField(req)}
${o.error ? html`<p class="error" role="alert">${o.error}</p>` : ''}
${text('name', 'Name', 'text', html` required maxlength="300"`)}
<p><label for="agency-jurisdiction">Jurisdiction (its law sets the clocks)</label> <select id="agency-jurisdiction" name="jurisdiction" required${attrs('jurisdiction')}>
<option value="">Choose…</option>
${listJurisdictions().map((j) => html`<option value="${j.code}"${j.code === jurisdiction ? html` selected` : ''}>${j.name} (${j.code})</option>`)}
</select>${note('jurisdiction')}</p>
<p><label for="agency-level">Level</label> <select id="agency-level" name="level" required${attrs('level')}>
<option value="">Choose…</option>
${AGENCY_LEVELS.map((l) => html`<option value="${l}"${l === o.values.level ? html` selected` : ''}>${l}</option>`)}
</select>${note('level')}</p>
<fieldset><legend>Where requests go</legend>
${text('requestEmail', 'Request e-mail', 'email')}
${text('portalUrl', 'Portal address', 'url')}
${area('postalAddress', 'Postal address (for printed letters)')}
</fieldset>
<fieldset><legend>Appeals</legend>
${text('appealBody', 'Who decides appeals (e.g. "Director, Office of Information Policy")')}
${text('appealEmail', 'Appeal e-mail (else the request e-mail)', 'email')}
${area('appealAddress', 'Appeal postal address (else the postal address)')}
</fieldset>
${area('notes', 'Notes')}
<p><button type="submit">${o.submit}</button></p>
</form>`;
}
