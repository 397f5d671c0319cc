/**
 * The arithmetic of a decision, apart from who may make it: whether the views given are
 * unanimous, and what a majority of units favours when some units' views are unresolved.
 */
import type { Choice, View } from "./conference.js";

export interface Tally {
  register: number;
  not_register: number;
  abstain: number;
}

export function tallyOf(views: Iterable<View | null>): Tally {
  const tally: Tally = { register: 0, not_register: 0, abstain: 0 };
  for (const view of views) if (view !== null) tally[view]++;
  return tally;
}

/** The view every practitioner who gave one shares; null when they differ or none was given. */
export function unanimousView(views: Iterable<View>): Choice | null {
  let shared: Choice | null = null;
  for (const view of views) {
    if (view === "abstain") continue;
    if (shared === null) shared = view;
    else if (shared !== view) return null;
  }
  return shared;
}

/**
 * What a majority of units favours, abstentions not counted. With unresolved units the
 * answer holds only if no way those units could vote would change it; otherwise it
 * `depends` on them.
 */
export function majorityOf(tally: Tally, unresolved: number): Choice | "tie" | "depends" {
  const { register, not_register: notRegister } = tally;
  if (register > notRegister + unresolved) return "register";
  if (notRegister > register + unresolved) return "not_register";
  if (unresolved === 0) return "tie";
  return "depends";
}
