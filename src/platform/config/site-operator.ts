// Who runs the installation (Impressum, privacy notice, accessibility contact): a JSON file named by
// SITE_OPERATOR_FILE, read and checked at start like every other setting. One file rather than two dozen
// SITE_OPERATOR_* variables: the data is nested (five bodies with addresses) and is kept, reviewed and
// versioned as one document by whoever is responsible for the legal pages.
import { readFileSync } from "node:fs";
import { z } from "zod";

const text = z.string().trim().min(1);

const PostalAddress = z.strictObject({ street: text, postalCode: z.string().regex(/^\d{5}$/, { message: "must be five digits" }), city: text });

const Body = z.strictObject({
  /** The body's own (German) name, e.g. "Landeshauptstadt München". */
  name: text,
  address: PostalAddress,
  email: z.email().optional(),
  phone: text.optional(),
  web: z.url({ protocol: /^https?$/ }).optional(),
});

export const SiteOperatorInput = z.strictObject({
  /** The public body responsible under § 5 DDG / § 18 MStV and the controller under Art. 4(7) GDPR. */
  operator: Body,
  /** Name of the person who represents the city (the Oberbürgermeister). */
  representativeName: text.optional(),
  /** VAT identification number (§ 5 (1) no. 6 DDG), if the body has one. */
  vatId: text.optional(),
  /** The state authority that supervises the city (Kommunalaufsicht). */
  supervisoryAuthority: Body,
  /** Responsible for the content under § 18 (2) MStV. */
  editorialContact: Body,
  /** The city's data protection officer (Art. 37 GDPR). */
  dataProtectionOfficer: Body,
  /** Where accessibility feedback goes: the address is required, every feedback is mailed there. */
  accessibilityContact: Body.extend({ email: z.email() }),
  /** How long the privacy notice promises to keep things; retention jobs must keep the same numbers. */
  retention: z.strictObject({ serverLogDays: z.number().int().min(1).max(365), accessibilityFeedbackYears: z.number().int().min(1).max(30) }),
  /** True for a demonstration installation: the pages say so prominently. Refused in production. */
  demo: z.boolean().default(false),
});

export type SiteOperator = z.output<typeof SiteOperatorInput>;
export type Body = z.output<typeof Body>;
export type PostalAddress = z.output<typeof PostalAddress>;

/** The site operator in the file, or a one-line problem (without the variable's name) to stop the start with. */
export function readSiteOperatorFile(path: string, production: boolean): SiteOperator | string {
  let raw: string;
  try {
    raw = readFileSync(path, "utf8");
  } catch {
    return `cannot be read (${path}) / kann nicht gelesen werden`;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return `is not valid JSON (${path}) / ist kein gültiges JSON`;
  }
  const parsed = SiteOperatorInput.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return `${issue.path.join(".") || "(file)"}: ${issue.message.replace(/\s+/g, " ")}`;
  }
  if (production && isPlaceholder(parsed.data)) {
    return "describes a demo operator (demo: true or an .example address), not allowed in production / beschreibt einen Demo-Betreiber, in Produktion nicht erlaubt";
  }
  return parsed.data;
}

/** A demo installation's data: flagged so, or with a contact address on the reserved .example domain (RFC 2606). */
function isPlaceholder(operator: SiteOperator): boolean {
  const bodies = [operator.operator, operator.supervisoryAuthority, operator.editorialContact, operator.dataProtectionOfficer, operator.accessibilityContact];
  const placeholder = (value: string | undefined) => value !== undefined && /\.example(\/|$)/i.test(value.replace(/^https?:\/\//, "").split("?")[0]!);
  return operator.demo || bodies.some((b) => placeholder(b.email) || placeholder(b.web));
}
