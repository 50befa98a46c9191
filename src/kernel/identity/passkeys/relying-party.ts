// Who we are to the browser's WebAuthn: the relying party id is the public host name (a passkey made for
// stadttor.muenchen.de works only there), and answers must come from exactly the public origin.
export interface RelyingParty {
  rpID: string;
  origin: string;
  rpName: string;
}

export function relyingParty(publicUrl: string, cityName: string): RelyingParty {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin, rpName: `Stadttor ${cityName}` };
}
