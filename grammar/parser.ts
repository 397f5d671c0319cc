/**
 * The Quorate grammar as a Chevrotain CST parser.
 *
 * Each rule carries its production as a comment. Statements are keyword-led wherever
 * possible so that one token or two tell them apart; lists inside a statement are either
 * braced (`{ a b c }`) or comma-separated (`a, b, c`), so a list never runs into the next
 * statement. Error recovery is on: one run reports every syntax error.
 */
import { CstParser, EOF, tokenMatcher, type CstNode, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import { SECTION_KEYWORDS } from "./statementForms.js";
import { errorMessageProvider } from "./syntaxMessages.js";
import {
  allTokens,
  Colon,
  Comma,
  DateLiteral,
  Integer,
  kw,
  LCurly,
  Name,
  RCurly,
  StringLiteral,
} from "./tokens.js";

/**
 * After this many recorded syntax errors the parser gives up on the file. Recovering from
 * each error costs Chevrotain several exceptions, so a megabyte of broken statements would
 * take tens of seconds only for the first fifty errors to be shown; far fewer than this
 * many are ever reported (see MAX_SYNTAX_ERRORS in parse.ts).
 */
export const MAX_RECORDED_SYNTAX_ERRORS = 1000;

/** Thrown out of the parser once a file has more syntax errors than are worth recovering from. */
export class ParsingAbandoned extends Error {
  constructor(readonly token: IToken) {
    super("too many syntax errors");
  }
}

/** Chevrotain's hook for recording an error: not in its typings, but the one place every error passes. */
interface ErrorRecorder {
  SAVE_ERROR(error: IRecognitionException): IRecognitionException;
}

/** Chevrotain's re-synchronisation after an error (not in its typings): where to resume, and skipping to it. */
interface Resynchroniser {
  findReSyncTokenType(): TokenType;
  reSyncTo(type: TokenType): IToken[];
  flattenFollowSet(): TokenType[];
  LA(k: number): IToken;
  SKIP_TOKEN(): IToken;
}

const SECTION_WORDS = new Set<string>(SECTION_KEYWORDS);

/**
 * Recovery that keeps to the file's braces, so one mistake costs one error. Chevrotain
 * resumes at the first word that may follow the failed rule; left to itself, after
 * `police "Police" { police_officer }` (a grouping without `grouping`) it takes the `}` of
 * the list for the end of the section, or the `voting` of a later `not voting:` for a new
 * section, and reports a false error on a valid line. Here a `{` passed over takes its `}`
 * with it, and a section's word resumes a section only where `{` follows it.
 */
function keepRecoveryWithinBraces(parser: Resynchroniser): void {
  let distance = 1;
  parser.findReSyncTokenType = () => {
    const follows = parser.flattenFollowSet();
    let depth = 0;
    for (let k = 1; ; k++) {
      const token = parser.LA(k);
      if (token.tokenType === EOF) {
        distance = k;
        return EOF;
      }
      const match = depth === 0 ? follows.find((type) => tokenMatcher(token, type)) : undefined;
      const sectionWithoutBlock = SECTION_WORDS.has(token.image) && parser.LA(k + 1).tokenType !== LCurly;
      if (match && !sectionWithoutBlock) {
        distance = k;
        return match;
      }
      if (token.tokenType === LCurly) depth++;
      else if (token.tokenType === RCurly && depth > 0) depth--;
    }
  };
  // Skips to the very token the search above found (Chevrotain's own would stop at the
  // first token of its type, which may lie inside the braces passed over).
  parser.reSyncTo = () => {
    const skipped: IToken[] = [];
    for (let k = 1; k < distance; k++) {
      skipped.push(parser.LA(1));
      parser.SKIP_TOKEN();
    }
    return skipped;
  };
}

export class QuorateParser extends CstParser {
  /** Errors recorded in the current parse (`errors` copies its list on every read). */
  private recorded = 0;

  /**
   * `validate` runs Chevrotain's grammar validations (ambiguities, left recursion…) while
   * the parser is built. They cost tens of milliseconds of every start-up and can only
   * fail when the grammar itself is changed, so the shared parser skips them; the tests
   * and `npm run gen:cst` build the parser with them (test/grammar/grammarValidation.test.ts).
   */
  constructor(options: { validate?: boolean } = {}) {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 4,
      nodeLocationTracking: "onlyOffset",
      errorMessageProvider,
      skipValidations: !options.validate,
    });
    this.performSelfAnalysis();
    keepRecoveryWithinBraces(this as unknown as Resynchroniser);
    const recorder = this as unknown as ErrorRecorder;
    const save = recorder.SAVE_ERROR.bind(this);
    recorder.SAVE_ERROR = (error) => {
      if (++this.recorded > MAX_RECORDED_SYNTAX_ERRORS) throw new ParsingAbandoned(error.token);
      return save(error);
    };
  }

  override reset(): void {
    super.reset();
    this.recorded = 0;
  }

  // policyFile := header section*
  public policyFile = this.RULE("policyFile", () => {
    this.SUBRULE(this.header);
    this.MANY(() => this.SUBRULE(this.section));
  });

  // header := ("policy" | "base" | "vocabulary") Name String "{" headerStatement* "}"
  public header = this.RULE("header", () => {
    this.OR([
      { ALT: () => this.CONSUME(kw("policy")) },
      { ALT: () => this.CONSUME(kw("base")) },
      { ALT: () => this.CONSUME(kw("vocabulary")) },
    ]);
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.headerStatement));
    this.CONSUME(RCurly);
  });

  // headerStatement := jurisdiction | uses vocabulary | extends | supersedes | document | owner
  //                  | author | version | current | ambiguity | silent
  public headerStatement = this.RULE("headerStatement", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.jurisdictionStatement) },
      { ALT: () => this.SUBRULE(this.vocabularyStatement) },
      { ALT: () => this.SUBRULE(this.extendsStatement) },
      { ALT: () => this.SUBRULE(this.supersedesStatement) },
      { ALT: () => this.SUBRULE(this.documentStatement) },
      { ALT: () => this.SUBRULE(this.ownerStatement) },
      { ALT: () => this.SUBRULE(this.authorStatement) },
      { ALT: () => this.SUBRULE(this.versionStatement) },
      { ALT: () => this.SUBRULE(this.currentStatement) },
      { ALT: () => this.SUBRULE(this.ambiguityStatement) },
      { ALT: () => this.SUBRULE(this.silentStatement) },
    ]);
  });

  // jurisdictionStatement := "jurisdiction" Name citation?
  public jurisdictionStatement = this.RULE("jurisdictionStatement", () => {
    this.CONSUME(kw("jurisdiction"));
    this.CONSUME(Name);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // vocabularyStatement := "vocabulary" String citation?
  public vocabularyStatement = this.RULE("vocabularyStatement", () => {
    this.CONSUME(kw("vocabulary"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // extendsStatement := "extends" String citation?
  public extendsStatement = this.RULE("extendsStatement", () => {
    this.CONSUME(kw("extends"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // supersedesStatement := "supersedes" String citation?
  public supersedesStatement = this.RULE("supersedesStatement", () => {
    this.CONSUME(kw("supersedes"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // documentStatement := "document" String citation?
  public documentStatement = this.RULE("documentStatement", () => {
    this.CONSUME(kw("document"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // ownerStatement := "owner" String citation?
  public ownerStatement = this.RULE("ownerStatement", () => {
    this.CONSUME(kw("owner"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // authorStatement := "author" String citation?
  public authorStatement = this.RULE("authorStatement", () => {
    this.CONSUME(kw("author"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // versionStatement := "version" String? dateField* citation?
  public versionStatement = this.RULE("versionStatement", () => {
    this.CONSUME(kw("version"));
    this.OPTION(() => this.CONSUME(StringLiteral));
    this.MANY(() => this.SUBRULE(this.dateField));
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // dateField := ("dated" | "revised" | "approved" | "endorsed" | "review" | "effective") Date
  public dateField = this.RULE("dateField", () => {
    this.OR([
      { ALT: () => this.CONSUME(kw("dated")) },
      { ALT: () => this.CONSUME(kw("revised")) },
      { ALT: () => this.CONSUME(kw("approved")) },
      { ALT: () => this.CONSUME(kw("endorsed")) },
      { ALT: () => this.CONSUME(kw("review")) },
      { ALT: () => this.CONSUME(kw("effective")) },
    ]);
    this.CONSUME(DateLiteral);
  });

  // currentStatement := "current" String citation?
  public currentStatement = this.RULE("currentStatement", () => {
    this.CONSUME(kw("current"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // section := agencies | roles | categories | concerns | facts | events | actions | voting
  //          | quorum | decision | eligibility | obligations | powers | escalation | appeal
  //          | calendar
  public section = this.RULE("section", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.agenciesSection) },
      { ALT: () => this.SUBRULE(this.rolesSection) },
      { ALT: () => this.SUBRULE(this.categoriesSection) },
      { ALT: () => this.SUBRULE(this.concernsSection) },
      { ALT: () => this.SUBRULE(this.factsSection) },
      { ALT: () => this.SUBRULE(this.eventsSection) },
      { ALT: () => this.SUBRULE(this.actionsSection) },
      { ALT: () => this.SUBRULE(this.setsSection) },
      { ALT: () => this.SUBRULE(this.routeSection) },
      { ALT: () => this.SUBRULE(this.votingSection) },
      { ALT: () => this.SUBRULE(this.quorumSection) },
      { ALT: () => this.SUBRULE(this.decisionSection) },
      { ALT: () => this.SUBRULE(this.eligibilitySection) },
      { ALT: () => this.SUBRULE(this.obligationsSection) },
      { ALT: () => this.SUBRULE(this.powersSection) },
      { ALT: () => this.SUBRULE(this.calendarSection) },
    ]);
  });

  // calendarSection := "calendar" "{" (closureStatement | common)* "}"
  public calendarSection = this.RULE("calendarSection", () => {
    this.CONSUME(kw("calendar"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.closureStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // closureStatement := "closed" Date ("to" Date)? String? citation?
  public closureStatement = this.RULE("closureStatement", () => {
    this.CONSUME(kw("closed"));
    this.CONSUME(DateLiteral);
    this.OPTION(() => {
      this.CONSUME(kw("to"));
      this.CONSUME2(DateLiteral);
    });
    this.OPTION2(() => this.CONSUME(StringLiteral));
    this.OPTION3(() => this.SUBRULE(this.citation));
  });

  // agenciesSection := "agencies" "{" (agencyDeclaration | common)* "}"
  public agenciesSection = this.RULE("agenciesSection", () => {
    this.CONSUME(kw("agencies"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.agencyDeclaration) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // agencyDeclaration := Name String citation?
  public agencyDeclaration = this.RULE("agencyDeclaration", () => {
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // rolesSection := "roles" "{" (roleDeclaration | common)* "}"
  public rolesSection = this.RULE("rolesSection", () => {
    this.CONSUME(kw("roles"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.roleDeclaration) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // roleDeclaration := Name String ("agency" Name ("," "not" "voting" "by" "default")? | "not" "a" "practitioner") citation?
  public roleDeclaration = this.RULE("roleDeclaration", () => {
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("agency"));
          this.CONSUME2(Name);
          this.OPTION2(() => {
            this.CONSUME(Comma);
            this.CONSUME2(kw("not"));
            this.CONSUME(kw("voting"));
            this.CONSUME(kw("by"));
            this.CONSUME(kw("default"));
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("not"));
          this.CONSUME(kw("a"));
          this.CONSUME(kw("practitioner"));
        },
      },
    ]);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // categoriesSection := "categories" "{" categoryStatement* "}"
  public categoriesSection = this.RULE("categoriesSection", () => {
    this.CONSUME(kw("categories"));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.categoryStatement));
    this.CONSUME(RCurly);
  });

  // concernsSection := "concerns" "{" categoryStatement* "}"
  // Areas of concern (risk factors) are listed and chosen as categories are, apart from them.
  public concernsSection = this.RULE("concernsSection", () => {
    this.CONSUME(kw("concerns"));
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.categoryStatement));
    this.CONSUME(RCurly);
  });

  // categoryStatement := ambiguity | silent | multiple | concern | unranked | atLeastOne
  //                    | freeText | categoryDeclaration
  public categoryStatement = this.RULE("categoryStatement", () => {
    this.OR([
      // A declaration first: `unranked "…"` names a category, and `unranked` alone is the rule.
      { ALT: () => this.SUBRULE(this.categoryDeclaration) },
      { ALT: () => this.SUBRULE(this.ambiguityStatement) },
      { ALT: () => this.SUBRULE(this.silentStatement) },
      { ALT: () => this.SUBRULE(this.multipleStatement) },
      { ALT: () => this.SUBRULE(this.concernStatement) },
      { ALT: () => this.SUBRULE(this.unrankedStatement) },
      { ALT: () => this.SUBRULE(this.atLeastOneStatement) },
      { ALT: () => this.SUBRULE(this.freeTextStatement) },
    ]);
  });

  // unrankedStatement := "unranked" citation?
  public unrankedStatement = this.RULE("unrankedStatement", () => {
    this.CONSUME(kw("unranked"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // atLeastOneStatement := "at" "least" "one" "required" citation?
  public atLeastOneStatement = this.RULE("atLeastOneStatement", () => {
    this.CONSUME(kw("at"));
    this.CONSUME(kw("least"));
    this.CONSUME(kw("one"));
    this.CONSUME(kw("required"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // freeTextStatement := "free" "text" "allowed" citation?
  public freeTextStatement = this.RULE("freeTextStatement", () => {
    this.CONSUME(kw("free"));
    this.CONSUME(kw("text"));
    this.CONSUME(kw("allowed"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // multipleStatement := "multiple" ("allowed" | "not" "allowed") citation?
  public multipleStatement = this.RULE("multipleStatement", () => {
    this.CONSUME(kw("multiple"));
    this.OPTION(() => this.CONSUME(kw("not")));
    this.CONSUME(kw("allowed"));
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // concernStatement := ("primary" | "secondary") ("required" | "optional") citation?
  public concernStatement = this.RULE("concernStatement", () => {
    this.OR([
      { ALT: () => this.CONSUME(kw("primary")) },
      { ALT: () => this.CONSUME(kw("secondary")) },
    ]);
    this.OR2([
      { ALT: () => this.CONSUME(kw("required")) },
      { ALT: () => this.CONSUME(kw("optional")) },
    ]);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // categoryDeclaration := "local"? Name String citation?
  // `local` declares a category this policy uses that the shared vocabulary does not name.
  public categoryDeclaration = this.RULE("categoryDeclaration", () => {
    this.OPTION2(() => this.CONSUME(kw("local")));
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // votingSection := "voting" "{" votingStatement* "}"
  public votingSection = this.RULE("votingSection", () => {
    this.CONSUME(kw("voting"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.voteByStatement) },
        { ALT: () => this.SUBRULE(this.nominatedLeadStatement) },
        { ALT: () => this.SUBRULE(this.groupingDeclaration) },
        { ALT: () => this.SUBRULE(this.perOrganisationStatement) },
        { ALT: () => this.SUBRULE(this.othersStatement) },
        { ALT: () => this.SUBRULE(this.notVotingStatement) },
        { ALT: () => this.SUBRULE(this.discretionStatement) },
        { ALT: () => this.SUBRULE(this.choiceStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // voteByStatement := "vote" "by" ("grouping" | "agency" | "individual") citation?
  public voteByStatement = this.RULE("voteByStatement", () => {
    this.CONSUME(kw("vote"));
    this.CONSUME(kw("by"));
    this.OR([
      { ALT: () => this.CONSUME(kw("grouping")) },
      { ALT: () => this.CONSUME(kw("agency")) },
      { ALT: () => this.CONSUME(kw("individual")) },
    ]);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // nominatedLeadStatement := "nominated" "lead" "speaks" ("," "chair" "decides" "when" "disputed")? citation?
  public nominatedLeadStatement = this.RULE("nominatedLeadStatement", () => {
    this.CONSUME(kw("nominated"));
    this.CONSUME(kw("lead"));
    this.CONSUME(kw("speaks"));
    this.OPTION(() => {
      this.CONSUME(Comma);
      this.CONSUME(kw("chair"));
      this.CONSUME(kw("decides"));
      this.CONSUME(kw("when"));
      this.CONSUME(kw("disputed"));
    });
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // groupingDeclaration := "grouping" Name String "{" (Name ","?)* "}" citation?
  // Roles in a grouping are separated by spaces; a comma between them is accepted too,
  // since officers write lists with commas everywhere else.
  public groupingDeclaration = this.RULE("groupingDeclaration", () => {
    this.CONSUME(kw("grouping"));
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.CONSUME(LCurly);
    this.MANY(() => {
      this.CONSUME2(Name);
      this.OPTION2(() => this.CONSUME(Comma));
    });
    this.CONSUME(RCurly);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // choiceStatement := Name "may" "sit" "with" Name ("or" Name)+ "," "otherwise" Name citation?
  public choiceStatement = this.RULE("choiceStatement", () => {
    this.CONSUME(Name);
    this.CONSUME(kw("may"));
    this.CONSUME(kw("sit"));
    this.CONSUME(kw("with"));
    this.CONSUME2(Name);
    this.AT_LEAST_ONE(() => {
      this.CONSUME(kw("or"));
      this.CONSUME3(Name);
    });
    this.CONSUME(Comma);
    this.CONSUME(kw("otherwise"));
    this.CONSUME4(Name);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // perOrganisationStatement := "per" "organisation" ":" nameList citation?
  public perOrganisationStatement = this.RULE("perOrganisationStatement", () => {
    this.CONSUME(kw("per"));
    this.CONSUME(kw("organisation"));
    this.CONSUME(Colon);
    this.SUBRULE(this.nameList);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // othersStatement := "others" ("vote" "as" "their" "agency" | "vote" "at" "chair" "discretion"
  //                             | "do" "not" "vote") citation?
  public othersStatement = this.RULE("othersStatement", () => {
    this.CONSUME(kw("others"));
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("vote"));
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(kw("as"));
                this.CONSUME(kw("their"));
                this.CONSUME(kw("agency"));
              },
            },
            {
              ALT: () => {
                this.CONSUME(kw("at"));
                this.CONSUME(kw("chair"));
                this.CONSUME(kw("discretion"));
              },
            },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("do"));
          this.CONSUME(kw("not"));
          this.CONSUME2(kw("vote"));
        },
      },
    ]);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // notVotingStatement := "not" "voting" ":" nameList citation?
  public notVotingStatement = this.RULE("notVotingStatement", () => {
    this.CONSUME(kw("not"));
    this.CONSUME(kw("voting"));
    this.CONSUME(Colon);
    this.SUBRULE(this.nameList);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // discretionStatement := "at" "chair" "discretion" ":" nameList ("unless" "written" "report")? citation?
  public discretionStatement = this.RULE("discretionStatement", () => {
    this.CONSUME(kw("at"));
    this.CONSUME(kw("chair"));
    this.CONSUME(kw("discretion"));
    this.CONSUME(Colon);
    this.SUBRULE(this.nameList);
    this.OPTION(() => {
      this.CONSUME(kw("unless"));
      this.CONSUME(kw("written"));
      this.CONSUME(kw("report"));
    });
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // quorumSection := "quorum" "{" quorumStatement* "}"
  public quorumSection = this.RULE("quorumSection", () => {
    this.CONSUME(kw("quorum"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.minimumStatement) },
        { ALT: () => this.SUBRULE(this.requireStatement) },
        { ALT: () => this.SUBRULE(this.unbornStatement) },
        { ALT: () => this.SUBRULE(this.waiverStatement) },
        { ALT: () => this.SUBRULE(this.servicesStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // minimumStatement := "at" "least" Integer countOf ("with" "direct" "contact")?
  //                     ("present" | "taking" "part")? conditionClause? citation?
  public minimumStatement = this.RULE("minimumStatement", () => {
    this.CONSUME(kw("at"));
    this.CONSUME(kw("least"));
    this.CONSUME(Integer);
    this.SUBRULE(this.countOf);
    this.OPTION(() => {
      this.CONSUME(kw("with"));
      this.CONSUME(kw("direct"));
      this.CONSUME(kw("contact"));
    });
    this.OPTION3(() =>
      this.OR([
        { ALT: () => this.CONSUME(kw("present")) },
        {
          ALT: () => {
            this.CONSUME(kw("taking"));
            this.CONSUME(kw("part"));
          },
        },
      ]),
    );
    this.OPTION4(() => this.SUBRULE(this.conditionClause));
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // countOf := "agency" | "agencies" | "grouping" | "groupings" | "discipline" | "disciplines"
  //          | "of" selector
  public countOf = this.RULE("countOf", () => {
    this.OR([
      { ALT: () => this.CONSUME(kw("agency")) },
      { ALT: () => this.CONSUME(kw("agencies")) },
      { ALT: () => this.CONSUME(kw("grouping")) },
      { ALT: () => this.CONSUME(kw("groupings")) },
      { ALT: () => this.CONSUME(kw("discipline")) },
      { ALT: () => this.CONSUME(kw("disciplines")) },
      {
        ALT: () => {
          this.CONSUME(kw("of"));
          this.SUBRULE(this.selector);
        },
      },
    ]);
  });

  // requireStatement := "require" ("one" "of")? selector conditionClause? citation?
  public requireStatement = this.RULE("requireStatement", () => {
    this.CONSUME(kw("require"));
    this.OPTION(() => {
      this.CONSUME(kw("one"));
      this.CONSUME(kw("of"));
    });
    this.SUBRULE(this.selector);
    this.OPTION2(() => this.SUBRULE(this.conditionClause));
    this.OPTION3(() => this.SUBRULE(this.citation));
  });

  // unbornStatement := "unborn" "child" "requires" Name citation?
  public unbornStatement = this.RULE("unbornStatement", () => {
    this.CONSUME(kw("unborn"));
    this.CONSUME(kw("child"));
    this.CONSUME(kw("requires"));
    this.CONSUME(Name);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // waiverStatement := "chair" "may" "proceed" ("with" Integer countOf | "without" "quorum")
  //                    ("when" (String ("and" condition)? | condition))? ("," "rationale" "recorded")? citation?
  public waiverStatement = this.RULE("waiverStatement", () => {
    this.CONSUME(kw("chair"));
    this.CONSUME(kw("may"));
    this.CONSUME(kw("proceed"));
    this.OR2([
      {
        ALT: () => {
          this.CONSUME(kw("with"));
          this.CONSUME(Integer);
          this.SUBRULE(this.countOf);
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("without"));
          this.CONSUME(kw("quorum"));
        },
      },
    ]);
    this.OPTION(() => {
      this.CONSUME(kw("when"));
      this.OR([
        {
          ALT: () => {
            this.CONSUME(StringLiteral);
            this.OPTION4(() => {
              this.CONSUME(kw("and"));
              this.SUBRULE2(this.condition);
            });
          },
        },
        { ALT: () => this.SUBRULE(this.condition) },
      ]);
    });
    this.OPTION2(() => {
      this.CONSUME(Comma);
      this.CONSUME(kw("rationale"));
      this.CONSUME(kw("recorded"));
    });
    this.OPTION3(() => this.SUBRULE(this.citation));
  });

  // servicesStatement := "services" "within" "local" "authority" "count" "separately" citation?
  public servicesStatement = this.RULE("servicesStatement", () => {
    this.CONSUME(kw("services"));
    this.CONSUME(kw("within"));
    this.CONSUME(kw("local"));
    this.CONSUME(kw("authority"));
    this.CONSUME(kw("count"));
    this.CONSUME(kw("separately"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // decisionSection := "decision" "{" decisionStatement* "}"
  public decisionSection = this.RULE("decisionSection", () => {
    this.CONSUME(kw("decision"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.consensusStatement) },
        { ALT: () => this.SUBRULE(this.majorityStatement) },
        { ALT: () => this.SUBRULE(this.tieStatement) },
        { ALT: () => this.SUBRULE(this.boundStatement) },
        { ALT: () => this.SUBRULE(this.executiveStatement) },
        { ALT: () => this.SUBRULE(this.overrideStatement) },
        { ALT: () => this.SUBRULE(this.deferStatement) },
        { ALT: () => this.SUBRULE(this.abstentionStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // abstentionStatement := "abstention" "not"? "allowed" citation?
  public abstentionStatement = this.RULE("abstentionStatement", () => {
    this.CONSUME(kw("abstention"));
    this.OPTION(() => this.CONSUME(kw("not")));
    this.CONSUME(kw("allowed"));
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // consensusStatement := "consensus" "first" citation?
  public consensusStatement = this.RULE("consensusStatement", () => {
    this.CONSUME(kw("consensus"));
    this.CONSUME(kw("first"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // majorityStatement := "majority" "decides" citation?
  public majorityStatement = this.RULE("majorityStatement", () => {
    this.CONSUME(kw("majority"));
    this.CONSUME(kw("decides"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // tieStatement := ("tie" | "no" "majority" | "no" "consensus") ":" "chair" "decides" citation?
  public tieStatement = this.RULE("tieStatement", () => {
    this.OR([
      { ALT: () => this.CONSUME(kw("tie")) },
      {
        ALT: () => {
          this.CONSUME(kw("no"));
          this.OR2([{ ALT: () => this.CONSUME(kw("majority")) }, { ALT: () => this.CONSUME(kw("consensus")) }]);
        },
      },
    ]);
    this.CONSUME(Colon);
    this.CONSUME(kw("chair"));
    this.CONSUME(kw("decides"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // boundStatement := "chair" "bound" "by" "majority" citation?
  public boundStatement = this.RULE("boundStatement", () => {
    this.CONSUME(kw("chair"));
    this.CONSUME(kw("bound"));
    this.CONSUME(kw("by"));
    this.CONSUME(kw("majority"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // executiveStatement := "executive" "decision" "by" "chair" citation?
  public executiveStatement = this.RULE("executiveStatement", () => {
    this.CONSUME(kw("executive"));
    this.CONSUME(kw("decision"));
    this.CONSUME(kw("by"));
    this.CONSUME(kw("chair"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // overrideStatement := "chair" "may" "override" "majority" ("or" "unanimity")?
  //                      ("when" "authorised")? ("," "reasons" "recorded")? citation?
  public overrideStatement = this.RULE("overrideStatement", () => {
    this.CONSUME(kw("chair"));
    this.CONSUME(kw("may"));
    this.CONSUME(kw("override"));
    this.CONSUME(kw("majority"));
    this.OPTION(() => {
      this.CONSUME(kw("or"));
      this.CONSUME(kw("unanimity"));
    });
    this.OPTION2(() => {
      this.CONSUME(kw("when"));
      this.CONSUME(kw("authorised"));
    });
    this.OPTION3(() => this.SUBRULE(this.reasonsRecorded));
    this.OPTION4(() => this.SUBRULE(this.citation));
  });

  // deferStatement := "chair" "may" "defer" ("when" String)? ("," "reasons" "recorded")? citation?
  public deferStatement = this.RULE("deferStatement", () => {
    this.CONSUME(kw("chair"));
    this.CONSUME(kw("may"));
    this.CONSUME(kw("defer"));
    this.OPTION(() => {
      this.CONSUME(kw("when"));
      this.CONSUME(StringLiteral);
    });
    this.OPTION2(() => this.SUBRULE(this.reasonsRecorded));
    this.OPTION3(() => this.SUBRULE(this.citation));
  });

  // reasonsRecorded := "," "reasons" "recorded"
  public reasonsRecorded = this.RULE("reasonsRecorded", () => {
    this.CONSUME(Comma);
    this.CONSUME(kw("reasons"));
    this.CONSUME(kw("recorded"));
  });

  // eligibilitySection := "eligibility" "{" eligibilityStatement* "}"
  public eligibilitySection = this.RULE("eligibilitySection", () => {
    this.CONSUME(kw("eligibility"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.everyUnitStatement) },
        { ALT: () => this.SUBRULE(this.onlyInvolvedStatement) },
        { ALT: () => this.SUBRULE(this.siblingsStatement) },
        { ALT: () => this.SUBRULE(this.soleRepresentativeStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // everyUnitStatement := "every" "unit" "votes" "on" "every" "child" citation?
  public everyUnitStatement = this.RULE("everyUnitStatement", () => {
    this.CONSUME(kw("every"));
    this.CONSUME(kw("unit"));
    this.SUBRULE(this.votesOnEveryChild);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // votesOnEveryChild := "votes" "on" "every" "child"
  public votesOnEveryChild = this.RULE("votesOnEveryChild", () => {
    this.CONSUME(kw("votes"));
    this.CONSUME(kw("on"));
    this.CONSUME(kw("every"));
    this.CONSUME(kw("child"));
  });

  // onlyInvolvedStatement := "only" "involved" "units" "vote" (":" nameList)? conditionClause? citation?
  public onlyInvolvedStatement = this.RULE("onlyInvolvedStatement", () => {
    this.SUBRULE(this.onlyInvolvedUnitsVote);
    this.OPTION(() => {
      this.CONSUME(Colon);
      this.SUBRULE(this.nameList);
    });
    // `when siblings disagree:` on the next line is a statement of its own, not a condition.
    this.OPTION3({
      GATE: () => !(this.LA(2).tokenType === kw("siblings") && this.LA(3).tokenType === kw("disagree")),
      DEF: () => this.SUBRULE(this.conditionClause),
    });
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // onlyInvolvedUnitsVote := "only" "involved" "units" "vote"
  public onlyInvolvedUnitsVote = this.RULE("onlyInvolvedUnitsVote", () => {
    this.CONSUME(kw("only"));
    this.CONSUME(kw("involved"));
    this.CONSUME(kw("units"));
    this.CONSUME(kw("vote"));
  });

  // siblingsStatement := "when" "siblings" "disagree" ":" "only" "involved" "units" "vote" citation?
  public siblingsStatement = this.RULE("siblingsStatement", () => {
    this.CONSUME(kw("when"));
    this.CONSUME(kw("siblings"));
    this.CONSUME(kw("disagree"));
    this.CONSUME(Colon);
    this.SUBRULE(this.onlyInvolvedUnitsVote);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // soleRepresentativeStatement := "sole" "representative" "of" selector "votes" "on" "every" "child" citation?
  public soleRepresentativeStatement = this.RULE("soleRepresentativeStatement", () => {
    this.CONSUME(kw("sole"));
    this.CONSUME(kw("representative"));
    this.CONSUME(kw("of"));
    this.SUBRULE(this.selector);
    this.SUBRULE(this.votesOnEveryChild);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // selector := ("agency" | "agencies" | "grouping" | "groupings" | "role" | "roles") nameList | Name
  // A bare name is a set declared under `sets`; the kinds come first, so a set cannot be
  // called `roles` (a check says so).
  public selector = this.RULE("selector", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.OR2([
              { ALT: () => this.CONSUME(kw("agency")) },
              { ALT: () => this.CONSUME(kw("agencies")) },
              { ALT: () => this.CONSUME(kw("grouping")) },
              { ALT: () => this.CONSUME(kw("groupings")) },
              { ALT: () => this.CONSUME(kw("role")) },
              { ALT: () => this.CONSUME(kw("roles")) },
            ]);
            this.SUBRULE(this.nameList);
          },
        },
        { ALT: () => this.CONSUME(Name) },
      ],
    });
  });

  // setsSection := "sets" "{" (setDeclaration | common)* "}"
  public setsSection = this.RULE("setsSection", () => {
    this.CONSUME(kw("sets"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.setDeclaration) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // setDeclaration := Name String ":" selector citation?
  public setDeclaration = this.RULE("setDeclaration", () => {
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.CONSUME(Colon);
    this.SUBRULE(this.selector);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // obligationsSection := "obligations" "{" obligationStatement* "}"
  public obligationsSection = this.RULE("obligationsSection", () => {
    this.CONSUME(kw("obligations"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.obligationStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // obligationStatement := ("when" trigger ":")? Name String? ("to" String)? deadline? citation?
  public obligationStatement = this.RULE("obligationStatement", () => {
    this.OPTION(() => {
      this.CONSUME(kw("when"));
      this.SUBRULE(this.trigger);
      this.CONSUME(Colon);
    });
    this.CONSUME2(Name);
    this.OPTION2(() => this.CONSUME(StringLiteral));
    this.OPTION3(() => {
      this.CONSUME(kw("to"));
      this.CONSUME2(StringLiteral);
    });
    this.OPTION4(() => this.SUBRULE(this.deadline));
    this.OPTION5(() => this.SUBRULE(this.citation));
  });

  // deadline := "immediately" ("after" "conference")?
  //           | "as" "soon" "as" "possible"
  //           | "within" Integer timeUnit ("," "then" "every" Integer timeUnit)?
  //           | "every" Integer timeUnit
  //           | Integer timeUnit "before" "conference"
  public deadline = this.RULE("deadline", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("immediately"));
          this.OPTION(() => {
            this.CONSUME(kw("after"));
            this.CONSUME(kw("conference"));
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("as"));
          this.CONSUME(kw("soon"));
          this.CONSUME2(kw("as"));
          this.CONSUME(kw("possible"));
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("within"));
          this.CONSUME(Integer);
          this.SUBRULE(this.timeUnit);
          this.OPTION2(() => {
            this.CONSUME(Comma);
            this.CONSUME(kw("then"));
            this.CONSUME2(kw("every"));
            this.CONSUME4(Integer);
            this.SUBRULE4(this.timeUnit);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME(kw("every"));
          this.CONSUME2(Integer);
          this.SUBRULE2(this.timeUnit);
        },
      },
      {
        ALT: () => {
          this.CONSUME3(Integer);
          this.SUBRULE3(this.timeUnit);
          this.CONSUME(kw("before"));
          this.CONSUME2(kw("conference"));
        },
      },
    ]);
  });

  // timeUnit := "working" ("day" | "days") | "day" | "days" | "week" | "weeks"
  //           | "hour" | "hours" | "month" | "months"
  public timeUnit = this.RULE("timeUnit", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("working"));
          this.OR2([
            { ALT: () => this.CONSUME(kw("day")) },
            { ALT: () => this.CONSUME(kw("days")) },
          ]);
        },
      },
      { ALT: () => this.CONSUME2(kw("day")) },
      { ALT: () => this.CONSUME2(kw("days")) },
      { ALT: () => this.CONSUME(kw("week")) },
      { ALT: () => this.CONSUME(kw("weeks")) },
      { ALT: () => this.CONSUME(kw("hour")) },
      { ALT: () => this.CONSUME(kw("hours")) },
      { ALT: () => this.CONSUME(kw("month")) },
      { ALT: () => this.CONSUME(kw("months")) },
    ]);
  });

  // powersSection := "powers" "{" powerStatement* "}"
  public powersSection = this.RULE("powersSection", () => {
    this.CONSUME(kw("powers"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.powerStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // powerStatement := String "may" Name ("and" Name)* ("when" trigger)? citation?
  public powerStatement = this.RULE("powerStatement", () => {
    this.CONSUME(StringLiteral);
    this.CONSUME(kw("may"));
    this.CONSUME(Name);
    this.MANY(() => {
      this.CONSUME(kw("and"));
      this.CONSUME2(Name);
    });
    this.OPTION(() => {
      this.CONSUME(kw("when"));
      this.SUBRULE(this.trigger);
    });
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // factsSection := "facts" "{" (factDeclaration | common)* "}"
  public factsSection = this.RULE("factsSection", () => {
    this.CONSUME(kw("facts"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.factDeclaration) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // factDeclaration := Name String ("for" "each" "child")? ":" factValues ("default" (Name | Integer))? citation?
  public factDeclaration = this.RULE("factDeclaration", () => {
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.OPTION(() => {
      this.CONSUME(kw("for"));
      this.CONSUME(kw("each"));
      this.CONSUME(kw("child"));
    });
    this.CONSUME(Colon);
    this.SUBRULE(this.factValues);
    this.OPTION2(() => {
      this.CONSUME(kw("default"));
      this.OR([{ ALT: () => this.CONSUME2(Name) }, { ALT: () => this.CONSUME(Integer) }]);
    });
    this.OPTION3(() => this.SUBRULE(this.citation));
  });

  // factValues := "yes" "or" "no" | "a" "number" | nameList
  // A choice of one value is no choice, so `a number` and `yes or no` are always read as
  // the kinds of fact, even where a list of names could begin with those words.
  public factValues = this.RULE("factValues", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(kw("yes"));
            this.CONSUME(kw("or"));
            this.CONSUME(kw("no"));
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw("a"));
            this.CONSUME(kw("number"));
          },
        },
        { ALT: () => this.SUBRULE(this.nameList) },
      ],
    });
  });

  // eventsSection := "events" "{" (eventDeclaration | common)* "}"
  public eventsSection = this.RULE("eventsSection", () => {
    this.CONSUME(kw("events"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.eventDeclaration) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // eventDeclaration := Name String citation?
  public eventDeclaration = this.RULE("eventDeclaration", () => {
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // actionsSection := "actions" "{" (actionDeclaration | common)* "}"
  public actionsSection = this.RULE("actionsSection", () => {
    this.CONSUME(kw("actions"));
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.actionDeclaration) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // actionDeclaration := Name String ("lists" "dissenters" | "needs" "recipient")* citation?
  public actionDeclaration = this.RULE("actionDeclaration", () => {
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.MANY(() =>
      this.OR([
        {
          ALT: () => {
            this.CONSUME(kw("lists"));
            this.CONSUME(kw("dissenters"));
          },
        },
        {
          ALT: () => {
            this.CONSUME(kw("needs"));
            this.CONSUME(kw("recipient"));
          },
        },
      ]),
    );
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // routeSection := ("escalation" | "appeal") Name String "{" routeStatement* "}"
  public routeSection = this.RULE("routeSection", () => {
    this.OR([{ ALT: () => this.CONSUME(kw("escalation")) }, { ALT: () => this.CONSUME(kw("appeal")) }]);
    this.CONSUME(Name);
    this.CONSUME(StringLiteral);
    this.CONSUME(LCurly);
    this.MANY(() =>
      this.OR2([
        { ALT: () => this.SUBRULE(this.ambiguityStatement) },
        { ALT: () => this.SUBRULE(this.silentStatement) },
        { ALT: () => this.SUBRULE(this.opensStatement) },
        { ALT: () => this.SUBRULE(this.openToStatement) },
        { ALT: () => this.SUBRULE(this.groundsStatement) },
        { ALT: () => this.SUBRULE(this.startStatement) },
        { ALT: () => this.SUBRULE(this.approvalStatement) },
        { ALT: () => this.SUBRULE(this.meanwhileStatement) },
        { ALT: () => this.SUBRULE(this.stageStatement) },
      ]),
    );
    this.CONSUME(RCurly);
  });

  // opensStatement := "opens" "when" trigger citation?
  public opensStatement = this.RULE("opensStatement", () => {
    this.CONSUME(kw("opens"));
    this.CONSUME(kw("when"));
    this.SUBRULE(this.trigger);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // openToStatement := "open" "to" who conditionClause? citation?
  public openToStatement = this.RULE("openToStatement", () => {
    this.CONSUME(kw("open"));
    this.CONSUME(kw("to"));
    this.SUBRULE(this.who);
    this.OPTION(() => this.SUBRULE(this.conditionClause));
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // groundsStatement := "grounds" String citation?
  public groundsStatement = this.RULE("groundsStatement", () => {
    this.CONSUME(kw("grounds"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // startStatement := "start" "within" Integer timeUnit citation?
  public startStatement = this.RULE("startStatement", () => {
    this.CONSUME(kw("start"));
    this.CONSUME(kw("within"));
    this.CONSUME(Integer);
    this.SUBRULE(this.timeUnit);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // approvalStatement := "approval" "by" String citation?
  public approvalStatement = this.RULE("approvalStatement", () => {
    this.CONSUME(kw("approval"));
    this.CONSUME(kw("by"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // meanwhileStatement := "decision" ("stands" | "suspended") "meanwhile" citation?
  public meanwhileStatement = this.RULE("meanwhileStatement", () => {
    this.CONSUME(kw("decision"));
    this.OR([{ ALT: () => this.CONSUME(kw("stands")) }, { ALT: () => this.CONSUME(kw("suspended")) }]);
    this.CONSUME(kw("meanwhile"));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // stageStatement := "stage" String deadline? citation?
  public stageStatement = this.RULE("stageStatement", () => {
    this.CONSUME(kw("stage"));
    this.CONSUME(StringLiteral);
    this.OPTION(() => this.SUBRULE(this.deadline));
    this.OPTION2(() => this.SUBRULE(this.citation));
  });

  // trigger := Name ("by" who)? ("and" condition)?
  // The event that sets off a duty, a power or a route, with who it concerns and the facts
  // of the case it applies to.
  public trigger = this.RULE("trigger", () => {
    this.CONSUME(Name);
    this.OPTION(() => {
      this.CONSUME(kw("by"));
      this.SUBRULE(this.who);
    });
    this.OPTION2(() => {
      this.CONSUME(kw("and"));
      this.SUBRULE(this.condition);
    });
  });

  // who := "anyone" | "practitioners" | selector
  // `anyone` and `practitioners` come first: a set cannot take either name.
  public who = this.RULE("who", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        { ALT: () => this.CONSUME(kw("anyone")) },
        { ALT: () => this.CONSUME(kw("practitioners")) },
        { ALT: () => this.SUBRULE(this.selector) },
      ],
    });
  });

  // conditionClause := "when" condition
  public conditionClause = this.RULE("conditionClause", () => {
    this.CONSUME(kw("when"));
    this.SUBRULE(this.condition);
  });

  // condition := conditionAtom ("and" conditionAtom)*
  public condition = this.RULE("condition", () => {
    this.SUBRULE(this.conditionAtom);
    this.MANY(() => {
      this.CONSUME(kw("and"));
      this.SUBRULE2(this.conditionAtom);
    });
  });

  // conditionAtom := "not" Name | Name ("is" factTest)?
  public conditionAtom = this.RULE("conditionAtom", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(kw("not"));
          this.CONSUME(Name);
        },
      },
      {
        ALT: () => {
          this.CONSUME2(Name);
          this.OPTION(() => {
            this.CONSUME(kw("is"));
            this.SUBRULE(this.factTest);
          });
        },
      },
    ]);
  });

  // factTest := "under" Integer | Integer "or" "over" | "not"? Name ("or" Name)*
  // `under` and `not` followed by a number or a name read as the test, never as a value.
  public factTest = this.RULE("factTest", () => {
    this.OR({
      IGNORE_AMBIGUITIES: true,
      DEF: [
        {
          ALT: () => {
            this.CONSUME(kw("under"));
            this.CONSUME(Integer);
          },
        },
        {
          ALT: () => {
            this.CONSUME2(Integer);
            this.CONSUME(kw("or"));
            this.CONSUME(kw("over"));
          },
        },
        {
          ALT: () => {
            this.OPTION(() => this.CONSUME(kw("not")));
            this.CONSUME(Name);
            this.MANY(() => {
              this.CONSUME2(kw("or"));
              this.CONSUME2(Name);
            });
          },
        },
      ],
    });
  });

  // nameList := Name ("," Name)*
  public nameList = this.RULE("nameList", () => {
    this.AT_LEAST_ONE_SEP({ SEP: Comma, DEF: () => this.CONSUME(Name) });
  });

  // ambiguityStatement := "ambiguity" String "reading" String confirmation? citation?
  public ambiguityStatement = this.RULE("ambiguityStatement", () => {
    this.CONSUME(kw("ambiguity"));
    this.CONSUME(StringLiteral);
    this.CONSUME(kw("reading"));
    this.CONSUME2(StringLiteral);
    this.OPTION2(() => this.SUBRULE(this.confirmation));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // silentStatement := "silent" String confirmation? citation?
  public silentStatement = this.RULE("silentStatement", () => {
    this.CONSUME(kw("silent"));
    this.CONSUME(StringLiteral);
    this.OPTION2(() => this.SUBRULE(this.confirmation));
    this.OPTION(() => this.SUBRULE(this.citation));
  });

  // confirmation := "confirmed" "by" String "on" Date
  // A board's sign-off of the reading it takes where its protocol is ambiguous or silent.
  public confirmation = this.RULE("confirmation", () => {
    this.CONSUME(kw("confirmed"));
    this.CONSUME(kw("by"));
    this.CONSUME(StringLiteral);
    this.CONSUME(kw("on"));
    this.CONSUME(DateLiteral);
  });

  // citation := "cite" String
  public citation = this.RULE("citation", () => {
    this.CONSUME(kw("cite"));
    this.CONSUME(StringLiteral);
  });
}

let shared: QuorateParser | undefined;

/** The parser is stateful but reusable; building it runs grammar analysis, so build it once. */
export function sharedParser(): QuorateParser {
  shared ??= new QuorateParser();
  return shared;
}

export type { CstNode };
