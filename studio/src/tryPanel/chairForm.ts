/**
 * The chair's inputs (their own decision where the policy gives it to them, an override,
 * a decision they believe unsafe, a deferral, proceeding without a quorum), the
 * categories chosen for each child, the facts of the case the policy reads, and the date.
 * An input the policy does not provide for is still sent: the decision then says it was
 * not applied, and why.
 */
import { h } from "../ui/dom.js";
import type { PolicySummary } from "../worker/protocol.js";
import { chairOf, setField, type ChildValue, type Choice, type ConferenceValue } from "./conferenceModel.js";
import { checkField, selectField, textField, type Changed, type Option } from "./formControls.js";

const CHOICES: Option[] = [
  { value: "", label: "—" },
  { value: "register", label: "register" },
  { value: "not_register", label: "not register" },
];

function chairForChild(c: ConferenceValue, child: string, changed: Changed): HTMLElement {
  const chair = c.chair ?? {};
  const override = chair.override?.[child];
  const defer = chair.defer?.[child];
  return h(
    "div",
    { class: "per-child-chair", "data-child": child },
    h("h4", {}, `For ${child}`),
    h(
      "div",
      { class: "row" },
      selectField("The chair's own decision", chair.decides?.[child] ?? "", CHOICES, (v) => {
        const decides = (chairOf(c).decides ??= {});
        if (v === "") delete decides[child];
        else decides[child] = v as Choice;
      }, changed, "decides"),
      selectField("The chair overrides, to", override?.outcome ?? "", CHOICES, (v) => {
        const overrides = (chairOf(c).override ??= {});
        if (v === "") delete overrides[child];
        else overrides[child] = { outcome: v as Choice, reason: overrides[child]?.reason ?? "" };
      }, changed, "override", true),
      override ? textField("Reason for the override", override.reason, (r) => (override.reason = r), changed, { field: "override-reason" }) : null,
    ),
    h(
      "div",
      { class: "row" },
      checkField("the chair believes the decision unsafe", chair.believesUnsafe?.includes(child) === true, (on) => {
        const unsafe = new Set(chairOf(c).believesUnsafe ?? []);
        if (on) unsafe.add(child);
        else unsafe.delete(child);
        chairOf(c).believesUnsafe = [...unsafe];
      }, changed, "believesUnsafe"),
      checkField("the chair defers the decision", defer !== undefined, (on) => {
        const deferrals = (chairOf(c).defer ??= {});
        if (on) deferrals[child] = { reason: "" };
        else delete deferrals[child];
      }, changed, "defer", true),
      defer ? textField("Reason for deferring", defer.reason, (r) => (defer.reason = r), changed, { field: "defer-reason" }) : null,
    ),
  );
}

export function chairFieldset(c: ConferenceValue, changed: Changed): HTMLElement {
  const proceed = c.chair?.proceedWithoutQuorum;
  return h(
    "fieldset",
    { class: "chair" },
    h("legend", {}, "The chair"),
    h(
      "div",
      { class: "row" },
      checkField("the chair proceeds without a quorum", proceed !== undefined, (on) => setField(chairOf(c), "proceedWithoutQuorum", on ? { reason: "" } : undefined), changed, "proceedWithoutQuorum", true),
      proceed ? textField("The chair's rationale", proceed.reason, (r) => (proceed.reason = r), changed, { field: "proceed-reason" }) : null,
      checkField("the board has authorised the chair to override", c.chair?.authorisedToOverride === true, (on) => setField(chairOf(c), "authorisedToOverride", on ? true : undefined), changed, "authorisedToOverride"),
    ),
    ...c.children.map((child) => chairForChild(c, child.id, changed)),
  );
}

function categoriesForChild(c: ConferenceValue, policy: PolicySummary, child: string, changed: Changed): HTMLElement {
  const chosen = c.categories?.[child] ?? {};
  const write = (next: { primary?: string; secondary?: string[] }) => {
    c.categories ??= {};
    c.categories[child] = { ...c.categories[child], ...next };
    if (next.primary === undefined) delete c.categories[child].primary;
  };
  const options: Option[] = [{ value: "", label: "none chosen" }, ...policy.categories.map((k) => ({ value: k.id, label: `${k.label} (${k.id})` }))];
  const secondary = policy.multipleCategories
    ? policy.categories
        .filter((k) => k.id !== chosen.primary)
        .map((k) =>
          checkField(`${k.label}`, chosen.secondary?.includes(k.id) === true, (on) => {
            const now = new Set(chosen.secondary ?? []);
            if (on) now.add(k.id);
            else now.delete(k.id);
            write({ ...(chosen.primary ? { primary: chosen.primary } : {}), secondary: policy.categories.map((x) => x.id).filter((id) => now.has(id)) });
          }, changed, `secondary-${k.id}`),
        )
    : [];
  return h(
    "div",
    { class: "per-child-categories", "data-child": child },
    selectField(`${policy.primaryRequired ? "Primary category" : "Category"} for ${child}`, chosen.primary ?? "", options, (v) => write(v === "" ? {} : { primary: v }), changed, "primary", true),
    secondary.length > 0 ? h("div", { class: "secondary", role: "group", "aria-label": `Other categories for ${child}` }, h("span", { class: "field-label" }, "Other categories"), ...secondary) : null,
  );
}

export function categoriesFieldset(c: ConferenceValue, policy: PolicySummary | undefined, changed: Changed): HTMLElement | null {
  if (!policy || policy.categories.length === 0) return null;
  return h("fieldset", { class: "categories" }, h("legend", {}, "Registration categories (where a child is registered)"), ...c.children.map((child) => categoriesForChild(c, policy, child.id, changed)));
}

type Fact = PolicySummary["facts"][number];

function factField(fact: Fact, values: Record<string, string | boolean | number> | undefined, write: (v: string | boolean | number | undefined) => void, changed: Changed, label: string): HTMLElement {
  const given = values?.[fact.id];
  const shown = given === undefined ? "" : String(given);
  const byDefault = fact.default === null ? "not given" : `not given (${String(fact.default)})`;
  if (fact.values === "yes_no") {
    return selectField(label, shown, [{ value: "", label: byDefault }, { value: "true", label: "yes" }, { value: "false", label: "no" }], (v) => write(v === "" ? undefined : v === "true"), changed, `fact-${fact.id}`);
  }
  if (fact.values === "number") {
    return textField(label, shown, (v) => write(/^\d+$/.test(v.trim()) ? Number(v.trim()) : undefined), changed, { field: `fact-${fact.id}`, placeholder: byDefault });
  }
  return selectField(label, shown, [{ value: "", label: byDefault }, ...fact.values.map((v) => ({ value: v, label: v.replace(/_/g, " ") }))], (v) => write(v === "" ? undefined : v), changed, `fact-${fact.id}`);
}

function childFacts(child: ChildValue, facts: Fact[], changed: Changed): HTMLElement[] {
  return facts.map((f) => factField(f, child.facts, (v) => {
    child.facts ??= {};
    if (v === undefined) delete child.facts[f.id];
    else child.facts[f.id] = v;
  }, changed, `${f.label} (${child.id})`));
}

export function factsFieldset(c: ConferenceValue, policy: PolicySummary | undefined, changed: Changed): HTMLElement {
  const conferenceFacts = policy?.facts.filter((f) => f.about === "conference") ?? [];
  const perChild = policy?.facts.filter((f) => f.about === "child") ?? [];
  const date = h("input", { type: "date", value: c.date ?? "", "data-field": "date" });
  date.addEventListener("change", () => {
    setField(c, "date", date.value === "" ? undefined : date.value);
    changed(false);
  });
  return h(
    "fieldset",
    { class: "case" },
    h("legend", {}, "The case"),
    h("div", { class: "row" }, h("label", { class: "field" }, h("span", { class: "field-label" }, "Date of the conference (for due dates)"), date)),
    conferenceFacts.length > 0
      ? h("div", { class: "row" }, ...conferenceFacts.map((f) => factField(f, c.facts, (v) => {
          c.facts ??= {};
          if (v === undefined) delete c.facts[f.id];
          else c.facts[f.id] = v;
        }, changed, f.label)))
      : null,
    ...(perChild.length > 0 ? c.children.map((child) => h("div", { class: "row" }, ...childFacts(child, perChild, changed))) : []),
  );
}
