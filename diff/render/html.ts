/**
 * The diff as one self-contained HTML page a board can open in a browser, answer first:
 * how often the policies decide differently and why, then the evidence. With three or more
 * policies it leads with a heatmap of how alike each pair decides (inline SVG) and the
 * boards that decide alike, then the aspects side by side and each pair. Outcomes are
 * coloured neutrally (neither reads as right), a key says what every mark means, and
 * everything is named, not given by id. No scripts, fonts or links to fetch: the file works
 * offline and from an email.
 */
import type { Change, Counterexample, DiffReport, PairComparison } from "../report.js";
import { alsoWords, causeWords, headline, nationalDigest, pairDigest, type PairDigest } from "./digest.js";
import { attendeeWords, boundsWords, reducedWords, caseWords, chairWords, citeWords, count, decidedByWords, decisiveStep, listWords, namesOf, outcomeWords, percent, roleNamesOf, roomSize, stepCite, subjectWords, type Names } from "./words.js";

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);
}

export const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d232a}
h1{font-size:1.6rem;margin-bottom:.4rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #d5dbe1;padding-bottom:.3rem}h3{font-size:1.05rem}
.lead{font-size:1.2rem;font-weight:600;margin:.3rem 0}.sub{margin:.2rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:.6rem 0 1.2rem}th,td{border:1px solid #d5dbe1;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f1f4f7}tr.same td,tr.same th{color:#69737d}tr.differs th{background:#f4efe1}
.cite{color:#5d6770;font-size:.85em;display:block}
ol.causes li{margin:.3rem 0}.folded{color:#5d6770;font-size:.9em}
.conference{border:1px solid #d5dbe1;border-radius:8px;padding:.8rem 1rem;margin:1rem 0;background:#fafbfc}
.outcome{display:inline-block;padding:0 .45em;border-radius:4px;font-weight:600;background:#eceef0;color:#333b44}
.outcome.register{background:#dde7f0;color:#1f4e79}.outcome.not_register{background:#ebe3f2;color:#4f3670}
tr.inpair td{background:#f7f9fb}tr.inpair th{background:#e9eef3}
.key{display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;font-size:.9em;border:1px solid #d5dbe1;border-radius:6px;padding:.5rem .8rem;background:#fafbfc}
.mark{display:inline-block;width:.7em;height:.7em;border-radius:2px;margin-right:.3em}.mark.outcome-rule{background:#1f4e79}.mark.procedure-rule{background:#b39b4c}.mark.document-rule{background:#c3c9cf}
details{margin:.4rem 0}summary{cursor:pointer}ol.trace{font-size:.9em;color:#3a444d}
svg text{font:12px system-ui,sans-serif}
`;

const MARK = { outcome: "outcome-rule", procedure: "procedure-rule", metadata: "document-rule" } as const;

function outcomeChip(outcome: string, decidedBy?: string): string {
  return `<span class="outcome ${esc(outcome)}">${esc(outcomeWords(outcome))}</span>${decidedBy ? ` <span class="by">(${esc(decidedByWords(decidedBy))})</span>` : ""}`;
}

function keySection(many: boolean): string {
  const items = [
    `<span>${outcomeChip("register")} ${outcomeChip("not_register")} ${outcomeChip("not_quorate")} outcomes: one neutral colour each, none meant as better</span>`,
    `<span><span class="mark outcome-rule"></span>a rule that can change an outcome</span>`,
    `<span><span class="mark procedure-rule"></span>a rule that changes a procedure (a duty, a route, a record)</span>`,
    `<span><span class="mark document-rule"></span>the document's details only</span>`,
    `<span>a shaded row: the rule differs between the policies; a shaded policy in a conference: one of the pair compared</span>`,
  ];
  if (many) items.push("<span>heatmap: darker is alike more often (the share of the conferences searched that the two decide the same)</span>");
  return `<section id="key"><h2>Key</h2><div class="key">${items.join("")}</div></section>`;
}

function mockConference(c: Counterexample, report: DiffReport, names: Names): string {
  const [ka, kb] = c.between;
  const head = c.follows === undefined ? `${outcomeWords(c.differs.a)} under ${names.policy(ka)}; ${outcomeWords(c.differs.b)} under ${names.policy(kb)}` : `Both decide ${outcomeWords(c.differs.a)}; what follows differs`;
  const attendees = c.conference.attendees.map((a) => `<li>${esc(attendeeWords(a, names, c.children))}</li>`).join("");
  const decides = report.policies.map((p) => {
    const e = c.explanations[p.key]?.[0];
    if (!e) return "";
    const step = decisiveStep(e.outcome, e.trace);
    const trace = e.trace.map((s) => `<li>${esc(s.detail)} <span class="cite">${esc(stepCite(s))}</span></li>`).join("");
    const inPair = c.between.includes(p.key);
    return `<tr${inPair ? ' class="inpair"' : ""}><th>${esc(names.policy(p.key))}</th><td>${outcomeChip(e.outcome, e.decidedBy)}${step ? `<span class="cite">${esc(step.detail)} — ${esc(stepCite(step))}</span>` : ""}<details><summary>every step</summary><ol class="trace">${trace}</ol></details></td></tr>`;
  });
  const follows = c.follows ? `<p>Only under ${esc(names.policy(ka))}: ${esc(c.follows.a.join("; ") || "nothing")}.<br>Only under ${esc(names.policy(kb))}: ${esc(c.follows.b.join("; ") || "nothing")}.</p>` : "";
  return `<div class="conference" data-between="${esc(c.between.join(" "))}">
<h3>${esc(head)} <small>(${esc(roomSize(c))})</small></h3>
<p>${esc(caseWords(c.conference))} ${esc(chairWords(c.conference))}</p>
<ul class="attendees">${attendees}</ul>
<table class="decisions"><thead><tr><th>Policy</th><th>Decides, and the clause behind it</th></tr></thead><tbody>${decides.join("")}</tbody></table>
${follows}<details><summary>Conference file (for <code>quorate eval</code>)</summary><pre>${esc(JSON.stringify(c.conference, null, 2))}</pre></details>
</div>`;
}

function rulesTable(d: PairDigest, names: Names): string {
  const all = [...d.outcomeCauses, ...d.procedureCauses, ...d.metadataCauses];
  if (all.length === 0) return "<p>The two policies state every rule alike.</p>";
  const side = (text: string | null, at: Change["cite"]["a"]) => `<td>${esc(text ?? "—")}${at ? `<span class="cite">${esc(citeWords(at))}</span>` : ""}</td>`;
  const rows = all.map((c) => {
    const cls = MARK[c.change.severity];
    const folded = c.follows.length === 0 ? "" : `<details class="folded"><summary>${esc(count(c.follows.length, "difference"))} follow${c.follows.length === 1 ? "s" : ""} from it</summary>${esc(listWords(c.follows.map((f) => (f.aspect === "roles" ? (roleNamesOf([f], names)[0] ?? f.subject) : f.subject))))}</details>`;
    return `<tr class="differs"><th><span class="mark ${cls}"></span>${esc(subjectWords(c.change, names))}${folded}</th>${side(c.change.a, c.change.cite.a)}${side(c.change.b, c.change.cite.b)}</tr>`;
  });
  return `<table class="changes"><thead><tr><th>Rule</th><th>${esc(d.a)}</th><th>${esc(d.b)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function pairBody(report: DiffReport, pair: PairComparison, names: Names, level: 2 | 3): string {
  const d = pairDigest(report, pair, names);
  const h = `h${level}`;
  const [first, ...rest] = headline(d);
  const causes = d.outcomeCauses.map((c) => `<li>${esc(causeWords(c, d))}</li>`).join("");
  const why = d.outcomeCauses.length === 0 ? "<p>No rule that can change an outcome differs.</p>" : `<p>${esc(count(d.outcomeCauses.length, "rule"))} that can change an outcome ${d.outcomeCauses.length === 1 ? "differs" : "differ"}:</p><ol class="causes">${causes}</ol>`;
  const also = alsoWords(d);
  const kinds = d.kinds.length === 0 ? "" : `<p>Most often: ${esc(d.kinds.slice(0, 3).map((k) => `${k.words} (${percent(k.share)})`).join("; "))}.</p>`;
  const follows = d.follows.length === 0 ? "" : `<${h}>What follows differs, where both decide alike</${h}><table class="follows"><thead><tr><th>Only under</th><th>Duty or route</th><th>Share of conferences</th></tr></thead><tbody>${d.follows.slice(0, 12).map((f) => `<tr><td>${esc(f.under === "a" ? d.a : d.b)}</td><td>${esc(f.words)}</td><td>${esc(percent(f.share))}</td></tr>`).join("")}</tbody></table>${d.followed.map((c) => mockConference(c, report, names)).join("\n")}`;
  const b = pair.semantic?.bounds;
  const reduced = reducedWords(pair);
  return `<p class="lead">${esc(first ?? "")}</p>${rest.map((r) => `<p class="sub">${esc(r)}</p>`).join("")}${reduced ? `<p class="reduced"><strong>Note: ${esc(reduced)}.</strong></p>` : ""}
<${h}>Why</${h}>${why}${also ? `<p>${esc(also)}</p>` : ""}${kinds}
${d.decided.length > 0 ? `<${h}>${d.decided.length === 1 ? "The smallest conference decided differently" : "The smallest conference for each kind of difference"}</${h}>` : ""}
${d.decided.map((c) => mockConference(c, report, names)).join("\n")}
${follows}
<${h}>Every rule that differs</${h}>${rulesTable(d, names)}
${b ? `<p class="cite">${esc(boundsWords(b))}</p>` : ""}`;
}

/** A neutral ramp from white (decided alike in no conference) to deep blue (in every one). */
function shade(share: number): string {
  const mix = (from: number, to: number) => Math.round(from + (to - from) * share);
  return `rgb(${mix(247, 31)},${mix(249, 78)},${mix(251, 121)})`;
}

function heatmap(report: DiffReport, names: Names): string {
  const n = nationalDigest(report, names);
  const size = 46;
  const left = 30;
  const top = 30;
  const k = n.keys.length;
  const cells: string[] = [];
  n.alike.forEach((row, i) =>
    row.forEach((v, j) => {
      const x = left + j * size;
      const y = top + i * size;
      const share = v ?? 0;
      const label = i === j ? "" : v === null ? "–" : `${Math.round(share * 100)}%`;
      cells.push(`<rect x="${x}" y="${y}" width="${size - 2}" height="${size - 2}" fill="${i === j ? "#eceef0" : shade(share)}"><title>${esc(`${n.names[i] ?? ""} and ${n.names[j] ?? ""}: ${label || "the same policy"}`)}</title></rect>`);
      if (label) cells.push(`<text x="${x + (size - 2) / 2}" y="${y + size / 2 + 3}" text-anchor="middle" fill="${share > 0.55 ? "#ffffff" : "#1d232a"}">${label}</text>`);
    }),
  );
  const axes = n.keys.map((_, i) => `<text x="${left + i * size + size / 2 - 1}" y="${top - 10}" text-anchor="middle">${i + 1}</text><text x="${left - 10}" y="${top + i * size + size / 2 + 3}" text-anchor="end">${i + 1}</text>`).join("");
  const width = left + k * size + 10;
  const height = top + k * size + 10;
  const legend = n.names.map((name) => `<li>${esc(name)}</li>`).join("");
  const together = n.clusters.filter((c) => c.length > 1);
  const clusters = together.length === 0 ? "<p>No boards decide alike in at least two conferences in three: each decides differently from all the others.</p>" : `<p>Boards that decide alike (at least two conferences in three, on average):</p><ul class="clusters">${together.map((c) => `<li>${esc(listWords(c.map((key) => names.policy(key))))}</li>`).join("")}</ul>`;
  return `<section id="alike"><h2>How alike they decide</h2>
<p>Each square is the share of the conferences searched that two boards decide the same.</p>
<div style="display:flex;gap:2rem;flex-wrap:wrap;align-items:flex-start"><svg id="heatmap" role="img" aria-label="How alike each pair of boards decides" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${axes}${cells.join("")}</svg><ol class="legend">${legend}</ol></div>
${clusters}</section>`;
}

function matrix(report: DiffReport, names: Names): string {
  const head = report.policies.map((p) => `<th>${esc(names.policy(p.key))}${p.version ? `<span class="cite">${esc(p.version)}</span>` : ""}</th>`).join("");
  const rows = report.matrix.map((row) => {
    const cells = row.cells.map((c) => `<td>${esc(c.text)}${c.at?.cite ? `<span class="cite">${esc(c.at.cite.split(":")[0] ?? "")}</span>` : ""}</td>`).join("");
    return `<tr class="${row.same ? "same" : "differs"}"><th>${esc(row.subject)}</th>${cells}</tr>`;
  });
  return `<table id="matrix"><thead><tr><th>Aspect</th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

export function renderDiffHtml(report: DiffReport): string {
  const names = namesOf(report);
  const pair = report.pairs[0];
  const two = report.policies.length === 2 && pair;
  const title = two ? `${names.policy(pair.between[0])} and ${names.policy(pair.between[1])}` : `How ${count(report.policies.length, "board policy", "board policies")} compare`;
  const body = two
    ? `${pairBody(report, pair, names, 2)}${keySection(false)}`
    : `${report.pairs.some((p) => p.semantic !== null) ? heatmap(report, names) : ""}${keySection(true)}
<h2>Aspect by aspect</h2>
${matrix(report, names)}
${report.pairs
  .map((p) => {
    const d = pairDigest(report, p, names);
    return `<section class="pair"><h2>${esc(d.a)} and ${esc(d.b)}</h2>${pairBody(report, p, names, 3)}</section>`;
  })
  .join("\n")}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
${body}
<p><strong>${report.equivalent ? "Equivalent within the bounds searched." : "The policies differ."}</strong></p>
</body></html>
`;
}
