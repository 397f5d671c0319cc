/**
 * The comparison shown exactly as `quorate diff --format html` writes it (the same
 * renderer, run in the worker), inside a shadow root so the report's own styles stay
 * inside it. Each counterexample gets a button that opens its conference in the Try
 * panel: the conference is the one the report prints for `quorate eval`.
 */
import { h } from "../ui/dom.js";

export interface Counterexample {
  conference: unknown;
  /** The two policies the conference is decided differently by, as the report names them. */
  between: [string, string];
  heading: string;
}

/** Fits the report into the panel and makes its parts reachable from the keyboard. */
const PANEL_STYLE = `
:host{display:block}
.report{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d232a}
.report h1{font-size:1.2rem;margin:.2rem 0}
.report th,.report td{overflow-wrap:break-word}
.report pre{white-space:pre-wrap;max-height:20rem;overflow:auto}
.open-conference{font:inherit;margin:.4rem 0;padding:.35rem .8rem;border:1px solid #0b5cad;border-radius:6px;background:#0b5cad;color:#fff;cursor:pointer}
.open-conference:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
`;

export function showReport(host: HTMLElement, html: string, open: (example: Counterexample) => void): number {
  const page = new DOMParser().parseFromString(html, "text/html");
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const style = page.querySelector("style")?.textContent ?? "";
  const body = h("div", { class: "report" });
  body.append(...Array.from(page.body.childNodes).map((n) => document.importNode(n, true)));
  root.replaceChildren(h("style", {}, style.replace(/(^|})\s*body\{/g, "$1 .report{")), h("style", {}, PANEL_STYLE), body);
  let count = 0;
  for (const box of Array.from(body.querySelectorAll<HTMLElement>(".conference"))) {
    const json = box.querySelector("pre")?.textContent;
    if (!json) continue;
    const [a = "", b = ""] = (box.dataset["between"] ?? "").split(" ");
    const example: Counterexample = { conference: JSON.parse(json) as unknown, between: [a, b], heading: box.querySelector("h3")?.textContent ?? "" };
    box.querySelector("h3")?.after(h("button", { type: "button", class: "open-conference", onclick: () => open(example) }, "Open this conference in “Try a conference”"));
    count++;
  }
  return count;
}
