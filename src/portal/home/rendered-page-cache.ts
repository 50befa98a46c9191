// Keeps the start page's rendered HTML per language, so that the most visited page is not rendered anew
// for every visitor: rendering was most of its cost (see docs/performance.md). The HTML depends only on
// the catalogue and the usage ranking (dropped when the version home-routes.ts builds from both moves) and on
// the page context checked below.
import type { PageContext } from "../../platform/html/index.ts";
import type { Locale } from "../../platform/i18n/index.ts";

/**
 * How each field of the page context may vary between requests. Adding a field to PageContext breaks
 * the build here on purpose: whoever adds it must decide whether a shared, cached page may show it.
 * - key: the cache key (locale), or fixed for cached pages (path: only the page's own bare path is cached)
 * - static: the same for every request of this app
 * - perRequest: must never be shared; a page whose rendering reads it is served but not cached
 * - anonymousOnly: only requests without it (nobody logged in) get or fill the shared page
 */
export const pageContextFields = {
  locale: "key",
  path: "key",
  site: "static",
  assetVersion: "static",
  csrfToken: "perRequest",
  viewer: "anonymousOnly",
} as const satisfies Record<keyof PageContext, "key" | "static" | "perRequest" | "anonymousOnly">;

const anonymousOnlyFields = Object.entries(pageContextFields)
  .filter(([, kind]) => kind === "anonymousOnly")
  .map(([name]) => name as keyof PageContext);

function shareable(ctx: PageContext, path: string): boolean {
  return ctx.path === path && anonymousOnlyFields.every((name) => ctx[name] === undefined);
}

const perRequestFields = Object.entries(pageContextFields)
  .filter(([, kind]) => kind === "perRequest")
  .map(([name]) => name as keyof PageContext);

/** The context as given, except that reading a per-request field is noticed. */
function watched(ctx: PageContext): { ctx: PageContext; readPerRequest: () => boolean } {
  let read = false;
  const copy = { ...ctx };
  for (const name of perRequestFields) {
    Object.defineProperty(copy, name, {
      enumerable: true,
      get() {
        read = true;
        return ctx[name];
      },
    });
  }
  return { ctx: copy, readPerRequest: () => read };
}

export class RenderedPageCache {
  #version = -1;
  // Kept as UTF-8 bytes: the page has umlauts, and encoding it for every response cost measurable time.
  readonly #pages = new Map<Locale, Buffer>();

  /**
   * @param path the page's own path; any other request URL (a query string, say) is rendered fresh,
   *   because the language switch carries the URL back, and caching every variant would let anyone
   *   fill memory.
   */
  constructor(private readonly path: string) {}

  /** The cached page for this request, rendered from catalogue `version`, if there is one. */
  get(version: number, ctx: PageContext): Buffer | undefined {
    return version === this.#version && shareable(ctx, this.path) ? this.#pages.get(ctx.locale) : undefined;
  }

  /** Renders the page for this request and keeps it when it may be shared. */
  render(version: number, ctx: PageContext, renderWith: (ctx: PageContext) => string): Buffer {
    const watch = watched(ctx);
    const html = Buffer.from(renderWith(watch.ctx), "utf8");
    // A request that waited for an older catalogue must not replace a newer page.
    if (shareable(ctx, this.path) && version >= this.#version && !watch.readPerRequest()) {
      if (version !== this.#version) {
        this.#pages.clear();
        this.#version = version;
      }
      this.#pages.set(ctx.locale, html);
    }
    return html;
  }
}
