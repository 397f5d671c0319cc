/**
 * Every input a chair can give, for generated conferences: the law tests and the
 * baselines' agreement test both need a chair who may decide, override (with or without
 * the board's authority), admit views, believe a decision unsafe, proceed without a
 * quorum or defer, on any subset of the children.
 */
import fc from "fast-check";
import type { Conference } from "../../runtime/conference.js";

const CHOICES = ["register", "not_register"] as const;

export function chairArbitrary(children: readonly string[], attendeeIds: readonly string[]): fc.Arbitrary<NonNullable<Conference["chair"]>> {
  const perChild = <T>(value: fc.Arbitrary<T>) => fc.dictionary(fc.constantFrom(...children), value, { maxKeys: children.length });
  return fc.record(
    {
      decides: perChild(fc.constantFrom(...CHOICES)),
      override: perChild(fc.record({ outcome: fc.constantFrom(...CHOICES), reason: fc.constant("the chair's reasons") })),
      authorisedToOverride: fc.boolean(),
      admits: fc.subarray([...attendeeIds]),
      believesUnsafe: fc.subarray([...children]),
      proceedWithoutQuorum: fc.constant({ reason: "essential information is available" }),
      defer: perChild(fc.constant({ reason: "exceptional circumstances" })),
    },
    { requiredKeys: [] },
  );
}
