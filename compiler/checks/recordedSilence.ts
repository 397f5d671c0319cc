import type { Check } from "./check.js";

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
      const where = s.aspect === "header" ? "" : ` on ${s.aspect}`;
      ctx.report({ file: s.file, node: s.node.text }, `the protocol is silent${where}: ${s.node.text.value}`, "Quorate applies no rule of its own here; see the README for what the runtime does when a protocol is silent");
    }
  },
};
