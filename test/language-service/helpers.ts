/**
 * Fixtures for the language service's unit tests: the engine's copy of the boards
 * (test/fixtures/boards, so a board's own edit never fails these) in memory, and positions
 * marked in a text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { memoryHost } from "../../compiler/host.js";
import { createLanguageService, type LanguageService } from "../../language-service/index.js";
import type { Position } from "../../language-service/positions.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const ENGINE_POLICIES = path.join(ROOT, "test/fixtures/boards/policies");
export const TODAY = "2026-11-24";
export const BUNDLED = ["cwm-taf-morgannwg", "lancashire", "mid-and-west-wales", "south-ayrshire", "wakefield", "vocabulary", "wales-safeguarding-procedures"];

export function bundledFiles(): Record<string, string> {
  return Object.fromEntries(BUNDLED.map((n) => [`policies/${n}.policy`, readFileSync(path.join(ENGINE_POLICIES, `${n}.policy`), "utf8")]));
}

/** A service over the bundled policies and `extra` files, all in memory. */
export function service(extra: Record<string, string> = {}): LanguageService {
  return createLanguageService({ host: memoryHost({ ...bundledFiles(), ...extra }), today: () => TODAY });
}

/** A text with `|` marking a place: the text without it, and the place. */
export function marked(source: string): { text: string; at: Position } {
  const index = source.indexOf("|");
  if (index < 0) throw new Error("no | in the text");
  const text = source.slice(0, index) + source.slice(index + 1);
  const before = text.slice(0, index).split("\n");
  return { text, at: { line: before.length - 1, character: (before[before.length - 1] ?? "").length } };
}

/** The place of the `nth` occurrence of `needle`, `into` characters in. */
export function find(text: string, needle: string, into = 1, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, index + into).split("\n");
  return { line: before.length - 1, character: (before[before.length - 1] ?? "").length };
}

export const POLICY_HEADER = 'policy example "Example" {\n  vocabulary "vocabulary.policy"\n}\n';
