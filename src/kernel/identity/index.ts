// kernel/identity: accounts, roles, sessions and the Actor every use case receives.
import { fileURLToPath } from "node:url";
import type { MigrationSource } from "../../platform/db/index.ts";
import "./tables.ts";

export type { AccountKind, Role, SessionMethod } from "./tables.ts";
export { createStaffAccount, type StaffAccountInput } from "./create-staff-account.ts";
export { accountKind } from "./account-kind.ts";
export {
  anonymous,
  system,
  meetsTrustLevel,
  actorId,
  type Actor,
  type AnonymousActor,
  type CitizenActor,
  type StaffActor,
  type SystemActor,
  type RoleGrant,
  type TrustLevel,
} from "./actor.ts";
export { createSession, resolveSession, endSession, endAllSessions, completeSecondFactor, hashToken, type NewSession, type ResolvedSession } from "./sessions.ts";
export { sessionPolicies, type SessionPolicy } from "./session-policy.ts";
export { sessionPlugin, setSessionCookie, clearSessionCookie, actorFor, SESSION_COOKIE } from "./session-plugin.ts";

export { notificationPreferences, type NotificationPreferences } from "./citizen/notification-preferences.ts";
export { PASSWORD_MIN, PASSWORD_MAX, argon2Options, passwordProblem, hashPassword, type PasswordProblem } from "./citizen/password-policy.ts";
export { type AccountMailContext } from "./citizen/account-mails.ts";
export { registerCitizen, registerInput, type RegisterInput, type RegisterResult } from "./citizen/register-citizen.ts";
export { confirmEmail, confirmEmailChange, type ConfirmResult } from "./citizen/confirm-email.ts";
export { checkAccountToken, linkTokenPattern } from "./citizen/account-tokens.ts";
export { logIn, logInInput, type LogInInput, type LogInResult } from "./citizen/log-in.ts";
export { requestPasswordReset, requestPasswordResetInput, resetPassword, type SetPasswordResult } from "./citizen/reset-password.ts";
export { changePassword, changePasswordInput, requestEmailChange, changeEmailInput, type ChangePasswordInput, type ChangeEmailInput } from "./citizen/change-credentials.ts";
export { citizenProfile, updateProfile, updateProfileInput, type CitizenProfile, type UpdateProfileInput } from "./citizen/profile.ts";
export { logOut, logOutEverywhere, resendConfirmation } from "./citizen/citizen-sessions.ts";
export { exportPersonalData, eraseAccount } from "./citizen/personal-data-export.ts";
export { registerPersonalData, personalDataSources, type PersonalDataSource } from "./personal-data.ts";

// Staff login (password + TOTP), staff and roles, and the permission catalogue.
import "./staff/tables.ts";
export { can, definePermissions, departmentScope, declaredPermissions, type PermissionRule, type PermissionResource, type DepartmentScope } from "./permissions/catalogue.ts";
export { identityActions, departmentRoles, type IdentityAction } from "./permissions/identity-permissions.ts";
export { startStaffLogin, StaffLoginInput, type StaffLoginResult, type StaffLoginContext } from "./staff/start-staff-login.ts";
export { verifySecondFactor, pendingTotpSecret, hasConfirmedTotp, SecondFactorInput, type SecondFactorResult } from "./staff/second-factor.ts";
export { secretBox, type SecretBox } from "./staff/secret-box.ts";
export { totpCode, totpStep, otpauthUri, groupSecret } from "./staff/totp.ts";
export { STAFF_LOGIN_MAX_FAILURES, STAFF_LOCKOUT_MINUTES, staffLoginLockedUntil } from "./staff/login-attempts.ts";
export { unlockStaffLogin, mayUnlockStaffLogin, UnlockStaffLoginInput, type UnlockStaffLoginResult } from "./staff/unlock-staff-login.ts";
export { resetSecondFactor, mayResetSecondFactor, secondFactorSince, ResetSecondFactorInput, type ResetSecondFactorResult } from "./staff/reset-second-factor.ts";
export { listStaff, findManagedStaff, type StaffMember } from "./staff/list-staff.ts";
export { listDepartmentMembers, departmentMember, type DepartmentMember } from "./staff/department-members.ts";
export { grantRole, revokeRole, RoleChangeInput, departmentScopedRoles, type RoleChangeResult } from "./staff/change-role.ts";
export { createStaffMember, NewStaffMemberInput, PASSWORD_LINK_HOURS, type NewStaffMemberResult, type StaffMailDeps } from "./staff/create-staff-member.ts";
export { setStaffPassword, passwordLinkState, StaffPasswordInput, type PasswordLinkState } from "./staff/set-staff-password.ts";
export { accountLabels, accountIdByEmail } from "./staff/account-labels.ts";
// No createRecoveryCodes here: outside the module a new set is made only through the TOTP check.
export { unusedRecoveryCodes, RECOVERY_CODE_COUNT } from "./staff/recovery-codes.ts";
export { regenerateRecoveryCodes, type RegenerateRecoveryCodesResult } from "./staff/regenerate-recovery-codes.ts";

// Login through an OpenID Connect provider (BundID, the city's SSO) and with passkeys.
import "./oidc/tables.ts";
import "./passkeys/tables.ts";
export { trustLevelFromAcr } from "./oidc/trust-level.ts";
export { oidcAuthorization, exchangeOidcCode, OidcError, type OidcIdentity } from "./oidc/oidc-client.ts";
export { startOidcFlow, takeOidcFlow, OIDC_FLOW_MINUTES, type OidcFlow } from "./oidc/oidc-flow.ts";
export { logInWithOidc, type OidcLoginResult, type OidcLoginFailure } from "./oidc/log-in-with-oidc.ts";
export { recordOidcFailure, type OidcFlowFailure } from "./oidc/record-oidc-failure.ts";
export type { OidcAudience } from "./oidc/tables.ts";
export { relyingParty, type RelyingParty } from "./passkeys/relying-party.ts";
export { PasskeyRegistrationInput, PasskeyLoginInput } from "./passkeys/passkey-inputs.ts";
export { beginPasskeyRegistration, type BeginRegistrationResult } from "./passkeys/begin-passkey-registration.ts";
export { passkeyConfirmation, PasskeyConfirmationInput, RECENT_LOGIN_MINUTES, type PasskeyConfirmation } from "./passkeys/confirm-before-adding.ts";
export { registerPasskey, type RegisterPasskeyResult } from "./passkeys/register-passkey.ts";
export { beginPasskeyLogin } from "./passkeys/begin-passkey-login.ts";
export { logInWithPasskey, type PasskeyLoginResult } from "./passkeys/log-in-with-passkey.ts";
export { removePasskey } from "./passkeys/remove-passkey.ts";
export { listPasskeys, type PasskeySummary } from "./passkeys/list-passkeys.ts";
import { loginMethodsPersonalData } from "./passkeys/login-methods-personal-data.ts";
import { registerPersonalData as registerLoginMethods } from "./personal-data.ts";
registerLoginMethods(loginMethodsPersonalData);

// Retention: what logging in leaves behind goes once expired (scheduled by the app, ADR 0004).
export { deleteExpiredLoginData, identityRetention, LINK_RETENTION_DAYS_AFTER_EXPIRY, LOGIN_ATTEMPT_RETENTION_HOURS, type LoginDataCounts } from "./retention/delete-expired-login-data.ts";

export const identityMigrations: MigrationSource = { module: "identity", dir: fileURLToPath(new URL("./migrations", import.meta.url)) };
