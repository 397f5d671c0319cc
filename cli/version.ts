/** Quorate's version, as `quorate --version` and the SARIF log's tool entry give it. */
export const VERSION = "0.1.0";
