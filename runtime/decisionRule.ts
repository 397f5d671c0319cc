/**
 * The arithmetic of a decision, apart from who may make it: what a majority of units
 * favours when some units' views are unresolved. (Whether the room is unanimous is
 * `countUnits` in votingUnits.ts, read from the seats as the units are counted.)
 */
import type { Choice } from "./conference.js";

export interface Tally {
  register: number;
  not_register: number;
  abstain: number;
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
