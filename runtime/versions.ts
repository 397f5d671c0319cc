/**
 * Deciding each conference under the version of a policy in force on its date. The
 * versions come from compiler/versions.ts, oldest first, each a whole compiled policy; a
 * conference dated on or after a version's `effective` day, and before the next one's,
 * is decided under it. What cannot be known is said, never guessed past: a conference
 * dated before the first version is decided under the first, with a note; one past the
 * review date of the version in force gets a note; one without a date is decided under
 * the newest, with a note where there is more than one version to choose from.
 *
 * Closure days are facts about days, not rules: every version's closures (and any the
 * deployment passes) count for every conference, whichever version decides it.
 */
import { compareDates } from "../compiler/dates.js";
import type { PolicyIR } from "../compiler/ir.js";
import type { Conference } from "./conference.js";
import type { DecisionResult, InForce, Verdict } from "./decision.js";
import { policyClosures, reviewNote, versionOf } from "./dating.js";
import { longDate, WorkingCalendar, type Closure } from "./dueDates.js";
import { createDecider, createEvaluator, type Evaluator } from "./evaluator.js";

export interface PolicyVersion {
  /** The file the version was read from, as the path it was reached by. */
  file: string;
  ir: PolicyIR;
}

export type VersionInfo = NonNullable<InForce["version"]>;

export interface VersionChoice {
  /** Index in the versions, oldest first. */
  index: number;
  version: PolicyVersion;
  info: VersionInfo;
  notes: string[];
  /** The conference is dated before the first version came into force. */
  beforeFirst: boolean;
  /** The conference is dated after the review date of the version that decides it. */
  pastReview: boolean;
}

/** The date a conference value gives, read before it is validated (to know which version validates it). */
export function dateGiven(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const date = (value as { date?: unknown }).date;
  return typeof date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

const NO_NOTES: string[] = [];

function infoOf(version: PolicyVersion): VersionInfo {
  return { ...versionOf(version.ir), file: version.file };
}

function named(info: VersionInfo): string {
  return `${info.label === null ? "the version" : `version “${info.label}”`} of ${info.file}`;
}

/** The versions of a policy, and the one in force on any date. */
export class PolicyVersions {
  readonly list: readonly PolicyVersion[];
  private readonly infos: VersionInfo[];
  private readonly from: (string | null)[];
  /** Each version's note for a conference past its review date, worded once. */
  private readonly reviewNotes: (string | undefined)[];
  private readonly undatedNotes: string[];

  /** @param versions oldest first, as compileVersions gives them */
  constructor(versions: readonly PolicyVersion[]) {
    if (versions.length === 0) throw new Error("a policy has at least one version");
    this.list = versions;
    this.infos = versions.map(infoOf);
    this.from = this.infos.map((i) => i.effective);
    this.reviewNotes = this.infos.map((i) => (i.review === null ? undefined : reviewNote(i, "9999-12-31")));
    const newest = this.infos[this.infos.length - 1] as VersionInfo;
    this.undatedNotes = this.several ? [`the conference gives no date, so it is decided under the newest, ${named(newest)}: give its \`date\` to decide it under the version in force that day`] : [];
  }

  get newest(): PolicyVersion {
    return this.list[this.list.length - 1] as PolicyVersion;
  }

  /** Whether there are versions to choose between. */
  get several(): boolean {
    return this.list.length > 1;
  }

  /** The version in force on a date (YYYY-MM-DD), or the newest for a conference that gives none. */
  choose(date: string | undefined): VersionChoice {
    const last = this.list.length - 1;
    if (date === undefined) return { index: last, version: this.newest, info: this.infos[last] as VersionInfo, notes: this.undatedNotes, beforeFirst: false, pastReview: false };
    let index = -1;
    for (let i = last; i >= 0; i--) {
      const from = this.from[i];
      if (from === null || from === undefined || from <= date) {
        index = i;
        break;
      }
    }
    let notes: string[] = NO_NOTES;
    const beforeFirst = index === -1;
    if (beforeFirst) {
      index = 0;
      const first = this.infos[0] as VersionInfo;
      notes = [`the conference (${longDate(date)}) is before the first version recorded came into force (${first.effective ? longDate(first.effective) : "its date is not given"}): it is decided under that version, ${named(first)}, as the nearest known`];
    }
    const info = this.infos[index] as VersionInfo;
    const pastReview = info.review !== null && compareDates(date, info.review) > 0;
    const review = this.reviewNotes[index];
    if (pastReview && review !== undefined) notes = notes === NO_NOTES ? [review] : [...notes, review];
    return { index, version: this.list[index] as PolicyVersion, info, notes, beforeFirst, pastReview };
  }

  /** Every version's closure days, and those given beside them, on the jurisdiction of a version. */
  calendarFor(version: PolicyVersion, closures: readonly Closure[] = []): WorkingCalendar {
    return new WorkingCalendar(version.ir.jurisdiction, [...this.list.flatMap((v) => policyClosures(v.ir)), ...closures]);
  }
}

/** Explains each conference under the version in force on its date, saying which. */
export function createVersionedEvaluator(versions: PolicyVersions, closures: readonly Closure[] = []): (conference: Conference) => DecisionResult {
  const evaluators = new Map<number, Evaluator>();
  let choice: VersionChoice | undefined;
  // An undated conference under a policy with one version is reported as it always was: there is nothing to choose.
  const inForce = (c: Conference) => (choice === undefined || (c.date === undefined && !versions.several) ? undefined : { version: choice.info, notes: choice.notes });
  return (conference) => {
    choice = versions.choose(conference.date);
    let evaluate = evaluators.get(choice.index);
    if (!evaluate) {
      evaluate = createEvaluator(choice.version.ir, { calendar: versions.calendarFor(choice.version, closures), inForce });
      evaluators.set(choice.index, evaluate);
    }
    return evaluate(conference);
  };
}

/** Decides each conference (without explaining) under the version in force on its date. */
export function createVersionedDecider(versions: PolicyVersions): (conference: Conference) => { verdicts: Verdict[]; choice: VersionChoice } {
  const deciders = versions.list.map((v) => createDecider(v.ir));
  return (conference) => {
    const choice = versions.choose(conference.date);
    return { verdicts: (deciders[choice.index] as (c: Conference) => Verdict[])(conference), choice };
  };
}
