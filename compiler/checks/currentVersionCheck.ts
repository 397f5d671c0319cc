import { versionsOf } from "../metadataFacts.js";
import type { Check } from "./check.js";

/** When a policy records several versions, `current` names exactly one of them. */
export const currentVersionCheck: Check = {
  code: "Q073",
  title: "version in force unclear",
  severity: "error",
  invariant: "When a policy records several versions, `current` names exactly one of them.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
  version "V1" dated 2021-07-08
  version "V2" dated 2025-04-23
}`,
  run(ctx) {
    const m = ctx.model;
    const versions = versionsOf(m);
    const labels = versions.map((v) => v.node.label?.value);
    const current = m.lastIn("CurrentVersion", m.root);
    if (current && !labels.includes(current.node.label.value)) {
      ctx.report({ file: current.file, node: current.node.label }, `no version is labelled \`${current.node.label.value}\``, `the versions recorded are ${labels.map((l) => "`" + (l ?? "(no label)") + "`").join(", ") || "none"}`);
      return;
    }
    if (!current && versions.length > 1) {
      const last = versions[versions.length - 1];
      if (last) ctx.report(last, `${versions.length} versions are recorded but none is marked as the one in force`, `add \`current "${last.node.label?.value ?? "…"}"\` for the version the board applies`);
    }
    const seen = new Set<string>();
    for (const v of versions) {
      const label = v.node.label?.value;
      if (label === undefined) {
        if (versions.length > 1) ctx.report(v, "with several versions recorded, each needs a label", 'give it the label the protocol uses, e.g. `version "V1" …`');
        continue;
      }
      if (seen.has(label)) ctx.report(v, `two versions are labelled \`${label}\``, "give each version its own label");
      seen.add(label);
    }
  },
};
