// How long sessions live. Staff hold more power, so their sessions end sooner when idle (BSI IT-Grundschutz
// ORP.4 asks for idle and absolute limits; the numbers follow common public-sector practice).
import type { AccountKind } from "./tables.ts";

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const sessionPolicies: Record<AccountKind, SessionPolicy> = {
  citizen: { idleMinutes: 30, absoluteHours: 12 },
  staff: { idleMinutes: 30, absoluteHours: 10 },
};

/** last_seen_at is written at most this often, so a busy session does not write on every request. */
export const TOUCH_INTERVAL_SECONDS = 60;
