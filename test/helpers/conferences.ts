/**
 * Test harness for the runtime: the engine's copy of the five boards compiled once, a small
 * builder for conferences, and `decide`, which validates a conference and decides it.
 */
import { compileFile } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { compileText } from "./compileText.js";
import type { Attendee, Conference } from "../../runtime/conference.js";
import type { ChildDecision, DecisionResult } from "../../runtime/decision.js";
import { evaluate } from "../../runtime/evaluate.js";
import { ENGINE } from "./runCli.js";
import { TODAY } from "./compileText.js";

export const BOARDS = ["mid-and-west-wales", "cwm-taf-morgannwg", "lancashire", "south-ayrshire", "wakefield"] as const;
export type Board = (typeof BOARDS)[number];

const compiled = new Map<string, PolicyIR>();

export function boardIR(board: Board): PolicyIR {
  let ir = compiled.get(board);
  if (!ir) {
    const result = compileFile(`policies/${board}.policy`, { host: fileSystemHost(ENGINE), today: TODAY });
    if (!result.ir) throw new Error(`${board} did not compile`);
    ir = result.ir;
    compiled.set(board, ir);
  }
  return ir;
}

/** Compiles a test policy held in a string; fails the test if it has errors. */
export function policyIR(source: string): PolicyIR {
  const result = compileText(source);
  if (!result.ir) throw new Error(`the test policy did not compile: ${result.diagnostics.map((d) => `${d.code} ${d.message}`).join("; ")}`);
  return result.ir;
}

type Views = Record<string, "register" | "not_register" | "abstain">;

/** An attendee with the given role and views; every other field as given in `extra`. */
export function attendee(id: string, role: string, views: Views = {}, extra: Partial<Attendee> = {}): Attendee {
  return { id, role, views, ...extra };
}

export function conference(attendees: Attendee[], extra: Partial<Conference> = {}, children: Conference["children"] = [{ id: "amy" }]): Conference {
  return { children, attendees, ...extra };
}

export function decide(policy: Board | PolicyIR, conf: Conference): DecisionResult {
  return evaluate(typeof policy === "string" ? boardIR(policy) : policy, conf);
}

export function decideChild(policy: Board | PolicyIR, conf: Conference, child = "amy"): ChildDecision {
  const found = decide(policy, conf).children.find((c) => c.child === child);
  if (!found) throw new Error(`no decision for ${child}`);
  return found;
}

/** Each practitioner's single view on `amy`, for short conferences. */
export function room(entries: [string, string, "register" | "not_register" | "abstain"][], extra: Partial<Conference> = {}): Conference {
  return conference(entries.map(([id, role, view]) => attendee(id, role, { amy: view })), extra);
}
