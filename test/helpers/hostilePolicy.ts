/**
 * A vocabulary and a board policy whose every name is one that breaks code keying plain
 * objects by ids: `__proto__`, `constructor`, `prototype`, `toString`, `hasOwnProperty`,
 * `valueOf`, as agencies, roles, groupings, categories and the policy's own id; and a
 * conference and scenarios using them as child and attendee ids.
 */
export const HOSTILE = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

export const HOSTILE_VOCABULARY = `vocabulary odd "Odd names" { }
agencies {
  __proto__ "Proto agency"
  constructor "Constructor agency"
}
roles {
${HOSTILE.map((n) => `  ${n} "Role ${n}" agency __proto__`).join("\n")}
  hasOwnProperty_parent "Parent" not a practitioner
}
categories {
  __proto__ "Proto category"
  toString "To string category"
}
`;

export const HOSTILE_POLICY = `
policy __proto__ "Prototype board" {
  jurisdiction wales
  vocabulary "odd.policy"
  version "1" dated 2025-01-01 review 2027-01-01
}
voting {
  vote by grouping
  grouping __proto__ "Proto grouping" { __proto__ constructor }
  grouping constructor "Constructor grouping" { prototype toString }
  grouping valueOf "Value grouping" { valueOf }
  hasOwnProperty may sit with __proto__ or constructor, otherwise constructor
  not voting: hasOwnProperty_parent
}
quorum { at least 1 agency }
eligibility { sole representative of groupings __proto__, constructor votes on every child }
decision {
  majority decides
  tie: chair decides
}
categories {
  __proto__ "Proto category"
  toString "To string category"
}
`;


/**
 * A conference whose children and attendees carry the same names, with views, chair
 * inputs and categories keyed by them. Written as JSON text: in a JavaScript object
 * literal a `__proto__` key would set the prototype instead of making a key.
 */
export const HOSTILE_CONFERENCE_JSON = `{
  "children": [{ "id": "__proto__" }, { "id": "toString" }],
  "attendees": [
    { "id": "constructor", "role": "__proto__", "views": { "__proto__": "register", "toString": "not_register" } },
    { "id": "__proto__", "role": "prototype", "views": { "__proto__": "register", "toString": "register" } },
    { "id": "valueOf", "role": "valueOf", "views": { "__proto__": "register", "toString": "not_register" } },
    { "id": "hasOwnProperty", "role": "hasOwnProperty", "represents": "constructor", "views": { "__proto__": "register" } },
    { "id": "toString", "role": "hasOwnProperty_parent", "views": { "__proto__": "not_register" } }
  ],
  "chair": { "decides": { "toString": "register" } },
  "categories": { "__proto__": { "primary": "__proto__", "secondary": ["toString"] } }
}
`;
