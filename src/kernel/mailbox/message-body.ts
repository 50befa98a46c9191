// The tiny formatting a message body may use — paragraphs, line breaks, bullet lists, **bold** and links —
// parsed into a structure the page renders with escaped text. The sender can never put HTML on the page:
// nothing here produces markup, and a link only survives with an http(s) address or a path on this site.
export type Inline =
  | { kind: "text"; text: string }
  | { kind: "strong"; text: string }
  | { kind: "link"; text: string; href: string; external: boolean }
  | { kind: "break" };

export type Block = { kind: "paragraph"; content: Inline[] } | { kind: "list"; items: Inline[][] };

const bullet = /^\s*[-*]\s+/;
// [text](address), **bold**, or a bare http(s) address.
const inlinePattern = /\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^*\n]+)\*\*|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

function safeHref(address: string): { href: string; external: boolean } | undefined {
  if (/^\/(?![/\\])/.test(address)) return { href: address, external: false };
  try {
    const url = new URL(address);
    if (url.protocol === "https:" || url.protocol === "http:") return { href: url.href, external: true };
  } catch {
    // Not an address at all: the text stays as written.
  }
  return undefined;
}

function parseLine(line: string): Inline[] {
  const out: Inline[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.kind === "text") last.text += text;
    else out.push({ kind: "text", text });
  };
  let at = 0;
  for (const match of line.matchAll(inlinePattern)) {
    push(line.slice(at, match.index));
    at = match.index + match[0].length;
    const [whole, linkText, linkAddress, bold, bare] = match;
    if (linkText !== undefined && linkAddress !== undefined) {
      const safe = safeHref(linkAddress);
      if (safe) out.push({ kind: "link", text: linkText, ...safe });
      else push(whole);
    } else if (bold !== undefined) {
      out.push({ kind: "strong", text: bold });
    } else if (bare !== undefined) {
      const safe = safeHref(bare);
      if (safe) out.push({ kind: "link", text: bare, ...safe });
      else push(whole);
    }
  }
  push(line.slice(at));
  return out;
}

/** Splits a body into paragraphs (blank lines between) and bullet lists (lines starting with "- " or "* "). */
export function parseMessageBody(body: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of body.replace(/\r\n?/g, "\n").split(/\n\s*\n/)) {
    const lines = chunk.split("\n").filter((l) => l.trim() !== "");
    let paragraph: string[] = [];
    let list: string[] = [];
    const flushParagraph = () => {
      if (paragraph.length === 0) return;
      const content = paragraph.flatMap((l, i): Inline[] => (i === 0 ? parseLine(l.trim()) : [{ kind: "break" }, ...parseLine(l.trim())]));
      blocks.push({ kind: "paragraph", content });
      paragraph = [];
    };
    const flushList = () => {
      if (list.length === 0) return;
      blocks.push({ kind: "list", items: list.map((l) => parseLine(l.replace(bullet, "").trim())) });
      list = [];
    };
    for (const line of lines) {
      if (bullet.test(line)) {
        flushParagraph();
        list.push(line);
      } else {
        flushList();
        paragraph.push(line);
      }
    }
    flushParagraph();
    flushList();
  }
  return blocks;
}
