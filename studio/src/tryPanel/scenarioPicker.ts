/** Choosing one of the shipped scenarios, grouped by the board they were written for. */
import type { BundledScenario, BundledScenarioFile } from "../../build/bundledPolicies.js";
import { h } from "../ui/dom.js";

export interface ScenarioChoice {
  file: BundledScenarioFile;
  scenario: BundledScenario;
}

export function scenarioPicker(files: readonly BundledScenarioFile[], titleOf: (path: string) => string, chosen: (choice: ScenarioChoice) => void): HTMLElement {
  const select = h("select", { "data-field": "scenario" }, h("option", { value: "" }, "Start from a scenario…"));
  files.forEach((file, f) => {
    const group = h("optgroup", { label: titleOf(file.policy) });
    file.scenarios.forEach((s, i) => group.appendChild(h("option", { value: `${f}:${i}` }, s.name)));
    select.appendChild(group);
  });
  select.addEventListener("change", () => {
    const [f, i] = select.value.split(":").map(Number);
    const file = files[f ?? -1];
    const scenario = file?.scenarios[i ?? -1];
    if (file && scenario) chosen({ file, scenario });
    select.value = "";
  });
  return h("label", { class: "field" }, h("span", { class: "visually-hidden" }, "Start from a scenario"), select);
}
