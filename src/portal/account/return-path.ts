// Where a login sends people afterwards (`?zurueck=`): a path on this site, in the login's own area (citizens
// outside the back office, staff inside it), never a login or logout page again. One rule for the password
// form, the passkey login and both OpenID Connect callbacks.
import { safeReturnPath } from "../../platform/i18n/index.ts";

export type LoginArea = "citizen" | "staff";

const home: Record<LoginArea, string> = { citizen: "/konto", staff: "/verwaltung" };
const loginOrLogout = /^\/(konto|verwaltung)\/(anmelden|abmelden)(\/|$)/;
const backOffice = /^\/verwaltung(\/|$)/;

export function loginReturnPath(value: unknown, area: LoginArea = "citizen"): string {
  // Longer than any page of ours: someone is trying something.
  if (typeof value !== "string" || value.length > 500) return home[area];
  const path = safeReturnPath(value);
  const pathname = path.split(/[?#]/, 1)[0]!;
  if (pathname === "/" || loginOrLogout.test(pathname) || backOffice.test(pathname) !== (area === "staff")) return home[area];
  return path;
}
