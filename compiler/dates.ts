/**
 * Dates as policies write them: YYYY-MM-DD, or YYYY-MM when a protocol gives only the
 * month ("Endorsed April 2022"). Comparisons are made at the precision both dates share.
 */

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12 || year < 1900) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** Negative when `a` is earlier, positive when later, 0 when equal at their shared precision. */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const x = a.slice(0, length);
  const y = b.slice(0, length);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
