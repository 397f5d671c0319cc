/**
 * Driving Quorate Studio's page in headless Chromium, as a board officer would: shared by
 * the Studio's tests, `npm run bench` (bench/studio.mjs) and `npm run studio:screenshots`,
 * which use it compiled (tsconfig.bench.json), so it imports nothing of the Studio itself.
 */
import type { Browser, Page } from "playwright-core";

/**
 * The name the Studio records each keystroke-to-problems time under (User Timing), as
 * studio/src/editor/latency.ts writes it; the Studio's test fails if the two part.
 */
export const LATENCY_MEASURE = "quorate:keystroke-to-diagnostics";

export interface OpenedStudio {
  page: Page;
  /** Every request to anything but the page itself and what it makes in memory (blob: and data: URLs). */
  requests: string[];
  errors: string[];
}

export async function openStudio(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<OpenedStudio> {
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => {
    if (!/^(blob|data):/.test(r.url()) && r.url() !== url) requests.push(r.url());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForSelector("#studio[data-ready=true]", { timeout: 30_000 });
  return { page, requests, errors };
}

/** Waits until the problems and the decision reflect the text and conference now in the page. */
export async function settled(page: Page): Promise<void> {
  // A change marks the problems "checking" at once, and their answer marks the decision "pending" before it marks them "ready".
  await page.locator('.problems[data-state="ready"]').waitFor();
  await page.locator('.decision[data-state="ready"]').waitFor();
}

/** Chooses a file in the policy list and waits for its problems and its decision. */
export async function choosePolicy(page: Page, file: string): Promise<void> {
  await page.selectOption("#policy-choice", file);
  await settled(page);
}

/** Finds `text` with the editor's search (Ctrl+F) and leaves it selected in the editor. */
export async function findInEditor(page: Page, text: string): Promise<void> {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("Control+f");
  const field = page.locator(".cm-search input[name=search]");
  await field.fill(text);
  // The search panel reads its field on a key going up, not on input: End commits the text before Enter finds it.
  await field.press("End");
  await field.press("Enter");
  await page.keyboard.press("Escape");
}

/** The times, in milliseconds, from each change to the editor's text to its problems being shown. */
export async function keystrokeLatencies(page: Page): Promise<number[]> {
  return page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), LATENCY_MEASURE);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : (sorted[Math.floor(sorted.length / 2)] as number);
}
