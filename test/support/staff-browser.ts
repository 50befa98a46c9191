// A TestBrowser for the back office that logs staff in through password and TOTP like a person with an
// authenticator app.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { totpCode, totpStep } from "../../src/kernel/identity/index.ts";
import { TestBrowser } from "./test-browser.ts";

export { csrfTokenOf } from "./test-browser.ts";

/** The TOTP secret as the set-up page shows it (grouped by four), without spaces. */
export function secretOnEnrolPage(page: LightMyRequestResponse): string {
  const grouped = /<code data-totp-secret="?[^>]*>([A-Z2-7 ]+)<\/code>/.exec(page.body)?.[1];
  if (!grouped) throw new Error(`no TOTP secret on the page (status ${page.statusCode})`);
  return grouped.replace(/ /g, "");
}

export class StaffBrowser extends TestBrowser {
  /** Each browser its own address, so the per-IP rate limit of one test does not hit another. */
  constructor(app: FastifyInstance, remoteAddress = `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
    super(app, remoteAddress);
  }

  /** First login of an account without an authenticator: password, set-up page, first code. Returns the secret and the step used. */
  async enrol(email: string, password: string): Promise<{ secret: string; step: number }> {
    const login = await this.submit("/verwaltung/anmelden", { email, password });
    if (login.headers.location !== "/verwaltung/anmelden/einrichten") throw new Error(`login went to ${String(login.headers.location)}`);
    const secret = secretOnEnrolPage(await this.get("/verwaltung/anmelden/einrichten"));
    const step = totpStep();
    const done = await this.submit("/verwaltung/anmelden/einrichten", { code: totpCode(secret, step) });
    if (done.headers.location !== "/verwaltung/wiederherstellungscodes") throw new Error(`set-up ended with ${done.statusCode}`);
    return { secret, step };
  }
}
