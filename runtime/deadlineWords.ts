/**
 * A deadline in words ("within 15 working days", "2 working days before the conference"),
 * apart from the date arithmetic in dueDates.ts, which re-exports these: what only words
 * deadlines (the readable policy, the readings register) need not load the public holidays.
 */
import type { Deadline, Period } from "../compiler/ir.js";

export function periodInWords(period: Period): string {
  const unit = period.unit.replace("_", " ");
  return `${period.amount} ${period.amount === 1 ? unit.replace(/s$/, "") : unit}`;
}

export function deadlineInWords(deadline: Deadline | null): string {
  if (deadline === null) return "";
  if (deadline.kind === "immediately") return deadline.afterConference ? "immediately after the conference" : "immediately";
  if (deadline.kind === "as_soon_as_possible") return "as soon as possible";
  const amount = periodInWords(deadline);
  if (deadline.kind === "within") return `within ${amount}${deadline.then ? `, then every ${periodInWords(deadline.then)}` : ""}`;
  if (deadline.kind === "every") return `every ${amount}`;
  return `${amount} before the conference`;
}
