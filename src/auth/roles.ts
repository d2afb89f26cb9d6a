export const ROLES = ['volunteer', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Who may call a route: anyone, or at least this role. */
export type Access = 'public' | Role;

const RANK: Record<Role, number> = { volunteer: 1, staff: 2, admin: 3 };

export interface Actor {
  userId: number;
  email: string;
  role: Role;
  /** A read-only token: may read, never write, and sees public records only. */
  readOnly: boolean;
  tokenId: number | null;
}

export function hasRole(actor: Actor | null, needed: Role): boolean {
  return actor !== null && RANK[actor.role] >= RANK[needed];
}

/** Private and embargoed records are visible to signed-in users with full (not read-only) tokens. */
export function seesPrivate(actor: Actor | null): boolean {
  return actor !== null && !actor.readOnly;
}
