/** Colour for terminals, and none when output is piped or NO_COLOR is set. */
export interface Style {
  error(text: string): string;
  warning(text: string): string;
  info(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
}

const plain: Style = { error: (t) => t, warning: (t) => t, info: (t) => t, bold: (t) => t, dim: (t) => t, good: (t) => t };

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const ansi: Style = {
  error: wrap(31, 39),
  warning: wrap(33, 39),
  info: wrap(36, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  good: wrap(32, 39),
};

export function styleFor(isTTY: boolean | undefined, env: Record<string, string | undefined> = {}): Style {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return plain;
  if (env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0") return ansi;
  return isTTY ? ansi : plain;
}
