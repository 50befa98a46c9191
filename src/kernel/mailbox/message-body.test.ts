// The message formatting subset: what it turns into structure, and that nothing turns into markup.
import { describe, expect, it } from "vitest";
import { parseMessageBody } from "./message-body.ts";
import { nextState } from "./message-state.ts";

describe("parseMessageBody", () => {
  it("makes paragraphs from blank lines, line breaks from single ones, and lists from bullet lines", () => {
    expect(parseMessageBody("Guten Tag,\n\nbitte bringen Sie mit:\n- Ihren Ausweis\n* das Formular\n\nIhre Stadt\nMünchen")).toEqual([
      { kind: "paragraph", content: [{ kind: "text", text: "Guten Tag," }] },
      { kind: "paragraph", content: [{ kind: "text", text: "bitte bringen Sie mit:" }] },
      { kind: "list", items: [[{ kind: "text", text: "Ihren Ausweis" }], [{ kind: "text", text: "das Formular" }]] },
      { kind: "paragraph", content: [{ kind: "text", text: "Ihre Stadt" }, { kind: "break" }, { kind: "text", text: "München" }] },
    ]);
  });

  it("links http(s) addresses and paths on this site, bare or as [text](address), and keeps **bold**", () => {
    expect(parseMessageBody("Siehe [Ihr Anliegen](/anliegen/M-1), **wichtig**: https://muenchen.de/kvr.")).toEqual([
      {
        kind: "paragraph",
        content: [
          { kind: "text", text: "Siehe " },
          { kind: "link", text: "Ihr Anliegen", href: "/anliegen/M-1", external: false },
          { kind: "text", text: ", " },
          { kind: "strong", text: "wichtig" },
          { kind: "text", text: ": " },
          { kind: "link", text: "https://muenchen.de/kvr", href: "https://muenchen.de/kvr", external: true },
          { kind: "text", text: "." },
        ],
      },
    ]);
  });

  it("leaves links to other schemes and protocol-relative addresses as plain text", () => {
    for (const address of ["javascript:alert(1)", "//boese.example/x", "data:text/html,hi", "/\\boese.example"]) {
      const blocks = parseMessageBody(`[klick](${address})`);
      expect(blocks).toEqual([{ kind: "paragraph", content: [{ kind: "text", text: `[klick](${address})` }] }]);
    }
  });

  it("keeps HTML as text for the page to escape", () => {
    expect(parseMessageBody('<script>alert("x")</script>')).toEqual([{ kind: "paragraph", content: [{ kind: "text", text: '<script>alert("x")</script>' }] }]);
  });
});

describe("message state machine", () => {
  it("opens unread messages, archives from the inbox, and brings archived ones back as read", () => {
    expect(nextState("unread", "open")).toBe("read");
    expect(nextState("read", "open")).toBeUndefined();
    expect(nextState("unread", "archive")).toBe("archived");
    expect(nextState("read", "archive")).toBe("archived");
    expect(nextState("archived", "archive")).toBeUndefined();
    expect(nextState("archived", "unarchive")).toBe("read");
    expect(nextState("read", "unarchive")).toBeUndefined();
    expect(nextState("archived", "open")).toBeUndefined();
  });
});
