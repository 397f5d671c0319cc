/**
 * The README says how to open Quorate Studio on its first screen, and shows the three
 * panels from pictures that `npm run studio:screenshots` writes and that exist.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/scratch.js";

const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
const script = readFileSync(path.join(REPO, "scripts/studio-screenshots.mjs"), "utf8");
const scripts = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

describe("Quorate Studio in the README", () => {
  it("says how to open it on the first screen", () => {
    const firstScreen = readme.split("\n").slice(0, 40).join("\n");
    expect(firstScreen).toContain("npm run studio");
    expect(firstScreen).toContain("dist/studio/index.html");
    expect(scripts["studio"]).toMatch(/^vite /);
    expect(scripts["studio:build"]).toMatch(/^vite build /);
  });

  it("shows the three panels from pictures the screenshot script writes", () => {
    const pictures = [...readme.matchAll(/\]\((docs\/studio-[a-z]+\.png)\)/g)].map((m) => m[1] as string);
    expect(pictures).toEqual(["docs/studio-editor.png", "docs/studio-try.png", "docs/studio-compare.png"]);
    for (const picture of pictures) {
      expect(existsSync(path.join(REPO, picture)), picture).toBe(true);
      expect(script).toContain(path.basename(picture));
    }
    expect(scripts["studio:screenshots"]).toContain("scripts/studio-screenshots.mjs");
  });
});
