import type { Check } from "./check.js";

/** A deadline of zero days or weeks is written as `immediately`, which is what it means. */
export const zeroDeadline: Check = {
  code: "Q062",
  title: "deadline of zero",
  severity: "warning",
  invariant: "A deadline of zero days or weeks is written as `immediately`, which is what it means.",
  example: `obligations {
  when deferred: reconvene within 0 working days
}`,
  run(ctx) {
    for (const o of ctx.model.statements("Obligation")) {
      const d = o.node.deadline;
      if (!d || d.kind === "immediately" || d.amount.value !== 0) continue;
      const unit = d.unit === "working_days" ? "working days" : d.unit;
      ctx.report({ file: o.file, node: d }, `a deadline of 0 ${unit}`, d.kind === "every" ? "a repeating deadline needs a period of at least 1" : "write `immediately`");
    }
  },
};
