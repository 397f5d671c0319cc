/**
 * Loading: parse the policy being compiled, then follow its `extends` chain of base
 * policies and find the shared vocabulary. References are resolved relative to the file
 * that writes them and must stay inside the folder of the policy being compiled.
 */
import { path } from "./platform.js";
import type { Extends, FileKind, PolicyFile, Supersedes, UsesVocabulary, Version } from "../grammar/ast.js";
import type { Diagnostic } from "../grammar/diagnostic.js";
import { hasErrors } from "../grammar/diagnostic.js";
import type { LineMap } from "../grammar/location.js";
import { MAX_POLICY_CHARACTERS } from "../grammar/limits.js";
import { parse, type ParseResult } from "../grammar/parse.js";
import { SyntaxCodes } from "../grammar/syntaxDiagnostics.js";
import { isInside, resolveReference, type CompileHost } from "./host.js";
import { PolicyModel, sourceFile, type SourceFile } from "./model.js";

export const LoadCodes = {
  unreadable: "Q006",
  cycle: "Q007",
  wrongKind: "Q008",
  outsideFolder: "Q009",
  versionChain: "Q079",
} as const;

/** Bases of bases are allowed, but a chain this long is a mistake. */
export const MAX_BASE_DEPTH = 8;

/** A file that was read, kept so diagnostics in it can be shown with their source line. */
export interface SourceText {
  path: string;
  lines: LineMap;
}

export interface LoadResult {
  model?: PolicyModel;
  diagnostics: Diagnostic[];
  sources: SourceText[];
}

interface Loader {
  host: CompileHost;
  root: string;
  diagnostics: Diagnostic[];
  sources: SourceText[];
  /** Characters of the bases and vocabulary read so far. */
  imported: number;
}

/**
 * The characters a policy may read besides itself, in its bases and vocabulary together:
 * each file may have 4 MiB, and a parsed 4 MiB file holds about 330 MB, so a chain of
 * eight such bases would hold gigabytes. The bundled base and vocabulary have 25 KB.
 */
export const MAX_IMPORTED_CHARACTERS = MAX_POLICY_CHARACTERS;

/**
 * Files reached through `extends` and `vocabulary`, parsed once per process: checking a
 * folder compiles every policy in it, and each would otherwise parse the shared vocabulary
 * (and the Welsh policies the Wales base) again. An entry is used only for the same path
 * and the very same text, so an edited file is parsed afresh. Parsing is deterministic
 * and nothing downstream changes an AST, a line map or a diagnostic, so sharing them is
 * safe. The policy being compiled is always parsed.
 */
const importedFiles = new Map<string, { text: string; result: ParseResult }>();
/** Enough for every file a board's policies share; the oldest entry goes first. */
const MAX_IMPORTED_FILES = 32;
/** Only files of a size a base or vocabulary really has are kept: 32 kept files of 4 MiB would hold 10 GB. */
const MAX_CACHED_CHARACTERS = 256 * 1024;

function parseImported(filePath: string, text: string): ParseResult {
  if (text.length > MAX_CACHED_CHARACTERS) return parse(text, filePath);
  const cached = importedFiles.get(filePath);
  if (cached && cached.text === text) return cached.result;
  const result = parse(text, filePath);
  importedFiles.delete(filePath);
  if (importedFiles.size >= MAX_IMPORTED_FILES) importedFiles.delete(importedFiles.keys().next().value as string);
  importedFiles.set(filePath, { text, result });
  return result;
}

/** Forgets the parsed imports: for benchmarks that time a compile from scratch. */
export function clearImportCache(): void {
  importedFiles.clear();
}

function parseFile(loader: Loader, filePath: string, text: string, imported = false): SourceFile | undefined {
  const result = imported ? parseImported(filePath, text) : parse(text, filePath);
  for (const d of result.diagnostics) loader.diagnostics.push(d);
  loader.sources.push({ path: filePath, lines: result.lines });
  if (!result.ast) return undefined;
  return sourceFile(filePath, text, result.lines, result.ast);
}

type Reference = Extends | UsesVocabulary | Supersedes;

function report(loader: Loader, code: string, from: SourceFile, statement: Reference, message: string, help: string): void {
  loader.diagnostics.push({ code, severity: "error", message, help, file: from.path, range: statement.path.range });
}

const KIND_WORD: Record<FileKind, string> = { policy: "a board policy", base: "a base policy", vocabulary: "a vocabulary" };
const KIND_HELP: Record<FileKind, string> = {
  base: "a policy can only extend a file that begins with `base`",
  vocabulary: "point `vocabulary` at the file that begins with `vocabulary`",
  policy: "`supersedes` names the file of the board's previous version, which begins with `policy`",
};

/** Reads and parses the file a statement points at, or reports why it cannot. */
function follow(loader: Loader, from: SourceFile, statement: Reference, expected: FileKind, seen: Set<string>): SourceFile | undefined {
  const written = statement.path.value;
  const target = resolveReference(from.path, written, loader.root);
  const what = expected === "base" ? "base policy" : expected === "policy" ? "earlier version" : "vocabulary";
  if (!target.inside) {
    report(loader, LoadCodes.outsideFolder, from, statement, `the ${what} \`${written}\` is outside the folder of this policy`, `keep the ${what} beside the policy and name it by file name, like "${path.basename(written) || "vocabulary.policy"}"`);
    return undefined;
  }
  const realRoot = loader.host.realPath?.(loader.root);
  const realTarget = loader.host.realPath?.(target.path);
  if (realRoot !== undefined && realTarget !== undefined && !isInside(realRoot, realTarget)) {
    report(loader, LoadCodes.outsideFolder, from, statement, `the ${what} \`${written}\` is a link to a file outside the folder of this policy`, `copy the ${what} into the policy's folder instead of linking to it`);
    return undefined;
  }
  if (seen.has(target.path)) {
    report(loader, LoadCodes.cycle, from, statement, `\`${written}\` leads back to a file already in this chain, so the chain never ends`, expected === "policy" ? "a version supersedes an earlier file, never itself" : "a base policy must not extend the policy that extends it");
    return undefined;
  }
  // The check above says nothing of a link changed since: the read itself checks the file it opens.
  const read = loader.host.readFile(target.path, loader.root);
  if ("error" in read && read.outside) {
    report(loader, LoadCodes.outsideFolder, from, statement, `the ${what} \`${written}\` is a link to a file outside the folder of this policy`, `copy the ${what} into the policy's folder instead of linking to it`);
    return undefined;
  }
  if ("error" in read) {
    report(loader, LoadCodes.unreadable, from, statement, `cannot read the ${what} \`${written}\`: ${read.error}`, `check the file name; it is looked for at ${target.path}`);
    return undefined;
  }
  const before = loader.imported;
  loader.imported += read.text.length;
  if (loader.imported > MAX_IMPORTED_CHARACTERS) {
    // Said once, where the limit is passed; nothing more is read.
    if (before > MAX_IMPORTED_CHARACTERS) return undefined;
    report(loader, SyntaxCodes.tooLarge, from, statement, `with the ${what} \`${written}\`, the files this policy reads come to more than ${MAX_IMPORTED_CHARACTERS} characters besides itself`, "a base and a vocabulary are a few hundred lines; check that this is the file you meant");
    return undefined;
  }
  let file: SourceFile | undefined;
  if (expected === "policy") {
    // An earlier version is checked on its own (`quorate check` of the folder): its
    // findings are not repeated here, only whether it can be read as a version at all.
    const parsed = parseImported(target.path, read.text);
    if (!parsed.ast) {
      report(loader, LoadCodes.versionChain, from, statement, `the earlier version \`${written}\` has syntax errors`, `run \`quorate check ${target.path}\` and correct it`);
      return undefined;
    }
    file = sourceFile(target.path, read.text, parsed.lines, parsed.ast);
  } else file = parseFile(loader, target.path, read.text, true);
  if (!file) return undefined;
  const kind = file.ast.header.fileKind;
  if (kind !== expected) {
    report(loader, LoadCodes.wrongKind, from, statement, `\`${written}\` is ${KIND_WORD[kind]}, not ${KIND_WORD[expected]}`, KIND_HELP[expected]);
    return undefined;
  }
  return file;
}

function lastOf<T extends Reference>(file: SourceFile, type: T["type"]): T | undefined {
  const found = file.ast.header.statements.filter((s) => s.type === type) as T[];
  return found[found.length - 1];
}

function loadBases(loader: Loader, root: SourceFile): SourceFile[] {
  const bases: SourceFile[] = [];
  const seen = new Set([path.normalize(root.path)]);
  let current = root;
  for (;;) {
    if (current.ast.header.fileKind === "vocabulary") break;
    const statement = lastOf<Extends>(current, "Extends");
    if (!statement) break;
    if (bases.length >= MAX_BASE_DEPTH) {
      report(loader, LoadCodes.cycle, current, statement, `this chain of base policies is more than ${MAX_BASE_DEPTH} deep`, "extend the national base directly");
      break;
    }
    const base = follow(loader, current, statement, "base", seen);
    if (!base) break;
    seen.add(path.normalize(base.path));
    bases.push(base);
    current = base;
  }
  return bases;
}

function loadVocabulary(loader: Loader, root: SourceFile, bases: SourceFile[]): SourceFile | undefined {
  if (root.ast.header.fileKind === "vocabulary") return root;
  for (const file of [root, ...bases]) {
    const statement = lastOf<UsesVocabulary>(file, "UsesVocabulary");
    if (statement) return follow(loader, file, statement, "vocabulary", new Set([path.normalize(file.path)]));
  }
  return undefined;
}

/** The day a file's version in force came into force, as written: the version `current` names, or the only one. */
export function effectiveIn(file: PolicyFile): { version: Version; effective: string | undefined } | undefined {
  const versions = file.header.statements.filter((s): s is Version => s.type === "Version");
  const current = file.header.statements.filter((s) => s.type === "CurrentVersion").at(-1);
  const version = current ? versions.find((v) => v.label?.value === current.label.value) : versions.length === 1 ? versions[0] : undefined;
  return version && { version, effective: version.dates.find((d) => d.kind === "effective")?.value };
}

/**
 * The version a policy supersedes is the same board's policy, and came into force before
 * it. Each file checks the one it names, so checking a folder checks every link of a
 * board's chain of versions.
 */
function checkSupersedes(loader: Loader, root: SourceFile): void {
  if (root.ast.header.fileKind !== "policy") return;
  const statement = lastOf<Supersedes>(root, "Supersedes");
  if (!statement) return;
  const earlier = follow(loader, root, statement, "policy", new Set([path.normalize(root.path)]));
  if (!earlier) return;
  const written = statement.path.value;
  const id = root.ast.header.id.name;
  const earlierId = earlier.ast.header.id.name;
  if (earlierId !== id) {
    report(loader, LoadCodes.versionChain, root, statement, `\`${written}\` is the policy \`${earlierId}\`, not an earlier version of \`${id}\``, `a board's versions keep one policy name: write \`policy ${id} …\` in both, or name the right file`);
    return;
  }
  const then = effectiveIn(earlier.ast)?.effective;
  const now = effectiveIn(root.ast)?.effective;
  if (then === undefined) {
    report(loader, LoadCodes.versionChain, root, statement, `the earlier version \`${written}\` does not say when it came into force`, `add \`effective YYYY-MM-DD\` to the line of its version in force, in ${earlier.path}`);
  } else if (now !== undefined && now.length === 10 && then >= now) {
    report(loader, LoadCodes.versionChain, root, statement, `the earlier version \`${written}\` came into force on ${then}, not before this one (${now})`, "check both `effective` dates: a version supersedes one that came into force before it");
  }
}

export function loadPolicy(filePath: string, text: string, host: CompileHost): LoadResult {
  const loader: Loader = { host, root: path.dirname(filePath), diagnostics: [], sources: [], imported: 0 };
  const root = parseFile(loader, filePath, text);
  if (!root) return { diagnostics: loader.diagnostics, sources: loader.sources };
  const bases = loadBases(loader, root);
  const vocabulary = loadVocabulary(loader, root, bases);
  checkSupersedes(loader, root);
  if (hasErrors(loader.diagnostics)) return { diagnostics: loader.diagnostics, sources: loader.sources };
  return { model: new PolicyModel(root, bases, vocabulary), diagnostics: loader.diagnostics, sources: loader.sources };
}

/**
 * The model of a root file already parsed (for an editor, the tree recovered from a file
 * with syntax errors), with the bases and vocabulary it reaches. Its diagnostics are not
 * compile()'s: only loadPolicy's are reported to users.
 */
export function loadChainOf(root: SourceFile, host: CompileHost): PolicyModel {
  const loader: Loader = { host, root: path.dirname(root.path), diagnostics: [], sources: [], imported: 0 };
  const bases = loadBases(loader, root);
  return new PolicyModel(root, bases, loadVocabulary(loader, root, bases));
}
