import type { Deadline } from "../../grammar/ast.js";
import type { SourceFile } from "../model.js";
import type { Check } from "./check.js";

/** A deadline of zero (days, hours, weeks…) is written as `immediately`, which is what it means; a repeat or a time limit of zero could never be met. */
export const zeroDeadline: Check = {
  code: "Q062",
  title: "deadline of zero",
  severity: "warning",
  invariant: "A deadline of zero (days, hours, weeks…) is written as `immediately`, which is what it means; a repeat or a time limit of zero could never be met.",
  example: `obligations {
  when deferred: reconvene within 0 working days
}`,
  run(ctx) {
    const words = (unit: string) => (unit === "working_days" ? "working days" : unit);
    const deadlines: { deadline: Deadline; file: SourceFile }[] = [
      ...ctx.model.statements("Obligation").flatMap((o) => (o.node.deadline ? [{ deadline: o.node.deadline, file: o.file }] : [])),
      ...ctx.model.statements("RouteStage").flatMap((s) => (s.node.deadline ? [{ deadline: s.node.deadline, file: s.file }] : [])),
    ];
    for (const { deadline: d, file } of deadlines) {
      if (d.kind === "immediately") continue;
      if (d.amount.value === 0) ctx.report({ file, node: d }, `a deadline of 0 ${words(d.unit)}`, d.kind === "every" ? "a repeating deadline needs a period of at least 1" : "write `immediately`");
      if (d.kind === "within" && d.then?.amount.value === 0) ctx.report({ file, node: d }, `a duty repeated every 0 ${words(d.then.unit)}`, "a repeating deadline needs a period of at least 1");
    }
    for (const s of ctx.model.statements("RouteStart")) {
      if (s.node.period.amount.value === 0) ctx.report(s, `a route to be started within 0 ${words(s.node.period.unit)} can never be started`, "write the time limit the protocol gives");
    }
  },
};
