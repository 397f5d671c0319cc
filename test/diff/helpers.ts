/** The bundled board policies compared once per test file: the all-pairs search takes a second or two. */
import type { DiffReport } from "../../diff/report.js";
import { diff } from "../../diff/diff.js";
import { BOARDS, boardIR } from "../helpers/conferences.js";

let cached: DiffReport | undefined;

export function bundledDiff(): DiffReport {
  cached ??= diff(BOARDS.map((b) => ({ ir: boardIR(b), file: `policies/${b}.policy` })));
  return cached;
}

export const POLICY_FILE: Record<string, string> = {
  mid_and_west_wales: "policies/mid-and-west-wales.policy",
  cwm_taf_morgannwg: "policies/cwm-taf-morgannwg.policy",
  lancashire: "policies/lancashire.policy",
  south_ayrshire: "policies/south-ayrshire.policy",
  wakefield: "policies/wakefield.policy",
};
