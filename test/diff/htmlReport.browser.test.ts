/**
 * The HTML report in a real browser: headless Chromium (see test/helpers/browser.ts for
 * where it comes from) driven by playwright-core. It must render on its own, from a
 * file, with the matrix and a counterexample shown as a mock conference.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDiffHtml } from "../../diff/render/html.js";
import { launchChromium } from "../helpers/browser.js";
import { bundledDiff } from "./helpers.js";

describe("the HTML diff report in headless Chromium", () => {
  let browser: Browser;
  let file: string;

  beforeAll(async () => {
    browser = await launchChromium();
    file = path.join(mkdtempSync(path.join(tmpdir(), "quorate-html-")), "diff.html");
    writeFileSync(file, renderDiffHtml(bundledDiff()));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("renders the matrix, every pair and a counterexample as a mock conference, fetching nothing", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("file:")) requests.push(r.url());
    });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${file}`);

    const matrix = page.locator("#matrix");
    await expect(matrix.isVisible()).resolves.toBe(true);
    // One header cell per policy and a row per aspect, with the quorum row marked as differing.
    expect(await matrix.locator("thead th").count()).toBe(6);
    const quorumRow = matrix.locator("tr", { hasText: "quorum minimum" });
    await expect(quorumRow.getAttribute("class")).resolves.toBe("differs");
    await expect(quorumRow.innerText()).resolves.toContain("at least 3 agencies with direct contact");

    expect(await page.locator("section.pair").count()).toBe(10);
    const conference = page.locator(".conference").first();
    await expect(conference.isVisible()).resolves.toBe(true);
    const attendees = conference.locator("table.attendees tbody tr");
    expect(await attendees.count()).toBeGreaterThan(0);
    const decisions = await conference.locator("table.decisions tbody tr").allInnerTexts();
    expect(decisions).toHaveLength(5);
    const outcomes = await conference.locator("table.decisions tr.differs .outcome").allInnerTexts();
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).not.toBe(outcomes[1]);

    // Laid out as a page, not a blank one: the matrix has real width and height.
    const box = await matrix.boundingBox();
    expect(box?.width).toBeGreaterThan(500);
    expect(box?.height).toBeGreaterThan(500);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
