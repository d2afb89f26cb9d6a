/**
 * The "add an event" form of a request page: a type select offering only what the state machine
 * allows now, the date and note every event has, and one fieldset of extra fields per type (the
 * page script shows only the chosen type's fieldset; without script they all show, and only the
 * chosen type's fields are read). Parsing goes through the API's own event schema.
 */

import { REQUEST_TYPES } from '../deadlines/types.js';
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

function fieldHtml(type: string, f: Field): Html {
  const id = `ev-${type}-${f.name}`;
  const name = `${type}.${f.name}`;
  const req = f.required ? html` required` : '';
  const control =
    f.kind === 'select'
      ? html`<select id="${id}" name="${name}"${req}>${f.required ? '' : html`<option value="">(not given)</option>`}${(f.options ?? []).map((o) => html`<option value="${o}">${label(o)}</option>`)}</select>`
      : f.kind === 'textarea'
        ? html`<textarea id="${id}" name="${name}" rows="3"></textarea>`
        : f.kind === 'checkbox'
          ? html`<input id="${id}" name="${name}" type="checkbox" value="true">`
          : html`<input id="${id}" name="${name}" type="${f.kind}"${f.kind === 'number' ? html` min="0" step="any"` : ''}>`;
  return html`<p><label for="${id}">${f.label}${f.required ? ' (required)' : ''}</label> ${control}</p>`;
}

export interface RetractableEvent {
  id: number;
  type: string;
  date: string;
}

export function eventForm(opts: {
  requestId: number;
  allowed: string[];
  today: string;
  csrf: Html;
  retractable: RetractableEvent[];
  error?: string | undefined;
}): Html {
  const allowed = opts.allowed.filter((t) => t !== 'retraction' || opts.retractable.length > 0);
  return html`<form method="post" action="/requests/${opts.requestId}/events" class="stack" id="event-form">
${opts.csrf}
${opts.error ? html`<p class="error" role="alert" id="event-error">${opts.error}</p>` : ''}
<p><label for="ev-type">Event</label>
<select id="ev-type" name="type" required${opts.error ? html` aria-describedby="event-error"` : ''}>
${allowed.map((t) => html`<option value="${t}">${label(t)}</option>`)}
</select></p>
<p><label for="ev-date">Date it happened</label> <input id="ev-date" name="date" type="date" required value="${opts.today}"></p>
<p><label for="ev-note">Note</label> <textarea id="ev-note" name="note" rows="2"></textarea></p>
${allowed.map((t) => {
  const fields = FIELDS[t] ?? [];
  const extra =
    t === 'retraction'
      ? html`<p><label for="ev-retraction-eventId">Event to retract (required)</label> <select id="ev-retraction-eventId" name="retraction.eventId">${opts.retractable.map((e) => html`<option value="${e.id}">${e.date} ${label(e.type)} (#${e.id})</option>`)}</select></p>`
      : '';
  if (!fields.length && !extra) return '';
  return html`<fieldset data-event="${t}"><legend>Details for “${label(t)}”</legend>${extra}${fields.map((f) => fieldHtml(t, f))}</fieldset>`;
})}
<p><button type="submit">Add event</button></p>
</form>`;
}

/** The event a submitted form describes, or the reason it is not valid. */
export function parseEventForm(form: Record<string, unknown>): { event: EventBody } | { error: string } {
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
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`);
  return { error: `The event is not valid (${problems.join('; ')}).` };
}
