/**
 * The default letters of each jurisdiction, generated from the deadline engine's rule data and the
 * jurisdiction's letter provisions: a request letter (the law and its response period, electronic
 * records, fees, expedited processing where the law has it), a follow-up (the missed deadline, how
 * late, the tracking numbers, the original request) and an appeal (the determination, the appeal
 * provisions and deadline). Pure.
 *
 * A default leaves out the sentences whose facts a request does not have (a tracking number, the
 * stored appeal deadline, who decides appeals, a reply address), so that it never carries a bracketed
 * marker for something the agency has not given yet; where the law itself sets no period it says so
 * in plain words. An organisation's own template shows the marker instead.
 */
import type { LETTER_KINDS } from '../db/schema.js';
import type { AgencyLevel, ClockRule, RequestType } from '../deadlines/index.js';
import { getJurisdiction } from '../deadlines/index.js';
import { periodOf, ruleOf, ruleSetOn } from './law.js';
import { provisionsFor } from './provisions/index.js';
import type { TemplateText } from './template.js';
import { publicInterestWaiver } from './values.js';

export type LetterKind = (typeof LETTER_KINDS)[number];

export interface DefaultShape {
  /** The date whose rules apply: the receipt of the request, or today for a draft. */
  on: string;
  level?: AgencyLevel | undefined;
  requestType?: RequestType | undefined;
  /** How many tracking numbers the request has. */
  trackingNumbers: number;
  replyAddress: boolean;
  /** The stored appeal_filing clock has a date. */
  appealFilingDue: boolean;
  /** The agency's appeal body is recorded. */
  appealBody: boolean;
}

/** The shape of the template shown for a jurisdiction on its own (every optional sentence in). */
export function fullShape(on: string): DefaultShape {
  return { on, trackingNumbers: 1, replyAddress: true, appealFilingDue: true, appealBody: true };
}

const START: Record<ClockRule['startsAt'], string> = {
  receipt: 'receipt of this request',
  acknowledgment: 'the acknowledgment of this request',
  adverse_determination: 'the determination',
  appeal_receipt: 'receipt of the appeal',
};

function tracking(shape: DefaultShape, lead: string): string {
  if (!shape.trackingNumbers) return '';
  return `${lead}${shape.trackingNumbers > 1 ? 'numbers' : 'number'} {{request.trackingNumbers}}`;
}

function replyLine(shape: DefaultShape, what: string): string {
  return `Please send ${what} to ${shape.replyAddress ? '{{reply.address}}' : '{{requester.email}}'}.`;
}

const paragraphs = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join('\n\n');

export function defaultTemplate(code: string, kind: LetterKind, shape: DefaultShape): TemplateText {
  const j = getJurisdiction(code);
  const set = ruleSetOn(j, shape.on);
  const provisions = provisionsFor(j.code);
  const period = (k: 'response' | 'appeal_filing' | 'appeal_response') => {
    const rule = ruleOf(set, k);
    return { rule, period: periodOf(rule, shape.level, shape.requestType) };
  };

  if (kind === 'request') {
    const { rule, period: p } = period('response');
    const response =
      rule && p && 'days' in p
        ? `The law requires a response within {{clock.response.days}} after ${START[rule.startsAt]} ({{clock.response.citation}}).`
        : `The law sets no fixed number of days for a response${p && 'for' in p && p.for ? ` ${p.for}` : ''} ({{clock.response.citation}}); I ask that you respond as promptly as it requires.`;
    return {
      subject: '{{law.name}} request: {{request.title}}',
      body: paragraphs(
        'To the public records officer of {{agency.name}}:',
        'Under the {{law.name}}, {{law.citation}}, I request copies of the following records:',
        '{{request.body}}',
        response,
        '{{format.electronic}}',
        publicInterestWaiver(provisions?.feeWaiver) && '{{fee.waiver}}',
        '{{fee.limit}}',
        provisions?.expedited && '{{expedited}}',
        'If any part of this request is denied, please identify each record withheld and the exemption claimed for it, and release every reasonably segregable portion.',
        replyLine(shape, 'your response'),
        'Thank you for your help.',
        'Sincerely,',
        '{{requester.signature}}',
      ),
    };
  }

  if (kind === 'follow_up') {
    return {
      subject: `Overdue public records request${shape.trackingNumbers ? ' {{request.trackingNumbers}}' : ''}: {{request.title}}`,
      body: paragraphs(
        'To the records officer of {{agency.name}}:',
        `On {{request.submittedOn}} I submitted a public records request under the {{law.name}}, {{law.citation}}${shape.trackingNumbers ? ` (${tracking(shape, 'your tracking ')})` : ''}, titled "{{request.title}}".`,
        'Under {{clock.missed.citation}}, the agency was required to {{clock.missed.action}} the request by {{clock.missed.due}}. As of {{today}} no such response has been received; the deadline passed {{request.daysLate}} ago.',
        'Please provide the records, or a written response as the law requires, without further delay, and tell me the date by which the agency will complete the request. If any records are withheld, please identify them and the exemption claimed for each.',
        replyLine(shape, 'your response'),
        'For reference, the original request read:',
        '{{request.quotedBody}}',
        'Thank you,',
        '{{requester.signature}}',
      ),
    };
  }

  const filing = period('appeal_filing');
  const deciding = period('appeal_response');
  const filingText = filing.rule
    ? filing.period && 'days' in filing.period
      ? `This appeal is filed within the {{clock.appeal_filing.days}} after the determination that the law allows ({{clock.appeal_filing.citation}})${shape.appealFilingDue ? '; the last day to file it is {{clock.appeal_filing.due}}' : ''}.`
      : 'The law sets no fixed period for filing this appeal ({{clock.appeal_filing.citation}}).'
    : undefined;
  const decidingText = deciding.rule
    ? deciding.period && 'days' in deciding.period
      ? `The law requires a decision on this appeal within {{clock.appeal_response.days}} after ${START[deciding.rule.startsAt]} ({{clock.appeal_response.citation}}).`
      : 'The law sets no fixed period for deciding this appeal ({{clock.appeal_response.citation}}); I ask for a decision as promptly as it allows.'
    : undefined;
  return {
    subject: `Appeal: {{law.name}} request${shape.trackingNumbers ? ' {{request.trackingNumbers}}' : ''}: {{request.title}}`,
    body: paragraphs(
      shape.appealBody
        ? 'To {{agency.appealBody}}, {{agency.name}}:'
        : 'To the official who decides appeals at {{agency.name}}:',
      `I appeal the determination of {{agency.name}} of {{determination.date}} ({{determination.outcome}}) on my request under the {{law.name}}, {{law.citation}}, titled "{{request.title}}"${shape.trackingNumbers ? ` (${tracking(shape, 'your tracking ')})` : ''}, submitted on {{request.submittedOn}}.`,
      filingText,
      decidingText,
      !filing.rule &&
        !deciding.rule &&
        'The law provides no administrative appeal for this determination; I therefore ask {{agency.name}} to reconsider it.',
      'I ask that the determination be reversed and the records released. For any record still withheld, please identify it, the specific exemption claimed and how it applies, and release every reasonably segregable portion. Where no records were found, please describe the search that was made: where, and with which terms.',
      replyLine(shape, 'the decision'),
      'For reference, the original request read:',
      '{{request.quotedBody}}',
      'Sincerely,',
      '{{requester.signature}}',
    ),
  };
}
