/**
 * What a policy reads besides itself (its bases and vocabulary) is limited in all, as each
 * file is: a parsed 4 MiB file holds about 330 MB, so a chain of eight 4 MiB bases would
 * hold gigabytes. Past the limit the statement that reaches it is Q005, and the file is not parsed.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { MAX_IMPORTED_CHARACTERS } from "../../compiler/load.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";

describe("the bases and vocabulary a policy reads, in all", () => {
  it(`past ${MAX_IMPORTED_CHARACTERS} characters, the extends that reaches the limit is Q005`, () => {
    const padding = "# padding\n".repeat(Math.floor(MAX_IMPORTED_CHARACTERS / 2 / 10));
    const files: Record<string, string> = { ...BUNDLED_FILES };
    files["policies/a.policy"] = `base a "A" {\n  vocabulary "vocabulary.policy"\n  extends "b.policy"\n}\n${padding}`;
    files["policies/b.policy"] = `base b "B" {\n  vocabulary "vocabulary.policy"\n  extends "c.policy"\n}\n${padding}`;
    files["policies/c.policy"] = `base c "C" {\n  vocabulary "vocabulary.policy"\n}\n${padding}`;
    const result = compile('policy board "Board" {\n  extends "a.policy"\n}\n', { filename: "policies/board.policy", host: memoryHost(files), today: TODAY });
    const q005 = result.diagnostics.filter((d) => d.code === "Q005");
    expect(q005).toEqual([expect.objectContaining({ file: "policies/a.policy", message: `with the base policy \`b.policy\`, the files this policy reads come to more than ${MAX_IMPORTED_CHARACTERS} characters besides itself` })]);
    expect(result.ir).toBeUndefined();
  });
});
