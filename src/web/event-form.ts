/**
 * The "add an event" form of a request page: a type select offering only what the state machine
 * allows now, the date and note every event has, and one fieldset of extra fields per type (the
 * page script shows only the chosen type's fieldset; without script they all show, and only the
 * chosen type's fields are read). Parsing goes through the API's own event schema.
 */

import { REQUEST_TYPES } from '../deadlines/types.js';
import type { FieldError } from '../errors.js';
import { fieldMessage, issueMessages } from '../http/messages.js';
import { type EventBody, eventBody } from '../requests/schemas.js';
import { OUTCOMES } from '../requests/state-machine.js';
import { type Html, html } from './html.js';
import { label } from './layout.js';

interface Field {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'time' | 'number' | 'select' | 'textarea' | 'checkbox';
  options?: readonly string[];
  required?: boolean;
}

const CHANNELS = ['email', 'fax', 'mail', 'portal', 'in_person'] as const;

const FIELDS: Record<string, Field[]> = {
  submitted: [
    { name: 'channel', label: 'Sent by', kind: 'select', options: CHANNELS },
    { name: 'trackingNumber', label: 'Tracking number', kind: 'text' },
    { name: 'receivedOn', label: 'Received by the agency on (if not the day sent)', kind: 'date' },
    { name: 'receivedTime', label: "Received at (agency's local time, HH:MM)", kind: 'time' },
    { name: 'expedited', label: 'Asks for expedited processing', kind: 'checkbox' },
    {
      name: 'requestType',
      label: 'Kind of request (where the law sets its own period)',
      kind: 'select',
      options: REQUEST_TYPES.filter((t) => t !== 'standard'),
    },
  ],
  expedited_decided: [
    { name: 'granted', label: 'Expedited processing', kind: 'select', options: ['granted', 'denied'], required: true },
  ],
  acknowledged: [
    { name: 'trackingNumber', label: 'Tracking number', kind: 'text' },
    { name: 'estimatedCompletion', label: 'Estimated completion', kind: 'date' },
  ],
  extended: [
    { name: 'newDueDate', label: "Agency's stated new due date", kind: 'date' },
    { name: 'reason', label: 'Reason given', kind: 'text' },
  ],
  fee_requested: [{ name: 'amount', label: 'Amount (USD, if known yet)', kind: 'number' }],
  fee_paid: [{ name: 'amount', label: 'Amount paid (USD)', kind: 'number' }],
  clarification_requested: [{ name: 'question', label: 'Their question', kind: 'textarea' }],
  clarified: [{ name: 'answer', label: 'Our answer', kind: 'textarea' }],
  records_released: [
    { name: 'description', label: 'What was released', kind: 'text' },
    { name: 'pages', label: 'Pages', kind: 'number' },
  ],
  completed: [{ name: 'outcome', label: 'Outcome', kind: 'select', options: OUTCOMES, required: true }],
  appealed: [
    { name: 'to', label: 'Appealed to', kind: 'text' },
    { name: 'receivedOn', label: 'Appeal received on', kind: 'date' },
  ],
  appeal_decided: [
    {
      name: 'outcome',
      label: 'Decision',
      kind: 'select',
      options: ['granted', 'partially_granted', 'denied', 'remanded'],
      required: true,
    },
  ],
  withdrawn: [{ name: 'reason', label: 'Reason', kind: 'text' }],
  communication: [
    { name: 'direction', label: 'Direction', kind: 'select', options: ['in', 'out'], required: true },
    {
      name: 'channel',
      label: 'Channel',
      kind: 'select',
      options: ['email', 'fax', 'mail', 'portal', 'phone', 'in_person'],
      required: true,
    },
    { name: 'subject', label: 'Subject', kind: 'text' },
    { name: 'body', label: 'Message', kind: 'textarea' },
  ],
  retraction: [{ name: 'reason', label: 'Why it was a mistake', kind: 'text' }],
};

const NUMBER_FIELDS = new Set(['amount', 'pages', 'eventId']);
/** Fields the API takes as booleans, from what the form sends. */
const BOOLEAN_FIELDS: Record<string, (v: string) => boolean> = {
  expedited: (v) => v === 'true',
  granted: (v) => v === 'granted',
};

/** What the person typed, and what was wrong with it, to show the form again after a refusal. */
export interface EventFormState {
  /** The submitted form fields, by control name (`type`, `date`, `note`, `fee_requested.amount`, ...). */
  values?: Record<string, string>;
  /** Problems with single fields, by control name, worded for people. */
  fieldErrors?: Record<string, string>;
  /** A problem with the event as a whole (the state machine refused it), or a summary. */
  error?: string | undefined;
}

interface Control {
  id: string;
  name: string;
  error: string | undefined;
  value: string | undefined;
}

/** `aria-invalid` and `aria-describedby` for a control whose value was refused; the message sits beside it. */
function invalid(c: Control): Html {
  return c.error ? html` aria-invalid="true" aria-describedby="${c.id}-error"` : html``;
}
function errorBeside(c: Control): Html {
  return c.error ? html` <span class="error field-error" id="${c.id}-error">${c.error}</span>` : html``;
}

function fieldHtml(type: string, f: Field, state: EventFormState, autofocus: boolean): Html {
  const c: Control = {
    id: `ev-${type}-${f.name}`,
    name: `${type}.${f.name}`,
    error: state.fieldErrors?.[`${type}.${f.name}`],
    value: state.values?.[`${type}.${f.name}`],
  };
  const req = f.required ? html` required` : '';
  const attrs = html`id="${c.id}" name="${c.name}"${req}${invalid(c)}${autofocus ? html` autofocus` : ''}`;
  const control =
    f.kind === 'select'
      ? html`<select ${attrs}>${f.required ? '' : html`<option value="">(not given)</option>`}${(f.options ?? []).map((o) => html`<option value="${o}"${c.value === o ? html` selected` : ''}>${label(o)}</option>`)}</select>`
      : f.kind === 'textarea'
        ? html`<textarea ${attrs} rows="3">${c.value ?? ''}</textarea>`
        : f.kind === 'checkbox'
          ? html`<input ${attrs} type="checkbox" value="true"${c.value === 'true' ? html` checked` : ''}>`
          : html`<input ${attrs} type="${f.kind}"${f.kind === 'number' ? html` min="0" step="any"` : ''} value="${c.value ?? ''}">`;
  return html`<p><label for="${c.id}">${f.label}${f.required ? ' (required)' : ''}</label> ${control}${errorBeside(c)}</p>`;
}

export interface RetractableEvent {
  id: number;
  type: string;
  date: string;
}

export function eventForm(
  opts: {
    requestId: number;
    allowed: string[];
    today: string;
    csrf: Html;
    retractable: RetractableEvent[];
  } & EventFormState,
): Html {
  const allowed = opts.allowed.filter((t) => t !== 'retraction' || opts.retractable.length > 0);
  const values = opts.values ?? {};
  const errors = opts.fieldErrors ?? {};
  const chosen = allowed.includes(values.type ?? '') ? (values.type as string) : allowed[0];
  const control = (name: string): Control => ({ id: `ev-${name}`, name, error: errors[name], value: values[name] });
  const typeC = control('type');
  const dateC = control('date');
  const noteC = control('note');
  const retractC: Control = {
    id: 'ev-retraction-eventId',
    name: 'retraction.eventId',
    error: errors['retraction.eventId'],
    value: values['retraction.eventId'],
  };
  const summary =
    opts.error ??
    (Object.keys(errors).length ? 'The event was not added: correct the fields marked below.' : undefined);
  // After a refusal the page opens at the top: take the reader to the first field to correct.
  const firstBad = Object.keys(errors)[0];
  const focus = (c: Control) => (summary && (firstBad ? firstBad === c.name : c === typeC) ? html` autofocus` : html``);
  const describedBy = summary && !typeC.error ? html` aria-describedby="event-error"` : invalid(typeC);
  return html`<form method="post" action="/requests/${opts.requestId}/events" class="stack" id="event-form">
${opts.csrf}
${summary ? html`<p class="error" role="alert" id="event-error">${summary}</p>` : ''}
<p><label for="ev-type">Event</label>
<select id="ev-type" name="type" required${describedBy}${focus(typeC)}>
${allowed.map((t) => html`<option value="${t}"${t === chosen ? html` selected` : ''}>${label(t)}</option>`)}
</select>${errorBeside(typeC)}</p>
<p><label for="ev-date">Date it happened</label> <input id="ev-date" name="date" type="date" required min="2000-01-01" max="${opts.today}" value="${dateC.value ?? opts.today}"${invalid(dateC)}${focus(dateC)}>${errorBeside(dateC)}</p>
<p><label for="ev-note">Note<span class="hint" id="ev-note-hint"${chosen === 'note' ? '' : html` hidden`}> (required for a note)</span></label> <textarea id="ev-note" name="note" rows="2"${chosen === 'note' ? html` required` : ''}${invalid(noteC)}${focus(noteC)}>${noteC.value ?? ''}</textarea>${errorBeside(noteC)}</p>
${allowed.map((t) => {
  const fields = FIELDS[t] ?? [];
  const extra =
    t === 'retraction'
      ? html`<p><label for="ev-retraction-eventId">Event to retract (required)</label> <select id="ev-retraction-eventId" name="retraction.eventId" required${invalid(retractC)}${focus(retractC)}>${opts.retractable.map((e) => html`<option value="${e.id}"${retractC.value === String(e.id) ? html` selected` : ''}>${e.date} ${label(e.type)} (#${e.id})</option>`)}</select>${errorBeside(retractC)}</p>`
      : '';
  if (!fields.length && !extra) return '';
  return html`<fieldset data-event="${t}"><legend>Details for “${label(t)}”</legend>${extra}${fields.map((f) => fieldHtml(t, f, opts, `${t}.${f.name}` === firstBad))}</fieldset>`;
})}
<p><button type="submit">Add event</button></p>
</form>`;
}

/** Control names of a type's fields, by the API's field name (`amount` -> `fee_requested.amount`). */
function controlName(type: string, path: string): string {
  if (path === 'type' || path === 'date' || path === 'note' || path === '') return path || 'type';
  return `${type}.${path}`;
}

/** The API's (or the service's) problems with single fields, keyed by the form control they belong to. */
export function eventFieldErrors(type: string, errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[controlName(type, e.path)] ??= fieldMessage(e.path, e.message);
  return out;
}

/** The event a submitted form describes, or its problems by form control. */
export function parseEventForm(
  form: Record<string, unknown>,
): { event: EventBody } | { fieldErrors: Record<string, string> } {
  const type = String(form.type ?? '');
  const input: Record<string, unknown> = { type, date: String(form.date ?? '') };
  const note = String(form.note ?? '').trim();
  if (note) input.note = note;
  const names = [...(FIELDS[type] ?? []).map((f) => f.name), ...(type === 'retraction' ? ['eventId'] : [])];
  for (const name of names) {
    const value = form[`${type}.${name}`];
    if (typeof value !== 'string' || value.trim() === '') continue;
    input[name] = NUMBER_FIELDS.has(name)
      ? Number(value)
      : BOOLEAN_FIELDS[name]
        ? BOOLEAN_FIELDS[name](value)
        : value.trim();
  }
  const parsed = eventBody.safeParse(input);
  if (parsed.success) return { event: parsed.data };
  return { fieldErrors: eventFieldErrors(type, issueMessages(parsed.error)) };
}
