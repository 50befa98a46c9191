// The cache's own rules, without an app: what it keeps, what it refuses to share, and when it forgets.
import { describe, expect, it } from "vitest";
import type { PageContext } from "../../platform/html/index.ts";
import { RenderedPageCache } from "./rendered-page-cache.ts";

function context(overrides: Partial<PageContext> = {}): PageContext {
  return {
    locale: "de",
    path: "/",
    site: { cityName: "München", officialLabel: { de: "", en: "" }, mainNav: [], footerNav: [] },
    assetVersion: "1",
    csrfToken: () => "token-of-this-visitor",
    viewer: undefined,
    ...overrides,
  };
}

describe("RenderedPageCache", () => {
  it("keeps one page per language and catalogue version", () => {
    const cache = new RenderedPageCache("/");
    cache.render(1, context(), () => "de v1");
    cache.render(1, context({ locale: "en" }), () => "en v1");
    expect(cache.get(1, context())?.toString()).toBe("de v1");
    expect(cache.get(1, context({ locale: "en" }))?.toString()).toBe("en v1");
    expect(cache.get(2, context())).toBeUndefined();
    cache.render(2, context(), () => "de v2");
    expect(cache.get(2, context())?.toString()).toBe("de v2");
    expect(cache.get(2, context({ locale: "en" }))).toBeUndefined();
  });

  it("renders but never keeps any other URL of the page, such as one with a query string", () => {
    const cache = new RenderedPageCache("/");
    expect(cache.render(1, context({ path: "/?x=1" }), (c) => `back to ${c.path}`).toString()).toBe("back to /?x=1");
    expect(cache.get(1, context({ path: "/?x=1" }))).toBeUndefined();
    expect(cache.get(1, context())).toBeUndefined();
  });

  it("never shares a page that used a per-request value such as the CSRF token", () => {
    const cache = new RenderedPageCache("/");
    const html = cache.render(1, context(), (c) => `<input value="${c.csrfToken()}">`);
    expect(html.toString()).toContain("token-of-this-visitor");
    expect(cache.get(1, context())).toBeUndefined();
  });

  it("does not let a request that waited for an older catalogue replace a newer page", () => {
    const cache = new RenderedPageCache("/");
    cache.render(2, context(), () => "new");
    cache.render(1, context(), () => "old");
    expect(cache.get(2, context())?.toString()).toBe("new");
  });

  it("serves and keeps the shared page only for people who are not logged in", () => {
    const cache = new RenderedPageCache("/");
    const eva = context({ viewer: { displayName: "Eva", links: [], logoutAction: "/konto/abmelden" } });
    expect(cache.render(1, eva, (c) => `Hallo ${c.viewer?.displayName}`).toString()).toBe("Hallo Eva");
    expect(cache.get(1, context())).toBeUndefined();
    cache.render(1, context(), () => "Anmelden");
    expect(cache.get(1, eva)).toBeUndefined();
    expect(cache.get(1, context())?.toString()).toBe("Anmelden");
  });
});
