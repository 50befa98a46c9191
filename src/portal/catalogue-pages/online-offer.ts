// Where a service's online button leads. The base components are not built yet; their entry pages say so.
import type { ServiceEntry } from "../../kernel/catalogue/index.ts";

const componentPaths = { form: "/formulare", appointment: "/termine", report: "/anliegen/neu" } as const;

/** The target of the online button, or null when the service has no usable online offer. */
export function onlineTarget(service: ServiceEntry): { href: string; external: boolean } | null {
  const kind = service.online?.kind ?? service.onlineKind;
  if (!kind) return null;
  if (kind === "external") return service.online?.url ? { href: service.online.url, external: true } : null;
  return { href: componentPaths[kind], external: false };
}

/** The counting redirect the button goes through (works without JavaScript). */
export function onlineStartPath(serviceId: string): string {
  return `/leistungen/${serviceId}/online`;
}
