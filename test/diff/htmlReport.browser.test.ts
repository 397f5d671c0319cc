/**
 * The HTML reports in a real browser: headless Chromium (see test/helpers/browser.ts for
 * where it comes from) driven by playwright-core. Each must render on its own, from a file,
 * answer first: for two policies, how often they decide differently within the first
 * screen; for many, the heatmap of how alike they decide. `npm run screenshots` (this file
 * with UPDATE_SCREENSHOTS=1) writes the first screen of each to docs/images/.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diff } from "../../diff/diff.js";
import { renderDiffHtml } from "../../diff/render/html.js";
import { launchChromium } from "../helpers/browser.js";
import { boardIR } from "../helpers/conferences.js";
import { REPO } from "../helpers/runCli.js";
import { bundledDiff, TEST_SEARCH } from "./helpers.js";

const SCREENSHOTS = process.env["UPDATE_SCREENSHOTS"] === "1";

/** The red and green channels of a CSS colour: neither outcome may read as a warning or an approval. */
function channels(color: string): [number, number, number] {
  const [r, g, b] = (color.match(/\d+/g) ?? []).map(Number);
  return [r ?? 0, g ?? 0, b ?? 0];
}

describe("the HTML diff reports in headless Chromium", () => {
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    // The search first: a long synchronous task must not starve the browser's connection.
    bundledDiff();
    browser = await launchChromium();
    folder = mkdtempSync(path.join(tmpdir(), "quorate-html-"));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  // One page for every report: the packaged Chromium runs in a single process, which closing its last page ends.
  let page: Page | undefined;
  const requests: string[] = [];
  const errors: string[] = [];

  /** Opens a report from a file, failing on any fetch or script error. */
  async function open(name: string, html: string): Promise<{ page: Page; check: () => void }> {
    const file = path.join(folder, name);
    writeFileSync(file, html);
    if (!page) {
      page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      page.on("pageerror", (e) => errors.push(e.message));
    }
    requests.length = 0;
    errors.length = 0;
    await page.goto(`file://${file}`);
    return {
      page,
      check: () => {
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
      },
    };
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    if (!SCREENSHOTS) return;
    const dir = path.join(REPO, "docs/images");
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, name) });
  }

  it("leads a two-policy report with how often they decide differently, in the first screen", async () => {
    const report = diff([boardIR("wakefield"), boardIR("lancashire")], { search: TEST_SEARCH });
    const { page, check } = await open("pair.html", renderDiffHtml(report));
    await expect(page.locator("h1").innerText()).resolves.toBe("Wakefield Safeguarding and Review Unit and Lancashire");
    const lead = page.locator(".lead").first();
    await expect(lead.innerText()).resolves.toMatch(/^They decide \d+\.\d% of the [\d,]+ conferences searched differently\.$/);
    expect((await lead.boundingBox())?.y).toBeLessThan(300);
    // The causes come before the evidence, and the key is on the page.
    await expect(page.locator("ol.causes li").count()).resolves.toBe(4);
    expect((await page.locator("ol.causes").boundingBox())?.y).toBeLessThan(900);
    await expect(page.locator("#key").isVisible()).resolves.toBe(true);
    const body = await page.locator("body").innerText();
    expect(body).not.toMatch(/other_agency|Organisation \d|1 children|a search case/);
    await screenshot(page, "diff-pair.png");
    check();
  });

  it("leads a national comparison with the heatmap, then the aspects and every pair, outcomes coloured neutrally", async () => {
    const report = bundledDiff();
    const { page, check } = await open("national.html", renderDiffHtml(report));
    const heatmap = page.locator("#heatmap");
    await expect(heatmap.isVisible()).resolves.toBe(true);
    await expect(heatmap.locator("rect").count()).resolves.toBe(25);
    expect((await heatmap.boundingBox())?.y).toBeLessThan(400);

    const matrix = page.locator("#matrix");
    await expect(matrix.isVisible()).resolves.toBe(true);
    expect(await matrix.locator("thead th").count()).toBe(6);
    const quorumRow = matrix.locator("tr", { hasText: "quorum minimum" });
    await expect(quorumRow.getAttribute("class")).resolves.toBe("differs");
    await expect(quorumRow.innerText()).resolves.toContain("at least 3 agencies with direct contact");

    expect(await page.locator("section.pair").count()).toBe(10);
    const conference = page.locator(".conference").first();
    await expect(conference.isVisible()).resolves.toBe(true);
    expect(await conference.locator("ul.attendees li").count()).toBeGreaterThan(0);
    expect(await conference.locator("table.decisions tbody tr").count()).toBe(5);
    const outcomes = await conference.locator("table.decisions tr.inpair .outcome").allInnerTexts();
    expect(outcomes).toHaveLength(2);
    expect(outcomes[0]).not.toBe(outcomes[1]);

    // Neither outcome is coloured as a warning (red) or an approval (green).
    for (const outcome of ["register", "not_register"]) {
      const chip = page.locator(`.outcome.${outcome}`).first();
      // The page's own window, typed here without the DOM library.
      const color = await chip.evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(el).color);
      const [r, g, b] = channels(color);
      expect(r > g + 40 && r > b + 40, `${outcome} reads as red`).toBe(false);
      expect(g > r + 40 && g > b + 40, `${outcome} reads as green`).toBe(false);
    }
    const box = await matrix.boundingBox();
    expect(box?.width).toBeGreaterThan(500);
    await screenshot(page, "diff-national.png");
    check();
  });
});
