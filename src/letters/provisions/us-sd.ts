import type { LetterProvisions } from './types.js';

export const US_SD: LetterProvisions = {
  code: 'US-SD',
  feeLimit: {
    text: 'A local custodian may charge only a reasonable fee for any specialized service in providing a copy, and no fee may be charged for the electronic transfer of minutes of open-meeting actions recorded in the last three years.',
    citation: 'SDCL 1-27-1.2',
    quote:
      'If a custodian of a public record of a county, municipality, political subdivision, or tax-supported district provides to a member of the public, upon request, a copy of the public record, a reasonable fee may be charged for any specialized service. ... No fee may be charged for the electronic transfer of any minutes of open meeting actions of a political subdivision, board or agency of a political subdivision, or the governing board of an agency that levies property taxes that were recorded in the last three years.',
    source: 'http://sdlegislature.gov/Statutes/Codified_Laws/DisplayStatute.aspx?Type=Statute&Statute=1-27-1.2',
  },
  sources: [
    'http://sdlegislature.gov/Statutes/Codified_Laws/DisplayStatute.aspx?Type=Statute&Statute=1-27-1.2',
    'https://instalawyer.io/laws/south-dakota-codified-laws/section-1-27-37-written-request (1-27-37: records provided "upon payment of any applicable fees pursuant to §§1-27-35 and 1-27-36")',
    'https://volanteonline.com/2015/03/cost-to-obtain-public-records-varies-widely-across-sd/ (AP, 2015: the law provides only that "a reasonable fee may be charged")',
    'http://madvilletimes.com/2013/12/feds-charge-less-for-foia-requests-than-south-dakota-offer-clear-waiver-criteria/ (ARSD 10:10:01:02 reported to bar charges for sending records by e-mail)',
  ],
  uncertain: [
    'SDCL 1-27-35 and 1-27-36, the fee sections that 1-27-37 refers to, were not read. They reportedly allow fees for staff time and deal with records in electronic form, so the general fee limit and any electronic-format right are left out.',
    '1-27-1.2 covers only county, municipal and other local custodians; no state-agency fee limit was read.',
    'Fee waiver is left out: no statutory waiver was found.',
    'There is no expedited processing.',
  ],
  checked: '2026-12-07',
};
