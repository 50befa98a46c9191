// The citizen OIDC button's label, known once the OIDC routes are registered (undefined: no provider configured).
// Kept here because the login page renders LoginAlternatives without access to the configuration.
let citizenLabel: string | undefined;

export function setCitizenOidcLabel(label: string | undefined): void {
  citizenLabel = label;
}

export function citizenOidcLabel(): string | undefined {
  return citizenLabel;
}
