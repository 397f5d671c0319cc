/**
 * Makes the built Studio one page that opens from disk. Chromium refuses module scripts
 * and workers loaded from `file://` URLs (their origin is opaque), so the page's script
 * and styles are written into `index.html` itself; the worker is already inlined by Vite
 * (`?worker&inline`). The page also gets a Content Security Policy that forbids every
 * connection, so a policy or a conference can never leave the machine, whatever a
 * dependency might try.
 */
import type { Plugin } from "vite";

/**
 * No fetch, socket or beacon (`connect-src 'none'`), no form posts, nothing loaded from
 * elsewhere. Scripts: the inline page script, the worker (blob: or data:), and ajv's
 * compiled validators (`'unsafe-eval'`: it builds the conference validator from the
 * JSON Schema, never from policy text).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'unsafe-inline' 'unsafe-eval' blob: data:",
  "worker-src blob: data:",
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "font-src data:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join("; ");

/** Text inside a <script> or <style> element may not close it early or open an HTML comment. */
function safeInElement(code: string, element: "script" | "style"): string {
  return code.replace(new RegExp(`</(${element})`, "gi"), "<\\/$1").replace(/<!--/g, "<\\!--");
}

export function selfContained(): Plugin {
  return {
    name: "quorate-self-contained",
    apply: "build",
    // After Vite has written index.html and its references to the script and styles.
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      handler: (html) => html.replace(/<meta charset="utf-8">/i, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`),
    },
    generateBundle(_options, bundle) {
      const page = bundle["index.html"];
      if (!page || page.type !== "asset") return;
      let html = String(page.source);
      for (const [name, output] of Object.entries(bundle)) {
        const reference = new RegExp(`<script type="module" crossorigin src="[^"]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"></script>`);
        if (output.type === "chunk" && reference.test(html)) {
          html = html.replace(reference, () => `<script type="module">${safeInElement(output.code, "script")}</script>`);
          delete bundle[name];
        }
        const stylesheet = new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}">`);
        if (output.type === "asset" && name.endsWith(".css") && stylesheet.test(html)) {
          html = html.replace(stylesheet, () => `<style>${safeInElement(String(output.source), "style")}</style>`);
          delete bundle[name];
        }
      }
      page.source = html;
    },
  };
}
