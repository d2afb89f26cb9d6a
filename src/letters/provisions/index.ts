/**
 * What each jurisdiction's law says a request letter can invoke beyond its deadlines (electronic
 * records, fee waivers and limits, expedited processing), one researched file per jurisdiction. A
 * jurisdiction without a file gets no statute-backed sentences: its letters ask plainly instead.
 */
import type { LetterProvisions } from './types.js';
import { US } from './us.js';
import { US_AK } from './us-ak.js';
import { US_AL } from './us-al.js';
import { US_AR } from './us-ar.js';
import { US_AZ } from './us-az.js';
import { US_CA } from './us-ca.js';
import { US_CO } from './us-co.js';
import { US_CT } from './us-ct.js';
import { US_DC } from './us-dc.js';
import { US_DE } from './us-de.js';
import { US_FL } from './us-fl.js';
import { US_GA } from './us-ga.js';
import { US_HI } from './us-hi.js';
import { US_IA } from './us-ia.js';
import { US_ID } from './us-id.js';
import { US_IL } from './us-il.js';
import { US_IN } from './us-in.js';
import { US_KS } from './us-ks.js';
import { US_KY } from './us-ky.js';
import { US_LA } from './us-la.js';
import { US_MA } from './us-ma.js';
import { US_MD } from './us-md.js';
import { US_ME } from './us-me.js';
import { US_MI } from './us-mi.js';
import { US_MN } from './us-mn.js';
import { US_MO } from './us-mo.js';
import { US_MS } from './us-ms.js';
import { US_MT } from './us-mt.js';
import { US_NC } from './us-nc.js';
import { US_ND } from './us-nd.js';
import { US_NE } from './us-ne.js';
import { US_NH } from './us-nh.js';
import { US_NJ } from './us-nj.js';
import { US_NM } from './us-nm.js';
import { US_NV } from './us-nv.js';
import { US_NY } from './us-ny.js';
import { US_OH } from './us-oh.js';
import { US_OK } from './us-ok.js';
import { US_OR } from './us-or.js';
import { US_PA } from './us-pa.js';
import { US_RI } from './us-ri.js';
import { US_SC } from './us-sc.js';
import { US_SD } from './us-sd.js';
import { US_TN } from './us-tn.js';
import { US_TX } from './us-tx.js';
import { US_UT } from './us-ut.js';
import { US_VA } from './us-va.js';
import { US_VT } from './us-vt.js';
import { US_WA } from './us-wa.js';
import { US_WI } from './us-wi.js';
import { US_WV } from './us-wv.js';
import { US_WY } from './us-wy.js';

export type { LetterProvisions, Provision } from './types.js';

const LIST: readonly LetterProvisions[] = [
  US,
  US_AK,
  US_AL,
  US_AR,
  US_AZ,
  US_CA,
  US_CO,
  US_CT,
  US_DC,
  US_DE,
  US_FL,
  US_GA,
  US_HI,
  US_IA,
  US_ID,
  US_IL,
  US_IN,
  US_KS,
  US_KY,
  US_LA,
  US_MA,
  US_MD,
  US_ME,
  US_MI,
  US_MN,
  US_MO,
  US_MS,
  US_MT,
  US_NC,
  US_ND,
  US_NE,
  US_NH,
  US_NJ,
  US_NM,
  US_NV,
  US_NY,
  US_OH,
  US_OK,
  US_OR,
  US_PA,
  US_RI,
  US_SC,
  US_SD,
  US_TN,
  US_TX,
  US_UT,
  US_VA,
  US_VT,
  US_WA,
  US_WI,
  US_WV,
  US_WY,
];

const byCode = new Map(LIST.map((p) => [p.code, p]));
if (byCode.size !== LIST.length) throw new Error('a jurisdiction has two letter-provisions files');

export function provisionsFor(code: string): LetterProvisions | undefined {
  return byCode.get(code.toUpperCase());
}

/** Codes that have a provisions file, for the README and tests. */
export function provisionCodes(): string[] {
  return [...byCode.keys()];
}
