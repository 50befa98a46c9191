// Issue #5's "Done when" as one journey in a real browser, with mail really delivered to an SMTP server on
// loopback by a job worker: a citizen registers and sends an enquiry to the KVR; KVR staff assign, note,
// start, publish an update and answer it; Baureferat staff neither see nor reach it. After each step the
// citizen sees the new state in "Meine Vorgänge", a Postkorb message and a content-free e-mail; the internal
// note never reaches them. axe-core checks every page on the way.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "../../src/kernel/identity/index.ts";
import { axeViolations, hasChromium, startBrowserHarness, type BrowserHarness, type WatchedPage } from "../support/browser.ts";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "../support/smtp.ts";
import { linkIn } from "../support/test-browser.ts";

const CITIZEN = { email: "journey.citizen@beispiel.de", password: "Wiesn-Abend am Nockherberg 2026", name: "Johanna Reiter" };
const STAFF_PASSWORD = "Stadttor-Demo-2026";
const KVR_STAFF = "sachbearbeitung.kvr@stadttor.example";
const KVR_STAFF_NAME = "Kim Berger (KVR)";
const BAU_STAFF = "sachbearbeitung.bau@stadttor.example";

const SUBJECT = "Sperrmüll vor der Hofeinfahrt";
const MESSAGE = "Seit zwei Wochen steht Sperrmüll vor unserer Hofeinfahrt in der Zenettistraße 12. Darf der dort bleiben?";
const NOTE = "INTERN: Anwohnerin hat schon zweimal angerufen, Hausverwaltung Zenettistraße informieren.";
const UPDATE = "Wir haben die Hausverwaltung gebeten, den Sperrmüll bis Freitag abholen zu lassen.";
const ANSWER = "Der Sperrmüll wurde am Freitag abgeholt. Vielen Dank für Ihren Hinweis.";

// Two shared cores can be busy: pages get a minute, mails half a minute (the worker polls every 0.5 s).
const PAGE_TIMEOUT = 60_000;
const MAIL_TIMEOUT = 30_000;
const STEP_TIMEOUT = 240_000;

describe.runIf(hasChromium)("a case's whole life in a browser (issue #5, Done when)", () => {
  let h: BrowserHarness;
  let smtp: TestSmtpServer;
  let citizen: WatchedPage;
  let kvr: WatchedPage;
  let reference = "";
  /** Postkorb messages the citizen had after the last step, newest first. */
  let postkorbIds: string[] = [];
  /** Every page the citizen saw, to prove at the end that the internal note was on none of them. */
  const citizenSaw: Array<{ url: string; text: string }> = [];

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    h = await startBrowserHarness({ env: { SMTP_URL: smtp.url }, deliverMail: true });
    citizen = await h.newPage();
    citizen.page.setDefaultTimeout(PAGE_TIMEOUT);
    kvr = await h.newPage();
    kvr.page.setDefaultTimeout(PAGE_TIMEOUT);
  });
  afterAll(async () => {
    await h?.close();
    await smtp?.close();
  });

  /** Opens `path` in `page`, expects 200 and no axe violations; the citizen's pages are also remembered. */
  async function visit(watched: WatchedPage, path: string): Promise<void> {
    const response = await watched.page.goto(path);
    expect(response?.status(), path).toBe(200);
    await checkPage(watched);
  }

  async function checkPage(watched: WatchedPage): Promise<void> {
    const url = watched.page.url();
    expect(await axeViolations(watched.page), url).toEqual([]);
    expect(watched.cspViolations, url).toEqual([]);
    if (watched === citizen) citizenSaw.push({ url, text: await watched.page.innerText("body") });
  }

  async function submit(page: Page, button: string, url: RegExp): Promise<void> {
    await Promise.all([page.waitForURL(url), page.click(button)]);
  }

  async function staffLogin(watched: WatchedPage, email: string): Promise<void> {
    const { page } = watched;
    await visit(watched, "/verwaltung/anmelden");
    await page.fill("#email", email);
    await page.fill("#password", STAFF_PASSWORD);
    // The demo staff have no authenticator yet: the first login sets one up, as a person would.
    await Promise.all([page.waitForURL(/\/verwaltung\/anmelden\/einrichten$/), page.press("#password", "Enter")]);
    await checkPage(watched);
    const secret = ((await page.textContent("[data-totp-secret]")) ?? "").replace(/\s/g, "");
    await page.fill("#code", totpCode(secret));
    await Promise.all([page.waitForURL(/\/verwaltung\/wiederherstellungscodes$/), page.press("#code", "Enter")]);
  }

  /** The case's row in "Meine Vorgänge": its state as the citizen reads it. */
  async function citizenListState(): Promise<string> {
    await visit(citizen, "/konto/vorgaenge");
    const row = citizen.page.locator(`tr[data-case="${reference}"]`);
    expect(await row.count()).toBe(1);
    return (await row.locator(".kern-badge").innerText()).trim();
  }

  /** The citizen's case page: its text (state, next step, timeline). */
  async function citizenCasePage(): Promise<string> {
    await visit(citizen, `/konto/vorgaenge/${reference}`);
    expect(await citizen.page.textContent("h1")).toBe(SUBJECT);
    return citizen.page.innerText("main");
  }

  /**
   * Opens the Postkorb, expects exactly one message more than after the last step with `subject`, opens it
   * (its text is returned) and waits for the e-mail that announces it: to the citizen, linking to that very
   * message, without anything of the case in it.
   */
  async function newPostkorbMessage(subject: string): Promise<{ body: string; mail: ReceivedMail }> {
    await visit(citizen, "/konto/postkorb");
    const ids = await citizen.page.locator("tr[data-message]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-message") ?? ""));
    const fresh = ids.filter((id) => !postkorbIds.includes(id));
    expect(fresh, `new Postkorb messages (had ${postkorbIds.length})`).toHaveLength(1);
    expect(ids).toHaveLength(postkorbIds.length + 1);
    postkorbIds = ids;
    const id = fresh[0]!;
    expect((await citizen.page.locator(`tr[data-message="${id}"]`).innerText()).replace(/\s+/g, " ")).toContain(subject);
    await submit(citizen.page, `a[href="/konto/postkorb/${id}"]`, new RegExp(`/konto/postkorb/${id}$`));
    await checkPage(citizen);
    expect(await citizen.page.textContent("main h1")).toBe(subject);
    const body = await citizen.page.innerText("main");

    const mail = await smtp.waitForMessage((m) => m.to.includes(CITIZEN.email) && m.text.includes(`/konto/postkorb/${id}`), MAIL_TIMEOUT);
    expect(mail.subject).toBe("Neue Nachricht in Ihrem Postkorb");
    for (const content of [reference, SUBJECT, MESSAGE, NOTE, UPDATE, ANSWER, CITIZEN.name]) {
      expect(mail.text, `mail for Postkorb message ${id}`).not.toContain(content);
      expect(mail.subject).not.toContain(content);
    }
    return { body, mail };
  }

  it("registers, confirms the address from the e-mail and logs in", async () => {
    const { page } = citizen;
    await visit(citizen, "/konto/registrieren");
    await page.fill("#email", CITIZEN.email);
    await page.fill("#password", CITIZEN.password);
    await page.fill("#displayName", CITIZEN.name);
    await submit(page, "form[action='/konto/registrieren'] button[type=submit]", /\/konto\/registrieren\/gesendet$/);
    await checkPage(citizen);

    const confirmation = await smtp.waitForMessage((m) => m.to.includes(CITIZEN.email), MAIL_TIMEOUT);
    expect(confirmation.subject).toBe("Bitte bestätigen Sie Ihre E-Mail-Adresse");
    const link = linkIn(confirmation.text, "/konto/bestaetigen");
    await visit(citizen, link);
    await submit(page, `form[action='${link}'] button[type=submit]`, /\/konto\/bestaetigt$/);
    await checkPage(citizen);

    await visit(citizen, "/konto/anmelden");
    await page.fill("#email", CITIZEN.email);
    await page.fill("#password", CITIZEN.password);
    await Promise.all([page.waitForURL(/\/konto$/), page.press("#password", "Enter")]);
    expect(await page.textContent("h1")).toBe(`Guten Tag, ${CITIZEN.name}`);
  }, STEP_TIMEOUT);

  it("sends an enquiry to the KVR, sees its reference, and is told in the Postkorb and by e-mail", async () => {
    const { page } = citizen;
    await visit(citizen, "/anfrage/neu");
    // Logged in, nobody asks for an address: the answer goes to the account.
    expect(await page.locator("#contactEmail").count()).toBe(0);
    await page.fill("#subject", SUBJECT);
    await page.fill("#message", MESSAGE);
    await page.selectOption("#department", "kvr");
    await submit(page, "form[action='/anfrage/neu'] button[type=submit]", /\/anfrage\/eingegangen\/A-\d{4}-\d{6}$/);
    await checkPage(citizen);
    const shown = /Aktenzeichen: (A-\d{4}-\d{6})/.exec((await page.textContent(".st-confirmation")) ?? "");
    expect(shown).not.toBeNull();
    reference = shown![1]!;
    expect(page.url()).toMatch(new RegExp(`/anfrage/eingegangen/${reference}$`));
    expect(await page.innerText("main")).toContain("Kreisverwaltungsreferat");

    expect(await citizenListState()).toBe("Bei uns eingegangen");
    const casePage = await citizenCasePage();
    expect(casePage).toContain(MESSAGE);
    expect(casePage).toContain("Kreisverwaltungsreferat");
    const { body } = await newPostkorbMessage(`Ihr Vorgang ${reference} ist eingegangen`);
    expect(body).toContain(`Aktenzeichen: ${reference}`);
  }, STEP_TIMEOUT);

  it("does not show the case to Baureferat staff: not in their inbox, 404 on its page and on its forms", async () => {
    const bau = await h.newPage();
    bau.page.setDefaultTimeout(PAGE_TIMEOUT);
    await staffLogin(bau, BAU_STAFF);
    for (const path of ["/verwaltung/vorgaenge", "/verwaltung/vorgaenge?status=alle", `/verwaltung/vorgaenge?q=${encodeURIComponent(reference)}&status=alle`]) {
      await visit(bau, path);
      expect(await bau.page.locator(`a[href="/verwaltung/vorgaenge/${reference}"]`).count(), path).toBe(0);
      expect(await bau.page.innerText("main"), path).not.toContain(SUBJECT);
    }
    const page = await bau.page.goto(`/verwaltung/vorgaenge/${reference}`);
    expect(page?.status()).toBe(404);
    expect(await bau.page.innerText("main")).not.toContain(SUBJECT);
    // Acting through a form of their own session (valid CSRF token) reaches nothing either.
    await bau.page.goto("/verwaltung/wiederherstellungscodes");
    const csrf = await bau.page.locator("input[name=_csrf]").first().inputValue();
    const forged = await bau.page.request.post(`/verwaltung/vorgaenge/${reference}/schritt`, { form: { _csrf: csrf, aktion: "start", version: "1" }, maxRedirects: 0 });
    expect(forged.status()).toBe(404);
    await bau.page.context().close();
  }, STEP_TIMEOUT);

  it("KVR staff find it in their inbox, assign it to themselves and write an internal note; the citizen is not told", async () => {
    const { page } = kvr;
    await staffLogin(kvr, KVR_STAFF);
    await visit(kvr, "/verwaltung/vorgaenge");
    await submit(page, `a[href="/verwaltung/vorgaenge/${reference}"]`, new RegExp(`/verwaltung/vorgaenge/${reference}$`));
    await checkPage(kvr);
    expect(await page.textContent("h1")).toContain(SUBJECT);
    expect(await page.textContent("h1 + p .kern-badge")).toBe("Eingegangen");

    await page.selectOption("#bearbeitung", { label: KVR_STAFF_NAME });
    await submit(page, "form[action$='/zuweisung'] button[type=submit]", /hinweis=assign/);
    await checkPage(kvr);
    expect(await page.textContent(".kern-alert")).toContain("Die Zuweisung wurde gespeichert.");
    expect(await page.innerText("section[aria-labelledby=angaben]")).toContain(KVR_STAFF_NAME);

    await page.fill("#notiz", NOTE);
    await submit(page, "form[action$='/notiz'] button[type=submit]", /hinweis=note/);
    await checkPage(kvr);
    expect(await page.textContent(".st-timeline")).toContain(NOTE);

    // Assignment and note are the city's business: same state, no new Postkorb message, no staff name.
    expect(await citizenListState()).toBe("Bei uns eingegangen");
    const casePage = await citizenCasePage();
    expect(casePage).not.toContain(NOTE);
    expect(casePage).not.toContain("Kim Berger");
    await visit(citizen, "/konto/postkorb");
    expect(await citizen.page.locator("tr[data-message]").count()).toBe(postkorbIds.length);
  }, STEP_TIMEOUT);

  it("starts processing: the citizen sees 'Wir kümmern uns darum', a Postkorb message and an e-mail", async () => {
    const { page } = kvr;
    await submit(page, "button[name=aktion][value=start]", /hinweis=state/);
    await checkPage(kvr);
    expect(await page.textContent("h1 + p .kern-badge")).toBe("In Bearbeitung");

    expect(await citizenListState()).toBe("Wir kümmern uns darum");
    const casePage = await citizenCasePage();
    expect(casePage).toContain("Wir kümmern uns darum");
    expect(casePage).toContain("Wir klären Ihre Anfrage");
    const { body } = await newPostkorbMessage(`Ihr Vorgang ${reference}: Wir kümmern uns darum`);
    expect(body).toContain("Wir kümmern uns darum");
  }, STEP_TIMEOUT);

  it("publishes an update: the citizen reads it on the case page and in the Postkorb, and gets an e-mail", async () => {
    const { page } = kvr;
    await page.fill("#mitteilung", UPDATE);
    await submit(page, "form[action$='/mitteilung'] button[type=submit]", /hinweis=update/);
    await checkPage(kvr);
    expect(await page.textContent(".st-timeline")).toContain(UPDATE);

    expect(await citizenListState()).toBe("Wir kümmern uns darum");
    const casePage = await citizenCasePage();
    expect(casePage).toContain(UPDATE);
    const { body } = await newPostkorbMessage(`Neuigkeiten zu Ihrem Vorgang ${reference}`);
    expect(body).toContain(UPDATE);
  }, STEP_TIMEOUT);

  it("answers and closes it with a comment: the citizen sees 'Beantwortet' with the answer, a Postkorb message and an e-mail", async () => {
    const { page } = kvr;
    await page.fill("#kommentar", ANSWER);
    await submit(page, "button[name=aktion][value=answer]", /hinweis=state/);
    await checkPage(kvr);
    expect(await page.textContent("h1 + p .kern-badge")).toBe("Beantwortet");
    expect(await page.textContent(".st-timeline")).toContain(ANSWER);

    expect(await citizenListState()).toBe("Beantwortet");
    const casePage = await citizenCasePage();
    expect(casePage).toContain(ANSWER);
    expect(casePage).toContain(UPDATE);
    // Closed enquiries take no replies: the page says so instead of offering the form.
    expect(await citizen.page.locator("form textarea#text").count()).toBe(0);
    const { body } = await newPostkorbMessage(`Ihr Vorgang ${reference}: Beantwortet`);
    expect(body).toContain(ANSWER);
  }, STEP_TIMEOUT);

  it("never showed the internal note to the citizen, and mailed them only the confirmation and one notice per step", async () => {
    expect(citizenSaw.length).toBeGreaterThan(10);
    for (const seen of citizenSaw) {
      expect(seen.text, seen.url).not.toContain(NOTE);
      expect(seen.text, seen.url).not.toContain("INTERN");
    }
    // created, started, update, answered: four Postkorb messages; assignment and note added none.
    expect(postkorbIds).toHaveLength(4);
    // Every mail is in the outbox the moment its step commits. The worker marks a row sent just after the
    // server's "250 OK", so the last one may still be on its way to "sent".
    const outbox = () => h.testApp.database.db.selectFrom("mail.outbox").select(["subject", "state"]).where("recipient", "=", CITIZEN.email).execute();
    expect((await outbox()).map((m) => m.subject).sort()).toEqual(["Bitte bestätigen Sie Ihre E-Mail-Adresse", ...Array<string>(4).fill("Neue Nachricht in Ihrem Postkorb")].sort());
    await expect.poll(async () => (await outbox()).map((m) => m.state), { timeout: MAIL_TIMEOUT }).toEqual(Array<string>(5).fill("sent"));
    const received = smtp.messages.filter((m) => m.to.includes(CITIZEN.email));
    expect(received).toHaveLength(5);
    for (const mail of received) expect(mail.text).not.toContain(NOTE);
  }, STEP_TIMEOUT);
});
