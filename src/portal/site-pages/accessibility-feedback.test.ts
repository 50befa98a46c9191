// The accessibility feedback form end to end over HTTP: CSRF, validation with everything kept, post/redirect/get
// to a confirmation with a reference number, exactly one stored row, and the per-address rate limit.
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.ts";
import { formSecrets, html, text } from "../../../test/support/html.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const valid = { message: "Auf der Seite „Leistungen A–Z“ springt der Fokus nach dem Filtern an den Seitenanfang.", name: "Anna Huber", email: "anna.huber@example.org", answer: "yes" };

/** Each test posts from its own address: the rate limit counts per address and must not leak between tests. */
async function post(ip: string, body: Record<string, string>, options: { csrf?: boolean; locale?: "de" | "en" } = {}): Promise<LightMyRequestResponse> {
  const lang = options.locale === "en" ? "lang=en" : "";
  const page = await t.app.inject({ url: "/barrierefreiheit", remoteAddress: ip, headers: lang ? { cookie: lang } : {} });
  const { token, cookie } = formSecrets(page);
  const cookies = [cookie, lang].filter(Boolean).join("; ");
  const payload = new URLSearchParams(options.csrf === false ? body : { ...body, _csrf: token }).toString();
  return t.app.inject({
    method: "POST",
    url: "/barrierefreiheit/rueckmeldung",
    remoteAddress: ip,
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    payload,
  });
}

function storedRows() {
  return t.database.db.selectFrom("portal.accessibility_feedback").selectAll().orderBy("created_at").execute();
}

describe("accessibility feedback", () => {
  it("refuses a post without CSRF token with the German 403 page and stores nothing", async () => {
    const before = (await storedRows()).length;
    const res = await post("198.51.100.1", valid, { csrf: false });
    expect(res.statusCode).toBe(403);
    const doc = html(res);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("de");
    expect(text(doc.querySelector("h1"))).toBe("Ihre Eingabe konnte nicht sicher übermittelt werden");
    expect((await storedRows()).length).toBe(before);
  });

  it("shows the page again with 400, an error summary linking to each field, inline errors and everything typed kept", async () => {
    const res = await post("198.51.100.2", { message: "zu kurz", name: "Anna <b>Huber</b>", email: "anna@", answer: "yes" });
    expect(res.statusCode).toBe(400);
    const doc = html(res);
    expect(text(doc.querySelector("title"))).toMatch(/^Fehler: Erklärung zur Barrierefreiheit/);
    const summary = doc.querySelector(".st-error-summary");
    expect(summary).not.toBeNull();
    expect(text(summary?.querySelector('a[href="#message"]'))).toBe("Bitte beschreiben Sie das Problem mit mindestens 10 Zeichen.");
    expect(text(summary?.querySelector('a[href="#email"]'))).toBe("Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.");
    expect(summary?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toEqual(["#message", "#email"]);
    // Inline errors sit at their fields and are read with them.
    expect(text(doc.querySelector("#message-fehler"))).toContain("mindestens 10 Zeichen");
    expect(doc.querySelector("#message")?.getAttribute("aria-describedby")).toContain("message-fehler");
    expect(doc.querySelector("#message")?.getAttribute("aria-invalid")).toBe("true");
    expect(text(doc.querySelector("#email-fehler"))).toContain("gültige E-Mail-Adresse");
    // Everything typed is kept, escaped.
    expect(text(doc.querySelector("textarea#message"))).toBe("zu kurz");
    expect(doc.querySelector("input#name")?.getAttribute("value")).toBe("Anna <b>Huber</b>");
    expect(res.body).not.toContain("<b>Huber</b>");
    expect(doc.querySelector("input#email")?.getAttribute("value")).toBe("anna@");
    expect(doc.querySelector('input#answer[value="yes"]')?.hasAttribute("checked")).toBe(true);
    expect(doc.querySelector('input[name="_csrf"]')).not.toBeNull();
    expect(await storedRows()).toHaveLength(0);
  });

  it("asks for the missing choice, and for an e-mail address when an answer is wanted", async () => {
    const noChoice = html(await post("198.51.100.3", { message: valid.message }));
    expect(text(noChoice.querySelector('.st-error-summary a[href="#answer"]'))).toBe("Bitte wählen Sie aus, ob Sie eine Antwort möchten.");
    expect(noChoice.querySelector("fieldset")?.getAttribute("aria-describedby")).toBe("answer-fehler");
    const noAddress = await post("198.51.100.3", { message: valid.message, answer: "yes" });
    expect(noAddress.statusCode).toBe(400);
    expect(text(html(noAddress).querySelector('.st-error-summary a[href="#email"]'))).toContain("damit wir Ihnen antworten können");
    const english = html(await post("198.51.100.3", { message: "", answer: "no" }, { locale: "en" }));
    expect(text(english.querySelector('.st-error-summary a[href="#message"]'))).toBe("Please describe on which page you had which problem.");
    expect(await storedRows()).toHaveLength(0);
  });

  it("stores valid feedback once and redirects (303) to a confirmation with the reference number", async () => {
    const res = await post("198.51.100.4", valid);
    expect(res.statusCode).toBe(303);
    const location = String(res.headers.location);
    expect(location).toMatch(/^\/barrierefreiheit\/rueckmeldung\/[A-Za-z0-9_-]{24}$/);

    const rows = await storedRows();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.reference).toMatch(/^BF-\d{4}-\d{6}$/);
    expect(row).toMatchObject({ message: valid.message, name: "Anna Huber", email: "anna.huber@example.org", answer_wanted: true, locale: "de" });
    expect(row.created_at).toBeInstanceOf(Date);

    // Post/redirect/get: reading the confirmation (twice, as after a reload) stores nothing more.
    for (let i = 0; i < 2; i++) {
      const page = await t.app.inject({ url: location });
      expect(page.statusCode).toBe(200);
      const doc = html(page);
      expect(doc.querySelectorAll("h1").length).toBe(1);
      expect(text(doc.querySelector(".st-confirmation h1"))).toBe("Vielen Dank für Ihre Rückmeldung");
      expect(text(doc.querySelector(".st-confirmation__reference"))).toBe(`Ihre Vorgangsnummer: ${row.reference}`);
      expect(text(doc.querySelector("main"))).toContain("spätestens innerhalb von 6 Wochen");
      expect(text(doc.querySelector("main"))).not.toContain("Anna");
    }
    expect(await storedRows()).toHaveLength(1);
  });

  it("stores feedback without name and address when no answer is wanted, in English too", async () => {
    const res = await post("198.51.100.5", { message: "The contrast of the footer links is too low.", name: "", email: "  ", answer: "no" }, { locale: "en" });
    expect(res.statusCode).toBe(303);
    const row = (await storedRows()).at(-1)!;
    expect(row).toMatchObject({ name: null, email: null, answer_wanted: false, locale: "en" });
    const doc = html(await t.app.inject({ url: String(res.headers.location), cookies: { lang: "en" } }));
    expect(text(doc.querySelector(".st-confirmation__reference"))).toBe(`Your reference number: ${row.reference}`);
    expect(text(doc.querySelector("main"))).toContain("You did not ask for an answer.");
  });

  it("shows no confirmation for unknown or malformed receipt tokens", async () => {
    expect((await t.app.inject({ url: "/barrierefreiheit/rueckmeldung/AAAAAAAAAAAAAAAAAAAAAAAA" })).statusCode).toBe(404);
    expect((await t.app.inject({ url: "/barrierefreiheit/rueckmeldung/BF-2026-000001" })).statusCode).toBe(404);
  });

  it("answers the sixth post within a minute from one address with 429 and the German page", async () => {
    const ip = "203.0.113.9";
    for (let i = 0; i < 5; i++) expect((await post(ip, { message: "" })).statusCode).toBe(400);
    const sixth = await post(ip, valid);
    expect(sixth.statusCode).toBe(429);
    const doc = html(sixth);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe("de");
    expect(text(doc.querySelector("h1"))).toBe("Zu viele Anfragen");
    // Another address is not affected.
    expect((await post("203.0.113.10", { message: "" })).statusCode).toBe(400);
  });
});
