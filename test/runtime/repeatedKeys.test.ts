/**
 * A key written twice in one JSON object is found, with its place, and a text without one
 * is never flagged, whatever its strings hold (quotes, colons, escapes, `__proto__`).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repeatedKey } from "../../runtime/repeatedKeys.js";
import { parseJsonText } from "../../runtime/validateConference.js";

const check = (text: string) => repeatedKey(text, JSON.parse(text));

describe("repeated JSON keys", () => {
  it("are never found where there are none, in any JSON value laid out any way", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, "\t"), (value, indent) => {
        expect(check(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
  });

  it("are found in any object that writes a key twice, at the second", () => {
    const key = fc.string({ unit: fc.constantFrom("a", '"', ":", "\\", " ", "{", "_", "é") });
    fc.assert(
      fc.property(fc.dictionary(key, fc.jsonValue({ maxDepth: 2 })), key, fc.jsonValue({ maxDepth: 1 }), (object, repeated, value) => {
        const text = `{"outer": [${JSON.stringify(object).slice(0, -1)}${Object.keys(object).length > 0 ? "," : ""}${JSON.stringify(repeated)}: 1, ${JSON.stringify(repeated)}: ${JSON.stringify(value) ?? "null"}}]}`;
        const found = check(text);
        expect(found).toMatchObject({ path: ["outer", 0, repeated] });
      }),
      { numRuns: 500 },
    );
  });

  it("are told with their path, line and column, and refuse the conference", () => {
    const text = '{\n  "children": [{ "id": "amy" }],\n  "attendees": [{ "id": "x", "role": "gp", "views": { "amy": "register" },\n    "views": { "amy": "not_register" } }]\n}';
    expect(check(text)).toEqual({ key: "views", path: ["attendees", 0, "views"], line: 4, column: 5 });
    const parsed = parseJsonText(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      { path: "attendees[0].views", message: "`views` is written twice in one object (again at line 4, column 5); JSON would keep only the last, so the file is refused rather than read either way", hint: "give `views` once, with everything it should hold" },
    ]);
  });

  it("count `__proto__` as the key it is", () => {
    expect(check('{"__proto__": 1, "a": {"__proto__": 2}}')).toBeUndefined();
    expect(check('{"__proto__": 1, "__proto__": 2}')).toMatchObject({ key: "__proto__", path: ["__proto__"] });
  });

  it("are found without recursion however deep the text nests, if not placed", () => {
    const depth = 100_000;
    const text = `${'{"a":'.repeat(depth)}{"k":1,"k":2}${"}".repeat(depth)}`;
    const found = check(text);
    expect(found === "somewhere" || (typeof found === "object" && found.key === "k")).toBe(true);
  });
});
