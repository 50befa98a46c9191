// Turns a page (JSX) into the HTML document sent to the browser.
import { h, type ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { PageContextHolder, type PageContext } from "./page-context.ts";

export function renderPage(ctx: PageContext, page: ComponentChildren): string {
  return "<!doctype html>" + renderToString(h(PageContextHolder.Provider, { value: ctx }, page));
}
