/**
 * The TextMate grammar that highlights policy files in VS Code (and in any editor that
 * reads TextMate grammars), generated from the language's own keyword list so the two
 * cannot drift: `npm run vscode:grammar` writes syntaxes/quorate.tmLanguage.json, and a
 * test checks the written file is this one and scopes every token of every bundled policy.
 *
 * Keywords are soft (a board may name a role `child`), so a word is read as a name
 * wherever the grammar puts a name: after `policy`, `grouping`, `agency`, `requires`,
 * `when … :`, a power holder's `may`, in a grouping's braces, in the lists after
 * `per organisation:`, `not voting:`, `at chair discretion:`, `… vote:` and
 * `sole representative of agency …`, and at the start of a declaration line.
 */
import type { Ident } from "../../../grammar/ast.js";
import { tokenize } from "../../../grammar/lexer.js";
import { parse } from "../../../grammar/parse.js";
import { STATEMENT_FORMS, type FormContext } from "../../../grammar/statementForms.js";
import { isKeyword, KEYWORDS, RESERVED_WORDS } from "../../../grammar/tokens.js";

const NAME = "(?!(?:cite|ambiguity|reading|silent|when)\\b)[A-Za-z_][A-Za-z0-9_]*";
/** A statement form placed where it may be written (as test/grammar/statementForms.test.ts places it). */
export function wrapForm(context: FormContext, form: string): string {
  if (context === "header") return `policy example "Example" {\n  ${form}\n}\n`;
  if (context === "escalation" || context === "appeal") return `policy example "Example" {\n}\n${context} example_route "Example route" {\n  ${form}\n}\n`;
  return `policy example "Example" {\n}\n${context} {\n  ${form}\n}\n`;
}

const ALL_FORMS = Object.entries(STATEMENT_FORMS).flatMap(([context, forms]) => forms.map((form) => ({ context: context as FormContext, form })));

/** Keywords that open a statement with a quoted text (`document "…"`, `stage "…"`), which a declaration line must not be mistaken for. */
function textStatementWords(): string[] {
  const words = new Set(["to", "cite", "ambiguity", "reading", "silent"]);
  for (const { form } of ALL_FORMS) {
    const word = /^([a-z_]+)\s+"/.exec(form)?.[1];
    if (word && isKeyword(word)) words.add(word);
  }
  return [...words];
}

/** Keywords the parser reads as words, not names, right after `when` (`when disputed`), found by parsing every statement form. */
function keywordsAfterWhen(): string[] {
  const words = new Set<string>();
  for (const { context, form } of ALL_FORMS) {
    const text = wrapForm(context, form);
    const names = new Set<number>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        const ident = value as Partial<Ident>;
        if (typeof ident.name === "string" && ident.range) names.add(ident.range.start.offset);
        Object.values(value).forEach(collect);
      }
    };
    collect(parse(text, "form.policy").ast);
    const tokens = tokenize(text).tokens;
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      if (token.image === "when" && next && isKeyword(next.image) && !names.has(next.startOffset)) words.add(next.image);
    });
  }
  return [...words];
}

/** A list ends before a word its last name is not joined to by a comma, at a line's end after a name, or before other punctuation. */
const LIST_END = '(?<=[A-Za-z0-9_])(?=\\s+[A-Za-z_#])|(?<=[A-Za-z0-9_])\\s*$|(?=\\s*[^\\sA-Za-z0-9_,#])';

const words = (list: readonly string[]) => `\\b(?:${[...list].sort((a, b) => b.length - a.length).join("|")})\\b`;

export function textmateGrammar(): Record<string, unknown> {
  const soft = KEYWORDS.filter((k) => !(RESERVED_WORDS as readonly string[]).includes(k));
  const TEXT_STATEMENTS = textStatementWords();
  const notAName = keywordsAfterWhen();
  const nameList = (scope: string) => ({
    patterns: [
      { include: "#comment" },
      { match: NAME, name: scope },
      { match: ",", name: "punctuation.separator.comma.quorate" },
    ],
  });
  return {
    $schema: "https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json",
    name: "Quorate policy",
    scopeName: "source.quorate",
    fileTypes: ["policy"],
    patterns: [{ include: "#header" }, { include: "#statements" }],
    repository: {
      comment: { match: "#.*$", name: "comment.line.number-sign.quorate" },
      string: {
        begin: '"',
        end: '"|$',
        name: "string.quoted.double.quorate",
        patterns: [{ match: "\\\\.", name: "constant.character.escape.quorate" }],
      },
      header: {
        // The title and the brace are matched with the name, so the title's `" {` is not read as a grouping's braces.
        begin: `^\\s*\\b(policy|base|vocabulary)\\s+(${NAME})(?:\\s*("(?:[^"\\\\]|\\\\.)*"?))?(?:\\s*(\\{))?`,
        beginCaptures: {
          1: { name: "keyword.other.file-kind.quorate" },
          2: { name: "entity.name.type.policy.quorate" },
          3: { name: "string.quoted.double.quorate" },
          4: { name: "punctuation.section.block.begin.quorate" },
        },
        end: "\\}",
        endCaptures: { 0: { name: "punctuation.section.block.end.quorate" } },
        patterns: [{ match: "\\{", name: "punctuation.section.block.begin.quorate" }, { include: "#statements" }],
      },
      statements: {
        patterns: [
          { include: "#comment" },
          { include: "#string" },
          { include: "#grouping" },
          { include: "#nameList" },
          { include: "#selectorList" },
          { include: "#factValues" },
          { include: "#factTest" },
          { include: "#choice" },
          { include: "#power" },
          {
            match: `\\b(when)\\s+(${NAME})\\s*(:)\\s*(${NAME})?`,
            captures: { 1: { name: "keyword.other.reserved.quorate" }, 2: { name: "variable.other.event.quorate" }, 3: { name: "punctuation.separator.colon.quorate" }, 4: { name: "variable.other.action.quorate" } },
          },
          // A trigger or a condition: the event or fact after `when` (or `and`, or `not`) is a name.
          { match: `\\b(when|and)\\s+(?:(not)\\s+)?${notAName.length > 0 ? `(?!${words(notAName)})` : ""}(${NAME})(?=\\s+(?:by|and|is)\\b|\\s*[:]|\\s+cite\\b|\\s*$)`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "keyword.other.quorate" }, 3: { name: "variable.other.name.quorate" } } },
          { match: `\\b(grouping)\\s+(${NAME})(?=\\s*")`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "entity.name.type.grouping.quorate" } } },
          { match: `\\b(escalation|appeal)\\s+(${NAME})(?=\\s*")`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "entity.name.type.route.quorate" } } },
          { match: `\\b(agency)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.agency.quorate" } } },
          { match: `\\b(jurisdiction)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.jurisdiction.quorate" } } },
          { match: `\\b(requires)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.role.quorate" } } },
          { match: `\\b(default)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.value.quorate" } } },
          { match: `^\\s*(?:(local)\\s+)?(?!${words(TEXT_STATEMENTS)})(${NAME})(?=\\s*")`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "entity.name.declaration.quorate" } } },
          { match: "\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b", name: "constant.numeric.date.quorate" },
          { match: "\\b\\d+\\b", name: "constant.numeric.integer.quorate" },
          { match: words(RESERVED_WORDS), name: "keyword.other.reserved.quorate" },
          { match: words(soft), name: "keyword.other.quorate" },
          { match: "[A-Za-z_][A-Za-z0-9_]*", name: "variable.other.name.quorate" },
          { match: "\\{", name: "punctuation.section.block.begin.quorate" },
          { match: "\\}", name: "punctuation.section.block.end.quorate" },
          { match: ":", name: "punctuation.separator.colon.quorate" },
          { match: ",", name: "punctuation.separator.comma.quorate" },
        ],
      },
      grouping: {
        begin: `\\b(grouping)\\s+(${NAME})\\s*("(?:[^"\\\\]|\\\\.)*")\\s*(\\{)`,
        beginCaptures: {
          1: { name: "keyword.other.quorate" },
          2: { name: "entity.name.type.grouping.quorate" },
          3: { name: "string.quoted.double.quorate" },
          4: { name: "punctuation.section.block.begin.quorate" },
        },
        end: "\\}",
        endCaptures: { 0: { name: "punctuation.section.block.end.quorate" } },
        ...nameList("variable.other.role.quorate"),
      },
      // A list runs on while a line ends with a comma, and ends before a word not preceded by one.
      nameList: {
        begin: "\\b(organisation|voting|discretion|vote)\\s*(:)",
        beginCaptures: { 1: { name: "keyword.other.quorate" }, 2: { name: "punctuation.separator.colon.quorate" } },
        end: LIST_END,
        ...nameList("variable.other.role.quorate"),
      },
      // People selected by role, agency or grouping: `sole representative of agency …`, `require one of roles …`, `by roles …`, `open to …`.
      selectorList: {
        // The spaces are taken with the selector's word, and only when a name follows, so the list cannot end before its first name.
        begin: `\\b(of|by|require|to)\\s+(agency|agencies|grouping|groupings|role|roles)\\s+(?=${NAME})`,
        beginCaptures: { 1: { name: "keyword.other.quorate" }, 2: { name: "keyword.other.quorate" } },
        end: LIST_END,
        ...nameList("variable.other.name.quorate"),
      },
      // A fact's values: `"Kind of conference": initial, review` (or `yes or no`, `a number`).
      factValues: {
        begin: '(?<=")(?:\\s+(for)\\s+(each)\\s+(child))?\\s*(:)',
        beginCaptures: { 1: { name: "keyword.other.quorate" }, 2: { name: "keyword.other.quorate" }, 3: { name: "keyword.other.quorate" }, 4: { name: "punctuation.separator.colon.quorate" } },
        end: LIST_END,
        patterns: [
          { match: "\\b(yes)\\s+(or)\\s+(no)\\b", captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "keyword.other.quorate" }, 3: { name: "keyword.other.quorate" } } },
          { match: "\\b(a)\\s+(number)\\b", captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "keyword.other.quorate" } } },
          ...nameList("variable.other.value.quorate").patterns,
        ],
      },
      // What a fact is tested against: `is review or transfer_in`, `is not pre_birth`, `is under 5`.
      factTest: {
        begin: "\\b(is)\\b",
        beginCaptures: { 1: { name: "keyword.other.quorate" } },
        end: '(?=\\s*(?:[:,"{}#]|\\b(?:and|cite)\\b|$))',
        patterns: [
          { match: "\\b(not|or|under|over)\\b", name: "keyword.other.quorate" },
          { match: "\\b\\d+\\b", name: "constant.numeric.integer.quorate" },
          { match: NAME, name: "variable.other.value.quorate" },
        ],
      },
      choice: {
        begin: `^\\s*(${NAME})\\s+(may)\\s+(sit)\\s+(with)\\b`,
        beginCaptures: { 1: { name: "variable.other.role.quorate" }, 2: { name: "keyword.other.quorate" }, 3: { name: "keyword.other.quorate" }, 4: { name: "keyword.other.quorate" } },
        end: `\\b(otherwise)\\s+(${NAME})|$`,
        endCaptures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.grouping.quorate" } },
        patterns: [
          { match: "\\bor\\b", name: "keyword.other.quorate" },
          { match: ",", name: "punctuation.separator.comma.quorate" },
          { match: NAME, name: "variable.other.grouping.quorate" },
        ],
      },
      // `"Holder" may action and action when event by roles …`.
      // `"Holder" may action and action`: what follows (`when` its trigger, `cite`) is read as anywhere else.
      power: {
        begin: '(?<=")\\s*\\b(may)\\b',
        beginCaptures: { 1: { name: "keyword.other.quorate" } },
        end: "(?=\\s*(?:\\bwhen\\b|\\bcite\\b|#|$))",
        patterns: [
          { match: "\\b(and)\\b", name: "keyword.other.quorate" },
          { match: NAME, name: "variable.other.action.quorate" },
        ],
      },
    },
  };
}
