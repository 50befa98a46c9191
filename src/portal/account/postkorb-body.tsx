// Draws a message body from its parsed blocks. Every piece of the sender's text goes through preact as a
// text node or an attribute, so it is escaped: "<script>" in a message shows as those characters.
import { parseMessageBody, type Inline } from "../../kernel/mailbox/index.ts";

function InlineContent({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((part) => {
        if (part.kind === "break") return <br />;
        if (part.kind === "strong") return <strong>{part.text}</strong>;
        if (part.kind === "link") {
          return (
            <a class="kern-link" href={part.href} rel={part.external ? "noopener noreferrer" : undefined}>
              {part.text}
            </a>
          );
        }
        return part.text;
      })}
    </>
  );
}

export function MessageBody({ body }: { body: string }) {
  return (
    <div class="st-message-body">
      {parseMessageBody(body).map((block) =>
        block.kind === "paragraph" ? (
          <p class="kern-body">
            <InlineContent parts={block.content} />
          </p>
        ) : (
          <ul class="kern-list">
            {block.items.map((item) => (
              <li>
                <InlineContent parts={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
