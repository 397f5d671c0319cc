/** The bundled board policies compared once per test file: the all-pairs search takes a few seconds. */
import type { DiffReport } from "../../diff/report.js";
import { diff } from "../../diff/diff.js";
import { BOARDS, boardIR } from "../helpers/conferences.js";

let cached: DiffReport | undefined;

/** Six attendees rather than the default eight keep the suite quick; `npm run bench` times the defaults. */
export const TEST_SEARCH = { maxAttendees: 6 } as const;

export function bundledDiff(): DiffReport {
  cached ??= diff(
    BOARDS.map((b) => ({ ir: boardIR(b), file: `policies/${b}.policy` })),
    { search: TEST_SEARCH },
  );
  return cached;
}

export const POLICY_FILE: Record<string, string> = {
  mid_and_west_wales: "policies/mid-and-west-wales.policy",
  cwm_taf_morgannwg: "policies/cwm-taf-morgannwg.policy",
  lancashire: "policies/lancashire.policy",
  south_ayrshire: "policies/south-ayrshire.policy",
  wakefield: "policies/wakefield.policy",
};
