/**
 * Cwm Taf Morgannwg, written by hand from the "Child Protection Conference Protocol for
 * Practitioners" (21 March 2022), as a programmer would without Quorate: the benchmark's
 * yardstick for the evaluator, and a second reading the tests hold the policy to.
 *
 * Implements: §2 para 5 (quorum: three agencies with direct contact; a midwife for an
 * unborn child; the chair may proceed with two); §6 paras 6–11 (consensus first, then one
 * vote per grouping given by its nominated lead, the chair bound by the majority, the
 * chair decides a 50/50 split); §8 (the eleven groupings, GP and CMHT choosing their
 * grouping, each school voting for its own pupils, other agencies at the chair's
 * discretion); §9 (who is not party to the decision; a sole school or health
 * representative votes for every child; siblings without agreement: only the groupings
 * directly involved with a child vote on that child). The protocol gives the chair no
 * power to override or defer, so `chair.override` and `chair.defer` are not read.
 * Duties that follow (§6 para 13, §7, §11) change no verdict and are left out.
 */
import type { Attendee, Conference, View } from "../../runtime/conference.js";
import type { DecidedBy, Outcome, Verdict } from "../../runtime/decision.js";

/** §8: the grouping each practitioner role votes with. */
const GROUPING: Readonly<Record<string, string>> = {
  children_social_worker: "children_social_services",
  family_support_worker: "children_social_services",
  youth_justice_worker: "youth_offending",
  paediatrician: "child_health",
  health_visitor: "child_health",
  school_nurse: "child_health",
  paediatric_nurse: "child_health",
  speech_therapist: "child_health",
  specialist_nurse: "child_health",
  physiotherapist: "child_health",
  neonatal_outreach_nurse: "child_health",
  camhs_practitioner: "child_health",
  gp: "child_health",
  adult_social_worker: "adult_social_services",
  adult_mental_health_practitioner: "adult_health",
  learning_disability_practitioner: "adult_health",
  midwife: "adult_health",
  substance_misuse_worker: "adult_health",
  police_officer: "police",
  probation_officer: "probation",
  housing_officer: "housing",
  primary_school: "education",
  secondary_school: "education",
  nursery: "education",
  education_officer: "education",
  educational_psychologist: "education",
  early_years_worker: "early_years",
  voluntary_sector_worker: "voluntary_groups",
  // §8 grouping 12: any other agency, at the chair's discretion.
  other_agency: "other",
};

/** The agency each practitioner counts as towards the §2 quorum (the shared vocabulary's). */
const AGENCY: Readonly<Record<string, string>> = {
  children_social_worker: "children_social_care",
  family_support_worker: "children_social_care",
  adult_social_worker: "adult_social_care",
  police_officer: "police",
  probation_officer: "probation",
  youth_justice_worker: "youth_justice",
  housing_officer: "housing",
  education_officer: "education",
  primary_school: "education",
  secondary_school: "education",
  nursery: "education",
  educational_psychologist: "education",
  early_years_worker: "early_years",
  health_visitor: "health",
  school_nurse: "health",
  midwife: "health",
  paediatric_nurse: "health",
  paediatrician: "health",
  gp: "health",
  camhs_practitioner: "health",
  speech_therapist: "health",
  specialist_nurse: "health",
  physiotherapist: "health",
  neonatal_outreach_nurse: "health",
  adult_mental_health_practitioner: "health",
  learning_disability_practitioner: "health",
  substance_misuse_worker: "substance_misuse",
  voluntary_sector_worker: "voluntary_sector",
  other_agency: "other",
};

/** §8: roles that may say which of two groupings they sit with, and where they sit otherwise. */
const CHOICE: Readonly<Record<string, readonly [string, string]>> = {
  gp: ["child_health", "adult_health"],
  adult_mental_health_practitioner: ["adult_health", "adult_social_services"],
};

const SCHOOLS = new Set(["primary_school", "secondary_school", "nursery"]);
const HEALTH = new Set(["child_health", "adult_health"]);

interface Voter {
  attendee: Attendee;
  grouping: string;
  /** §8 grouping 9: each school votes apart. */
  unit: string;
}

interface Count {
  register: number;
  not_register: number;
  abstain: number;
  /** Groupings whose members disagree with no one lead to speak for them. */
  undecided: number;
}

function involved(a: Attendee, child: string): boolean {
  return a.involvedWith === undefined || a.involvedWith.includes(child);
}

function viewOf(a: Attendee, child: string): View {
  const views = a.views;
  return views !== undefined && Object.hasOwn(views, child) ? (views[child] as View) : "abstain";
}

/** The one view several practitioners give: the one they share, abstentions aside; null when they differ. */
function shared(members: readonly Attendee[], child: string): View | null {
  let view: View = "abstain";
  for (const m of members) {
    const v = viewOf(m, child);
    if (v === "abstain") continue;
    if (view === "abstain") view = v;
    else if (view !== v) return null;
  }
  return view;
}

/** §6 para 9: the nominated lead speaks for the grouping; a grouping of one speaks for itself. */
function groupingView(members: readonly Attendee[], child: string): View | null {
  if (members.length === 1) return viewOf(members[0] as Attendee, child);
  const leads = members.filter((m) => m.nominatedLead === true);
  if (leads.length === 1) return viewOf(leads[0] as Attendee, child);
  // Several leads, or none: the grouping has a view only if they agree.
  return shared(leads.length > 1 ? leads : members, child);
}

function count(units: Iterable<Attendee[]>, child: string): Count {
  const c: Count = { register: 0, not_register: 0, abstain: 0, undecided: 0 };
  for (const members of units) {
    const view = groupingView(members, child);
    if (view === null) c.undecided++;
    else c[view]++;
  }
  return c;
}

function verdict(child: string, quorumMet: boolean, outcome: Outcome, decidedBy: DecidedBy | null, c: Count): Verdict {
  return { child, quorumMet, outcome, decidedBy, tally: { register: c.register, not_register: c.not_register, abstain: c.abstain } };
}

export function decideCwmTafMorgannwg(conference: Conference): Verdict[] {
  const chair = conference.chair;
  const admitted = new Set(chair?.admits ?? []);
  const voters: Voter[] = [];
  for (const a of conference.attendees) {
    let grouping = GROUPING[a.role];
    // §9: parents, family, advocates, CIW, CAFCASS, foster and residential carers are not party to the decision.
    if (grouping === undefined) continue;
    if (a.role === "other_agency" && !admitted.has(a.id)) continue;
    const choice = CHOICE[a.role];
    if (choice !== undefined && a.represents !== undefined && choice.includes(a.represents)) grouping = a.represents;
    // An attendee of no named school is a school of their own.
    const unit = SCHOOLS.has(a.role) ? (a.organisation !== undefined ? `${grouping}@${a.organisation}` : `${grouping}#${a.id}`) : grouping;
    voters.push({ attendee: a, grouping, unit });
  }

  // §9 specific issues, bullets 1 and 2: the only school, or the only health practitioner, present.
  const schools = voters.filter((v) => SCHOOLS.has(v.attendee.role));
  const health = voters.filter((v) => HEALTH.has(v.grouping));
  const sole = new Set<Attendee>();
  if (schools.length === 1) sole.add((schools[0] as Voter).attendee);
  if (health.length === 1) sole.add((health[0] as Voter).attendee);

  const midwifePresent = conference.attendees.some((a) => a.role === "midwife");
  const siblings = conference.children.length > 1;

  return conference.children.map((child): Verdict => {
    const id = child.id;

    // §2 para 5. Only practitioners taking part count, as Quorate's runtime reads "agencies ... present":
    // CAFCASS, a residential carer, or another agency the chair has not admitted, attend without counting.
    const agencies = new Set<string>();
    for (const v of voters) if (involved(v.attendee, id)) agencies.add(AGENCY[v.attendee.role] as string);
    const short = agencies.size < 3;
    const midwifeMissing = child.unborn === true && !midwifePresent;
    const waived = short && !midwifeMissing && agencies.size >= 2 && chair?.proceedWithoutQuorum !== undefined;
    const quorumMet = (!short && !midwifeMissing) || waived;

    // §8 grouping 9: each school votes only for its own pupils, unless it is the only school present.
    const units = new Map<string, Attendee[]>();
    const eligible: Attendee[] = [];
    for (const v of voters) {
      const a = v.attendee;
      if (SCHOOLS.has(a.role) && !involved(a, id) && !sole.has(a)) continue;
      eligible.push(a);
      const members = units.get(v.unit);
      if (members) members.push(a);
      else units.set(v.unit, [a]);
    }

    if (!quorumMet) return verdict(id, false, "not_quorate", null, count(units.values(), id));
    // §6 para 6.
    const consensus = shared(eligible, id);
    if (consensus === "register" || consensus === "not_register") return verdict(id, true, consensus, "consensus", count(units.values(), id));

    // §9 specific issues, bullet 3: siblings without agreement.
    let voting: Iterable<Attendee[]> = units.values();
    if (siblings) voting = [...units.values()].filter((members) => members.some((a) => involved(a, id) || sole.has(a)));

    // §6 paras 9–11.
    const c = count(voting, id);
    if (c.register > c.not_register + c.undecided) return verdict(id, true, "register", "majority", c);
    if (c.not_register > c.register + c.undecided) return verdict(id, true, "not_register", "majority", c);
    // A grouping whose members disagree, with no one lead to speak for it, could still swing the vote:
    // the protocol has the chair decide only a 50/50 split, so the conference must first settle who speaks.
    if (c.undecided > 0) return verdict(id, true, "unresolved", null, c);
    const decides = chair?.decides !== undefined && Object.hasOwn(chair.decides, id) ? chair.decides[id] : undefined;
    return decides === undefined ? verdict(id, true, "chair_decision_required", null, c) : verdict(id, true, decides, "chair_casting", c);
  });
}
