/** The page's event form gives the API the same events: the new submitted fields and the expedited decision. */
import { describe, expect, it } from 'vitest';
import { eventForm, parseEventForm } from '../../src/web/event-form.js';
import { html } from '../../src/web/html.js';

describe('event form', () => {
  it('a submitted event with expedited processing, a kind of request and the local time of receipt', () => {
    const parsed = parseEventForm({
      type: 'submitted',
      date: '2026-04-01',
      'submitted.channel': 'email',
      'submitted.receivedTime': '17:30',
      'submitted.expedited': 'true',
      'submitted.requestType': 'commercial',
    });
    expect(parsed).toEqual({
      event: {
        type: 'submitted',
        date: '2026-04-01',
        channel: 'email',
        receivedTime: '17:30',
        expedited: true,
        requestType: 'commercial',
      },
    });
  });

  it('the expedited decision, and a fee without its amount', () => {
    expect(
      parseEventForm({ type: 'expedited_decided', date: '2026-04-03', 'expedited_decided.granted': 'denied' }),
    ).toEqual({
      event: { type: 'expedited_decided', date: '2026-04-03', granted: false },
    });
    expect(parseEventForm({ type: 'fee_requested', date: '2026-04-03' })).toEqual({
      event: { type: 'fee_requested', date: '2026-04-03' },
    });
  });

  it('offers the fields in the form', () => {
    const form = eventForm({
      requestId: 1,
      allowed: ['submitted', 'note'],
      today: '2026-04-01',
      csrf: html``,
      retractable: [],
    }).value;
    expect(form).toContain('name="submitted.expedited" type="checkbox"');
    expect(form).toContain('name="submitted.receivedTime" type="time"');
    expect(form).toContain('<option value="body_camera">body camera</option>');
  });
});
