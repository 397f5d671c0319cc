import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/parse.js";
import { STATEMENT_FORMS, type FormContext } from "../../grammar/statementForms.js";

function wrap(context: FormContext, form: string): string {
  if (context === "header") return `policy example "Example" {\n  ${form}\n}\n`;
  if (context === "escalation" || context === "appeal") return `policy example "Example" {\n}\n${context} example_route "Example route" {\n  ${form}\n}\n`;
  return `policy example "Example" {\n}\n${context} {\n  ${form}\n}\n`;
}

describe("statement forms shown in help lines", () => {
  for (const [context, forms] of Object.entries(STATEMENT_FORMS) as [FormContext, readonly string[]][]) {
    for (const form of forms) {
      it(`parses in ${context}: ${form}`, () => {
        const result = parse(wrap(context, form), "example.policy");
        expect(result.diagnostics).toEqual([]);
        expect(result.ast).toBeDefined();
      });
    }
  }
});
