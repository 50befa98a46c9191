-- Growing staff lockouts: the failed step that starts a lockout records when it ends. Repeated lockouts of an
-- address within a day last longer (staff/login-attempts.ts); the rows go after 24 hours like every attempt.
alter table identity.staff_login_attempt add column locked_until timestamptz;
