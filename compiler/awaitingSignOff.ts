/**
 * The findings that stand for a reading the board has not yet signed off: an ambiguity or a
 * silence without `confirmed by … on …`, and each rule Quorate supplies by default. A board
 * that wants CI to enforce sign-off runs `quorate check --strict`, which fails on any of them.
 */
import type { Diagnostic } from "../grammar/diagnostic.js";
import { DEFAULT_CODES } from "./catalogue.js";
import { recordedAmbiguity } from "./checks/recordedAmbiguity.js";
import { recordedSilence } from "./checks/recordedSilence.js";

export const AWAITING_SIGN_OFF: ReadonlySet<string> = new Set([recordedAmbiguity.code, recordedSilence.code, ...Object.values(DEFAULT_CODES)]);

export function awaitingSignOff(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => AWAITING_SIGN_OFF.has(d.code));
}
