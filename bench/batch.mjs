// Throughput and peak memory of `quorate eval --batch` and `quorate impact` on a long
// history: a seeded generator makes varied, valid conferences (4–12 attendees from the
// shared vocabulary, 1–2 children, chair input now and then) and pipes them into the
// real CLI as a child process, so no file of a gigabyte is written. The child's peak
// resident memory is its own getrusage maxRSS, written to a spare pipe as it exits.
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(new URL("..", import.meta.url).pathname);

const PRACTITIONERS = [
  "children_social_worker", "family_support_worker", "residential_carer", "adult_social_worker", "police_officer", "probation_officer",
  "youth_justice_worker", "housing_officer", "education_officer", "primary_school", "secondary_school", "nursery", "educational_psychologist",
  "early_years_worker", "health_visitor", "school_nurse", "midwife", "paediatric_nurse", "paediatrician", "gp", "camhs_practitioner",
  "speech_therapist", "specialist_nurse", "physiotherapist", "neonatal_outreach_nurse", "adult_mental_health_practitioner",
  "learning_disability_practitioner", "substance_misuse_worker", "voluntary_sector_worker", "other_agency",
];
const HEARD = ["parent", "parent", "family_member", "advocate", "child", "legal_representative", "cafcass_officer"];
const VIEWS = ["register", "register", "not_register", "abstain"];
const CHILD_NAMES = ["amy", "ben", "cai", "dee", "eli", "fay"];

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The conferences of a history, one JSON text each, the same for the same seed. */
export function* conferenceLines(count, seed = 6) {
  const random = seeded(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let i = 0; i < count; i++) {
    const first = Math.floor(random() * CHILD_NAMES.length);
    const ids = random() < 0.35 ? [CHILD_NAMES[first], CHILD_NAMES[(first + 1) % CHILD_NAMES.length]] : [CHILD_NAMES[first]];
    const children = ids.map((id) => (ids.length === 1 && random() < 0.1 ? { id, unborn: true } : { id }));
    const size = 4 + Math.floor(random() * 9);
    const attendees = [];
    for (let j = 0; j < size; j++) {
      const heard = random() < 0.2;
      const role = heard ? pick(HEARD) : pick(PRACTITIONERS);
      const attendee = { id: `a${j}`, role, organisation: `${role.split("_")[0]} ${1 + Math.floor(random() * 3)}` };
      if (ids.length === 2 && random() < 0.2) attendee.involvedWith = [pick(ids)];
      if (!heard && random() < 0.15) attendee.nominatedLead = true;
      if (!heard || random() < 0.5) attendee.views = Object.fromEntries(ids.map((id) => [id, pick(VIEWS)]));
      attendees.push(attendee);
    }
    const conference = { title: `Conference ${i + 1}`, children, attendees };
    const roll = random();
    if (roll < 0.5) conference.chair = { decides: Object.fromEntries(ids.map((id) => [id, random() < 0.6 ? "register" : "not_register"])) };
    else if (roll < 0.55) conference.chair = { override: { [ids[0]]: { outcome: "register", reason: "risk of harm" } }, authorisedToOverride: true };
    else if (roll < 0.58) conference.chair = { proceedWithoutQuorum: { reason: "known to two agencies only" } };
    else if (roll < 0.6) conference.chair = { defer: { [ids[0]]: { reason: "awaiting a medical report" } } };
    yield JSON.stringify(conference);
  }
}

const PEAK_REPORTER = `data:text/javascript,import { writeSync } from "node:fs"; process.on("exit", () => writeSync(3, String(process.resourceUsage().maxRSS)));`;

/** Pipes `count` generated conferences into `quorate <args> -` and measures the run. */
async function measure(args, count) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ["--import", PEAK_REPORTER, "bin/quorate.js", ...args, "-"], { cwd: root, stdio: ["pipe", "pipe", "pipe", "pipe"] });
  let stdoutBytes = 0;
  let records = 0;
  let stderr = "";
  let peakKiB = "";
  child.stdout.on("data", (chunk) => {
    stdoutBytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) records++;
  });
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdio[3].on("data", (chunk) => (peakKiB += chunk));
  const exited = new Promise((resolve) => child.on("close", (code) => resolve(code)));

  let inputBytes = 0;
  let batch = [];
  const send = async () => {
    const text = batch.join("\n") + "\n";
    batch = [];
    inputBytes += Buffer.byteLength(text);
    if (!child.stdin.write(text)) await new Promise((resolve) => child.stdin.once("drain", resolve));
  };
  for (const line of conferenceLines(count)) {
    batch.push(line);
    if (batch.length === 2000) await send();
  }
  if (batch.length > 0) await send();
  child.stdin.end();
  const code = await exited;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0 && code !== 1) throw new Error(`quorate ${args.join(" ")} exited ${code}: ${stderr}`);
  return { conferences: count, exitCode: code, seconds, conferencesPerSecond: Math.round(count / seconds), peakRssMiB: Number(peakKiB) / 1024, peakRssMB: (Number(peakKiB) * 1024) / 1e6, inputMB: inputBytes / 1e6, outputMB: stdoutBytes / 1e6, records };
}

/** How fast the generator alone runs, so the CLI's figures can be read against it. */
function generatorRate(count) {
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const line of conferenceLines(count)) bytes += line.length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { conferences: count, seconds, conferencesPerSecond: Math.round(count / seconds), meanLineBytes: Math.round(bytes / count) };
}

/**
 * eval --batch over 1,000,000 conferences (the acceptance: peak memory under
 * 200 MB), and impact over 100,000 (it validates and decides each conference twice, and
 * a million through both would take the benchmark past its two-minute budget on two
 * shared cores). The results name their counts.
 */
export async function batchBenchmarks({ evalCount = 1_000_000, impactCount = 100_000 } = {}) {
  const generator = generatorRate(50_000);
  const evalRun = await measure(["eval", "policies/mid-and-west-wales.policy", "--batch"], evalCount);
  const impactRun = await measure(["impact", "policies/mid-and-west-wales.policy", "policies/cwm-taf-morgannwg.policy", "--format", "json"], impactCount);
  const results = {
    method: "seeded generator piped into `node bin/quorate.js … -` (no file on disk); wall time from spawn to exit; peak memory is the child's getrusage maxRSS at exit",
    generator,
    evalBatch: { policy: "mid-and-west-wales", ...evalRun, peakUnder200MiB: evalRun.peakRssMiB < 200 },
    impact: { policies: "mid-and-west-wales → cwm-taf-morgannwg", ...impactRun },
  };
  const f = (r) => `${r.conferences.toLocaleString("en-GB")} conferences in ${r.seconds.toFixed(1)} s: ${r.conferencesPerSecond.toLocaleString("en-GB")} a second, peak RSS ${r.peakRssMiB.toFixed(0)} MiB (${r.peakRssMB.toFixed(0)} MB)`;
  console.log(`\neval --batch: ${f(evalRun)}\nimpact: ${f(impactRun)}\n(generator alone: ${generator.conferencesPerSecond.toLocaleString("en-GB")} conferences a second)`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1_000_000);
  console.log(JSON.stringify(await batchBenchmarks({ evalCount: count, impactCount: Math.min(count, 100_000) }), null, 2));
}
