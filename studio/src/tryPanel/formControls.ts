/** The form's controls, each a labelled input that writes one field of the conference when changed. */
import { h } from "../ui/dom.js";

export type Changed = (structural: boolean) => void;

export function textField(label: string, value: string, set: (value: string) => void, changed: Changed, options: { structural?: boolean; field?: string; placeholder?: string } = {}): HTMLElement {
  const input = h("input", { type: "text", value, "data-field": options.field, placeholder: options.placeholder, spellcheck: "false" });
  // Names are committed when the field is left (a rename reaches everything that refers to it); other text as it is typed.
  input.addEventListener(options.structural ? "change" : "input", () => {
    set(input.value);
    changed(options.structural ?? false);
  });
  return h("label", { class: "field" }, h("span", { class: "field-label" }, label), input);
}

export function checkField(label: string, checked: boolean, set: (checked: boolean) => void, changed: Changed, field?: string, structural = false): HTMLElement {
  const input = h("input", { type: "checkbox", checked, "data-field": field });
  input.addEventListener("change", () => {
    set(input.checked);
    changed(structural);
  });
  return h("label", { class: "check" }, input, " ", label);
}

export interface Option {
  value: string;
  label: string;
  group?: string;
}

export function selectField(label: string, value: string, options: readonly Option[], set: (value: string) => void, changed: Changed, field?: string, structural = false): HTMLElement {
  const select = h("select", { "data-field": field });
  const groups = new Map<string, HTMLElement>();
  for (const o of options) {
    const option = h("option", { value: o.value, selected: o.value === value }, o.label);
    if (o.group === undefined) select.appendChild(option);
    else {
      let group = groups.get(o.group);
      if (!group) {
        group = h("optgroup", { label: o.group });
        groups.set(o.group, group);
        select.appendChild(group);
      }
      group.appendChild(option);
    }
  }
  select.addEventListener("change", () => {
    set(select.value);
    changed(structural);
  });
  return h("label", { class: "field" }, h("span", { class: "field-label" }, label), select);
}

export function button(text: string, onclick: () => void, props: Record<string, string> = {}): HTMLButtonElement {
  return h("button", { type: "button", ...props, onclick }, text);
}
