/**
 * Root differences and what follows from them. Two policies that count votes differently
 * (one per agency, one per professional) state every role's vote differently too, and
 * listing thirty role entries beside the one rule that explains them buries it. Each
 * change here is either a root, or folded under the root it follows from: a role's vote
 * that differs only in the unit it counts towards, under the voting unit; a tie-break or a
 * binding majority that one side cannot have, under the decision rule.
 */
import type { Cause, Change } from "../report.js";

const SEVERITY_ORDER = { outcome: 0, procedure: 1, metadata: 2 } as const;

/** The words of a role's vote with the unit it counts towards taken out. */
function withoutUnit(text: string | null): string | null {
  return text === null ? null : text.replace(/; as an individual\b/, "");
}

/** The voting unit's words (see `facets.ts`): one vote, or view, per professional, agency or professional grouping. */
function perProfessional(text: string | null): boolean {
  return text !== null && /per professional(?! grouping)/.test(text);
}

function perGrouping(text: string | null): boolean {
  return text !== null && /per professional grouping/.test(text);
}

/** Whether `change` follows from `root`, a change of the same pair. */
function followsFrom(change: Change, root: Change): boolean {
  if (root.subject === "voting unit") {
    if (change.aspect === "roles") return withoutUnit(change.a) === withoutUnit(change.b);
    // A lead speaks for a unit of several, and "no grouping" means something only where votes go by grouping.
    if (change.subject === "nominated lead") return perProfessional(root.a) || perProfessional(root.b);
    if (change.subject === "practitioners in no grouping") return !perGrouping(root.a) || !perGrouping(root.b);
    return false;
  }
  if (root.subject === "decision rule") {
    const noVote = (text: string | null) => text !== null && /^not needed: no vote is taken/.test(text);
    if (change.subject === "tie-break") return noVote(change.a) || noVote(change.b);
    if (change.subject === "chair and the majority" || change.subject === "override") return /without consensus the chair decides|executive decision|silent/.test(`${root.a} ${root.b}`);
  }
  return false;
}

/** The pair's changes as roots, each with the changes that follow from it; roots ordered outcome first. */
export function causesOf(changes: readonly Change[], offset: number): Cause[] {
  const roots = new Map<number, number[]>();
  const folded = new Set<number>();
  changes.forEach((root, r) => {
    if (root.subject !== "voting unit" && root.subject !== "decision rule") return;
    changes.forEach((change, c) => {
      if (c !== r && !folded.has(c) && followsFrom(change, root)) {
        folded.add(c);
        roots.set(r, [...(roots.get(r) ?? []), c]);
      }
    });
  });
  const causes: Cause[] = [];
  changes.forEach((change, i) => {
    if (folded.has(i)) return;
    causes.push({ change: offset + i, follows: (roots.get(i) ?? []).map((c) => offset + c) });
  });
  const severity = (c: Cause) => SEVERITY_ORDER[changes[c.change - offset]?.severity ?? "metadata"];
  return causes.sort((x, y) => severity(x) - severity(y) || y.follows.length - x.follows.length || x.change - y.change);
}
