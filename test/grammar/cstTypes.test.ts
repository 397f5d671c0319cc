import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cstTypesSource } from "../../grammar/cstTypes.js";

describe("grammar/cst.d.ts", () => {
  it("is the one generated from the parser's grammar (run `npm run gen:cst` after changing grammar/parser.ts)", () => {
    expect(readFileSync(new URL("../../grammar/cst.d.ts", import.meta.url), "utf8")).toBe(cstTypesSource());
  });
});
