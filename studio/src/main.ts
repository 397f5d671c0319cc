/**
 * Quorate Studio: the policy editor, Try a conference and Compare, in one page that runs
 * Quorate itself (compiler, language service, evaluator, diff) in Web Workers. Nothing is
 * sent anywhere: the policies ship inside the page, and files are opened and saved on
 * this computer only.
 */
import { files, scenarioFiles } from "virtual:quorate-bundled";
import "./studio.css";
import { ComparePanel } from "./comparePanel/comparePanel.js";
import type { Counterexample } from "./comparePanel/reportView.js";
import { Documents } from "./documents.js";
import { PolicyEditor } from "./editor/policyEditor.js";
import { openLocalFile, POLICY_FILES, saveLocalFile } from "./files/localFiles.js";
import { PolicyPicker } from "./policyPicker.js";
import { CatalogueDialog } from "./problems/catalogueDialog.js";
import { ProblemsList } from "./problems/problemsList.js";
import { TryPanel } from "./tryPanel/tryPanel.js";
import { fill, h } from "./ui/dom.js";
import { Tabs } from "./ui/tabs.js";
import { WorkerClient } from "./worker/client.js";

/** Today on this computer's calendar, for the review-date check. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

async function start(root: HTMLElement): Promise<void> {
  const checker = new WorkerClient("checker");
  const comparer = new WorkerClient("comparison");
  const started = await checker.ask({ type: "start", bundled: files, today: today() });
  void comparer.ask({ type: "start", bundled: files, today: today() });

  const documents = new Documents(files, started.documents);
  const catalogue = new CatalogueDialog(started.catalogue);
  const status = h("p", { class: "status", role: "status" });
  const say = (message: string) => (status.textContent = message);
  const titleOf = (path: string) => documents.get(path)?.title ?? path;

  const editorHost = h("div", { class: "editor-host" });
  // The panels and the editor refer to one another; each only calls the others once the page is built.
  const problems = new ProblemsList({
    // A problem in the base or the vocabulary opens that file at the problem.
    reveal: (p) => {
      if (p.file !== editor.current) show(p.file);
      editor.reveal(p.from, p.to);
    },
    applyFix: (_p, fix) => editor.edit(fix.changes, "input.fix"),
    explainCode: (code) => catalogue.explain(code),
  });
  const tryPanel = new TryPanel(checker, { policy: () => ({ path: editor.current, text: editor.text() }), openPolicy: (path) => show(path), titleOf, status: say }, scenarioFiles);

  const editor = new PolicyEditor(editorHost, checker, {
    onText: (file, text) => documents.setText(file, text),
    onProblems: (file, found, header) => {
      documents.describe(file, header);
      problems.show(file, found);
      tryPanel.refresh();
    },
    onFailure: (message) => say(message),
    explainCode: (code) => catalogue.explain(code),
    onPending: (pending) => problems.pending(pending),
    onFormat: () => void layOut(),
  });
  const picker = new PolicyPicker(documents, (path) => show(path));

  function show(path: string): void {
    const d = documents.get(path);
    if (!d) return;
    editor.show(path, editor.current === path ? undefined : knownText(path));
    picker.render(path);
    say(`Showing ${d.title}.`);
  }
  // The editor keeps each file's state once shown; a file it has not shown starts from the text held.
  const shown = new Set<string>();
  function knownText(path: string): string | undefined {
    if (shown.has(path)) return undefined;
    shown.add(path);
    return documents.get(path)?.text ?? "";
  }

  async function layOut(): Promise<void> {
    const answer = await checker.ask({ type: "format", path: editor.current, text: editor.text() });
    if ("error" in answer) say(`Not laid out: ${answer.error}.`);
    else if (answer.changes.length === 0) say("The policy is already laid out as quorate fmt lays it out.");
    else {
      editor.edit(answer.changes, "input.format");
      say("Laid out as quorate fmt lays it out (undo with Ctrl+Z).");
    }
  }

  async function openFile(): Promise<void> {
    const opened = await openLocalFile(POLICY_FILES);
    if (!opened) return;
    const path = documents.open(opened.name, opened.text, opened.handle);
    shown.add(path);
    editor.show(path, opened.text);
    picker.render(path);
    say(`Opened ${opened.name} from this computer; it sits beside the shipped vocabulary and bases, as on disk.`);
  }

  async function saveFile(): Promise<void> {
    const d = documents.get(editor.current);
    if (!d) return;
    const saved = await saveLocalFile(POLICY_FILES, d.diskName ?? d.path.split("/").pop() ?? "policy.policy", editor.text(), d.handle);
    if (!saved) return;
    documents.saved(d.path, saved.name, saved.handle);
    say(saved.downloaded ? `Downloaded as ${saved.name}: move it where the policy belongs.` : `Saved to ${saved.name}.`);
  }

  function openConference(example: Counterexample, policies: { key: string; path: string }[]): void {
    const decideUnder = example.between.map((key) => policies.find((p) => p.key === key)).filter((p): p is { key: string; path: string } => p !== undefined);
    const note = h(
      "div",
      { class: "notice compared" },
      h("p", {}, `From the comparison: ${example.heading}. Decide it under:`),
      h("div", { class: "toolbar" }, ...decideUnder.map((p) => h("button", { type: "button", "data-policy": p.path, onclick: () => show(p.path) }, titleOf(p.path)))),
    );
    tryPanel.load(example.conference, note);
    tabs.select("try", true);
  }

  const compare = new ComparePanel(comparer, documents, { editing: () => ({ path: editor.current, text: editor.text() }), openConference });
  const tabs = new Tabs("Work with the policy", [
    { id: "try", label: "Try a conference", panel: tryPanel.element },
    { id: "compare", label: "Compare policies", panel: compare.element },
  ]);

  const bar = h(
    "header",
    { class: "bar" },
    h("h1", {}, "Quorate Studio"),
    picker.element,
    h("div", { class: "toolbar" }, h("button", { type: "button", onclick: () => void openFile() }, "Open a file…"), h("button", { type: "button", onclick: () => void saveFile() }, "Save"), h("button", { type: "button", title: "Shift+Alt+F", onclick: () => void layOut() }, "Lay out")),
    h("p", { class: "private" }, "Nothing you open or type here leaves this computer."),
  );
  fill(
    root,
    bar,
    h("main", { class: "panes" }, h("section", { class: "policy-pane", "aria-label": "The policy" }, editorHost, problems.element), h("section", { class: "work-pane", "aria-label": "Try and compare" }, tabs.list, ...tabs.panels)),
    h("footer", {}, status),
    catalogue.element,
  );
  window.addEventListener("beforeunload", (event) => {
    if (documents.unsaved()) event.preventDefault();
  });

  const first = documents.all().filter((d) => d.kind === "policy").sort((a, b) => a.title.localeCompare(b.title))[0] ?? documents.all()[0];
  if (first) show(first.path);
  root.dataset["ready"] = "true";
}

const root = document.getElementById("studio");
if (root) {
  start(root).catch((error: unknown) => {
    fill(root, h("p", { class: "notice" }, `Quorate Studio could not start: ${error instanceof Error ? error.message : String(error)}. Try reloading the page.`));
  });
}
