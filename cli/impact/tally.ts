/**
 * Counts the history as it streams past: every decision in a transitions table (at most
 * 36 pairs of outcomes), and the first few changes and unusable lines as examples, so
 * memory does not grow with the number of conferences.
 */
import type { Outcome, Verdict } from "../../runtime/decision.js";
import type { VersionChoice } from "../../runtime/versions.js";
import type { LineProblem } from "../batch/record.js";
import { IMPACT_FORMAT, type ChangedDecision, type ImpactReport, type Transition, type UncomparedLine, type VersionUse } from "./report.js";

/** Which version decided a conference on each side, where versions are reported. */
export interface Sides {
  old: VersionChoice;
  new: VersionChoice;
  dated: boolean;
}

/** What a side's `version` says of a change: its label, or its file where it has none. */
function label(choice: VersionChoice): string {
  return choice.info.label ?? choice.version.file;
}

export class ImpactTally {
  private read = 0;
  private compared = 0;
  private conferencesChanged = 0;
  private childrenCompared = 0;
  private childrenChanged = 0;
  private readonly invalid = { both: 0, old: 0, new: 0 };
  private readonly transitions = new Map<string, Transition>();
  private readonly changes: ChangedDecision[] = [];
  private readonly uncompared: UncomparedLine[] = [];
  private readonly uses = { old: new Map<number, VersionUse>(), new: new Map<number, VersionUse>() };
  private versioned = false;

  /** @param severalVersions whether each side has versions to choose between (each change then names its version) */
  constructor(
    private readonly examples: number,
    private readonly severalVersions: { old: boolean; new: boolean } = { old: false, new: false },
  ) {}

  private use(side: "old" | "new", choice: VersionChoice, dated: boolean): void {
    const uses = this.uses[side];
    let found = uses.get(choice.index);
    if (!found) {
      found = { label: choice.info.label, effective: choice.info.effective, file: choice.version.file, conferences: 0, beforeEffective: 0, pastReview: 0, undated: 0 };
      uses.set(choice.index, found);
    }
    found.conferences++;
    if (!dated) found.undated++;
    if (choice.beforeFirst) found.beforeEffective++;
    if (choice.pastReview) found.pastReview++;
  }

  compare(line: number, title: string | undefined, before: readonly Verdict[], after: readonly Verdict[], sides?: Sides): void {
    if (sides) {
      if (sides.dated || this.severalVersions.old || this.severalVersions.new) this.versioned = true;
      this.use("old", sides.old, sides.dated);
      this.use("new", sides.new, sides.dated);
    }
    const versionOf = (side: "old" | "new") => (sides && this.severalVersions[side] ? { version: label(sides[side]) } : {});
    this.read++;
    this.compared++;
    let changed = false;
    before.forEach((old, i) => {
      // Both policies decide the same conference, so its children come in the same order.
      const next = after[i];
      if (!next) return;
      this.childrenCompared++;
      this.count(old.outcome, next.outcome);
      if (old.outcome === next.outcome) return;
      changed = true;
      this.childrenChanged++;
      if (this.changes.length < this.examples) {
        this.changes.push({ line, ...(title === undefined ? {} : { title }), child: old.child, old: { outcome: old.outcome, decidedBy: old.decidedBy ?? null, ...versionOf("old") }, new: { outcome: next.outcome, decidedBy: next.decidedBy ?? null, ...versionOf("new") } });
      }
    });
    if (changed) this.conferencesChanged++;
  }

  notCompared(line: number, title: string | undefined, invalidUnder: "both" | "old" | "new", problems: LineProblem[]): void {
    this.read++;
    this.invalid[invalidUnder]++;
    if (this.uncompared.length < this.examples) this.uncompared.push({ line, ...(title === undefined ? {} : { title }), invalidUnder, problems });
  }

  private count(from: Outcome, to: Outcome): void {
    const key = `${from} ${to}`;
    const found = this.transitions.get(key);
    if (found) found.children++;
    else this.transitions.set(key, { from, to, children: 1 });
  }

  get changed(): boolean {
    return this.childrenChanged > 0 || this.invalid.old > 0 || this.invalid.new > 0;
  }

  report(old: ImpactReport["old"], next: ImpactReport["new"], history: string): ImpactReport {
    const transitions = [...this.transitions.values()].sort((a, b) => Number(a.from === a.to) - Number(b.from === b.to) || b.children - a.children);
    const inOrder = (uses: Map<number, VersionUse>) => [...uses.entries()].sort(([a], [b]) => a - b).map(([, use]) => use);
    const versions = this.versioned ? { versions: { old: inOrder(this.uses.old), new: inOrder(this.uses.new) } } : {};
    return {
      format: IMPACT_FORMAT,
      old,
      new: next,
      history,
      changed: this.changed,
      conferences: { read: this.read, compared: this.compared, changed: this.conferencesChanged, invalidUnderBoth: this.invalid.both, invalidUnderOld: this.invalid.old, invalidUnderNew: this.invalid.new },
      children: { compared: this.childrenCompared, changed: this.childrenChanged },
      transitions,
      changes: this.changes,
      changesNotListed: this.childrenChanged - this.changes.length,
      uncompared: this.uncompared,
      uncomparedNotListed: this.invalid.both + this.invalid.old + this.invalid.new - this.uncompared.length,
      ...versions,
    };
  }
}
