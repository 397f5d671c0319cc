/**
 * The name under which the Studio records, with the User Timing API, the time from each
 * change to the policy's text to its problems being shown: read by the tests and by
 * `npm run bench` (bench/studio.mjs) with `performance.getEntriesByName`.
 */
export const LATENCY_MEASURE = "quorate:keystroke-to-diagnostics";
