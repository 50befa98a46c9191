// The city SSO's button for the staff login page (/verwaltung/anmelden): a plain link to the OIDC start route,
// so it works without JavaScript. Pass config.staffOidc?.label; without a configured SSO it renders nothing.
export function StaffOidcLoginButton({ label }: { label: string | undefined }) {
  if (!label) return null;
  return (
    <p class="kern-body">
      <a class="kern-btn kern-btn--secondary" href="/verwaltung/anmelden/oidc">
        <span class="kern-label">{label}</span>
      </a>
    </p>
  );
}
