/**
 * The conference being tried, as the JSON `quorate eval` reads (runtime/conference.ts),
 * and the edits the form makes to it. The form edits the value in place, field by field,
 * so anything it does not show (a dissent, a written report, a field pasted in) is kept.
 */
export type View = "register" | "not_register" | "abstain";
export type Choice = "register" | "not_register";
type FactValue = string | boolean | number;

export interface ChildValue {
  id: string;
  unborn?: boolean;
  facts?: Record<string, FactValue>;
  [field: string]: unknown;
}

export interface AttendeeValue {
  id: string;
  role: string;
  organisation?: string;
  involvedWith?: string[];
  nominatedLead?: boolean;
  views?: Record<string, View>;
  represents?: string;
  [field: string]: unknown;
}

export interface ChairValue {
  decides?: Record<string, Choice>;
  override?: Record<string, { outcome: Choice; reason: string }>;
  authorisedToOverride?: boolean;
  believesUnsafe?: string[];
  proceedWithoutQuorum?: { reason: string };
  defer?: Record<string, { reason: string }>;
  [field: string]: unknown;
}

export interface ConferenceValue {
  date?: string;
  children: ChildValue[];
  attendees: AttendeeValue[];
  facts?: Record<string, FactValue>;
  chair?: ChairValue;
  categories?: Record<string, { primary?: string; secondary?: string[]; [field: string]: unknown }>;
  [field: string]: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value as the form can show it, or why it cannot (the JSON box still can). */
export function asConference(value: unknown): ConferenceValue | string {
  if (!isRecord(value)) return "a conference is a JSON object, with `children` and `attendees`";
  if (!Array.isArray(value["children"]) || !value["children"].every((c) => isRecord(c) && typeof c["id"] === "string")) return "`children` must be a list of children, each with an `id`";
  if (!Array.isArray(value["attendees"]) || !value["attendees"].every((a) => isRecord(a) && typeof a["id"] === "string" && typeof a["role"] === "string")) {
    return "`attendees` must be a list of people, each with an `id` and a `role`";
  }
  for (const key of ["chair", "categories", "facts"]) if (value[key] !== undefined && !isRecord(value[key])) return `\`${key}\` must be a JSON object`;
  return value as ConferenceValue;
}

export function startingConference(): ConferenceValue {
  return { children: [{ id: "child_1" }], attendees: [] };
}

function freshId(taken: readonly string[], stem: string): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`${stem}${n}`)) return `${stem}${n}`;
}

export function addChild(c: ConferenceValue): string {
  const id = freshId(c.children.map((x) => x.id), "child_");
  c.children.push({ id });
  return id;
}

export function addAttendee(c: ConferenceValue, role: string): AttendeeValue {
  const attendee: AttendeeValue = { id: freshId(c.attendees.map((a) => a.id), "p"), role };
  c.attendees.push(attendee);
  return attendee;
}

/** Every map keyed by a child, in the attendees, the chair's inputs and the categories. */
function childKeyed(c: ConferenceValue): Record<string, unknown>[] {
  const maps: (Record<string, unknown> | undefined)[] = [c.categories, c.chair?.decides, c.chair?.override, c.chair?.defer, ...c.attendees.map((a) => a.views)];
  for (const a of c.attendees) if (isRecord(a["dissent"])) maps.push(a["dissent"]);
  return maps.filter((m): m is Record<string, unknown> => m !== undefined);
}

function renameKey(map: Record<string, unknown>, from: string, to: string): void {
  if (!Object.hasOwn(map, from)) return;
  map[to] = map[from];
  delete map[from];
}

export function renameChild(c: ConferenceValue, from: string, to: string): void {
  const child = c.children.find((x) => x.id === from);
  if (!child || from === to) return;
  child.id = to;
  for (const map of childKeyed(c)) renameKey(map, from, to);
  for (const a of c.attendees) if (a.involvedWith) a.involvedWith = a.involvedWith.map((x) => (x === from ? to : x));
  if (c.chair?.believesUnsafe) c.chair.believesUnsafe = c.chair.believesUnsafe.map((x) => (x === from ? to : x));
}

/** A new id for a person, where no one else has it; the chair's `admits` follows it. */
export function renameAttendee(c: ConferenceValue, a: AttendeeValue, to: string): void {
  if (to === "" || c.attendees.some((x) => x.id === to)) return;
  const admits = c.chair?.["admits"];
  if (Array.isArray(admits)) c.chair = { ...c.chair, admits: admits.map((x: unknown) => (x === a.id ? to : x)) };
  a.id = to;
}

export function removeChild(c: ConferenceValue, id: string): void {
  c.children = c.children.filter((x) => x.id !== id);
  for (const map of childKeyed(c)) delete map[id];
  for (const a of c.attendees) if (a.involvedWith) a.involvedWith = a.involvedWith.filter((x) => x !== id);
  if (c.chair?.believesUnsafe) c.chair.believesUnsafe = c.chair.believesUnsafe.filter((x) => x !== id);
  tidy(c);
}

/** Sets or clears a field: `undefined` removes it, and an object left empty goes too. */
export function setField<T extends object, K extends keyof T & string>(target: T, key: K, value: T[K] | undefined): void {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

export function chairOf(c: ConferenceValue): ChairValue {
  c.chair ??= {};
  return c.chair;
}

/** Removes the empty objects and lists the form's edits leave behind, so the JSON says only what was given. */
export function tidy(c: ConferenceValue): void {
  const chair = c.chair;
  if (chair) {
    for (const key of ["decides", "override", "defer"] as const) if (chair[key] && Object.keys(chair[key]).length === 0) delete chair[key];
    if (chair.believesUnsafe?.length === 0) delete chair.believesUnsafe;
    if (Object.keys(chair).length === 0) delete c.chair;
  }
  if (c.categories) {
    for (const [child, chosen] of Object.entries(c.categories)) {
      if (chosen.secondary?.length === 0) delete chosen.secondary;
      if (Object.keys(chosen).length === 0) delete c.categories[child];
    }
    if (Object.keys(c.categories).length === 0) delete c.categories;
  }
  for (const a of c.attendees) {
    if (a.views && Object.keys(a.views).length === 0) delete a.views;
    if (isRecord(a["dissent"]) && Object.keys(a["dissent"]).length === 0) delete a["dissent"];
  }
  if (c.facts && Object.keys(c.facts).length === 0) delete c.facts;
  for (const child of c.children) if (child.facts && Object.keys(child.facts).length === 0) delete child.facts;
}
