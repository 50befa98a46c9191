// sitemap.xml and robots.txt: every published page with its absolute address, for search engines.
import type { CatalogueSnapshot } from "../../kernel/catalogue/index.ts";

export interface SitemapEntry {
  path: string;
  lastModified?: Date;
}

/** The pages of the catalogue plus the site's fixed pages (`sitePaths`), start page first. */
export function sitemapEntries(catalogue: CatalogueSnapshot, sitePaths: readonly string[]): SitemapEntry[] {
  return [
    { path: "/" },
    { path: "/leistungen" },
    { path: "/lebenslagen" },
    { path: "/referate" },
    ...catalogue.alphabetical.de.map((s) => ({ path: `/leistungen/${s.id}`, lastModified: s.updatedAt })),
    ...catalogue.lifeSituations.map((ls) => ({ path: `/lebenslagen/${ls.id}` })),
    ...[...catalogue.departments.keys()].map((id) => ({ path: `/referate/${id}` })),
    ...[...catalogue.locations.keys()].map((id) => ({ path: `/standorte/${id}` })),
    ...sitePaths.map((path) => ({ path })),
  ];
}

function escapeXml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function sitemapXml(entries: readonly SitemapEntry[], publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, "");
  const urls = entries.map((e) => {
    const lastmod = e.lastModified ? `<lastmod>${e.lastModified.toISOString().slice(0, 10)}</lastmod>` : "";
    return `<url><loc>${escapeXml(base + e.path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** Staff and personal areas are no business of search engines; everything else may be crawled. */
export function robotsTxt(publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, "");
  return ["User-agent: *", "Disallow: /verwaltung", "Disallow: /konto", "Disallow: /suche", "Disallow: /leistungen/*/online", "", `Sitemap: ${base}/sitemap.xml`, ""].join("\n");
}
