/**
 * Every check, the loading of a policy and its lowering do work that grows with the
 * policy, never with its square: counted, not timed. Each hostile shape (hostileShapes.ts)
 * is compiled at two sizes, 4× apart, and the work each check does is counted: every
 * property of the syntax tree it reads (through a counting proxy over the tree) and every
 * edit distance it computes for a "did you mean". Four times the input may cost a little
 * over four times the work (n log n), never sixteen (a scan of everything for each thing,
 * which once took minutes on a 1 MB policy).
 */
import { describe, expect, it, vi } from "vitest";
import type { SourceFile } from "../../compiler/model.js";
import type { Diagnostic } from "../../grammar/diagnostic.js";

const work = { reads: 0, distances: 0 };

vi.mock("fastest-levenshtein", async (importOriginal) => {
  const actual = await importOriginal<{ distance: (a: string, b: string) => number }>();
  return {
    ...actual,
    distance: (a: string, b: string) => {
      work.distances++;
      return actual.distance(a, b);
    },
  };
});

// Loaded afresh so that the suggestions use the counting edit distance above.
vi.resetModules();
const { ALL_CHECKS } = await import("../../compiler/checks/index.js");
const { contextFor } = await import("../../compiler/checks/check.js");
const { loadPolicy } = await import("../../compiler/load.js");
const { PolicyModel } = await import("../../compiler/model.js");
const { buildScope } = await import("../../compiler/scope.js");
const { lowerPolicy } = await import("../../compiler/lower/index.js");
const { memoryHost } = await import("../../compiler/host.js");
const { BUNDLED_FILES, TODAY } = await import("../helpers/compileText.js");
const { HOSTILE_SHAPES } = await import("./hostileShapes.js");

/** The syntax tree behind a proxy that counts every property read, at any depth. */
function counted<T extends object>(root: T): T {
  const proxies = new WeakMap<object, object>();
  const wrap = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(value, {
        get(target, key, receiver) {
          work.reads++;
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  return wrap(root) as T;
}

/** The work of loading, of each check and of lowering, for one policy text. */
function workOf(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const measure = (name: string, run: () => void) => {
    work.reads = 0;
    work.distances = 0;
    try {
      run();
    } catch {
      // Lowering a policy with errors may fail; the work done until then still counts.
    }
    out.set(name, work.reads + work.distances);
  };
  const loaded = loadPolicy("policies/big.policy", text, memoryHost(BUNDLED_FILES));
  const plain = loaded.model;
  if (!plain) throw new Error(`the shape did not parse: ${loaded.diagnostics[0]?.message ?? ""}`);
  const wrapped = new Map<SourceFile, SourceFile>();
  const wrap = (file: SourceFile): SourceFile => {
    const found = wrapped.get(file) ?? { ...file, ast: counted(file.ast) };
    wrapped.set(file, found);
    return found;
  };
  let model = plain;
  let scope = buildScope(plain);
  measure("loading (model and scope)", () => {
    model = new PolicyModel(wrap(plain.root), plain.bases.map(wrap), plain.vocabulary && wrap(plain.vocabulary));
    scope = buildScope(model);
  });
  const diagnostics: Diagnostic[] = [];
  for (const check of ALL_CHECKS) measure(`${check.code} ${check.title}`, () => check.run(contextFor(check, model, scope, TODAY, diagnostics)));
  measure("lowering", () => lowerPolicy(model, scope));
  return out;
}

const SMALL = 500;
const LARGE = SMALL * 4;

describe("the work of each check grows with the policy, not with its square", () => {
  for (const [shape, generate] of Object.entries(HOSTILE_SHAPES)) {
    it(`${shape}: 4× the size, at most about 4× the work`, () => {
      const small = workOf(generate(SMALL));
      const large = workOf(generate(LARGE));
      const tooMuch: string[] = [];
      for (const [step, done] of large) {
        const before = small.get(step) ?? 0;
        // n log n passes (4 × log 2000 / log 500 ≈ 4.9); n² would be 16.
        if (done > 5.5 * before + 2_000) tooMuch.push(`${step}: ${before} → ${done} (${(done / Math.max(before, 1)).toFixed(1)}×)`);
      }
      expect(tooMuch).toEqual([]);
    });
  }
});
