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
import { KEYWORDS, RESERVED_WORDS } from "../../../grammar/tokens.js";

const NAME = "(?!(?:cite|ambiguity|reading|silent|when)\\b)[A-Za-z_][A-Za-z0-9_]*";
/** Words that open a statement with a quoted text, which a declaration line must not be mistaken for. */
const TEXT_STATEMENTS = ["document", "owner", "author", "current", "version", "vocabulary", "extends", "to", "cite", "ambiguity", "reading", "silent"];

const words = (list: readonly string[]) => `\\b(?:${[...list].sort((a, b) => b.length - a.length).join("|")})\\b`;

export function textmateGrammar(): Record<string, unknown> {
  const soft = KEYWORDS.filter((k) => !(RESERVED_WORDS as readonly string[]).includes(k));
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
          { include: "#groupingMembers" },
          { include: "#nameList" },
          { include: "#selectorList" },
          { include: "#choice" },
          { include: "#power" },
          {
            match: `\\b(when)\\s+(${NAME})\\s*(:)\\s*(${NAME})?`,
            captures: { 1: { name: "keyword.other.reserved.quorate" }, 2: { name: "variable.other.event.quorate" }, 3: { name: "punctuation.separator.colon.quorate" }, 4: { name: "variable.other.action.quorate" } },
          },
          { match: `\\b(grouping)\\s+(${NAME})(?=\\s*")`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "entity.name.type.grouping.quorate" } } },
          { match: `\\b(agency)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.agency.quorate" } } },
          { match: `\\b(jurisdiction)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.jurisdiction.quorate" } } },
          { match: `\\b(requires)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.quorate" }, 2: { name: "variable.other.role.quorate" } } },
          { match: `^\\s*(?!${words(TEXT_STATEMENTS)})(${NAME})(?=\\s*")`, captures: { 1: { name: "entity.name.declaration.quorate" } } },
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
      groupingMembers: {
        begin: '(?<=")\\s*(\\{)',
        beginCaptures: { 1: { name: "punctuation.section.block.begin.quorate" } },
        end: "\\}",
        endCaptures: { 0: { name: "punctuation.section.block.end.quorate" } },
        ...nameList("variable.other.role.quorate"),
      },
      // A list runs on while a line ends with a comma, and ends before a word not preceded by one.
      nameList: {
        begin: "\\b(organisation|voting|discretion|vote)\\s*(:)",
        beginCaptures: { 1: { name: "keyword.other.quorate" }, 2: { name: "punctuation.separator.colon.quorate" } },
        end: "(?<=[A-Za-z0-9_])(?=\\s+[A-Za-z_#])|(?<=[A-Za-z0-9_])\\s*$|(?=\\})",
        ...nameList("variable.other.role.quorate"),
      },
      selectorList: {
        begin: "\\b(of)\\s+(agency|agencies|grouping|groupings|role|roles)\\b",
        beginCaptures: { 1: { name: "keyword.other.quorate" }, 2: { name: "keyword.other.quorate" } },
        end: "(?<=[A-Za-z0-9_])(?=\\s+[A-Za-z_#])|(?<=[A-Za-z0-9_])\\s*$|(?=\\})",
        ...nameList("variable.other.name.quorate"),
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
      power: {
        begin: '(?<=")\\s*\\b(may)\\b',
        beginCaptures: { 1: { name: "keyword.other.quorate" } },
        end: "$",
        patterns: [
          { include: "#comment" },
          { include: "#string" },
          { match: "\\b(and)\\b", name: "keyword.other.quorate" },
          { match: `\\b(when)\\s+(${NAME})`, captures: { 1: { name: "keyword.other.reserved.quorate" }, 2: { name: "variable.other.event.quorate" } } },
          { match: "\\bcite\\b", name: "keyword.other.reserved.quorate" },
          { match: NAME, name: "variable.other.power.quorate" },
        ],
      },
    },
  };
}
