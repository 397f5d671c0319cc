import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";

/** The published policy schema, compiled by ajv exactly as a consumer of Quorate's JSON would. */
export function policySchemaValidator() {
  const schema = JSON.parse(readFileSync(new URL("../../schemas/policy.schema.json", import.meta.url), "utf8")) as object;
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema);
}
