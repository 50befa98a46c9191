// How a role grant reads on a page: "Sachbearbeitung – KVR", "Redaktion (stadtweit)".
import type { RoleGrant } from "../kernel/identity/index.ts";
import { localized, type CatalogueSnapshot } from "../kernel/catalogue/index.ts";
import type { Locale } from "../platform/i18n/index.ts";
import { shellMessages } from "./shell-messages.ts";

export function roleLabel(grant: RoleGrant, locale: Locale, catalogue: CatalogueSnapshot): string {
  const m = shellMessages.in(locale);
  const role = m.role[grant.role] ?? grant.role;
  if (grant.departmentId === null) return `${role} (${m.platformWide})`;
  const department = catalogue.departments.get(grant.departmentId);
  return `${role} – ${department ? department.shortName || localized(department.name, locale) : grant.departmentId}`;
}
