/**
 * Quorate's library interface. The CLI is a thin layer over these.
 */
export { parse, type ParseResult } from "./grammar/parse.js";
export type { Diagnostic, Severity } from "./grammar/diagnostic.js";
export type { Range, Position } from "./grammar/location.js";
export { compile, compileFile, type CompileOptions, type CompileResult } from "./compiler/compile.js";
export { memoryHost, fileSystemHost, type CompileHost } from "./compiler/host.js";
export { PolicyIR, IR_FORMAT, policyJsonSchema } from "./compiler/ir.js";
export { ALL_CHECKS } from "./compiler/checks/index.js";
export { evaluate } from "./runtime/evaluate.js";
export { createEvaluator, createDecider, type Evaluator, type Decider, type EvaluatorOptions } from "./runtime/evaluator.js";
export { compileVersions, type CompiledVersion, type VersionsResult } from "./compiler/versions.js";
export { PolicyVersions, createVersionedEvaluator, createVersionedDecider, dateGiven, type PolicyVersion, type VersionChoice } from "./runtime/versions.js";
export { WorkingCalendar, dueDate, dueFrom, deadlineInWords, deadlineWithDue, dueInWords, longDate, dayOf, isoOf, HOLIDAYS_CONFIRMED_THROUGH, HOLIDAY_DATA_VERSION, type Closure, type DueDate, type Moment } from "./runtime/dueDates.js";
export { policyCalendar } from "./runtime/dating.js";
export { CalendarFile, calendarJsonSchema, readCalendar, CALENDAR_FORMAT } from "./runtime/calendarFile.js";
export { validateConference, parseJsonText, ConferenceInputError, type ConferenceProblem, type ConferenceCheck } from "./runtime/validateConference.js";
export { Conference, conferenceJsonSchema, CONFERENCE_FORMAT } from "./runtime/conference.js";
export { DecisionResult, ChildDecision, decisionJsonSchema, DECISION_FORMAT, type Verdict } from "./runtime/decision.js";
export { ScenarioFile, scenariosJsonSchema, compareChild } from "./runtime/scenario.js";
export { diff, DiffInputError, type DiffInput, type DiffOptions } from "./diff/diff.js";
export { DiffReport, diffJsonSchema, DIFF_FORMAT } from "./diff/report.js";
