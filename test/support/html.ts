// Helpers to read pages the way a person would: find headings, links, forms and their CSRF token.
import type { LightMyRequestResponse } from "fastify";
import { parse, type HTMLElement } from "node-html-parser";

export function html(response: LightMyRequestResponse | string): HTMLElement {
  return parse(typeof response === "string" ? response : response.body);
}

export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** Cookie header value built from a response's Set-Cookie headers (name=value pairs only). */
export function cookiesFrom(response: LightMyRequestResponse, previous = ""): string {
  const jar = new Map(previous.split("; ").filter(Boolean).map((c) => c.split("=") as [string, string]));
  for (const c of response.cookies as Array<{ name: string; value: string }>) jar.set(c.name, c.value);
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** The CSRF token of the first form on the page plus the cookie that goes with it. */
export function formSecrets(response: LightMyRequestResponse): { token: string; cookie: string } {
  const token = html(response).querySelector('input[name="_csrf"]')?.getAttribute("value");
  if (!token) throw new Error("page has no form with a CSRF token");
  return { token, cookie: cookiesFrom(response) };
}
