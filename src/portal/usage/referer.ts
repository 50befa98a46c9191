// Which of our service pages a visitor came from, read from the Referer header alone: that is how "often
// used together" is counted without a cookie or any visitor id.
const servicePath = /^\/leistungen\/([a-z0-9-]+)\/?$/;

function hostnameOf(host: string): string | undefined {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return undefined;
  }
}

/** The service id of the referring page when it is a service page on this same host, else undefined. */
export function previousServiceId(referer: string | undefined, host: string): string | undefined {
  if (!referer) return undefined;
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    return undefined;
  }
  // Host names only: URL drops default ports, and behind a TLS proxy the Host header may carry none or another.
  if (url.hostname !== hostnameOf(host)) return undefined;
  return servicePath.exec(url.pathname)?.[1];
}
