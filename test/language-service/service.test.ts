/**
 * The language service's queries, each on the bundled policies or on a small policy held
 * in memory with the bundled vocabulary beside it.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { editorRange } from "../../language-service/positions.js";
import { bundledFiles, BUNDLED, find, marked, POLICY_HEADER, service, TODAY } from "./helpers.js";

describe("diagnostics", () => {
  it.each(BUNDLED)("are exactly compile()'s for %s, in every file it reaches", (name) => {
    const file = `policies/${name}.policy`;
    const files = bundledFiles();
    const expected = compile(files[file] as string, { filename: file, host: memoryHost(files), today: TODAY }).diagnostics;
    const got = service().diagnostics(file);
    expect(got[0]?.file).toBe(file);
    const flat = got.flatMap((f) => f.diagnostics.map((d) => ({ file: f.file, code: d.code, message: d.message, help: d.help, range: d.range })));
    expect(flat).toEqual(expected.map((d) => ({ file: d.file, code: d.code, message: d.message, help: d.help, range: editorRange(d.range) })));
  });

  it("follow the text of the base as it is edited, not as it was first read", () => {
    const files = bundledFiles();
    const host = memoryHost(files);
    const edited: Record<string, string> = { ...files };
    const ls = service();
    expect(ls.diagnostics("policies/mid-and-west-wales.policy").flatMap((f) => f.diagnostics).some((d) => d.code === "Q010")).toBe(false);
    const broken = service({ "policies/wales-safeguarding-procedures.policy": (edited["policies/wales-safeguarding-procedures.policy"] as string).replace("base wales_safeguarding_procedures", "base wales_safeguarding_procedures") + "\nvoting {\n  not voting: helth_visitor\n}\n" });
    const found = broken.diagnostics("policies/mid-and-west-wales.policy");
    const inBase = found.find((f) => f.file === "policies/wales-safeguarding-procedures.policy");
    expect(inBase?.diagnostics.map((d) => d.code)).toContain("Q010");
    expect(host).toBeDefined();
  });
});

describe("hover", () => {
  const files = bundledFiles();
  const cwm = files["policies/cwm-taf-morgannwg.policy"] as string;
  const ls = service();
  const hover = (text: string, at: { line: number; character: number }, file = "policies/cwm-taf-morgannwg.policy") => ls.hover(file, at)?.contents ?? "";

  it("says what an event and an action mean: Quorate's own from its catalogue, the vocabulary's from their declaration", () => {
    expect(hover(cwm, find(cwm, "when dissent", 6))).toContain("**dissent** (event): a voting unit's view differs from the decision");
    expect(hover(cwm, find(cwm, "decision_challenged"))).toMatch(/\*\*decision_challenged\*\* \(event\): .+ {2}\ndeclared in vocabulary\.policy:\d+/);
    expect(hover(cwm, find(cwm, "set_aside_decision"))).toMatch(/\*\*set_aside_decision\*\* \(action\): .+ {2}\ndeclared in vocabulary\.policy:\d+/);
    const obligation = cwm.match(/when dissent: (\w+)/)?.[1] as string;
    expect(hover(cwm, find(cwm, `when dissent: ${obligation}`, 15))).toContain(`**${obligation}** (action)`);
  });

  it("shows a grouping's label and members, and an agency's roles", () => {
    expect(hover(cwm, find(cwm, "child_health or"))).toMatch(/\*\*child_health\*\* \(grouping\): Child Health Services {2}\nmembers: `paediatrician`, `health_visitor`/);
    const vocabulary = files["policies/vocabulary.policy"] as string;
    expect(ls.hover("policies/vocabulary.policy", find(vocabulary, "agency police", 8))?.contents).toContain("roles: `police_officer`");
  });

  it("explains the code of a diagnostic under the cursor", () => {
    const { text, at } = marked(`${POLICY_HEADER}voting {\n  vote by grouping\n  grouping g "G" { helth_vis|itor }\n}\n`);
    const contents = service({ "policies/hover.policy": text }).hover("policies/hover.policy", at)?.contents ?? "";
    expect(contents).toContain("**Q010** unknown role: Every role a policy names is declared in the shared vocabulary");
    expect(contents).toContain("unknown role");
  });

  it("shows a statement's citation, and says when it has none", () => {
    const wakefield = files["policies/wakefield.policy"] as string;
    expect(ls.hover("policies/wakefield.policy", find(wakefield, "majority decides"))?.contents).toContain("**majority decides**: cites Dissent, para 2");
    const { text, at } = marked(`${POLICY_HEADER}decision {\n  consensus fi|rst\n}\n`);
    expect(service({ "policies/h.policy": text }).hover("policies/h.policy", at)?.contents).toBe("**consensus first** (no citation)");
  });

  it("shows the forms of statement a section holds, over its keyword", () => {
    const wakefield = files["policies/wakefield.policy"] as string;
    expect(ls.hover("policies/wakefield.policy", find(wakefield, "decision {"))?.contents).toContain("- `tie: chair decides`");
  });

  it("answers nothing on a blank line outside any statement", () => {
    expect(ls.hover("policies/cwm-taf-morgannwg.policy", { line: 1000, character: 0 })).toBeUndefined();
  });
});

describe("completion", () => {
  const complete = (source: string, extra: Record<string, string> = {}) => {
    const { text, at } = marked(source);
    return service({ ...extra, "policies/c.policy": text }).completion("policies/c.policy", at);
  };
  const labels = (source: string) => complete(source).items.map((i) => i.label);
  const kinds = (source: string) => new Set(complete(source).items.map((i) => i.kind));

  it("offers the section keywords between sections, and the file kinds in an empty file", () => {
    expect(labels(`${POLICY_HEADER}\n|`)).toEqual(expect.arrayContaining(["voting", "quorum", "decision", "eligibility", "obligations", "powers", "roles", "agencies", "categories"]));
    expect(labels("|")).toEqual(["policy", "base", "vocabulary"]);
  });

  it("offers the keywords that may come next inside a statement", () => {
    expect(labels(`${POLICY_HEADER}voting {\n  vote by |\n}\n`)).toEqual(expect.arrayContaining(["grouping", "agency", "individual"]));
    expect(labels(`${POLICY_HEADER}quorum {\n  at least 3 |\n}\n`)).toEqual(["agency", "agencies", "grouping", "groupings", "discipline", "disciplines", "of"]);
  });

  it("offers events after `when`, actions after the colon and after a holder's `may`, and facts in a condition", () => {
    expect(kinds(`${POLICY_HEADER}obligations {\n  when |\n}\n`)).toEqual(new Set(["event"]));
    expect(labels(`${POLICY_HEADER}obligations {\n  when |\n}\n`)).toContain("chair_believes_unsafe");
    expect(kinds(`${POLICY_HEADER}obligations {\n  when dissent: rec|\n}\n`)).toEqual(new Set(["action"]));
    expect(kinds(`${POLICY_HEADER}powers {\n  "Senior manager" may |\n}\n`)).toEqual(new Set(["action"]));
    expect(labels(`${POLICY_HEADER}powers {\n  "Senior manager" may |\n}\n`)).toContain("set_aside_decision");
    expect(kinds(`${POLICY_HEADER}quorum {\n  require roles midwife when |\n}\n`)).toEqual(new Set(["keyword", "fact"]));
    expect(labels(`${POLICY_HEADER}quorum {\n  require roles midwife when |\n}\n`)).toContain("looked_after");
  });

  it("offers roles in a grouping, groupings after `may sit with`, and agencies after `agency`", () => {
    const grouping = `${POLICY_HEADER}voting {\n  vote by grouping\n  grouping health "Health" { gp }\n  grouping other "Other" { police_officer }\n  gp may sit with |\n}\n`;
    expect(labels(grouping)).toEqual(["health", "other"]);
    expect(kinds(`${POLICY_HEADER}voting {\n  grouping health "Health" { gp h| }\n}\n`)).toEqual(new Set(["role"]));
    expect(kinds(`${POLICY_HEADER}roles {\n  hospital_worker "Hospital worker" agency |\n}\n`)).toEqual(new Set(["agency"]));
  });

  it("finishes a half-typed statement as the parser expects it, to tell which names belong at the start of one", () => {
    expect(kinds(`${POLICY_HEADER}categories {\n  |\n}\n`)).toEqual(new Set(["keyword", "statement", "category"]));
    expect(labels(`${POLICY_HEADER}categories {\n  |\n}\n`)).toEqual(expect.arrayContaining(["neglect", "multiple", "primary"]));
    expect(kinds(`${POLICY_HEADER}obligations {\n  |\n}\n`)).toEqual(new Set(["keyword", "statement", "action"]));
    expect(kinds(`${POLICY_HEADER}eligibility {\n  sole representative of agency |\n}\n`)).toEqual(new Set(["agency"]));
    expect(labels(`${POLICY_HEADER}voting {\n  grouping health "Health" { gp }\n}\neligibility {\n  sole representative of grouping |\n}\n`)).toEqual(["health"]);
    expect(kinds(`${POLICY_HEADER}quorum {\n  unborn child requires |\n}\n`)).toEqual(new Set(["role"]));
  });

  it("offers no names where a new one is declared (`grouping may sit with …` would make it a role's name: `may` is offered)", () => {
    expect(complete(`${POLICY_HEADER}voting {\n  grouping |\n}\n`).items).toEqual([{ label: "may", kind: "keyword" }]);
  });

  it("offers, at the start of a statement, an example of each form the section allows", () => {
    const forms = complete(`${POLICY_HEADER}quorum {\n  |\n}\n`).items.filter((i) => i.kind === "statement").map((i) => i.label);
    expect(forms).toEqual(expect.arrayContaining(["at least 3 agencies with direct contact", "unborn child requires midwife"]));
    expect(complete(`${POLICY_HEADER}quorum {\n  at least |\n}\n`).items.filter((i) => i.kind === "statement")).toEqual([]);
  });

  it("still completes after a statement of the block that does not parse", () => {
    expect(labels(`${POLICY_HEADER}decision {\n  majorty decides\n  |\n}\n`)).toEqual(expect.arrayContaining(["consensus", "tie", "majority"]));
  });

  it("offers nothing inside a comment or a quoted text", () => {
    expect(labels(`${POLICY_HEADER}# vote |\n`)).toEqual([]);
    expect(labels(`${POLICY_HEADER}decision {\n  consensus first cite "§|"\n}\n`)).toEqual([]);
  });

  it("replaces the whole word under the cursor", () => {
    const { replace } = complete(`${POLICY_HEADER}decision {\n  conse|nsus first\n}\n`);
    expect(replace).toEqual({ start: { line: 4, character: 2 }, end: { line: 4, character: 11 } });
  });
});

describe("definition, references and rename", () => {
  const base = `base regional "Regional base" {\n  vocabulary "vocabulary.policy"\n}\nroles {\n  hospital_worker "Hospital social worker" agency health\n}\nvoting {\n  vote by grouping\n  grouping hospital "Hospital" { hospital_worker }\n}\n`;
  const policy = `policy board "Board" {\n  extends "regional.policy"\n}\nvoting {\n  grouping community "Community" { gp }\n  hospital_worker may sit with hospital or community, otherwise hospital\n  not voting: parent\n}\n`;
  const files = { "policies/regional.policy": base, "policies/board.policy": policy };

  it("goes to the declaration in the base, and finds every use in the policy and its base", () => {
    const ls = service(files);
    expect(ls.definition("policies/board.policy", find(policy, "hospital_worker may"))).toEqual([{ file: "policies/regional.policy", range: { start: find(base, "hospital_worker", 0), end: find(base, "hospital_worker", 15) } }]);
    const refs = ls.references("policies/board.policy", find(policy, "hospital or"), true);
    expect(refs.map((r) => r.file).sort()).toEqual(["policies/board.policy", "policies/board.policy", "policies/regional.policy"]);
    expect(ls.references("policies/board.policy", find(policy, "hospital or"), false)).toHaveLength(2);
  });

  it("renames a local role across the policy and its base", () => {
    const result = service(files).rename("policies/board.policy", find(policy, "hospital_worker may"), "ward_social_worker");
    expect("edit" in result && Object.fromEntries(Object.entries(result.edit).map(([f, e]) => [f, e.length]))).toEqual({ "policies/regional.policy": 2, "policies/board.policy": 1 });
  });

  it("refuses a vocabulary role, a word of Quorate's own, a name already taken and one that is not a name", () => {
    const ls = service(files);
    expect(ls.prepareRename("policies/board.policy", find(policy, "gp }"))).toEqual({ error: expect.stringContaining("shared vocabulary") });
    expect(ls.rename("policies/board.policy", find(policy, "hospital_worker may"), "community")).toEqual({ error: "`community` is already the name of a grouping" });
    expect(ls.rename("policies/board.policy", find(policy, "hospital_worker may"), "Ward Worker")).toEqual({ error: expect.stringContaining("is not a name") });
    expect(ls.rename("policies/board.policy", find(policy, "hospital_worker may"), "cite")).toEqual({ error: expect.stringContaining("reserved word") });
    const cwm = bundledFiles()["policies/cwm-taf-morgannwg.policy"] as string;
    expect(ls.prepareRename("policies/cwm-taf-morgannwg.policy", find(cwm, "when dissent", 6))).toEqual({ error: expect.stringContaining("Quorate's own") });
    expect(ls.prepareRename("policies/cwm-taf-morgannwg.policy", find(cwm, "hear_appeal"))).toEqual({ error: "only groupings and a policy's own roles can be renamed, not an action" });
    const vocabulary = bundledFiles()["policies/vocabulary.policy"] as string;
    expect(ls.prepareRename("policies/vocabulary.policy", find(vocabulary, "health_visitor"))).toEqual({ error: expect.stringContaining("every board's policy uses") });
  });

  it("refuses to rename in a file with syntax errors", () => {
    const broken = policy.replace("not voting: parent", "not voting parent");
    expect(service({ ...files, "policies/board.policy": broken }).prepareRename("policies/board.policy", find(broken, "hospital or"))).toEqual({ error: expect.stringContaining("syntax errors") });
  });
});

describe("document symbols and folding", () => {
  it("outline the header and each section with its statements, declarations by name", () => {
    const text = `${POLICY_HEADER}voting {\n  vote by grouping\n  grouping health "Health" { gp }\n}\ndecision {\n  tie: chair decides cite "§4"\n}\n`;
    const symbols = service({ "policies/s.policy": text }).documentSymbols("policies/s.policy");
    expect(symbols.map((s) => [s.name, s.kind, s.children.map((c) => `${c.kind} ${c.name}`)])).toEqual([
      ["example", "policy", ["rule vocabulary \"vocabulary.policy\""]],
      ["voting", "section", ["rule vote by grouping", "declaration health"]],
      ["decision", "section", ["rule tie: chair decides cite \"§4\""]],
    ]);
  });

  it("keep the outline while a statement is half typed, from what the parser recovered", () => {
    const text = `${POLICY_HEADER}voting {\n  vote by grouping\n  grouping health "Health" { gp }\n  vote by\n}\ndecision {\n  majority decides\n}\n`;
    const symbols = service({ "policies/s.policy": text }).documentSymbols("policies/s.policy");
    expect(symbols.map((s) => s.name)).toEqual(["example", "voting", "decision"]);
  });

  it("fall back to the blocks the braces make when nothing can be recovered", () => {
    const text = `${POLICY_HEADER}voting {\n  grouping "no name" {\n}\n}\nquorum {\n  at least\n`;
    const symbols = service({ "policies/s.policy": text }).documentSymbols("policies/s.policy");
    expect(symbols.map((s) => [s.name, s.kind])).toEqual([
      ['policy example "Example"', "policy"],
      ["voting", "section"],
      ["quorum", "section"],
    ]);
  });

  it("fold blocks and runs of comments", () => {
    const text = `# one\n# two\n${POLICY_HEADER}voting {\n  vote by grouping\n  grouping health "Health" {\n    gp\n  }\n}\n`;
    expect(service({ "policies/f.policy": text }).foldingRanges("policies/f.policy")).toEqual([
      { startLine: 0, endLine: 1, kind: "comment" },
      { startLine: 2, endLine: 3, kind: "region" },
      { startLine: 5, endLine: 9, kind: "region" },
      { startLine: 7, endLine: 8, kind: "region" },
    ]);
  });
});

describe("code actions", () => {
  const actions = (source: string) => {
    const { text, at } = marked(source);
    return { text, actions: service({ "policies/a.policy": text }).codeActions("policies/a.policy", { start: at, end: at }) };
  };

  it("turn a misspelt name's \"did you mean\" into a quick fix", () => {
    const { actions: found } = actions(`${POLICY_HEADER}voting {\n  not voting: par|ant\n}\n`);
    expect(found.find((a) => a.isPreferred)).toEqual({ title: "Change `parant` to `parent`", kind: "quickfix", diagnostics: ["Q010"], isPreferred: true, edit: { "policies/a.policy": [{ range: { start: { line: 4, character: 14 }, end: { line: 4, character: 20 } }, newText: "parent" }] } });
  });

  it("turn a misspelt keyword's \"did you mean\" into a quick fix, in a file that does not parse", () => {
    const { actions: found } = actions(`${POLICY_HEADER}decision {\n  major|ty decides\n}\n`);
    expect(found.map((a) => [a.title, a.edit["policies/a.policy"]?.[0]?.newText])).toContainEqual(["Change `majorty` to `majority`", "majority"]);
  });

  it("join the words of an obligation written apart", () => {
    const { actions: found } = actions(`${POLICY_HEADER}obligations {\n  when dissent: rec|ord dissent\n}\n`);
    expect(found.find((a) => a.isPreferred)?.edit["policies/a.policy"]).toEqual([{ range: { start: { line: 4, character: 16 }, end: { line: 4, character: 30 } }, newText: "record_dissent" }]);
  });

  it("add a citation to a statement without one, at its end", () => {
    const { actions: found } = actions(`${POLICY_HEADER}decision {\n  consensus| first\n  majority decides cite "§2"\n}\n`);
    expect(found.filter((a) => a.title.startsWith("Add a citation"))).toEqual([{ title: 'Add a citation to `consensus first` (cite "§…")', kind: "quickfix", edit: { "policies/a.policy": [{ range: { start: { line: 4, character: 17 }, end: { line: 4, character: 17 } }, newText: ' cite "§"' }] } }]);
  });

  it("record a reading with `ambiguity` where the help asks for one, keeping the statement's citation", () => {
    const { text, actions: found } = actions(`${POLICY_HEADER}decision {\n  majority decides\n  chair bound by majority cite "§3"\n  chair may override maj|ority\n}\n`);
    const record = found.find((a) => a.title.includes("ambiguity"));
    const edit = record?.edit["policies/a.policy"]?.[0];
    expect(edit?.newText).toMatch(/^\n {2}ambiguity "the chair is both bound by the majority and allowed to override it" reading "TODO: [^"]+"( cite "§3")?$/);
    expect(text).toBeDefined();
  });
});

describe("formatting", () => {
  it("returns the edits that make the text `quorate fmt`'s, and only those of the lines asked for a range", async () => {
    const files = bundledFiles();
    const original = files["policies/lancashire.policy"] as string;
    const messy = original.replace("majority decides", "majority    decides").replace("consensus first", "consensus     first");
    const ls = service({ "policies/lancashire.policy": messy });
    const whole = await ls.format("policies/lancashire.policy");
    expect("edits" in whole && whole.edits).toHaveLength(2);
    const line = find(messy, "majority    decides").line;
    const ranged = await ls.formatRange("policies/lancashire.policy", { start: { line, character: 0 }, end: { line, character: 5 } });
    expect("edits" in ranged && ranged.edits).toEqual([{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: original.split("\n")[line] + "\n" }]);
  });

  it("refuses a file with syntax errors, saying so", async () => {
    expect(await service({ "policies/x.policy": `${POLICY_HEADER}decision {\n` }).format("policies/x.policy")).toEqual({ error: expect.stringContaining("syntax errors") });
  });
});
