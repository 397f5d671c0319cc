/**
 * Counts the history as it streams past: every decision in a transitions table (at most
 * 36 pairs of outcomes), and the first few changes and unusable lines as examples, so
 * memory does not grow with the number of conferences.
 */
import type { Outcome, Verdict } from "../../runtime/decision.js";
import type { LineProblem } from "../batch/record.js";
import { IMPACT_FORMAT, type ChangedDecision, type ImpactReport, type Transition, type UncomparedLine } from "./report.js";

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

  constructor(private readonly examples: number) {}

  compare(line: number, title: string | undefined, before: readonly Verdict[], after: readonly Verdict[]): void {
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
        this.changes.push({ line, ...(title === undefined ? {} : { title }), child: old.child, old: { outcome: old.outcome, decidedBy: old.decidedBy ?? null }, new: { outcome: next.outcome, decidedBy: next.decidedBy ?? null } });
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
    };
  }
}
