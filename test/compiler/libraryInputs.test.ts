/**
 * The library is called from JavaScript with anything: `compile` and `compileFile` never
 * throw, whatever they are given, and say in words what was wrong with the call.
 */
import { describe, expect, it } from "vitest";
import { compile, compileFile, INVALID_OPTIONS, type CompileOptions } from "../../compiler/compile.js";

describe("compile and compileFile given what they cannot use", () => {
  it("compile(text, null) compiles with no options, as compile(text) does", () => {
    const result = compile('policy x "X" {\n}\n', null as unknown as CompileOptions);
    expect(result.diagnostics.every((d) => d.code !== INVALID_OPTIONS && d.code !== "Q099")).toBe(true);
  });

  it.each([
    ["null", null, "compileFile() needs the policy's path as text, not null"],
    ["undefined", undefined, "compileFile() needs the policy's path as text, not undefined"],
    ["a number", 42, "compileFile() needs the policy's path as text, not number"],
    ["an empty text", "", "compileFile() needs the policy's path as text, not an empty text"],
  ])("compileFile(%s) returns a diagnostic saying so, and no IR", (_, path, message) => {
    const result = compileFile(path as unknown as string);
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: INVALID_OPTIONS, message })]);
    expect(result.unreadable).toBe("no path was given");
  });

  it("compileFile with a host that is not one reports an internal error, and does not throw", () => {
    const result = compileFile("policies/wakefield.policy", { host: {} as never });
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics[0]?.code).toBe("Q099");
  });

  it("compile with options that are not an object, or a non-text source, does not throw", () => {
    expect(() => compile('policy x "X" {\n}\n', "today" as unknown as CompileOptions)).not.toThrow();
    expect(compile(null as unknown as string).diagnostics[0]?.code).toBe(INVALID_OPTIONS);
  });
});
