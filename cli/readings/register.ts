/**
 * The readings register of a compiled policy: every ambiguity with the reading taken,
 * every silence, and every default Quorate applies (notes Q086–Q089), across the policy,
 * its bases and the vocabulary, each with where it is written, the clause it cites, what
 * it changes and the board's confirmation. Built from the IR and the check's diagnostics
 * alone, so it says nothing a policy does not: the words are the policy's own, and "what
 * it changes" names rules as `quorate doc` words them.
 */
import { DEFAULT_CODES } from "../../compiler/catalogue.js";
import type { Diagnostic } from "../../grammar/diagnostic.js";
import type { Origin, PolicyIR } from "../../compiler/ir.js";
import { policySentences } from "../doc/sentences.js";
import type { Sentence } from "../doc/sentence.js";
import { blockOf, rulesAbout, sentencesAt, type Found } from "./nearby.js";
import { READINGS_FORMAT } from "./format.js";
import type { Reading, ReadingsReport, RuleCited } from "./report.js";
import { silenceEffect } from "./silenceEffect.js";
import { sectionName } from "./sectionNames.js";

export interface RegisterOptions {
  /** The path of the policy file, as given (shown in the report). */
  file?: string;
  /** The diagnostics of the same compile: they place each default on its line. */
  diagnostics?: readonly Diagnostic[];
  /** The files read, the policy's own first (as `compile` returns its sources): the register's order. */
  files?: readonly string[];
}

const DEFAULT_NOTES: ReadonlySet<string> = new Set(Object.values(DEFAULT_CODES));

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function cited(sentences: readonly Sentence[]): RuleCited[] {
  return sentences.flatMap((s) => (s.at ? [{ text: s.text, file: s.at.file, line: s.at.line, cite: s.at.cite }] : []));
}

type Entry = Omit<Reading, "id">;

/** "What it changes" for an ambiguity: the rules that follow the reading, and how they were found. */
function ambiguityChanges(found: Found, aspect: string): string {
  const one = found.rules.length === 1 || new Set(found.rules.map((r) => r.at?.line)).size === 1;
  if (found.how === "same clause") return `the ${one ? "rule" : "rules"} of the ${sectionName(aspect)} citing the same clause, which ${one ? "follows" : "follow"} this reading`;
  if (found.how === "beside") return "the rule written beside it, which follows this reading (no rule of the section cites the same clause)";
  return `the ${sectionName(aspect)} as a whole: no one rule states this reading`;
}

function ambiguities(ir: PolicyIR, sentences: readonly Sentence[]): Entry[] {
  return ir.ambiguities.map((a) => {
    const found = rulesAbout(sentences, blockOf(ir, a.aspect, a.at), a.at, true);
    const changes = ambiguityChanges(found, a.aspect);
    return { kind: "ambiguity", code: "Q080", section: a.aspect, ...where(a.at), text: a.text, reading: a.reading, changes, rules: cited(found.rules), confirmable: true, confirmed: a.confirmed, help: null };
  });
}

/** A silence adds no rule: what follows is what the IR shows in its place, or the rules beside it citing the same clause. */
function silences(ir: PolicyIR, sentences: readonly Sentence[]): Entry[] {
  return ir.silences.map((s) => {
    const found = rulesAbout(sentences, blockOf(ir, s.aspect, s.at), s.at, false);
    const effect = silenceEffect(ir, s.aspect);
    const one = new Set(found.rules.map((r) => r.at?.line)).size === 1;
    const around = found.rules.length > 0 ? `the ${one ? "rule" : "rules"} citing the same clause ${one ? "stands" : "stand"} as written` : `the ${sectionName(s.aspect)} keeps only the rules it states`;
    const changes = effect ?? `Quorate adds no rule in its place; ${around}`;
    return { kind: "silence", code: "Q081", section: s.aspect, ...where(s.at), text: s.text, reading: "none: the protocol says nothing here, and Quorate adds no rule in its place", changes, rules: cited(found.rules), confirmable: true, confirmed: s.confirmed, help: null };
  });
}

function where(at: Origin): Pick<Reading, "file" | "line" | "cite"> {
  return { file: at.file, line: at.line, cite: at.cite };
}

/**
 * Each default with the line its note is shown on. The IR says what the default is; the
 * note (same compile) says where, even where the IR has no statement to point at (a whole
 * section, an event). They are paired by code and words; two defaults alike in both are
 * interchangeable, so which note each takes does not matter.
 */
function defaults(ir: PolicyIR, sentences: readonly Sentence[], diagnostics: readonly Diagnostic[]): Entry[] {
  const notes = diagnostics.filter((d) => DEFAULT_NOTES.has(d.code));
  return ir.defaults.map((d) => {
    const i = notes.findIndex((n) => n.code === d.code && n.message.includes(d.rule) && n.message.includes(d.why) && (!d.at || (n.range.start.line === d.at.line && baseName(n.file) === d.at.file)));
    const note = i >= 0 ? notes.splice(i, 1)[0] : undefined;
    const file = note ? baseName(note.file) : (d.at?.file ?? null);
    const line = note ? note.range.start.line : (d.at?.line ?? null);
    const rules = file !== null && line !== null ? cited(sentencesAt(sentences, file, line)) : [];
    const follows = rules.length > 0 ? "the rule it is written on follows" : `the ${sectionName(d.aspect)} follows`;
    return {
      kind: "default",
      code: d.code,
      section: d.aspect,
      file,
      line,
      cite: d.at?.cite ?? null,
      text: d.why,
      reading: d.rule,
      changes: `${follows} Quorate's default, as the policy does not say otherwise`,
      rules,
      confirmable: false,
      confirmed: null,
      help: note?.help ?? null,
    };
  });
}

/** Files in the order given (the policy's own first), then any other file an entry names. */
function fileOrder(entries: readonly Entry[], given: readonly string[]): string[] {
  const order = given.map(baseName);
  for (const e of entries) if (e.file !== null && !order.includes(e.file)) order.push(e.file);
  return order;
}

export function readingsRegister(ir: PolicyIR, options: RegisterOptions = {}): ReadingsReport {
  const sentences = policySentences(ir);
  const entries = [...ambiguities(ir, sentences), ...silences(ir, sentences), ...defaults(ir, sentences, options.diagnostics ?? [])];
  const files = fileOrder(entries, options.files ?? []);
  // In reading order: file by file, the policy's own first; a default placed by no note last.
  const rank = (e: Entry) => (e.file === null ? files.length : files.indexOf(e.file));
  entries.sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  const readings = entries.map((e, i) => ({ id: `R${i + 1}`, ...e }));
  const notes = readings.filter((r) => r.confirmable);
  return {
    format: READINGS_FORMAT,
    policy: { id: ir.id, title: ir.title, kind: ir.kind, file: options.file ?? null },
    files,
    counts: {
      ambiguities: ir.ambiguities.length,
      silences: ir.silences.length,
      defaults: ir.defaults.length,
      confirmed: notes.filter((r) => r.confirmed !== null).length,
      unconfirmed: notes.filter((r) => r.confirmed === null).length,
      awaitingSignOff: readings.filter((r) => r.confirmed === null).length,
    },
    readings,
  };
}
