// PostgreSQL text cannot hold U+0000: a NUL byte in any form field or query parameter would reach a query
// and fail there with a 500. Refused once, for every route, as the bad request it is.

/** Whether a parsed body or query holds a string with U+0000 (files as Buffers are left alone). */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (value === null || typeof value !== "object" || depth > 8 || Buffer.isBuffer(value)) return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (containsNul(item, depth + 1)) return true;
  return false;
}

/** The URL carries an encoded NUL in its path or query ("%00"). */
export function urlHasNul(url: string): boolean {
  return url.includes("%00") || url.includes("\u0000");
}
