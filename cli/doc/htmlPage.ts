/**
 * One self-contained HTML page: the diff report's styles and escaping (diff/render/html.ts)
 * with a few of the readable policy's own, no scripts, fonts, images or links to fetch, so
 * the file works offline and from an email. Every policy word goes through `esc`.
 */
import { esc, STYLE } from "../../diff/render/html.js";

export { esc };

const DOC_STYLE = `
header p,ul.rules,.reading{max-width:60rem}nav ol{columns:2;padding-left:1.2rem;max-width:60rem}
ul.rules{padding-left:1.2rem}ul.rules li{margin:.35rem 0}
.reading{margin:.5rem 0 .8rem;padding:.5rem .8rem;border-left:4px solid #b54708;background:#fff4d6;border-radius:0 6px 6px 0}
.reading.default{border-left-color:#5a6bd8;background:#eef0fd}.reading.confirmed{border-left-color:#067647;background:#dcfae6}
.reading p{margin:.2rem 0}.reading .label{font-weight:600}
table.readings th[scope=row]{white-space:nowrap}
.cite{color:#5b636b}.src{color:#5b636b;font-size:.85em}
@media print{nav{display:none}.reading{break-inside:avoid}}
`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}${DOC_STYLE}</style></head>
<body>
${body}
</body></html>
`;
}
