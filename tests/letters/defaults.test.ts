/**
 * The generated default letters of every jurisdiction, rendered from plain facts (no database): each
 * kind renders with no unknown placeholder and, for a request with a full profile and the facts each
 * kind needs, no missing value; the federal letters invoke 5 U.S.C. 552 as the law has it; a state
 * letter cites its own law and period, and says plainly when the law sets none.
 */
import { describe, expect, it } from 'vitest';
import { AGENCY_LEVELS, type AgencyLevel, listJurisdictions } from '../../src/deadlines/index.js';
import { defaultTemplate, fullShape, type LetterKind } from '../../src/letters/defaults.js';
import { checkTemplate, renderTemplate } from '../../src/letters/template.js';
import { type LetterFacts, letterValues } from '../../src/letters/values.js';

const KINDS: LetterKind[] = ['request', 'follow_up', 'appeal'];
const TODAY = '2026-11-24';

function facts(code: string, level: AgencyLevel, over: Partial<LetterFacts> = {}): LetterFacts {
  return {
    jurisdiction: code,
    today: TODAY,
    request: {
      id: 17,
      title: 'Social media monitoring contracts',
      body: 'All contracts with Babel Street since 2020.\nAll invoices.',
      trackingNumbers: ['2026-HQFO-00042'],
      submittedOn: '2026-09-01',
      receivedOn: '2026-09-01',
      requestType: null,
    },
    agency: {
      name: 'Department of Records',
      level,
      requestEmail: 'records@agency.example.gov',
      postalAddress: '1 Main Street\nCapital City',
      appealEmail: null,
      appealAddress: null,
      appealBody: 'Appeals Officer',
    },
    clocks: [
      { kind: 'response', due: '2026-10-01', status: 'open', metOn: null, unit: 'business', citation: 'Sec. 1' },
      { kind: 'appeal_filing', due: '2027-01-30', status: 'open', metOn: null, unit: 'calendar', citation: 'Sec. 2' },
    ],
    determination: { date: '2026-11-02', outcome: 'denied' },
    profile: {
      name: 'Alex Doe',
      organisation: 'Civil Liberties Union',
      postalAddress: '10 Liberty Way\nBoston, MA 02108',
      phone: '+1 617 555 0100',
      email: 'alex@example.org',
      signature: 'Alex Doe\nCivil Liberties Union',
    },
    replyAddress: 'request-17@records.example.org',
    ...over,
  };
}

function render(f: LetterFacts, kind: LetterKind) {
  const appealDue = f.clocks.some((c) => c.kind === 'appeal_filing' && c.due);
  const template = defaultTemplate(f.jurisdiction, kind, {
    on: f.request.receivedOn ?? f.today,
    level: f.agency.level,
    trackingNumbers: f.request.trackingNumbers.length,
    replyAddress: f.replyAddress !== null,
    appealFilingDue: appealDue,
    appealBody: !!f.agency.appealBody,
  });
  return renderTemplate(template, letterValues(f));
}

describe('every jurisdiction', () => {
  const codes = listJurisdictions().map((j) => j.code);
  it('has 52 of them', () => expect(codes).toHaveLength(52));

  it.each(codes)('%s: the published templates use known placeholders only', (code) => {
    for (const kind of KINDS) expect(() => checkTemplate(defaultTemplate(code, kind, fullShape(TODAY)))).not.toThrow();
  });

  it.each(codes)('%s: all three kinds render, for every agency level, with nothing missing', (code) => {
    for (const level of AGENCY_LEVELS) {
      for (const kind of KINDS) {
        const out = render(facts(code, level), kind);
        expect(out.missing, `${code} ${level} ${kind}`).toEqual([]);
        expect(out.body).not.toMatch(/\{\{|\}\}|\[[a-z][^\]]*\]/);
        expect(out.subject.length).toBeGreaterThan(10);
      }
    }
  });

  it.each(codes)('%s: without a tracking number, profile or reply address, nothing is empty', (code) => {
    const bare = facts(code, 'state', {
      request: { ...facts(code, 'state').request, trackingNumbers: [] },
      profile: null,
      replyAddress: null,
      clocks: facts(code, 'state').clocks.filter((c) => c.kind !== 'appeal_filing'),
      agency: { ...facts(code, 'state').agency, appealBody: null },
    });
    for (const kind of KINDS) {
      const out = render(bare, kind);
      expect(out.subject).not.toContain('[');
      // What is missing is the requester's own data, named, never a blank.
      for (const m of out.missing) expect(m.placeholder).toMatch(/^requester\./);
    }
  });
});

describe('the federal letters', () => {
  const f = facts('US', 'federal');

  it('the request cites the FOIA, its 20 business days, electronic format, fee waiver and limit, expedited processing with its certification', () => {
    const { subject, body } = render(f, 'request');
    expect(subject).toBe('Freedom of Information Act request: Social media monitoring contracts');
    expect(body).toContain(
      'Under the Freedom of Information Act, 5 U.S.C. 552, I request copies of the following records:',
    );
    expect(body).toContain('within 20 business days after receipt of this request (5 U.S.C. 552(a)(6)(A)(i))');
    expect(body).toContain('5 U.S.C. 552(a)(3)(B)');
    expect(body).toContain('I request a waiver of all fees');
    expect(body).toContain('5 U.S.C. 552(a)(4)(A)(iii)');
    expect(body).toContain('5 U.S.C. 552(a)(4)(A)(ii)');
    expect(body).toContain('I request expedited processing under 5 U.S.C. 552(a)(6)(E).');
    expect(body).toContain('true and correct to the best of my knowledge and belief (5 U.S.C. 552(a)(6)(E)(vi))');
    expect(body).toContain('All contracts with Babel Street since 2020.\nAll invoices.');
    expect(body).toContain('Please send your response to request-17@records.example.org.');
    expect(body.trimEnd().endsWith('Alex Doe\nCivil Liberties Union')).toBe(true);
  });

  it('the follow-up cites the missed deadline, how late as the law counts, the tracking number and the request', () => {
    const { subject, body } = render(f, 'follow_up');
    expect(subject).toBe('Overdue public records request 2026-HQFO-00042: Social media monitoring contracts');
    expect(body).toContain('(your tracking number 2026-HQFO-00042)');
    expect(body).toContain('Under Sec. 1, the agency was required to respond to the request by 2026-10-01.');
    // 2026-10-01 to 2026-11-24: 36 federal business days (Columbus Day 10-12 and Veterans Day 11-11 skipped).
    expect(body).toContain('the deadline passed 36 business days ago');
    expect(body).toContain('> All contracts with Babel Street since 2020.\n> All invoices.');
  });

  it('the appeal goes to the appeal body, cites the appeal provisions, the determination and the deadline', () => {
    const { subject, body } = render(f, 'appeal');
    expect(subject).toBe(
      'Appeal: Freedom of Information Act request 2026-HQFO-00042: Social media monitoring contracts',
    );
    expect(body.startsWith('To Appeals Officer, Department of Records:')).toBe(true);
    expect(body).toContain('determination of Department of Records of 2026-11-02 (denied)');
    expect(body).toContain(
      'within the 90 calendar days after the determination that the law allows (5 U.S.C. 552(a)(6)(A)(i)(III)(aa); 28 CFR 16.8(a)); the last day to file it is 2027-01-30.',
    );
    expect(body).toContain('within 20 business days after receipt of the appeal (5 U.S.C. 552(a)(6)(A)(ii))');
  });
});

describe('state letters', () => {
  it('Massachusetts cites its own law, period, electronic records and fee provisions, and no expedited processing', () => {
    const { body } = render(facts('US-MA', 'municipal'), 'request');
    expect(body).toContain('Under the Public Records Law, G.L. c. 66, § 10; 950 CMR 32.00, I request');
    expect(body).toMatch(
      /within 10 business days after receipt of this request \(G\.L\. c\. 66, § 10\(a\)-\(b\); 950 CMR 32\.06\(2\)\(b\)\)/,
    );
    expect(body).toContain('(950 CMR 32.07(1)(c), (d); G.L. c. 66, § 6A(d))');
    expect(body).toContain('I request a waiver of all fees');
    expect(body).toContain('(G.L. c. 66, § 10(d)(v))');
    expect(body).not.toContain('expedited');
  });

  it('Utah requests an expedited response and says how the request meets what the law requires', () => {
    const { body } = render(facts('US-UT', 'state'), 'request');
    expect(body).toContain('I request expedited processing under Utah Code 63G-2-204(4).');
    expect(body).toContain('This request meets that requirement: the records are sought to inform the public');
  });

  it('a waiver only for the indigent is not asked for; the fee notice is', () => {
    const { body } = render(facts('US-CT', 'state'), 'request');
    expect(body).not.toContain('waiver');
    expect(body).toContain('before incurring fees over $25. Copies may cost no more than 25 cents a page');
  });

  it('Florida says plainly that the law sets no fixed period', () => {
    const { body, missing } = render(facts('US-FL', 'county'), 'request');
    expect(body).toContain('The law sets no fixed number of days for a response (Fla. Stat. 119.07(1)(a), (c)');
    expect(missing).toEqual([]);
  });

  it('Alabama, with no appeal in its law, asks the agency to reconsider', () => {
    const { body } = render(facts('US-AL', 'state'), 'appeal');
    expect(body).toContain('The law provides no administrative appeal for this determination');
  });
});
