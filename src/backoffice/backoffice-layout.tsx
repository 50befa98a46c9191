// The site frame for staff pages, with the back office's own navigation (Übersicht, Mitarbeitende,
// Protokoll). Only the areas the actor may open are listed: the same permission rules as the routes.
import type { ComponentChildren } from "preact";
import { can, departmentScope, type Actor } from "../kernel/identity/index.ts";
import { Layout, usePage } from "../platform/html/index.ts";
import { shellMessages } from "./shell-messages.ts";

export function staffAreas(actor: Actor) {
  const scope = departmentScope(actor, "staff.manage");
  const cases = departmentScope(actor, "case.read");
  return { staff: scope.all || scope.departmentIds.length > 0, audit: can(actor, "audit.read"), catalogue: can(actor, "catalogue.edit"), cases: cases.all || cases.departmentIds.length > 0 };
}

function NavItem({ href, label, current }: { href: string; label: string; current: boolean }) {
  return (
    <li>
      <a class="kern-link" href={href} aria-current={current ? "page" : undefined}>
        {label}
      </a>
    </li>
  );
}

export function BackofficeLayout({ actor, title, children, narrow }: { actor: Actor; title: string; children: ComponentChildren; narrow?: boolean }) {
  const { locale, path } = usePage();
  const m = shellMessages.in(locale);
  const p = path.split("?")[0] ?? "";
  const areas = staffAreas(actor);
  const nav = (
    <nav class="st-staffnav" aria-label={m.staffNav}>
      <ul>
        <NavItem href="/verwaltung" label={m.overview} current={p === "/verwaltung"} />
        {areas.cases ? <NavItem href="/verwaltung/vorgaenge" label={m.cases} current={p.startsWith("/verwaltung/vorgaenge")} /> : null}
        {areas.staff ? <NavItem href="/verwaltung/mitarbeitende" label={m.staff} current={p.startsWith("/verwaltung/mitarbeitende")} /> : null}
        {areas.catalogue ? <NavItem href="/verwaltung/katalog" label={m.catalogue} current={p.startsWith("/verwaltung/katalog")} /> : null}
        {areas.audit ? <NavItem href="/verwaltung/protokoll" label={m.auditLog} current={p.startsWith("/verwaltung/protokoll")} /> : null}
      </ul>
    </nav>
  );
  return (
    <Layout title={`${title} – ${m.backoffice}`} beforeContent={nav} narrow={narrow ?? false}>
      {children}
    </Layout>
  );
}
