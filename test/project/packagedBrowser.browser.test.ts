/**
 * `npm install` alone brings the browser the browser tests use: without QUORATE_CHROMIUM,
 * test/helpers/browser.ts starts the Chromium shipped in the @sparticuz/chromium package,
 * on this machine with or without Debian's chromium.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.js";
import { REPO } from "../helpers/scratch.js";

describe.skipIf(process.env["QUORATE_CHROMIUM"] !== undefined || process.arch !== "x64")("the browser the tests use", () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it("is the npm package's Chromium, and renders a page", async () => {
    browser = await launchChromium();
    const { version } = JSON.parse(readFileSync(path.join(REPO, "node_modules/@sparticuz/chromium/package.json"), "utf8")) as { version: string };
    expect(browser.version().split(".")[0]).toBe(version.split(".")[0]);
    const page = await browser.newPage();
    await page.setContent("<p style='font: 20px sans-serif'>quorate</p>");
    const box = await page.locator("p").boundingBox();
    expect(box?.width).toBeGreaterThan(0);
    expect(await page.locator("p").innerText()).toBe("quorate");
  }, 60_000);
});
