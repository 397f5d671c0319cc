/**
 * Generators of the large and pathological inputs the resource-limit tests feed Quorate
 * (in generatedInputs.ts, which `bench/growth.mjs` measures at growing sizes), and the
 * compiler set up as those tests run it.
 */

import { compile, type CompileResult } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";

export * from "./generatedInputs.js";

/** Compiles a generated policy beside the bundled vocabulary, as `policies/big.policy` (no dedent: the text may be megabytes). */
export function compileLarge(text: string): CompileResult {
  return compile(text, { filename: "policies/big.policy", host: memoryHost(BUNDLED_FILES), today: TODAY });
}
