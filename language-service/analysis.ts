/**
 * The model the language service answers from: one analysis per file, cached until the
 * file or anything it reaches (its base, its vocabulary) reads back differently from the
 * host. Diagnostics are exactly `compile()`'s (the same `analysePolicy`); the model used
 * for hover, completion and navigation is the compiler's `PolicyModel`, built from the
 * tree recovered from a half-typed file when the file does not parse.
 */
import { analysePolicy, type PolicyAnalysis } from "../compiler/compile.js";
import type { CompileHost, ReadResult } from "../compiler/host.js";
import { loadChainOf } from "../compiler/load.js";
import { sourceFile, type PolicyModel } from "../compiler/model.js";
import { buildScope, type Scope } from "../compiler/scope.js";
import type { PolicyFile } from "../grammar/ast.js";
import { parse } from "../grammar/parse.js";
import { TextLines } from "./positions.js";
import { everyRangeReal } from "./syntax.js";

export interface Analysis {
  file: string;
  text: string;
  lines: TextLines;
  /** What `quorate check` reports for this file (and the files it reaches), in its order. */
  compiled: PolicyAnalysis;
  /** The file's tree: exact when it parses, else what recovery read (if anything). */
  ast?: PolicyFile;
  /** True when `ast` is the tree of a file without syntax errors. */
  exact: boolean;
  /** The compiler's model of the file with its base and vocabulary, when there is a tree. */
  model?: PolicyModel;
  scope?: Scope;
}

interface Entry {
  analysis: Analysis;
  today: string;
  /** Every file read for it, with the text read, to tell when it is out of date. */
  reads: Map<string, string | undefined>;
}

function recordingHost(host: CompileHost, reads: Map<string, string | undefined>): CompileHost {
  return {
    readFile(filePath): ReadResult {
      const result = host.readFile(filePath);
      reads.set(filePath, "text" in result ? result.text : undefined);
      return result;
    },
    ...(host.realPath ? { realPath: (p: string) => host.realPath?.(p) } : {}),
  };
}

function textOf(host: CompileHost, filePath: string): string | undefined {
  const result = host.readFile(filePath);
  return "text" in result ? result.text : undefined;
}

function analyse(file: string, text: string, host: CompileHost, today: string, reads: Map<string, string | undefined>): Analysis {
  const recording = recordingHost(host, reads);
  const compiled = analysePolicy(text, file, recording, today);
  const lines = new TextLines(text);
  if (compiled.model && compiled.scope) {
    return { file, text, lines, compiled, ast: compiled.model.root.ast, exact: true, model: compiled.model, scope: compiled.scope };
  }
  const parsed = parse(text, file, { recover: true });
  const ast = parsed.ast ?? (parsed.recovered && everyRangeReal(parsed.recovered) ? parsed.recovered : undefined);
  if (!ast) return { file, text, lines, compiled, exact: false };
  try {
    const model = loadChainOf(sourceFile(file, text, parsed.lines, ast), recording);
    return { file, text, lines, compiled, ast, exact: parsed.ast !== undefined, model, scope: buildScope(model) };
  } catch {
    return { file, text, lines, compiled, ast, exact: parsed.ast !== undefined };
  }
}

/** Analyses files through a host, each once per version of it and of the files it reaches. */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly host: CompileHost,
    private readonly today: () => string,
  ) {}

  get(file: string): Analysis {
    const text = textOf(this.host, file) ?? "";
    const today = this.today();
    const cached = this.entries.get(file);
    if (cached && cached.analysis.text === text && cached.today === today && this.stillReads(cached, file)) return cached.analysis;
    const reads = new Map<string, string | undefined>();
    const analysis = analyse(file, text, this.host, today, reads);
    this.entries.set(file, { analysis, today, reads });
    return analysis;
  }

  /** Forgets a file's analysis (when an editor closes it). */
  forget(file: string): void {
    this.entries.delete(file);
  }

  private stillReads(entry: Entry, file: string): boolean {
    for (const [path, text] of entry.reads) {
      if (path !== file && textOf(this.host, path) !== text) return false;
    }
    return true;
  }
}
