// Demo staff: one per department plus administrators. Passwords are printed on start (never in production).
export const demoStaff = [
  { email: "sachbearbeitung.kvr@stadttor.example", name: "Kim Berger (KVR)", roles: [{ role: "staff", departmentId: "kvr" }] },
  { email: "sachbearbeitung.bau@stadttor.example", name: "Jonas Huber (Baureferat)", roles: [{ role: "staff", departmentId: "bau" }] },
  { email: "leitung.kvr@stadttor.example", name: "Aylin Demir (KVR, Leitung)", roles: [{ role: "staff", departmentId: "kvr" }, { role: "department-admin", departmentId: "kvr" }] },
  { email: "redaktion@stadttor.example", name: "Paula Schmid (Redaktion)", roles: [{ role: "editor", departmentId: null }] },
  { email: "admin@stadttor.example", name: "Plattform-Administration", roles: [{ role: "platform-admin", departmentId: null }] },
] as const;

export const DEMO_STAFF_PASSWORD = "Stadttor-Demo-2026";
