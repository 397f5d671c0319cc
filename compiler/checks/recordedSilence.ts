import type { Check } from "./check.js";

export const SILENCE_HELP = "Quorate adds no rule in its place; \"When a protocol is silent\" in docs/language.md says what the compiled policy then records";

/** Every matter the protocol is silent on is shown to the reader, so no one mistakes it for a rule. */
export const recordedSilence: Check = {
  code: "Q081",
  title: "protocol silent",
  severity: "info",
  invariant: "Every matter the protocol is silent on is shown to the reader, so no one mistakes it for a rule.",
  example: `quorum {
  silent "the protocol states no quorum"
}`,
  run(ctx) {
    for (const s of ctx.model.statements("Silence")) {
      if (s.node.confirmed) continue; // Q082 shows it
      ctx.report({ file: s.file, node: s.node.text }, `the protocol is silent: ${s.node.text.value}`, SILENCE_HELP);
    }
  },
};
