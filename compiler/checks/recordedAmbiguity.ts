import type { Check } from "./check.js";

/**
 * Every place where the protocol is ambiguous, and the reading the policy takes, is shown to
 * the reader, as a warning until the board confirms the reading (then Q082 shows it).
 */
export const recordedAmbiguity: Check = {
  code: "Q080",
  title: "ambiguity in the protocol",
  severity: "warning",
  invariant: "Every place where the protocol is ambiguous, and the reading the policy takes, is shown to the reader.",
  example: `decision {
  ambiguity "the decision is 'normally' by majority" reading "always by majority"
}`,
  run(ctx) {
    for (const a of ctx.model.statements("Ambiguity")) {
      if (a.node.confirmed) continue;
      const cite = a.node.cite ? ` (${a.node.cite.value})` : "";
      ctx.report({ file: a.file, node: a.node.text }, `the protocol is ambiguous${cite}: ${a.node.text.value}`, `reading taken: ${a.node.reading.value}; not yet confirmed by the board: once it is, add \`confirmed by "who" on <date>\``);
    }
  },
};
