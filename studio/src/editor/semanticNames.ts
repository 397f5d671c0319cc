/**
 * The names in the policy as the parser reads them (from the worker's analysis): each
 * marked with its kind, so a role, a grouping or a category reads as such even where its
 * name is also a keyword of the language (a role called `child`).
 */
import { StateEffect, StateField, type Extension } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";
import type { NameSpan } from "../worker/protocol.js";

export const setNames = StateEffect.define<NameSpan[]>();

const marks = new Map<string, Decoration>();
function markFor(kind: string, declaration: boolean): Decoration {
  const key = `${kind}:${declaration}`;
  let mark = marks.get(key);
  if (!mark) {
    mark = Decoration.mark({ class: `q-name q-name-${kind}${declaration ? " q-declaration" : ""}` });
    marks.set(key, mark);
  }
  return mark;
}

const namesField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(names, tr) {
    let next = names.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setNames)) continue;
      const length = tr.state.doc.length;
      const ranges = effect.value
        .filter((n) => n.from < n.to && n.to <= length)
        .sort((a, b) => a.from - b.from)
        .map((n) => markFor(n.kind, n.declaration).range(n.from, n.to));
      next = Decoration.set(ranges, true);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export const semanticNames: Extension = namesField;
