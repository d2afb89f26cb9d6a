/** Withholding our staff's details from public correspondence: exact strings, each case with its reason. */
import { describe, expect, it } from 'vitest';
import { detailsPattern, type StaffDetails, withhold } from '../../src/public/withhold.js';

const details: StaffDetails = {
  literals: ['jane.staffer@aclu.example.org', 'Jane Staffer', 'records@aclu.example.org'],
  phones: ['(617) 555-0101'],
  addresses: ['ACLU of Massachusetts\n211 Congress Street\nBoston, MA 02110'],
  requestDomains: ['foia.example.org'],
};
const pattern = detailsPattern(details);

describe('withhold', () => {
  it.each([
    ['Write to jane.staffer@aclu.example.org today', 'Write to [withheld] today', 'the sender address (SMTP_FROM)'],
    ['Write to JANE.STAFFER@ACLU.EXAMPLE.ORG', 'Write to [withheld]', 'e-mail addresses in any case'],
    ['Sincerely,\nJane Staffer', 'Sincerely,\n[withheld]', 'the sender name'],
    ['Jane  Staffer wrote', '[withheld] wrote', 'a name re-spaced'],
    ['Jane Stafford wrote', 'Jane Stafford wrote', 'not a longer word that starts like the name'],
    ['Reply to request-12@foia.example.org', 'Reply to [withheld]', 'a request address'],
    ['Bounce: request-7+m31@foia.example.org.', 'Bounce: [withheld].', 'a plus-addressed request address'],
    ['request-12@elsewhere.example', 'request-12@elsewhere.example', 'not another domain'],
    ['Call (617) 555-0101.', 'Call [withheld].', 'the phone as written'],
    ['Call 617-555-0101 or 617.555.0101', 'Call [withheld] or [withheld]', 'the phone with other separators'],
    ['Call +1 617 555 0101', 'Call [withheld]', 'the phone with its country code'],
    ['Ref 96175550101234', 'Ref 96175550101234', 'not digits inside a longer number'],
    ['ACLU of Massachusetts\n211 Congress Street\nBoston, MA 02110', '[withheld]', 'the postal address, whole'],
    [
      '> ACLU of Massachusetts\n> 211 Congress Street\n> Boston, MA 02110',
      '> [withheld]',
      'the postal address quoted in a reply',
    ],
    ['We are at 211 Congress Street.', 'We are at [withheld].', 'a long line of the address alone'],
    ['The agency in MA replied', 'The agency in MA replied', 'not a short part of the address'],
    ['Agency records: nothing of ours', 'Agency records: nothing of ours', 'text without details unchanged'],
  ])('%j -> %j (%s)', (text, expected) => {
    expect(withhold(text, pattern)).toBe(expected);
  });

  it('does nothing without details', () => {
    const none = detailsPattern({ literals: [], phones: [], addresses: [], requestDomains: [] });
    expect(none).toBeNull();
    expect(withhold('jane.staffer@aclu.example.org', none)).toBe('jane.staffer@aclu.example.org');
  });

  it('treats details as text, never as a pattern', () => {
    const odd = detailsPattern({ literals: ['a.b+c@x.example (x)'], phones: [], addresses: [], requestDomains: [] });
    expect(withhold('see a.b+c@x.example (x) and aXb+c@x.example', odd)).toBe('see [withheld] and aXb+c@x.example');
  });
});
