import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/parse.js";

function document(text: string): string | undefined {
  const ast = parse(`policy x "X" {\n  document ${text}\n}\n`, "x.policy").ast;
  const statement = ast?.header.statements[0];
  return statement?.type === "Document" ? statement.value.value : undefined;
}

describe("quoted texts", () => {
  it("resolve the escapes \\\" \\\\ \\n \\t and keep any other backslash as written", () => {
    expect(document('"a \\"quoted\\" word"')).toBe('a "quoted" word');
    expect(document('"ends with a backslash \\\\"')).toBe("ends with a backslash \\");
    expect(document('"C:\\Board\\Policies"')).toBe("C:\\Board\\Policies");
    expect(document('"two\\nlines\\tand a tab"')).toBe("two\nlines\tand a tab");
  });

  it("keep unicode, right-to-left text and emoji as data", () => {
    expect(document('"Ysgol Gyfun Gŵyr — ✓ שלום"')).toBe("Ysgol Gyfun Gŵyr — ✓ שלום");
  });
});
