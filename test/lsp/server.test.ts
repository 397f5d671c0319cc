/**
 * The language server driven over stdio JSON-RPC as an editor drives it: `quorate lsp`
 * started as a process, the bundled policies opened, and broken copies of them edited.
 * Every answer is checked against what the CLI says for the same text (`quorate check`,
 * `quorate fmt`) or against the policy's own declarations.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, LspClient, ROOT, uriOf, WORKSPACE, type PublishedDiagnostic } from "./client.js";

const TODAY = "2026-11-24";
const POLICIES = ["cwm-taf-morgannwg", "lancashire", "mid-and-west-wales", "south-ayrshire", "wakefield", "vocabulary", "wales-safeguarding-procedures"];
const read = (name: string) => readFileSync(path.join(WORKSPACE, "policies", `${name}.policy`), "utf8");

interface CheckDiagnostic {
  code: string;
  file: string;
  message: string;
  help?: string;
  range: { start: { line: number; column: number }; end: { line: number; column: number } };
}

/** What `quorate check policies --format json` reports, keyed the way the server publishes it. */
function checkedByFile(): Map<string, string[]> {
  const output = execFileSync(process.execPath, [BIN, "check", "policies", "--format", "json", "--today", TODAY], { cwd: WORKSPACE, encoding: "utf8" });
  const out = new Map<string, string[]>();
  for (const d of (JSON.parse(output) as { diagnostics: CheckDiagnostic[] }).diagnostics) {
    const key = `${d.range.start.line - 1}:${d.range.start.column - 1}-${d.range.end.line - 1}:${d.range.end.column - 1} ${d.code} ${d.message}${d.help ? `\nhelp: ${d.help}` : ""}`;
    out.set(uriOf(d.file), [...(out.get(uriOf(d.file)) ?? []), key]);
  }
  return out;
}

const keyOf = (d: PublishedDiagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;

/** The (line, character) of the `nth` occurrence of `needle` in a text, `into` characters in. */
function at(text: string, needle: string, into = 1, nth = 0): { line: number; character: number } {
  let index = -1;
  for (let i = 0; i <= nth; i++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} is not in the text`);
  const before = text.slice(0, index + into);
  const line = before.split("\n").length - 1;
  return { line, character: before.length - before.lastIndexOf("\n") - 1 };
}

/** Applies LSP text edits to a text (edits do not overlap). */
function applyEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
  const offset = (p: { line: number; character: number }) => (starts[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return sorted.reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

let client: LspClient;

beforeAll(async () => {
  client = new LspClient();
  await client.initialize({ today: TODAY, debounceMs: 20 });
});

afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

describe("quorate lsp", () => {
  it("takes only the editor's `--stdio`, and says so otherwise", () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [BIN, "lsp", "--port", "80"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(2);
    expect(failure?.stderr).toContain("`quorate lsp` does not take `--port`, `80`");
    expect(execFileSync(process.execPath, [BIN, "--help"], { cwd: ROOT, encoding: "utf8" })).toContain("quorate lsp");
  });

  it("ends with exit code 1 when its editor goes away without `shutdown` and `exit`", async () => {
    const orphan = new LspClient();
    await orphan.initialize();
    const exited = new Promise((resolve) => orphan.process.once("exit", resolve));
    orphan.process.stdin?.end();
    expect(await exited).toBe(1);
  });

  it("answers a method it does not know with an error, and goes on answering", async () => {
    const response = await client.request("quorate/noSuchMethod", {});
    expect(response.error?.code).toBe(-32601);
    const text = read("lancashire");
    const symbols = await client.call<unknown[]>("textDocument/documentSymbol", { textDocument: { uri: uriOf("policies/lancashire.policy") } });
    expect(symbols.length).toBe((text.match(/^[a-z]+ \{/gm)?.length ?? 0) + 1);
  });

  it("announces every feature it answers", async () => {
    const probe = new LspClient();
    const { capabilities } = await probe.initialize();
    for (const feature of ["hoverProvider", "completionProvider", "definitionProvider", "referencesProvider", "renameProvider", "documentSymbolProvider", "foldingRangeProvider", "documentFormattingProvider", "documentRangeFormattingProvider", "codeActionProvider"]) {
      expect(capabilities[feature], feature).toBeTruthy();
    }
    expect(await probe.stop()).toBe(0);
  });

  it("publishes for every bundled policy exactly the diagnostics `quorate check` reports, those in the base included", async () => {
    const expected = checkedByFile();
    const published = new Map<string, PublishedDiagnostic[]>();
    const done = Promise.all(POLICIES.map((name) => client.diagnostics(uriOf(`policies/${name}.policy`)).then((d) => published.set(uriOf(`policies/${name}.policy`), d))));
    for (const name of POLICIES) client.open(uriOf(`policies/${name}.policy`), read(name));
    await done;
    for (const name of POLICIES) {
      const uri = uriOf(`policies/${name}.policy`);
      expect((published.get(uri) ?? []).map(keyOf).sort(), name).toEqual([...(expected.get(uri) ?? [])].sort());
    }
    expect(expected.get(uriOf("policies/wales-safeguarding-procedures.policy"))?.length).toBeGreaterThan(0);
    for (const name of POLICIES) client.notify("textDocument/didClose", { textDocument: { uri: uriOf(`policies/${name}.policy`) } });
  });

  it("diagnoses a misspelt role as it is typed, offers the suggestion as a quick fix, and clears once it is applied", async () => {
    const uri = uriOf("policies/broken-copy-of-cwm-taf-morgannwg.policy");
    const text = read("cwm-taf-morgannwg");
    const opened = client.diagnostics(uri);
    client.open(uri, text);
    const clean = (await opened).filter((d) => d.severity === 1);
    expect(clean).toEqual([]);
    const position = at(text, "health_visitor", 0);
    const changed = client.diagnostics(uri);
    client.change(uri, 2, [{ range: { start: position, end: { ...position, character: position.character + "health".length } }, text: "helth" }]);
    const diagnostics = await changed;
    const unknown = diagnostics.find((d) => d.code === "Q010");
    expect(unknown?.message).toContain("unknown role `helth_visitor`");
    expect(unknown?.range.start).toEqual(position);
    const actions = await client.call<{ title: string; kind: string; edit: { changes: Record<string, { range: never; newText: string }[]> } }[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: unknown?.range,
      context: { diagnostics: [unknown] },
    });
    const fix = actions.find((a) => a.kind === "quickfix" && a.title.includes("health_visitor"));
    expect(fix?.edit.changes[uri]).toEqual([{ range: unknown?.range, newText: "health_visitor" }]);
    const fixed = client.diagnostics(uri);
    client.change(uri, 3, (fix?.edit.changes[uri] ?? []).map((e) => ({ range: e.range, text: e.newText })));
    expect((await fixed).some((d) => d.code === "Q010")).toBe(false);
    client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("answers hover, definition, references, symbols and folding on a bundled policy", async () => {
    const uri = uriOf("policies/cwm-taf-morgannwg.policy");
    const text = read("cwm-taf-morgannwg");
    client.open(uri, text);
    const hover = await client.call<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: at(text, "health_visitor") });
    expect(hover.contents.value).toContain("Health visitor");
    expect(hover.contents.value).toContain("agency: `health`");
    expect(hover.contents.value).toContain("grouping: `child_health`");
    expect(hover.contents.value).toContain("vote: votes as part of the grouping `child_health`");

    const cited = await client.call<{ contents: { value: string } }>("textDocument/hover", { textDocument: { uri }, position: at(text, "gp may sit with") });
    expect(cited.contents.value).toContain("§8, groupings 3 and 5");
    expect(cited.contents.value).toContain("reading taken: a GP votes with the grouping they say they represent");

    const vocabulary = read("vocabulary");
    const definition = await client.call<{ uri: string; range: { start: { line: number } } }[]>("textDocument/definition", { textDocument: { uri }, position: at(text, "health_visitor") });
    expect(definition).toEqual([{ uri: uriOf("policies/vocabulary.policy"), range: expect.objectContaining({ start: at(vocabulary, "health_visitor ", 0) }) }]);

    const references = await client.call<{ uri: string }[]>("textDocument/references", { textDocument: { uri }, position: at(text, "grouping child_health", 10), context: { includeDeclaration: true } });
    const written = text.match(/\bchild_health\b/g)?.length ?? 0;
    expect(references.filter((r) => r.uri === uri)).toHaveLength(written);

    const symbols = await client.call<{ name: string; children: { name: string }[] }[]>("textDocument/documentSymbol", { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(["cwm_taf_morgannwg", "voting", "eligibility", "quorum", "decision", "categories", "obligations", "powers"]);
    expect(symbols[1]?.children.map((c) => c.name)).toContain("child_health");

    const folds = await client.call<{ startLine: number; endLine: number }[]>("textDocument/foldingRange", { textDocument: { uri } });
    expect(folds).toContainEqual(expect.objectContaining({ startLine: at(text, "voting {").line }));
    client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("completes the keywords the parser expects and the names the compiler would resolve there", async () => {
    const uri = uriOf("policies/completion-copy.policy");
    const text = read("cwm-taf-morgannwg");
    client.open(uri, text);
    const labels = async (position: { line: number; character: number }) =>
      (await client.call<{ label: string; kind: number }[]>("textDocument/completion", { textDocument: { uri }, position })).map((i) => i.label);
    const decision = at(text, "decision {", "decision {".length);
    const atDecisionStart = await labels({ line: decision.line + 1, character: 0 });
    expect(atDecisionStart).toEqual(expect.arrayContaining(["consensus", "majority", "tie", "executive", "chair", "ambiguity", "silent"]));
    expect(atDecisionStart).not.toContain("grouping");
    const inGrouping = await labels(at(text, "{ youth_justice_worker }", 2));
    expect(inGrouping).toEqual(expect.arrayContaining(["health_visitor", "police_officer", "gp"]));
    expect(inGrouping).not.toContain("dissent");
    client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("renames a grouping everywhere it is used, and refuses to rename a role of the shared vocabulary", async () => {
    const uri = uriOf("policies/cwm-taf-morgannwg.policy");
    const text = read("cwm-taf-morgannwg");
    client.open(uri, text);
    const rename = await client.call<{ changes: Record<string, { newText: string }[]> }>("textDocument/rename", { textDocument: { uri }, position: at(text, "grouping child_health", 10), newName: "children_health" });
    const renamed = applyEdits(text, rename.changes[uri] as never);
    expect(renamed.match(/\bchild_health\b/g)).toBeNull();
    expect(renamed.match(/\bchildren_health\b/g)?.length).toBe(text.match(/\bchild_health\b/g)?.length);
    const refused = await client.request("textDocument/prepareRename", { textDocument: { uri }, position: at(text, "health_visitor") });
    expect(refused.error?.message).toContain("shared vocabulary");
    client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("formats as `quorate fmt` does, and leaves a file with syntax errors alone", async () => {
    const uri = uriOf("policies/format-copy.policy");
    const text = read("lancashire");
    const messy = text.replace(/\n {2}(\S)/g, "\n      $1").replace("majority decides", "majority     decides");
    client.open(uri, messy);
    const edits = await client.call<never[]>("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits.length).toBeGreaterThan(0);
    expect(applyEdits(messy, edits)).toBe(text);
    const line = at(messy, "majority     decides").line;
    const ranged = await client.call<never[]>("textDocument/rangeFormatting", { textDocument: { uri }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, options: { tabSize: 2, insertSpaces: true } });
    expect(applyEdits(messy, ranged).split("\n")[line]).toBe(text.split("\n")[line]);
    expect(applyEdits(messy, ranged)).not.toBe(text);
    client.change(uri, 2, [{ text: messy.replace("majority     decides", "majority decides {") }]);
    expect(await client.call("textDocument/formatting", { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })).toBeNull();
    client.notify("textDocument/didClose", { textDocument: { uri } });
  });

  it("offers a citation for a statement without one, and a recorded reading where the help asks for `ambiguity`", async () => {
    const uri = uriOf("policies/actions-copy.policy");
    const text = read("wakefield").replace(/\n(\s*)majority decides[^\n]*/, "\n$1majority decides\n$1chair bound by majority");
    const published = client.diagnostics(uri);
    client.open(uri, text);
    const diagnostics = await published;
    const position = at(text, "majority decides");
    const actions = await client.call<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>("textDocument/codeAction", { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics } });
    expect(actions.map((a) => a.title)).toContain('Add a citation to `majority decides` (cite "§…")');
    const withAmbiguity = diagnostics.filter((d) => d.message.includes("`ambiguity`"));
    expect(withAmbiguity.length).toBeGreaterThan(0);
    const reading = await client.call<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]>("textDocument/codeAction", { textDocument: { uri }, range: withAmbiguity[0]?.range, context: { diagnostics: withAmbiguity } });
    const record = reading.find((a) => a.title.includes("ambiguity"));
    expect(record?.edit.changes[uri]?.[0]?.newText).toMatch(/^\n\s+ambiguity ".+" reading "TODO: /);
    client.notify("textDocument/didClose", { textDocument: { uri } });
  });
});
