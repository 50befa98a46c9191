import { describe, expect, it } from "vitest";
import { html, text } from "../../../../test/support/html.ts";
import { renderPage, type PageContext } from "../index.ts";
import { Breadcrumbs, ConfirmationPanel, CsrfField, ErrorSummary, Pagination, RadioGroup, StatusTag, SummaryList, TextField } from "../index.ts";

const ctx: PageContext = {
  locale: "de",
  path: "/liste?seite=3",
  site: { cityName: "München", officialLabel: { de: "Offiziell", en: "Official" }, mainNav: [], footerNav: [] },
  csrfToken: () => "token",
  viewer: undefined,
  assetVersion: "test",
};
const render = (node: preact.ComponentChildren) => html(renderPage(ctx, node));

describe("shared components", () => {
  it("error summary links each problem to its field, and the field carries the inline error", () => {
    const doc = render(
      <>
        <ErrorSummary errors={{ email: "Bitte geben Sie eine gültige E-Mail-Adresse ein." }} />
        <TextField name="email" label="E-Mail" error="Bitte geben Sie eine gültige E-Mail-Adresse ein." value="x@" />
      </>,
    );
    expect(doc.querySelector('[role="alert"] a[href="#email"]')).not.toBeNull();
    const input = doc.querySelector("input#email");
    expect(input?.getAttribute("aria-invalid")).toBe("true");
    expect(input?.getAttribute("aria-describedby")).toBe("email-fehler");
    expect(input?.getAttribute("value")).toBe("x@");
    expect(text(doc.querySelector("#email-fehler"))).toBe("Fehler: Bitte geben Sie eine gültige E-Mail-Adresse ein.");
    expect(doc.querySelector('label[for="email"]')).not.toBeNull();
  });

  it("radio group: the first radio carries the field's id, the fieldset the hint and the inline error", () => {
    const options = [
      { value: "yes", label: "Ja" },
      { value: "no", label: "Nein" },
    ];
    const doc = render(
      <>
        <ErrorSummary errors={{ answer: "Bitte wählen Sie eine Antwort." }} />
        <RadioGroup name="answer" legend="Antwort gewünscht?" hint="Wir antworten per E-Mail." options={options} value="no" error="Bitte wählen Sie eine Antwort." required />
      </>,
    );
    const fieldset = doc.querySelector("fieldset");
    expect(text(fieldset?.querySelector("legend"))).toBe("Antwort gewünscht?");
    expect(fieldset?.getAttribute("aria-describedby")).toBe("answer-hinweis answer-fehler");
    expect(doc.querySelector('[role="alert"] a[href="#answer"]')).not.toBeNull();
    expect(doc.querySelectorAll('input[type="radio"]').map((r) => [r.id, r.getAttribute("value"), r.hasAttribute("checked"), r.hasAttribute("required")])).toEqual([
      ["answer", "yes", false, true],
      ["answer-no", "no", true, true],
    ]);
    expect(doc.querySelector('label[for="answer-no"]')?.textContent).toBe("Nein");
    expect(text(doc.querySelector("#answer-fehler"))).toBe("Fehler: Bitte wählen Sie eine Antwort.");
    const plain = render(<RadioGroup name="language" legend="Sprache" options={options} value={undefined} />).querySelector("fieldset");
    expect(plain?.hasAttribute("aria-describedby")).toBe(false);
    expect(plain?.querySelector("input")?.hasAttribute("required")).toBe(false);
  });

  it("the CSRF field carries the page's token under the name platform/http checks", () => {
    expect(render(<CsrfField />).querySelector('input[type="hidden"][name="_csrf"]')?.getAttribute("value")).toBe("token");
  });

  it("renders nothing for an empty error summary", () => {
    expect(render(<ErrorSummary errors={{}} />).querySelector('[role="alert"]')).toBeNull();
  });

  it("escapes what people typed", () => {
    const doc = render(<TextField name="q" label="Suche" value={'"><script>alert(1)</script>'} />);
    expect(doc.querySelectorAll("script").length).toBe(0);
    expect(doc.querySelector("input#q")?.getAttribute("value")).toBe('"><script>alert(1)</script>');
  });

  it("breadcrumbs mark the current page and link the rest", () => {
    const doc = render(<Breadcrumbs items={[{ href: "/", label: "Start" }, { href: "/leistungen", label: "Leistungen" }, { label: "Reisepass" }]} />);
    expect(doc.querySelectorAll("nav ol a").map((a) => a.getAttribute("href"))).toEqual(["/", "/leistungen"]);
    expect(text(doc.querySelector('[aria-current="page"]'))).toBe("Reisepass");
  });

  it("pagination links neighbours, first and last, and marks the current page", () => {
    const doc = render(<Pagination page={5} pages={9} hrefFor={(p) => `/liste?seite=${p}`} />);
    const hrefs = doc.querySelectorAll("nav a").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(["/liste?seite=4", "/liste?seite=1", "/liste?seite=4", "/liste?seite=6", "/liste?seite=9", "/liste?seite=6"]);
    expect(text(doc.querySelector('[aria-current="page"]'))).toContain("Seite 5 von 9");
    expect(render(<Pagination page={1} pages={1} hrefFor={() => "/"} />).querySelector("nav")).toBeNull();
  });

  it("summary list, status tag and confirmation panel say things in text, not only in colour", () => {
    const doc = render(
      <>
        <SummaryList rows={[{ key: "Name", value: "Eva", action: { href: "/aendern", label: "Ändern" } }]} />
        <StatusTag label="In Bearbeitung" tone="warning" />
        <ConfirmationPanel title="Meldung eingegangen" reference="M-2026-000001" />
      </>,
    );
    expect(text(doc.querySelector("dt"))).toBe("Name");
    expect(text(doc.querySelector("dd a"))).toBe("Ändern Name");
    expect(text(doc.querySelector(".kern-badge"))).toBe("In Bearbeitung");
    expect(text(doc.querySelector('[role="status"] h1'))).toBe("Meldung eingegangen");
  });
});
