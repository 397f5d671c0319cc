/**
 * The bundled policies are in the canonical layout (so `npm test` fails if one is not),
 * each a test of its own, so a board's unformatted edit fails only its own. The
 * formatter's round trips over whole policies are in `roundTrip.test.ts`, on the engine's
 * copy of the boards.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileSystemHost } from "../../compiler/host.js";
import { formatPolicy } from "../../format/formatPolicy.js";
import { REPO } from "../helpers/runCli.js";

const POLICIES = readdirSync(path.join(REPO, "policies")).filter((f) => f.endsWith(".policy"));

describe("the bundled policies", () => {
  for (const file of POLICIES) {
    it(`${file} is in the canonical layout`, async () => {
      const text = readFileSync(path.join(REPO, "policies", file), "utf8");
      const outcome = await formatPolicy(text, { filename: `policies/${file}`, host: fileSystemHost(REPO) });
      expect(outcome.kind).toBe("formatted");
      if (outcome.kind === "formatted") expect(outcome.text === text, "run `npx quorate fmt --write policies`").toBe(true);
    });
  }
});
