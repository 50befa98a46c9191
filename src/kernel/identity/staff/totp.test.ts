// TOTP against the RFC 6238 vectors, drift and replay; the secret box round trip.
import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, matchTotp, newTotpSecret, totpCode, totpStep } from "./totp.ts";
import { secretBox } from "./secret-box.ts";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const rfcSecret = base32Encode(Buffer.from("12345678901234567890"));

describe("TOTP", () => {
  it("matches the RFC 6238 test vectors (last six digits)", () => {
    expect(totpCode(rfcSecret, totpStep(new Date(59_000)))).toBe("287082");
    expect(totpCode(rfcSecret, totpStep(new Date(1111111109_000)))).toBe("081804");
    expect(totpCode(rfcSecret, totpStep(new Date(20000000000_000)))).toBe("353130");
  });

  it("round-trips base32", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
  });

  it("accepts one step of drift either side, not two", () => {
    const at = new Date(1_800_000_000_000);
    const step = totpStep(at);
    const s = newTotpSecret();
    expect(matchTotp(s, totpCode(s, step - 1), null, at)).toBe(step - 1);
    expect(matchTotp(s, totpCode(s, step + 1), null, at)).toBe(step + 1);
    expect(matchTotp(s, totpCode(s, step - 2), null, at)).toBeUndefined();
    expect(matchTotp(s, "12345", null, at)).toBeUndefined();
  });

  it("refuses a step already used", () => {
    const at = new Date(1_800_000_000_000);
    const s = newTotpSecret();
    const code = totpCode(s, totpStep(at));
    expect(matchTotp(s, code, totpStep(at), at)).toBeUndefined();
  });
});

describe("secret box", () => {
  it("encrypts so that only the same app secret opens it", () => {
    const sealed = secretBox("a".repeat(40)).seal("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(secretBox("a".repeat(40)).open(sealed)).toBe("JBSWY3DPEHPK3PXP");
    expect(() => secretBox("b".repeat(40)).open(sealed)).toThrow();
  });
});
