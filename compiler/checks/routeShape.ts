import type { RouteSection, Statement } from "../../grammar/ast.js";
import type { Check } from "./check.js";

const ONCE: Partial<Record<Statement["type"], string>> = { RouteStart: "start within", RouteApproval: "approval by", RouteMeanwhile: "decision … meanwhile" };

/** Within one escalation or appeal route, its time limit, its approval and what becomes of the decision meanwhile are each stated once. */
export const routeShape: Check = {
  code: "Q075",
  title: "route rule stated twice",
  severity: "error",
  invariant: "Within one escalation or appeal route, its time limit, its approval and what becomes of the decision meanwhile are each stated once.",
  example: `appeal parents "Appeal by parents" {
  open to role parent
  start within 10 working days
  start within 20 working days
}`,
  run(ctx) {
    for (const file of ctx.model.chain) {
      for (const section of file.ast.sections) {
        if (section.keyword !== "escalation" && section.keyword !== "appeal") continue;
        const seen = new Map<string, Statement>();
        for (const s of (section as RouteSection).statements) {
          const words = ONCE[s.type];
          if (!words) continue;
          const earlier = seen.get(s.type);
          if (!earlier) {
            seen.set(s.type, s);
            continue;
          }
          ctx.report({ file, node: s }, `\`${words}\` is already stated for this route on line ${earlier.range.start.line}`, "keep one; if the protocol says two different things, keep the reading chosen and record the other with `ambiguity`", [
            { message: "first stated here", where: { file, node: earlier } },
          ]);
        }
      }
    }
  },
};
