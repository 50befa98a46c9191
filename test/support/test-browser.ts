// A browser-like client for app.inject() tests: keeps cookies, reads the CSRF token of a page's form and
// posts it the way a person's browser would.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";

function cookiesFrom(response: LightMyRequestResponse, previous: string): string {
  const jar = new Map(previous.split("; ").filter(Boolean).map((c) => c.split("=") as [string, string]));
  for (const c of response.cookies as Array<{ name: string; value: string }>) jar.set(c.name, c.value);
  return [...jar].filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).join("; ");
}

export function csrfTokenOf(page: LightMyRequestResponse): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`page has no form with a CSRF token (status ${page.statusCode})`);
  return token;
}

/** The path of a single-use link (…/<43-character token>) in a mail's text. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s]+(${path.replace(/\//g, "\\/")}/[A-Za-z0-9_-]{43})`).exec(text);
  if (!match) throw new Error(`no link to ${path} in mail`);
  return match[1]!;
}

export class TestBrowser {
  cookie = "";
  /** Pass an address of its own when per-IP rate limits of one test must not hit another. */
  constructor(
    protected readonly app: FastifyInstance,
    private readonly remoteAddress?: string,
  ) {}

  async get(url: string): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ url, remoteAddress: this.remoteAddress, headers: this.cookie ? { cookie: this.cookie } : {} });
    this.cookie = cookiesFrom(res, this.cookie);
    return res;
  }

  /** Opens `formPage`, fills in `fields` and sends its form to `action` (defaults to the page itself). */
  async submit(formPage: string, fields: Record<string, string>, action = formPage.split("?")[0]!): Promise<LightMyRequestResponse> {
    const token = csrfTokenOf(await this.get(formPage));
    return this.post(action, { _csrf: token, ...fields });
  }

  /** Posts without opening a form first (for forged requests, or with a token from elsewhere). */
  async post(action: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: "POST",
      url: action,
      remoteAddress: this.remoteAddress,
      headers: { cookie: this.cookie, "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(fields).toString(),
    });
    this.cookie = cookiesFrom(res, this.cookie);
    return res;
  }

  /** The session cookie's value, if logged in. */
  sid(): string | undefined {
    return new Map(this.cookie.split("; ").map((c) => c.split("=") as [string, string])).get("sid") || undefined;
  }
}
