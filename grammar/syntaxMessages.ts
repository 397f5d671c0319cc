/**
 * Chevrotain reports syntax errors through this provider. It records what went wrong as
 * structured data (encoded in the error's message string, the only channel Chevrotain
 * offers); `syntaxDiagnostics.ts` turns that into words for a policy officer, because only
 * it can see the surrounding tokens.
 */
import type { IParserErrorMessageProvider, IToken, TokenType } from "chevrotain";

export interface SyntaxErrorInfo {
  kind: "mismatch" | "noViableAlt" | "earlyExit" | "notAllInput";
  ruleName: string;
  /** Token type names that would have been accepted at this point. */
  expected: string[];
}

const PREFIX = "quorate-syntax:";

function encode(info: SyntaxErrorInfo): string {
  return PREFIX + JSON.stringify(info);
}

export function decodeSyntaxError(message: string): SyntaxErrorInfo | undefined {
  if (!message.startsWith(PREFIX)) return undefined;
  try {
    return JSON.parse(message.slice(PREFIX.length)) as SyntaxErrorInfo;
  } catch {
    return undefined;
  }
}

function firstTokens(paths: TokenType[][][]): string[] {
  const names = new Set<string>();
  for (const alt of paths) for (const path of alt) if (path[0]) names.add(path[0].name);
  return [...names];
}

export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, ruleName }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }) {
    return encode({ kind: "mismatch", ruleName, expected: [expected.name] });
  },
  buildNotAllInputParsedMessage({ ruleName }: { firstRedundant: IToken; ruleName: string }) {
    return encode({ kind: "notAllInput", ruleName, expected: [] });
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, ruleName }) {
    return encode({ kind: "noViableAlt", ruleName, expected: firstTokens(expectedPathsPerAlt) });
  },
  buildEarlyExitMessage({ expectedIterationPaths, ruleName }) {
    return encode({ kind: "earlyExit", ruleName, expected: firstTokens([expectedIterationPaths]) });
  },
};
