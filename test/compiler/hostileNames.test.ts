/** Names such as `__proto__` are ordinary names: no crash, no prototype pollution, kept as data. */
import { describe, expect, it } from "vitest";
import { compileText } from "../helpers/compileText.js";
import { HOSTILE_POLICY as policy, HOSTILE_VOCABULARY as vocabulary } from "../helpers/hostilePolicy.js";

describe("hostile names", () => {
  it("compile as ordinary names and leave Object.prototype untouched", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = compileText(policy, { "policies/odd.policy": vocabulary });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const ir = result.ir;
    expect(ir?.id).toBe("__proto__");
    expect(ir?.groupings.map((g) => g.id)).toEqual(["__proto__", "constructor", "valueOf"]);
    expect(ir?.roles.find((r) => r.id === "hasOwnProperty")?.vote?.choice).toEqual({ options: ["__proto__", "constructor"], fallback: "constructor" });
    expect(ir?.categories.allowed.map((c) => c.id)).toEqual(["__proto__", "toString"]);
    expect(JSON.parse(JSON.stringify(ir))).toEqual(ir);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("an unknown name that happens to be `__proto__` is reported, not crashed on", () => {
    const result = compileText(`${policy}\nobligations { when __proto__: escalate to "x" immediately }\npowers { "x" may constructor when toString }\n`, { "policies/odd.policy": vocabulary });
    expect(result.diagnostics.filter((d) => d.code === "Q099")).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.code} ${d.message}`)).toEqual([
      "Q014 unknown event `__proto__`",
      "Q015 unknown action `escalate`",
      "Q015 unknown action `constructor`",
      "Q014 unknown event `toString`",
    ]);
  });
});
