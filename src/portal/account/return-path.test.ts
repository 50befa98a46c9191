// The one return-path rule of every login: own site, own area, never back to a login or logout page.
import { describe, expect, it } from "vitest";
import { loginReturnPath } from "./return-path.ts";

describe("loginReturnPath", () => {
  it("keeps a page of the citizen's area with its query", () => {
    expect(loginReturnPath("/konto/postkorb?seite=2")).toBe("/konto/postkorb?seite=2");
    expect(loginReturnPath("/leistungen/personalausweis")).toBe("/leistungen/personalausweis");
  });

  it("sends citizens to /konto instead of another site, the start page, a login or logout page, or the back office", () => {
    for (const value of ["//boese.example/", "https://boese.example/", "/\t/boese.example", "/", "/konto/anmelden", "/konto/anmelden/oidc?zurueck=/x", "/konto/abmelden", "/verwaltung", "/verwaltung/mitarbeitende", undefined, 42, `/${"a".repeat(600)}`]) {
      expect(loginReturnPath(value), String(value)).toBe("/konto");
    }
  });

  it("keeps staff in the back office, and out of its login pages", () => {
    expect(loginReturnPath("/verwaltung/protokoll?aktion=staff.", "staff")).toBe("/verwaltung/protokoll?aktion=staff.");
    for (const value of ["/konto", "/verwaltung/anmelden", "/verwaltung/anmelden/code", "/verwaltungen", "//boese.example"]) {
      expect(loginReturnPath(value, "staff"), value).toBe("/verwaltung");
    }
  });
});
