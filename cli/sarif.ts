/**
 * `quorate check --format sarif`: the findings as a SARIF 2.1.0 log, the format code
 * review tools (GitHub code scanning among them) read. Every code in the diagnostic
 * catalogue is a rule, so a rule's index never changes between runs; each finding points
 * at its file, line and column (SARIF counts both from 1, and its end column is the one
 * just after the span, as Quorate's is).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIAGNOSTIC_CATALOGUE, type CatalogueEntry } from "../compiler/diagnosticCatalogue.js";
import type { Diagnostic, Severity } from "../grammar/diagnostic.js";
import type { Range } from "../grammar/location.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** A path as SARIF wants it: relative paths as relative URIs with `/`, absolute ones as file URIs. */
export function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join("/");
}

function region(range: Range) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function location(file: string, range: Range, message?: string) {
  return {
    physicalLocation: { artifactLocation: { uri: artifactUri(file) }, region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** `unknown role` → `UnknownRole`: SARIF's rule name is an identifier-like word. */
function ruleName(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join("");
}

function rule(entry: CatalogueEntry) {
  return {
    id: entry.code,
    name: ruleName(entry.title),
    shortDescription: { text: entry.title },
    fullDescription: { text: entry.invariant },
    help: { text: `${entry.invariant} See docs/diagnostics.md#${entry.code.toLowerCase()} for an example.` },
    defaultConfiguration: { level: LEVEL[entry.severity] },
  };
}

export function sarifLog(diagnostics: readonly Diagnostic[], toolVersion: string): unknown {
  const ruleIndex = new Map(DIAGNOSTIC_CATALOGUE.map((entry, i) => [entry.code, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "quorate", version: toolVersion, semanticVersion: toolVersion, rules: DIAGNOSTIC_CATALOGUE.map(rule) } },
        columnKind: "utf16CodeUnits",
        results: diagnostics.map((d) => {
          const index = ruleIndex.get(d.code);
          return {
            ruleId: d.code,
            ...(index === undefined ? {} : { ruleIndex: index }),
            level: LEVEL[d.severity],
            message: { text: d.help ? `${d.message}\nhelp: ${d.help}` : d.message },
            locations: [location(d.file, d.range)],
            ...(d.related && d.related.length > 0 ? { relatedLocations: d.related.map((r, i) => ({ id: i, ...location(r.file, r.range, r.message) })) } : {}),
          };
        }),
      },
    ],
  };
}
