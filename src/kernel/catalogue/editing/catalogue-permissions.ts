// Who may edit and publish the catalogue: the city-wide editor role (platform admins may every declared action).
import { definePermissions } from "../../identity/index.ts";

export const catalogueActions = definePermissions("catalogue", {
  /** Open the editor, save working copies, create entries, see previews. */
  "catalogue.edit": { platformRoles: ["editor"] },
  /** Make working copies live, archive entries or bring them back as drafts. */
  "catalogue.publish": { platformRoles: ["editor"] },
});

export type CatalogueAction = (typeof catalogueActions)[number];
