import { describe, expect, it } from "vitest";
import { didYouMean, partialMatches, rememberedDidYouMean } from "../../grammar/suggest.js";

const ROLES = ["children_social_worker", "adult_social_worker", "family_support_worker", "health_visitor", "school_nurse", "specialist_nurse", "police_officer", "primary_school", "secondary_school"];

describe("suggestions for an unknown name", () => {
  it("a misspelling gets the one name it is closest to", () => {
    expect(didYouMean("helth_visitor", ROLES)).toBe("did you mean `health_visitor`?");
  });

  it("a name that is part of others gets those, word for word", () => {
    expect(didYouMean("social_worker", ROLES)).toBe("did you mean `adult_social_worker` or `children_social_worker`?");
    expect(didYouMean("visitor", ROLES)).toBe("did you mean `health_visitor`?");
    expect(didYouMean("nurse", ROLES)).toBe("did you mean `school_nurse` or `specialist_nurse`?");
    expect(didYouMean("school", ROLES)).toBe("did you mean `school_nurse`, `primary_school` or `secondary_school`?");
  });

  it("words in another order or slightly misspelt still match; short words and unrelated names do not", () => {
    expect(partialMatches("worker_social", ROLES)).toEqual(["adult_social_worker", "children_social_worker"]);
    expect(partialMatches("socail_workers", ROLES)).toEqual(["adult_social_worker", "children_social_worker"]);
    expect(didYouMean("gp", ROLES)).toBeUndefined();
    expect(didYouMean("paediatrician", ROLES)).toBeUndefined();
  });
});

describe("rememberedDidYouMean", () => {
  it("answers as didYouMean does, the first time, the next, and past the number of answers it keeps", () => {
    const roles = new Set(["health_visitor", "school_nurse", "children_social_worker", "adult_social_worker"]);
    const words = ["helth_visitor", "social_worker", "nobody_at_all", ...Array.from({ length: 5000 }, (_, i) => `word_${i}`), "helth_visitor", "school_nurs"];
    for (const word of [...words, ...words]) expect(rememberedDidYouMean(roles, word, roles)).toBe(didYouMean(word, roles));
  });
});
