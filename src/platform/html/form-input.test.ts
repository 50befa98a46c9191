import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseFormInput } from "./index.ts";

const ContactInput = z.object({
  name: z.string().trim().min(2),
  email: z.email(),
  age: z.coerce.number().int().min(18),
  topic: z.enum(["lob", "kritik"]),
  note: z.string().max(5).optional(),
});

describe("parseFormInput", () => {
  it("returns the parsed data when the input is valid", () => {
    const r = parseFormInput(ContactInput, { name: " Eva ", email: "eva@beispiel.de", age: "30", topic: "lob", _csrf: "t" }, "de");
    expect(r).toEqual({ ok: true, data: { name: "Eva", email: "eva@beispiel.de", age: 30, topic: "lob" } });
  });

  it("says in plain German what to do for each field, keeps what was typed and drops the CSRF token", () => {
    const r = parseFormInput(ContactInput, { name: "", email: "eva@", age: "17", topic: "x", note: "zu lang hier", _csrf: "t" }, "de");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      name: "Bitte füllen Sie dieses Feld aus.",
      email: "Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.",
      age: "Der Wert muss mindestens 18 sein.",
      topic: "Bitte wählen Sie eine der angebotenen Möglichkeiten.",
      note: "Bitte geben Sie höchstens 5 Zeichen ein.",
    });
    expect(r.values).toEqual({ name: "", email: "eva@", age: "17", topic: "x", note: "zu lang hier" });
  });

  it("speaks English when asked and lets a message from the schema win", () => {
    const schema = z.object({ plz: z.string().regex(/^\d{5}$/, { error: "Postleitzahl: fünf Ziffern" }), name: z.string().min(1) });
    const r = parseFormInput(schema, { plz: "123" }, "en");
    expect(r.ok ? null : r.errors).toEqual({ plz: "Postleitzahl: fünf Ziffern", name: "Please fill in this field." });
  });
});
