/**
 * Rule data for the statutory deadline engine. Pure data: every jurisdiction is one object of type
 * `Jurisdiction`, every rule carries its citation, and every holiday is a rule (not a list of dates)
 * so that the calendar is right for any year the engine supports (2000 to 2100).
 */

export const CLOCK_KINDS = [
  'acknowledgment',
  'response',
  'extended_response',
  'appeal_filing',
  'appeal_response',
  'expedited_decision',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

export const AGENCY_LEVELS = ['federal', 'state', 'county', 'municipal'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/**
 * Kinds of request for which some statutes set their own periods (New Jersey and Illinois: commercial
 * purpose; the District of Columbia: body-worn camera recordings; Illinois: recurrent requesters).
 * `standard` is every other request.
 */
export const REQUEST_TYPES = ['standard', 'commercial', 'body_camera', 'recurrent', 'voluminous'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const CHANNELS = ['email', 'fax', 'mail', 'portal', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** 0 = Sunday ... 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** How a holiday's date is found in a given year. */
export type HolidayDate =
  /** The same month and day every year (Christmas: 12/25). */
  | { type: 'fixed'; month: number; day: number }
  /**
   * The nth weekday of a month (MLK Day: 3rd Monday of January); `n: -1` is the last one
   * (Memorial Day). `offset` adds days afterwards (day after Thanksgiving: 4th Thursday of
   * November, offset 1).
   */
  | { type: 'nthWeekday'; month: number; weekday: Weekday; n: 1 | 2 | 3 | 4 | 5 | -1; offset?: number }
  /** The first `weekday` on or after month/day (general election day: Tuesday on or after Nov 2). */
  | { type: 'weekdayOnOrAfter'; month: number; day: number; weekday: Weekday }
  /** Days from Western Easter Sunday (Good Friday: -2). */
  | { type: 'easter'; offset: number };

/**
 * What happens to a holiday that falls on a weekend.
 * - `sat_fri_sun_mon`: Saturday -> preceding Friday, Sunday -> following Monday (5 U.S.C. 6103(b)).
 * - `sun_mon`: only Sunday -> Monday; a Saturday holiday stays on Saturday (MA, NY).
 * - `sat_fri`: only Saturday -> Friday.
 * - `sat_mon_sun_mon`: Saturday and Sunday both -> following Monday (Rhode Island 25-1-1).
 * - `none`: never moved (TX).
 */
export type WeekendObservance = 'sat_fri_sun_mon' | 'sun_mon' | 'sat_fri' | 'sat_mon_sun_mon' | 'none';

export interface HolidayRule {
  name: string;
  date: HolidayDate;
  /** Statute that makes it a holiday, when it differs from the calendar's citation. */
  citation?: string;
  /** First observed date on which it is a holiday (the law that added it took effect). */
  from?: IsoDate;
  /** Last observed date on which it is a holiday (the law that removed it took effect the next day). */
  until?: IsoDate;
  /**
   * Only in some years: `even` (e.g. general election day in even years), `odd`, `presidential`
   * (presidential election years: 2000, 2004, ...), or `inauguration` (the years after: 2001, 2005, ...).
   */
  years?: 'even' | 'odd' | 'presidential' | 'inauguration';
  /** Overrides the calendar's weekend rule for this holiday. */
  observance?: WeekendObservance;
  /**
   * The statute names the day a holiday but the jurisdiction's offices stay open on it (New York's
   * General Election Day). Whether it stops a clock is the calendar's `openHolidays` decision.
   */
  officesOpen?: boolean;
}

/**
 * A day closed by an executive act for one year: a Governor's proclamation or executive order, a
 * personnel office's published schedule made under a statute, or a federal Executive Order.
 */
export interface Designation {
  /** The day offices close. */
  date: IsoDate;
  name: string;
  /**
   * `holiday`: the act makes the day a legal holiday under a statute that lets the executive do so
   * (Georgia O.C.G.A. 1-4-1; the extra days of Kentucky KRS 18A.190); it stops clocks like any legal
   * holiday. `closure`: offices are closed by order but the day is not a legal holiday; whether it
   * stops a clock is the calendar's `executiveClosures` decision.
   */
  kind: 'holiday' | 'closure';
  /**
   * Whose offices: `state` (the executive agencies of the jurisdiction itself: State agencies; for
   * `US`, federal agencies) or `all` (every public body of the jurisdiction, such as a legal holiday
   * that binds counties and cities too).
   */
  scope: 'state' | 'all';
  /** The act: "Executive Order 14157", "Governor's proclamation of 2024-11-20", "80 Ill. Adm. Code 303.190". */
  citation: string;
  /** Where it was read: the official page (personnel office, Federal Register, proclamation). */
  source: string;
}

/** How a kind of day counts for this jurisdiction's clocks, decided from its statute. */
export interface DayPolicy {
  /** True when such a day is not a day counted by the statute (it stops the clock). */
  stops: boolean;
  /**
   * `officesOpen` holidays only: a calendar-day period whose last day falls on one still runs to the
   * next business day, in every reading, because the roll-forward statute names public holidays
   * (New York General Construction Law 25-a).
   */
  rollsPast?: boolean;
  /** Why, in the statute's words where possible. */
  reason: string;
  citation: string;
}

/**
 * Where the law is unsettled: another reading of the calendar. The engine computes each clock under
 * it too and reports the due date it gives when it differs (`alternatives` on a clock).
 */
export interface AlternativeReading {
  /** What the reading holds, e.g. "Good Friday is not a legal holiday for State offices". */
  reading: string;
  citation: string;
  /** Holidays (by `name`) that this reading does not count as non-business days. */
  dropHolidays?: readonly string[];
  /** Holidays this reading counts in addition. */
  addHolidays?: readonly HolidayRule[];
  /** This reading takes the opposite of `executiveClosures.stops`. */
  flipExecutiveClosures?: boolean;
  /** This reading takes the opposite of `openHolidays.stops`. */
  flipOpenHolidays?: boolean;
}

export interface CalendarDef {
  /** Statute listing the legal holidays (e.g. `5 U.S.C. 6103(a)`). */
  citation: string;
  /** Weekend rule for holidays, with its citation in `observanceCitation`. */
  observance: WeekendObservance;
  observanceCitation?: string;
  holidays: readonly HolidayRule[];
  /** Anything a reader must know: county-only holidays left out, floating holidays, ... */
  notes?: string[];
  /** Days closed by executive act, year by year (see `Designation`). */
  designations?: readonly Designation[];
  /**
   * The last year for which the designations were researched and are complete (a year with no
   * designation is complete too); later years have none until they are added.
   */
  designationsThrough?: number;
  /** Where designations are published (personnel office, proclamations), for the years to come. */
  designationSources?: readonly string[];
  /**
   * Whether a `closure` designation stops this law's clocks. Absent: it does (a day the offices are
   * closed by order is not a business day).
   */
  executiveClosures?: DayPolicy;
  /** Whether an `officesOpen` holiday stops this law's clocks; required when any holiday is officesOpen. */
  openHolidays?: DayPolicy;
  /** Other readings of this calendar where the law is unsettled. */
  alternatives?: readonly AlternativeReading[];
}

/**
 * One leg of a period. A clock is one or more legs counted one after another: the federal extended
 * response is a single leg of 30 working days; Pennsylvania's is 5 business days and then 30
 * calendar days from the end of the first leg.
 */
export interface Segment {
  days: number;
  /** `month`: calendar months, the same day of the month (or its last day when shorter). */
  unit: 'business' | 'calendar' | 'month';
  /**
   * Calendar legs only: a last day that falls on a Saturday, Sunday or legal holiday moves to the
   * next business day. Only where a statute says so (CA CCP 12a, NY GCL 25-a, 1 Pa.C.S. 1908).
   */
  roll?: boolean;
  /** The statute for the roll-forward, shown in the explanation. */
  rollCitation?: string;
  /**
   * What the roll skips: `non_business_days` (default: Saturdays, Sundays, holidays, closures) or
   * `sundays_and_holidays` where the statute lets an act due on a Saturday stand (Utah 68-3-7,
   * Wyoming 8-1-107).
   */
  rollPast?: 'non_business_days' | 'sundays_and_holidays';
}

/** What event starts the clock (shown to the user; the calculator's `from` is this event's date). */
export type ClockStart = 'receipt' | 'acknowledgment' | 'adverse_determination' | 'appeal_receipt';

export interface FixedClock {
  fixed: true;
  startsAt: ClockStart;
  segments: readonly Segment[];
  /**
   * Different periods by level of the agency (Massachusetts: 15 business days for an agency, 25 for a
   * municipality); `null` where the law sets no fixed deadline for that level (Montana local
   * governments), explained by `levelText`.
   */
  byAgencyLevel?: Partial<Record<AgencyLevel, readonly Segment[] | null>>;
  levelText?: string;
  /**
   * Different periods by kind of request (New Jersey's commercial-purpose requests); `null` where the
   * law sets no fixed deadline for that kind. Explained by `requestTypeText`.
   */
  byRequestType?: Partial<Record<Exclude<RequestType, 'standard'>, readonly Segment[] | null>>;
  requestTypeText?: string;
  /** Plain-language statement of the rule, e.g. "Determination within 20 working days after receipt". */
  text: string;
  citation: string;
  /** The statute's own words that set the period, quoted from the text read (see `quoteSource`). */
  quote?: string;
  /** Where `quote` was read (the official code, or the research copy that was read). */
  quoteSource?: string;
  /** Say what is uncertain about this rule and which reading the engine applies. */
  uncertain?: string;
}

export interface OpenClock {
  /** The law has this step but sets no fixed number of days ("promptly", "reasonable time"). */
  fixed: false;
  startsAt: ClockStart;
  /** Why there is no due date, e.g. "Fla. Stat. 119.07(1)(c) requires a prompt, good-faith response but sets no fixed period". */
  text: string;
  citation: string;
  quote?: string;
  quoteSource?: string;
  uncertain?: string;
}

export type ClockRule = FixedClock | OpenClock;

export interface ReceiptRules {
  /**
   * A request received on a day that is not a business day is deemed received on the next business
   * day (Massachusetts 950 CMR 32.06(2)(e)); counting then starts the business day after that.
   */
  deemNextBusinessDay?: { citation: string };
  /**
   * A request sent through one of these channels is deemed received `businessDays` business days
   * after it was sent (Michigan MCL 15.235(1): e-mail, fax and other electronic transmission).
   */
  electronicDelay?: { channels: readonly Channel[]; businessDays: number; citation: string };
  /**
   * A request received after the close of business (local time, `hour` 0-23 at which business
   * closes, e.g. 17 for 5 p.m.) is deemed received on the next business day. Only where a statute or
   * regulation says so, with its citation.
   */
  afterHours?: { hour: number; minute?: number; channels?: readonly Channel[]; citation: string };
}

/** The clocks of one version of a law. A law change is a new RuleSet with a later `effectiveFrom`. */
export interface RuleSet {
  /** Rules apply to clocks whose starting date is on or after this date. */
  effectiveFrom: IsoDate;
  /** Citation of the act or amendment that set these rules, when known (e.g. "St. 2016, c. 121"). */
  enactedBy?: string;
  /** Clocks this law has; a kind not listed is a step the law does not have (the API answers 422). */
  clocks: Partial<Record<ClockKind, ClockRule>>;
  /** Receipt rules for clocks that start at `receipt`. */
  receipt?: ReceiptRules;
  /** Whether a clarification request restarts the clock (Texas: City of Dallas v. Abbott, 304 S.W.3d 380 (Tex. 2010), construing 552.222(b)) instead of pausing it. Default: pause and resume. */
  clarification?: { effect: 'restart' | 'pause'; citation: string };
}

export interface Jurisdiction {
  /** `US` for the federal FOIA; `US-XX` for a state or DC. */
  code: string;
  name: string;
  lawName: string;
  lawCitation: string;
  /**
   * IANA time zone in which the jurisdiction's "today" is taken (a date from a timestamp: today, the
   * day an e-mail arrived). For states with two zones, the capital's (and `uncertain` says so).
   */
  timeZone: string;
  calendar: CalendarDef;
  /** Sorted by `effectiveFrom`, oldest first. */
  ruleSets: RuleSet[];
  /**
   * `verified`: each rule checked against statute text; `partial`: some rule rests on secondary
   * sources or could not be confirmed (see `uncertain`); `unverified`: rules taken from secondary
   * sources only.
   */
  verification: 'verified' | 'partial' | 'unverified';
  /** Each point that could not be confirmed, and the choice the engine makes. */
  uncertain?: string[];
  /** Where the rules were checked (URLs or source names). */
  sources: string[];
  /**
   * Where no after-hours receipt rule exists, say so here once it was looked for (e.g. "No statute or
   * regulation deems a request received after business hours to be received the next day").
   */
  receiptNote?: string;
}
