/**
 * The boundary of the runtime: a conference file is read, checked against the published
 * schema with ajv, then checked against the policy (every role known, every child and
 * attendee id unique, every reference to a child or attendee resolved). Whatever is wrong
 * comes back as a list of problems, each naming the JSON path and saying what to write
 * instead; nothing past this point sees invalid input.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import { isDetectedEvent } from "../compiler/catalogue.js";
import type { Fact, PolicyIR } from "../compiler/ir.js";
import { didYouMean } from "../grammar/suggest.js";
import { listSome } from "./trace.js";
import type { Conference, FactValue } from "./conference.js";
import { factsRead } from "./facts.js";
import { conferenceJsonSchema } from "./conference.js";
import { formatPath, jsonSyntaxError, pointerParts, type PathPart } from "./jsonPath.js";
import { boundedValidator, DETAILED_ENTRIES, type BoundedResult } from "./boundedValidation.js";
import { repeatedKey, writtenShape } from "./repeatedKeys.js";
import { dayOf, minutesOf } from "./dueDates.js";

/** Conference files larger than this are refused before parsing (about 100,000 attendees fit). */
export const MAX_CONFERENCE_BYTES = 32 * 1024 * 1024;

/** Objects, lists and keys (fields) a JSON file may hold, all told: parsing takes memory for each. */
export const MAX_JSON_VALUES = 3_000_000;

/**
 * Children times attendees in one conference: each child is decided with every attendee
 * weighed, and the decision lists a unit per attendee, so 8,000 children and 8,000
 * attendees (a 1 MB file) took 3 GB before failing. Real conferences have a few children;
 * 10 children with 100,000 attendees, or 100 with 10,000, are within this.
 */
export const MAX_CHILDREN_TIMES_ATTENDEES = 1_000_000;

/**
 * Children in one conference: each has a decision of its own, explained step by step (a
 * kilobyte or two of output each), so a million children (a 14 MB file) made an output
 * longer than a JavaScript text can be. A conference considers a few siblings.
 */
export const MAX_CHILDREN = 1_000;

/** At most this many problems are listed; a file wrong throughout says so in one more line. */
export const MAX_PROBLEMS = 50;

export interface ConferenceProblem {
  /** The JSON path of the offending value, such as `attendees[2].role`. */
  path: string;
  message: string;
  hint?: string;
}

export type ConferenceCheck = { ok: true; conference: Conference } | { ok: false; problems: ConferenceProblem[] };

/** Raised by `evaluate` when handed a conference that fails validation. */
export class ConferenceInputError extends Error {
  constructor(readonly problems: ConferenceProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join("; "));
    this.name = "ConferenceInputError";
  }
}

let compiled: ((value: unknown) => BoundedResult | undefined) | undefined;

/** An ajv validator for one of Quorate's published schemas, reporting every error with its schema (for tests of output; input goes through `schemaCheck`). */
export function compileSchema(schema: Record<string, unknown>): ValidateFunction {
  return new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(schema);
}

/**
 * A check of input against one of Quorate's schemas, with bounded work and memory however
 * large, deep or self-referring the value: the problems, or undefined when it is valid.
 */
export function schemaCheck(schema: Record<string, unknown>): (value: unknown) => ConferenceProblem[] | undefined {
  const validate = boundedValidator(schema);
  return (value) => {
    const result = validate(value);
    return result === undefined ? undefined : schemaProblems(result.errors, result.shortened);
  };
}

function schemaValidator(): (value: unknown) => BoundedResult | undefined {
  compiled ??= boundedValidator(conferenceJsonSchema());
  return compiled;
}

/** Parses the text of a JSON file (a conference, scenarios); a syntax error is reported with its line and column. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; problems: ConferenceProblem[] } {
  if (text.length > MAX_CONFERENCE_BYTES) {
    return { ok: false, problems: [{ path: "(the whole file)", message: `the file has ${text.length} characters, more than the ${MAX_CONFERENCE_BYTES} Quorate reads`, hint: "split it into smaller files" }] };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Parsing takes about 100 bytes of memory for each object, list and key: counted first, a
  // file of millions of empty objects is refused before it can take gigabytes.
  const written = writtenShape(body);
  if (written.keys + written.containers > MAX_JSON_VALUES) {
    const count = (written.keys + written.containers).toLocaleString("en-GB");
    return { ok: false, problems: [{ path: "(the whole file)", message: `the file holds ${count} objects, lists and fields, more than the ${MAX_JSON_VALUES.toLocaleString("en-GB")} Quorate reads (a conference of 100,000 attendees holds about 1,000,000)`, hint: "check that this is a conference file; split a very large one into smaller files" }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (error) {
    const found = jsonSyntaxError(body);
    const message = found?.message ?? (error instanceof Error ? error.message : String(error));
    const path = found ? `line ${found.line}, column ${found.column}${found.message === "it ends too soon" ? " (the end of the file)" : ""}` : "(the whole file)";
    return { ok: false, problems: [{ path, message: `the file is not valid JSON: ${message}`, hint: "check for a missing comma, quote or closing bracket near that place" }] };
  }
  const repeated = repeatedKey(body, value, written.keys);
  if (repeated === "somewhere") return { ok: false, problems: [{ path: "(the whole file)", message: "an object in the file writes one key twice, and JSON would keep only the last", hint: "give each key once in each object" }] };
  if (repeated !== undefined) {
    const { key, path, line, column } = repeated;
    return { ok: false, problems: [{ path: formatPath(path), message: `\`${key}\` is written twice in one object (again at line ${line}, column ${column}); JSON would keep only the last, so the file is refused rather than read either way`, hint: `give \`${key}\` once, with everything it should hold` }] };
  }
  return { ok: true, value };
}

/** Whether a value given as a policy can be one: the library is called with anything. */
function looksCompiled(ir: unknown): ir is PolicyIR {
  const candidate = ir as { id?: unknown; roles?: unknown } | null;
  return typeof candidate === "object" && candidate !== null && typeof candidate.id === "string" && Array.isArray(candidate.roles);
}

/**
 * Checks a parsed conference against the schema and against the policy that will decide
 * it. Never throws: whatever the value (deeper than any stack, containing itself, a getter
 * that fails), what is wrong comes back as problems.
 */
export function validateConference(ir: PolicyIR, value: unknown): ConferenceCheck {
  if (!looksCompiled(ir)) return { ok: false, problems: [{ path: "(the policy)", message: "the policy given is not a compiled Quorate policy", hint: "pass the `ir` that `compile` or `compileFile` returns" }] };
  try {
    const found = schemaValidator()(value);
    if (found !== undefined) return { ok: false, problems: schemaProblems(found.errors, found.shortened) };
    // The schema has been met, so the value has the Conference shape.
    const conference = value as Conference;
    const problems = referenceProblems(ir, conference);
    if (problems.length > 0) return { ok: false, problems };
    // Checked last: what is wrong with the children and attendees themselves says more.
    if (conference.children.length > MAX_CHILDREN) {
      return { ok: false, problems: [{ path: "children", message: `the conference has ${conference.children.length.toLocaleString("en-GB")} children, more than the ${MAX_CHILDREN.toLocaleString("en-GB")} Quorate decides in one conference`, hint: "list the children the conference considers (a few siblings at most); split a file that joins many conferences into one per conference" }] };
    }
    const weighed = conference.children.length * Math.max(1, conference.attendees.length);
    if (weighed > MAX_CHILDREN_TIMES_ATTENDEES) {
      const count = (n: number) => n.toLocaleString("en-GB");
      return { ok: false, problems: [{ path: "children", message: `the conference has ${count(conference.children.length)} children and ${count(conference.attendees.length)} attendees: deciding each child with every attendee weighed is ${count(weighed)} steps, more than the ${count(MAX_CHILDREN_TIMES_ATTENDEES)} Quorate takes for one conference`, hint: "list the children the conference considers (a few siblings at most); split a file that joins many conferences into one per conference" }] };
    }
    return { ok: true, conference };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "(the whole file)", message: `the conference could not be read as plain data (${detail})`, hint: "pass the conference as plain JSON data, as JSON.parse gives it" }] };
  }
}

/** A value as a message shows it: text and numbers as written (long text cut), a list or an object by its kind. */
function shownValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (value === null || typeof value !== "object") return String(value);
  return typeOf(value);
}

const KIND_NAMES: Record<string, string> = { array: "a list", object: "an object", string: "text in quotes", boolean: "true or false", number: "a number", integer: "a whole number", null: "null" };

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return KIND_NAMES[typeof value] ?? typeof value;
}

function schemaProblem(error: ErrorObject): ConferenceProblem | undefined {
  const parts = pointerParts(error.instancePath);
  const path = formatPath(parts);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const field = String(params["additionalProperty"]);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return { path: formatPath([...parts, field]), message: `\`${field}\` is not a field ${parts.length === 0 ? "at the top of the file" : `of ${path}`}`, hint: didYouMean(field, allowed) ?? `the fields are: ${allowed.join(", ")}` };
    }
    case "required":
      return { path, message: `${parts.length === 0 ? "the file" : path} has no \`${String(params["missingProperty"])}\``, hint: `add \`"${String(params["missingProperty"])}"\`` };
    case "type":
      return { path, message: `${parts.length === 0 ? "the file" : path} should be ${KIND_NAMES[String(params["type"])] ?? String(params["type"])}, not ${typeOf(error.data)}` };
    case "enum": {
      const allowed = (params["allowedValues"] as unknown[]).map(String);
      return { path, message: `${shownValue(error.data)} is not one of ${allowed.join(", ")}`, hint: typeof error.data === "string" ? didYouMean(error.data, allowed) ?? `write one of: ${allowed.join(", ")}` : `write one of: ${allowed.join(", ")}` };
    }
    case "const":
      return { path, message: `${path} should be ${JSON.stringify(params["allowedValue"])}` };
    case "minItems":
      return { path, message: parts[0] === "children" ? "the conference names no children" : `${path} is empty`, hint: parts[0] === "children" ? 'list each child considered, such as `{ "id": "amy" }`' : undefined };
    case "minLength":
      return { path, message: `${path} is empty`, hint: "write an id or some text, or leave the field out" };
    case "maxLength":
      return { path, message: `${path} is longer than ${String(params["limit"])} characters` };
    case "pattern": {
      const field = parts[parts.length - 1];
      if (field === "time") return { path, message: `${shownValue(error.data)} is not a time written hours:minutes`, hint: "write the time on the 24-hour clock, like 09:30 or 14:00" };
      if (field === "date" || field === "from" || field === "to") {
        return { path, message: `${shownValue(error.data)} is not a date written year-month-day`, hint: parts.length === 1 ? "write the day the conference sat as year-month-day, like 2026-11-30" : "write the day as year-month-day, like 2026-12-29" };
      }
      return { path, message: `${shownValue(error.data)} is not written as ${path} should be` };
    }
    case "propertyNames":
      return { path: formatPath([...parts, String(params["propertyName"])]), message: "an empty key is not a child id" };
    default:
      return { path, message: `${path}: ${error.message ?? "is not valid"}` };
  }
}

/** ajv's errors in the reader's words, each once; `shortened` when more may lie beyond the part checked in detail. */
export function schemaProblems(errors: ErrorObject[], shortened = false): ConferenceProblem[] {
  const seen = new Set<string>();
  const problems: ConferenceProblem[] = [];
  // A value that must be one of a few words and is not even text (`"quorum": true`) breaks
  // both its type and its list of words; the list says all there is to say, so one message.
  const listed = new Set(errors.filter((e) => e.keyword === "enum" || e.keyword === "const").map((e) => e.instancePath));
  for (const error of errors) {
    // A bad key under propertyNames is reported twice by ajv: once for the key, once for its rule.
    if (error.propertyName !== undefined) continue;
    if (error.keyword === "type" && listed.has(error.instancePath)) continue;
    const problem = schemaProblem(error);
    if (!problem) continue;
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (problems.length >= MAX_PROBLEMS) {
      problems.push({ path: "(the whole file)", message: "and more problems like these; fix these first" });
      break;
    }
    problems.push(problem.hint === undefined ? { path: problem.path, message: problem.message } : problem);
  }
  if (shortened && problems.length > 0 && problems.length < MAX_PROBLEMS + 1) {
    problems.push({ path: "(the whole file)", message: `there may be more problems like these: long lists were checked in detail as far as their first ${DETAILED_ENTRIES} entries`, hint: "fix these, then check the file again" });
  }
  return problems;
}

/** Two role ids to show as examples: the policy's first two practitioner roles (any two where it has none). */
function roleExamples(ir: PolicyIR): string {
  const practitioners = ir.roles.filter((r) => r.practitioner).map((r) => r.id);
  const shown = (practitioners.length >= 2 ? practitioners : ir.roles.map((r) => r.id)).slice(0, 2).map((id) => `\`${id}\``);
  return shown.join(" or ") || "one declared in its `roles` section";
}

function referenceProblems(ir: PolicyIR, conference: Conference): ConferenceProblem[] {
  const problems: ConferenceProblem[] = [];
  let more = 0;
  // The hint is worked out only for problems that are listed: suggestions cost a search each.
  const add = (parts: PathPart[], message: string, hint?: () => string | undefined) => {
    if (problems.length >= MAX_PROBLEMS) {
      more++;
      return;
    }
    const text = hint?.();
    problems.push(text === undefined ? { path: formatPath(parts), message } : { path: formatPath(parts), message, hint: text });
  };

  const childAt = new Map<string, number>();
  conference.children.forEach((child, i) => {
    const first = childAt.get(child.id);
    if (first === undefined) childAt.set(child.id, i);
    else add(["children", i, "id"], `child \`${child.id}\` is listed twice (also at ${formatPath(["children", first])})`, () => "give each child its own id");
  });
  const childIds = [...childAt.keys()];
  const checkChild = (parts: PathPart[], id: string, what: string) => {
    if (!childAt.has(id)) add(parts, `${what} \`${id}\`, but the conference has no child with that id`, () => didYouMean(id, childIds) ?? `the children are: ${listSome(childIds)}`);
  };

  const roleIds = ir.roles.map((r) => r.id);
  const roles = new Set(roleIds);
  const attendeeAt = new Map<string, number>();
  conference.attendees.forEach((attendee, i) => {
    const first = attendeeAt.get(attendee.id);
    if (first === undefined) attendeeAt.set(attendee.id, i);
    else add(["attendees", i, "id"], `attendee \`${attendee.id}\` is listed twice (also at ${formatPath(["attendees", first])})`, () => "give each attendee their own id");
    if (!roles.has(attendee.role)) {
      add(["attendees", i, "role"], `\`${attendee.role}\` is not a role in the vocabulary of ${ir.id}`, () => didYouMean(attendee.role, roleIds) ?? `use one of its roles, such as ${roleExamples(ir)}`);
    }
    attendee.involvedWith?.forEach((id, j) => checkChild(["attendees", i, "involvedWith", j], id, "involved with child"));
    for (const id of Object.keys(attendee.views ?? {})) checkChild(["attendees", i, "views", id], id, "a view on child");
  });

  const chair = conference.chair;
  if (chair) {
    for (const field of ["decides", "override", "defer"] as const) {
      for (const id of Object.keys(chair[field] ?? {})) checkChild(["chair", field, id], id, `the chair's \`${field}\` names child`);
    }
    chair.believesUnsafe?.forEach((id, j) => checkChild(["chair", "believesUnsafe", j], id, "the chair's `believesUnsafe` names child"));
    const attendeeIds = [...attendeeAt.keys()];
    chair.admits?.forEach((id, j) => {
      if (!attendeeAt.has(id)) add(["chair", "admits", j], `the chair admits \`${id}\`, but no attendee has that id`, () => didYouMean(id, attendeeIds));
    });
  }
  for (const id of Object.keys(conference.categories ?? {})) checkChild(["categories", id], id, "categories are given for child");
  for (const id of Object.keys(conference.concerns ?? {})) checkChild(["concerns", id], id, "areas of concern are given for child");
  conference.attendees.forEach((attendee, i) => {
    for (const id of Object.keys(attendee.dissent ?? {})) checkChild(["attendees", i, "dissent", id], id, "a dissent on child");
  });
  factProblems(ir, conference, add);
  dateProblems(conference, add);
  if (more > 0) problems.push({ path: "(the whole file)", message: `and ${more} more ${more === 1 ? "problem" : "problems"} like these` });
  return problems;
}

/** The conference's date is a real day, and its time a real time, given with the date. */
function dateProblems(conference: Conference, add: Add): void {
  if (conference.date !== undefined && dayOf(conference.date) === undefined) {
    add(["date"], `\`${conference.date}\` is not a real date`, () => "check the month (01–12) and the day; write it as year-month-day, like 2026-11-30");
  }
  if (conference.time === undefined) return;
  if (minutesOf(conference.time) === undefined) add(["time"], `\`${conference.time}\` is not a time of day`, () => "write the time on the 24-hour clock, from 00:00 to 23:59");
  else if (conference.date === undefined) add(["time"], "the conference gives a time but no date", () => 'add the day it sat, like `"date": "2026-11-30"`, beside the time');
}

function valueWords(fact: Fact): string {
  if (fact.values.kind === "yes_no") return "true or false";
  if (fact.values.kind === "number") return "a whole number";
  return `one of ${fact.values.options.map((o) => `"${o}"`).join(", ")}`;
}

function fits(fact: Fact, value: FactValue): boolean {
  if (fact.values.kind === "yes_no") return typeof value === "boolean";
  if (fact.values.kind === "number") return typeof value === "number";
  return typeof value === "string" && fact.values.options.includes(value);
}

function example(fact: Fact): string {
  if (fact.values.kind === "yes_no") return "true";
  if (fact.values.kind === "number") return "12";
  return `"${fact.values.options[0] ?? ""}"`;
}

type Add = (parts: PathPart[], message: string, hint?: () => string | undefined) => void;

/**
 * The facts a conference gives fit the policy's declarations (each under the conference or
 * each child, as declared, and of the declared kind), and every fact a rule of the policy
 * reads is given, unless the policy states a default. Facts the policy does not declare are
 * left for the evaluation to list as not applied: a conference written for several boards
 * may carry facts only some of them read.
 */
function factProblems(ir: PolicyIR, conference: Conference, add: Add): void {
  const facts = new Map(ir.facts.map((f) => [f.id, f]));
  const check = (parts: PathPart[], values: Readonly<Record<string, FactValue>> | undefined, about: Fact["about"]) => {
    for (const [id, value] of Object.entries(values ?? {})) {
      const fact = facts.get(id);
      if (!fact) continue;
      if (fact.about !== about) {
        add([...parts, id], `\`${id}\` is a fact about ${fact.about === "child" ? "each child" : "the conference"}, not ${about === "child" ? "one child" : "the whole conference"}`, () =>
          fact.about === "child" ? `give it under each child's \`facts\`, e.g. \`"children": [{ "id": "amy", "facts": { "${id}": ${example(fact)} } }]\`` : `give it once, under \`"facts": { "${id}": ${example(fact)} }\` at the top of the file`,
        );
      } else if (!fits(fact, value)) {
        add([...parts, id], `${JSON.stringify(value)} is not a value of \`${id}\` (${fact.label})`, () => (typeof value === "string" && fact.values.kind === "choice" ? (didYouMean(value, fact.values.options) ?? `write ${valueWords(fact)}`) : `write ${valueWords(fact)}`));
      }
    }
  };
  check(["facts"], conference.facts, "conference");
  conference.children.forEach((child, i) => check(["children", i, "facts"], child.facts, "child"));

  for (const [id, at] of factsRead(ir, isDetectedEvent)) {
    const fact = facts.get(id);
    if (!fact || fact.default !== null) continue;
    const rule = `line ${at.line} of ${at.file}${at.cite ? ` (${at.cite})` : ""}`;
    if (fact.about === "conference") {
      if (conference.facts === undefined || !Object.hasOwn(conference.facts, id)) {
        add(["facts", id], `the policy reads \`${id}\` (${fact.label}) at ${rule}, and the conference does not give it`, () => `add \`"facts": { "${id}": ${example(fact)} }\`, with ${valueWords(fact)}`);
      }
      continue;
    }
    conference.children.forEach((child, i) => {
      if (child.facts === undefined || !Object.hasOwn(child.facts, id)) {
        add(["children", i, "facts", id], `the policy reads \`${id}\` (${fact.label}) at ${rule}, and child \`${child.id}\` does not give it`, () => `add \`"facts": { "${id}": ${example(fact)} }\` to the child, with ${valueWords(fact)}`);
      }
    });
  }
}
