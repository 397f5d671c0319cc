/// <reference types="vite/client" />

declare module "virtual:quorate-bundled" {
  import type { BundledScenarioFile } from "../build/bundledPolicies.js";
  /** Every shipped `*.policy` file, by `policies/…` path. */
  export const files: Record<string, string>;
  export const scenarioFiles: BundledScenarioFile[];
}
