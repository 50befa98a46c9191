// The shared select (used by the case pages and the catalogue editor): label, hint, chosen option, and the
// inline error with its screen-reader prefix wired to the select like the other fields.
import { describe, expect, it } from "vitest";
import { html, text } from "../../../../test/support/html.ts";
import { renderPage, SelectField, type PageContext } from "../index.ts";

const ctx = (locale: "de" | "en"): PageContext => ({
  locale,
  path: "/",
  site: { cityName: "München", officialLabel: { de: "Offiziell", en: "Official" }, mainNav: [], footerNav: [] },
  csrfToken: () => "token",
  viewer: undefined,
  assetVersion: "test",
});
const options = [{ value: "", label: "– keine –" }, { value: "kvr", label: "Kreisverwaltungsreferat" }, { value: "bau", label: "Baureferat" }];

describe("SelectField", () => {
  it("marks the chosen option and reads its error with the 'Fehler:' prefix, described by hint and error", () => {
    const doc = html(renderPage(ctx("de"), <SelectField name="referat" label="Referat" hint="Wer zuständig ist." error="Bitte wählen Sie eine der angebotenen Möglichkeiten." value="bau" options={options} />));
    const select = doc.querySelector("select#referat");
    expect(select?.getAttribute("name")).toBe("referat");
    expect(select?.getAttribute("aria-invalid")).toBe("true");
    expect(select?.getAttribute("aria-describedby")).toBe("referat-hinweis referat-fehler");
    expect(doc.querySelectorAll("option[selected]").map((o) => o.getAttribute("value"))).toEqual(["bau"]);
    expect(text(doc.querySelector('label[for="referat"]'))).toBe("Referat");
    expect(text(doc.querySelector("#referat-fehler .kern-sr-only"))).toBe("Fehler:");
    expect(text(doc.querySelector("#referat-fehler"))).toBe("Fehler: Bitte wählen Sie eine der angebotenen Möglichkeiten.");
  });

  it("without a value chooses the empty option, and without an error is not marked", () => {
    const doc = html(renderPage(ctx("en"), <SelectField name="referat" label="Department" options={options} />));
    const select = doc.querySelector("select#referat");
    expect(select?.hasAttribute("aria-invalid")).toBe(false);
    expect(select?.hasAttribute("aria-describedby")).toBe(false);
    expect(doc.querySelectorAll("option[selected]").map((o) => o.getAttribute("value"))).toEqual([""]);
    expect(doc.querySelector("#referat-fehler")).toBeNull();
  });
});
