/**
 * The policy editor: CodeMirror 6 with the policy language's highlighting, and every
 * answer about the policy (problems, hover, completion, quick fixes, layout) from
 * Quorate's language service in the worker. One editor shows one file at a time; each
 * file keeps its own text, undo history and place while another is shown.
 */
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { indentOnInput } from "@codemirror/language";
import { lintGutter, lintKeymap } from "@codemirror/lint";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import { EditorState, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
import type { WorkerClient } from "../worker/client.js";
import { policyCompletion, policyHover } from "./assistance.js";
import { Checking, type CheckingHooks } from "./checking.js";
import { policyHighlighting, policyLanguage } from "./highlighting.js";
import { semanticNames } from "./semanticNames.js";

export interface EditorHooks extends CheckingHooks {
  /** The text of the file shown changed (typed, fixed, laid out, or another file shown). */
  onText(file: string, text: string): void;
  /** Asked to lay the policy out (Shift+Alt+F). */
  onFormat(): void;
}

export class PolicyEditor {
  readonly view: EditorView;
  private file = "";
  private readonly states = new Map<string, EditorState>();
  private readonly checking: Checking;
  private readonly extensions: Extension[];

  constructor(parent: HTMLElement, client: WorkerClient, hooks: EditorHooks) {
    this.checking = new Checking(client, hooks, () => this.file);
    const file = () => this.file;
    this.extensions = [
      lineNumbers(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      closeBrackets(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      // Long statements and citations wrap, as in a word processor, rather than run off the side.
      EditorView.lineWrapping,
      policyLanguage,
      policyHighlighting,
      semanticNames,
      lintGutter(),
      policyHover(client, file),
      autocompletion({ override: [policyCompletion(client, file)] }),
      keymap.of([{ key: "Shift-Alt-f", run: () => (hooks.onFormat(), true) }, ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap]),
      // tabindex: the text is where the keyboard lands in the editor's scrolling area (axe-core's scrollable-region-focusable).
      EditorView.contentAttributes.of({ "aria-label": "Policy text", "aria-describedby": "problems-heading", tabindex: "0" }),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        this.checking.changed(update, this.file);
        hooks.onText(this.file, update.state.doc.toString());
      }),
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: "", extensions: this.extensions }) });
  }

  get current(): string {
    return this.file;
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  /** Shows a file: as it was left, or with `text` when it is new to the editor (or replaced). */
  show(file: string, text?: string): void {
    if (this.file) this.states.set(this.file, this.view.state);
    const kept = text === undefined ? this.states.get(file) : undefined;
    this.file = file;
    this.checking.reset();
    this.view.setState(kept ?? EditorState.create({ doc: text ?? "", extensions: this.extensions }));
    this.checking.check(this.view, file);
  }

  /** Moves the cursor to a place and shows it. */
  reveal(from: number, to = from): void {
    const length = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: Math.min(from, length), head: Math.min(to, length) }, scrollIntoView: true });
    this.view.focus();
  }

  /** Applies edits computed on the current text in one step, undone in one step. */
  edit(changes: { from: number; to: number; insert: string }[], userEvent = "input"): void {
    this.view.dispatch({ changes, userEvent });
  }
}
