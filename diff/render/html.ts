/**
 * The diff as one self-contained HTML page a board can open in a browser: the matrix of
 * aspects by regions, each pair's changes, and each counterexample shown as a mock
 * conference (who attended, how each voted, what each region decides and why). No
 * scripts, fonts or links to fetch: the file works offline and from an email.
 */
import type { Change, Counterexample, DiffReport, PairComparison } from "../report.js";
import { chairWords, citeWords, count, decisiveStep, outcomeWords, pairCounterexamples, percent, perGroupWords, roomSize, stepCite } from "./words.js";

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

export const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#1d232a}
h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:2px solid #d5dbe1;padding-bottom:.3rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem}th,td{border:1px solid #d5dbe1;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f4f7}tr.same td{color:#69737d}tr.differs th{background:#fff4d6}
.cite{color:#69737d;font-size:.85em;display:block}
.sev-outcome{color:#b42318;font-weight:600}.sev-procedure{color:#b54708}.sev-metadata{color:#69737d}
.verdict{padding:.6rem 1rem;border-radius:6px;background:#fff4d6}.verdict.same{background:#dcfae6}
.conference{border:1px solid #d5dbe1;border-radius:8px;padding:.8rem 1rem;margin:1rem 0;background:#fafbfc}
.outcome{font-weight:600}.register{color:#b42318}.not_register{color:#067647}
details{margin:.4rem 0}summary{cursor:pointer}ol.trace{font-size:.9em;color:#3a444d}
`;

function changesTable(changes: readonly Change[]): string {
  if (changes.length === 0) return "<p>The two policies state every rule alike.</p>";
  const rows = changes.map((c) => {
    const side = (text: string | null, at: Change["cite"]["a"]) => `<td>${esc(text ?? "—")}${at ? `<span class="cite">${esc(citeWords(at))}</span>` : ""}</td>`;
    return `<tr><td class="sev-${c.severity}">${esc(c.severity)}</td><td>${esc(c.subject)}</td><td>${esc(c.kind)}</td>${side(c.a, c.cite.a)}${side(c.b, c.cite.b)}</tr>`;
  });
  return `<table class="changes"><thead><tr><th>Severity</th><th>Rule</th><th>Change</th><th>a</th><th>b</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function mockConference(c: Counterexample, report: DiffReport): string {
  const children = c.conference.children.map((ch) => ch.id);
  const attendees = c.conference.attendees.map((a) => {
    const views = children.map((ch) => `<td class="${esc(a.views?.[ch] ?? "")}">${esc(outcomeWords(a.views?.[ch] ?? "no view"))}</td>`).join("");
    const notes = [a.involvedWith?.length === 0 ? "no direct contact" : "", a.represents ? `sits with ${a.represents}` : "", a.writtenReport ? "written report" : "", a.nominatedLead ? "nominated lead" : ""].filter(Boolean).join("; ");
    return `<tr><td>${esc(a.id)}</td><td>${esc(a.role)}</td><td>${esc(a.organisation ?? "")}</td>${views}<td>${esc(notes)}</td></tr>`;
  });
  const decides = report.policies.map((p) => {
    const explained = c.explanations[p.key] ?? [];
    const cells = children.map((ch) => {
      const e = explained.find((x) => x.child === ch);
      if (!e) return "<td></td>";
      const step = decisiveStep(e.outcome, e.trace);
      const trace = e.trace.map((s) => `<li>${esc(s.detail)} <span class="cite">${esc(stepCite(s))}</span></li>`).join("");
      return `<td><span class="outcome ${esc(e.outcome)}">${esc(outcomeWords(e.outcome))}</span>${e.decidedBy ? ` (${esc(outcomeWords(e.decidedBy))})` : ""}${step ? `<span class="cite">${esc(step.detail)} — ${esc(stepCite(step))}</span>` : ""}<details><summary>every step</summary><ol class="trace">${trace}</ol></details></td>`;
    });
    const inPair = c.between.includes(p.key);
    return `<tr${inPair ? ' class="differs"' : ""}><th>${esc(p.key)}</th>${cells.join("")}</tr>`;
  });
  return `<div class="conference" data-between="${esc(c.between.join(" "))}">
<h3>${esc(outcomeWords(c.differs.a))} under ${esc(c.between[0])}, ${esc(outcomeWords(c.differs.b))} under ${esc(c.between[1])} <small>(${esc(roomSize(c))})</small></h3>
<p>Children: ${esc(c.conference.children.map((ch) => `${ch.id}${ch.unborn ? " (unborn)" : ""}`).join(", "))}. ${esc(chairWords(c.conference))}.</p>
<table class="attendees"><thead><tr><th>Attendee</th><th>Role</th><th>Organisation</th>${children.map((ch) => `<th>View on ${esc(ch)}</th>`).join("")}<th>Notes</th></tr></thead><tbody>${attendees.join("")}</tbody></table>
<table class="decisions"><thead><tr><th>Region</th>${children.map((ch) => `<th>Decides for ${esc(ch)}</th>`).join("")}</tr></thead><tbody>${decides.join("")}</tbody></table>
<details><summary>Conference file (for <code>quorate eval</code>)</summary><pre>${esc(JSON.stringify(c.conference, null, 2))}</pre></details>
</div>`;
}

function pairSection(pair: PairComparison, report: DiffReport): string {
  const changes = report.changes.filter((c) => c.between[0] === pair.between[0] && c.between[1] === pair.between[1]);
  const s = pair.semantic;
  let semantic = "<p>Decisions were not compared.</p>";
  if (s && s.differing === 0) semantic = `<p>No conference within the bounds is decided differently (${esc(count(s.conferences, "conference"))} searched).</p>`;
  else if (s) {
    const rows = s.differences.map((d) => `<tr><td>${esc(outcomeWords(d.a))}</td><td>${esc(outcomeWords(d.b))}</td><td>${esc(percent(d.share))}</td><td>${esc(d.conferences.toLocaleString("en-GB"))}</td></tr>`).join("");
    semantic = `<p><strong>${esc(count(s.differing, "conference"))} of ${esc(s.conferences.toLocaleString("en-GB"))} searched (${esc(percent(s.differing / s.conferences))}) are decided differently.</strong></p>
<table class="differences"><thead><tr><th>Under ${esc(pair.between[0])}</th><th>Under ${esc(pair.between[1])}</th><th>Share</th><th>Conferences</th></tr></thead><tbody>${rows}</tbody></table>
${pairCounterexamples(pair, report.counterexamples).map((c) => mockConference(c, report)).join("\n")}
<p class="cite">Searched: 1–${s.bounds.attendees.max} practitioners${esc(perGroupWords(s.bounds))} of ${s.bounds.roles.length} kinds; ${esc(s.bounds.children.join(" or "))} children; views ${esc(s.bounds.views.join(", "))}; ${esc(s.bounds.involvement.join(" or "))}; ${esc(s.bounds.organisations)}; chair: ${esc(s.bounds.chair.join("; "))}.</p>`;
  }
  return `<section class="pair"><h2>${esc(pair.between[0])} (a) and ${esc(pair.between[1])} (b)</h2>
<details${report.policies.length === 2 ? " open" : ""}><summary>${esc(count(pair.changes, "rule"))} differ, ${pair.outcomeChanges} of which can change an outcome</summary>${changesTable(changes)}</details>
${semantic}</section>`;
}

function matrix(report: DiffReport): string {
  const head = report.policies.map((p) => `<th>${esc(p.title)}<span class="cite">${esc(p.key)}${p.version ? ` · ${esc(p.version)}` : ""}</span></th>`).join("");
  const rows = report.matrix.map((row) => {
    const cells = row.cells.map((c) => `<td>${esc(c.text)}${c.at?.cite ? `<span class="cite">${esc(c.at.cite.split(":")[0] ?? "")}</span>` : ""}</td>`).join("");
    return `<tr class="${row.same ? "same" : "differs"}"><th>${esc(row.subject)}</th>${cells}</tr>`;
  });
  return `<table id="matrix"><thead><tr><th>Aspect</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function renderDiffHtml(report: DiffReport): string {
  const title = `Quorate diff: ${report.policies.map((p) => p.key).join(", ")}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
<p class="verdict${report.equivalent ? " same" : ""}">${report.equivalent ? "Equivalent within the search bounds." : "The policies differ."}</p>
<h2>Aspect by aspect</h2>
${matrix(report)}
${report.pairs.map((p) => pairSection(p, report)).join("\n")}
</body></html>
`;
}
