/**
 * The children and the people at the conference: for each person their role (from the
 * policy's roles), organisation, whom they are involved with, their view on each child,
 * whether they are their group's nominated lead, and which grouping they sit with where
 * the policy lets their role choose.
 */
import { h } from "../ui/dom.js";
import type { PolicySummary } from "../worker/protocol.js";
import { addAttendee, addChild, removeChild, renameAttendee, renameChild, setField, type AttendeeValue, type ConferenceValue, type View } from "./conferenceModel.js";
import { button, checkField, selectField, textField, type Changed, type Option } from "./formControls.js";

const VIEWS: Option[] = [
  { value: "", label: "no view" },
  { value: "register", label: "register" },
  { value: "not_register", label: "not register" },
  { value: "abstain", label: "abstain" },
];

export function childrenFieldset(c: ConferenceValue, changed: Changed): HTMLElement {
  const rows = c.children.map((child, i) =>
    h(
      "div",
      { class: "row", "data-child": i },
      textField(`Child ${i + 1}`, child.id, (id) => (id.trim() !== "" && !c.children.some((x) => x.id === id.trim()) ? renameChild(c, child.id, id.trim()) : undefined), changed, { structural: true, field: "id" }),
      checkField("unborn", child.unborn === true, (on) => setField(child, "unborn", on ? true : undefined), changed, "unborn"),
      c.children.length > 1 ? button(`Remove ${child.id}`, () => (removeChild(c, child.id), changed(true)), { class: "remove" }) : null,
    ),
  );
  return h("fieldset", { class: "children" }, h("legend", {}, "Children"), ...rows, button("Add a child", () => (addChild(c), changed(true)), { "data-action": "add-child" }));
}

function roleOptions(policy: PolicySummary | undefined, current: string): Option[] {
  const roles = policy?.roles ?? [];
  const options: Option[] = roles.map((r) => ({ value: r.id, label: `${r.label} (${r.id})`, group: r.practitioner ? "Practitioners" : "Heard, not voting" }));
  if (!roles.some((r) => r.id === current)) options.unshift({ value: current, label: current === "" ? "choose a role…" : `${current} — not a role of this policy` });
  return options;
}

function involvement(c: ConferenceValue, a: AttendeeValue, changed: Changed): HTMLElement[] {
  return c.children.map((child) => {
    const view = selectField(`View on ${child.id}`, a.views?.[child.id] ?? "", VIEWS, (v) => {
      a.views ??= {};
      if (v === "") delete a.views[child.id];
      else a.views[child.id] = v as View;
    }, changed, `view-${child.id}`);
    // involvedWith left out means every child: it is written out only once someone is not involved with one.
    const involved = a.involvedWith === undefined || a.involvedWith.includes(child.id);
    const contact = checkField(`involved with ${child.id}`, involved, (on) => {
      const now = new Set(a.involvedWith ?? c.children.map((x) => x.id));
      if (on) now.add(child.id);
      else now.delete(child.id);
      setField(a, "involvedWith", now.size === c.children.length ? undefined : c.children.map((x) => x.id).filter((id) => now.has(id)));
    }, changed, `involved-${child.id}`);
    return h("div", { class: "per-child" }, view, contact);
  });
}

function sitsWith(policy: PolicySummary | undefined, a: AttendeeValue, changed: Changed): HTMLElement | null {
  const groupings = (policy?.groupings ?? []).filter((g) => g.roles.includes(a.role));
  if (groupings.length < 2 && a.represents === undefined) return null;
  const options: Option[] = [{ value: "", label: "as the policy says" }, ...groupings.map((g) => ({ value: g.id, label: `${g.label} (${g.id})` }))];
  return selectField("Sits with", a.represents ?? "", options, (v) => setField(a, "represents", v === "" ? undefined : v), changed, "represents");
}

function personFieldset(c: ConferenceValue, policy: PolicySummary | undefined, a: AttendeeValue, i: number, changed: Changed): HTMLElement {
  const label = policy?.roles.find((r) => r.id === a.role)?.label ?? a.role;
  return h(
    "fieldset",
    { class: "person", "data-attendee": i },
    h("legend", {}, `Person ${i + 1}: ${label}`),
    h(
      "div",
      { class: "row" },
      textField("Name or id", a.id, (id) => renameAttendee(c, a, id.trim()), changed, { structural: true, field: "id" }),
      selectField("Role", a.role, roleOptions(policy, a.role), (role) => (a.role = role), changed, "role", true),
      textField("Organisation", a.organisation ?? "", (o) => setField(a, "organisation", o.trim() === "" ? undefined : o), changed, { field: "organisation" }),
    ),
    h("div", { class: "row" }, checkField("nominated lead of their group", a.nominatedLead === true, (on) => setField(a, "nominatedLead", on ? true : undefined), changed, "nominatedLead"), sitsWith(policy, a, changed)),
    h("div", { class: "row children-views" }, ...involvement(c, a, changed)),
    button(`Remove ${a.id}`, () => (c.attendees.splice(i, 1), changed(true)), { class: "remove" }),
  );
}

export function peopleFieldset(c: ConferenceValue, policy: PolicySummary | undefined, changed: Changed): HTMLElement {
  const firstPractitioner = policy?.roles.find((r) => r.practitioner)?.id ?? "";
  return h(
    "fieldset",
    { class: "people" },
    h("legend", {}, "People at the conference"),
    ...c.attendees.map((a, i) => personFieldset(c, policy, a, i, changed)),
    // A person is added with one of the policy's roles, so not before the policy's roles are known.
    button("Add a person", () => (addAttendee(c, firstPractitioner), changed(true)), { "data-action": "add-person", ...(policy ? {} : { disabled: "", title: "waiting for the policy's roles" }) }),
  );
}
