/**
 * The requester profile that signs letters: the organisation's default and each user's optional
 * override. A letter takes each field from the request owner's override where it has one, else from
 * the organisation's; a field neither has is reported as missing by the letter.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { audit } from '../audit/log.js';
import type { Actor } from '../auth/roles.js';
import type { Db } from '../db/index.js';
import { requesterProfiles } from '../db/schema.js';
import { noControlCharacters } from '../jurisdictions/schemas.js';
import type { ProfileFields } from './values.js';

const line = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noControlCharacters, 'must not contain control characters')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const profileFields = z
  .object({
    name: line(200),
    organisation: line(300),
    postalAddress: line(1000).describe('Several lines'),
    phone: line(50),
    email: z.email().max(320).nullable().optional(),
    signature: line(2000).describe('The signature block; the name and organisation when absent'),
  })
  .strict();
export type ProfileInput = z.infer<typeof profileFields>;

const FIELDS = ['name', 'organisation', 'postalAddress', 'phone', 'email', 'signature'] as const;

/** Whose profile: the organisation's default, or one user's override. */
export type ProfileOwner = 'organisation' | { userId: number };

const ownerKey = (o: ProfileOwner) => (o === 'organisation' ? 'organisation' : `user:${o.userId}`);

type ProfileRow = typeof requesterProfiles.$inferSelect;

function row(db: Pick<Db, 'select'>, owner: ProfileOwner): ProfileRow | undefined {
  return db
    .select()
    .from(requesterProfiles)
    .where(eq(requesterProfiles.owner, ownerKey(owner)))
    .get();
}

export function profileView(r: ProfileRow | undefined) {
  return {
    name: r?.name ?? null,
    organisation: r?.organisation ?? null,
    postalAddress: r?.postalAddress ?? null,
    phone: r?.phone ?? null,
    email: r?.email ?? null,
    signature: r?.signature ?? null,
    updatedAt: r?.updatedAt ?? null,
  };
}

export function getProfile(db: Pick<Db, 'select'>, owner: ProfileOwner) {
  return profileView(row(db, owner));
}

/** Replaces a profile (a field left out is cleared). */
export function putProfile(db: Db, actor: Actor, now: Date, owner: ProfileOwner, input: ProfileInput) {
  return db.transaction((tx) => {
    const before = row(tx, owner);
    const values = {
      name: input.name ?? null,
      organisation: input.organisation ?? null,
      postalAddress: input.postalAddress ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      signature: input.signature ?? null,
      updatedAt: now.toISOString(),
      updatedBy: actor.userId,
    };
    const after = tx
      .insert(requesterProfiles)
      .values({ owner: ownerKey(owner), userId: owner === 'organisation' ? null : owner.userId, ...values })
      .onConflictDoUpdate({ target: requesterProfiles.owner, set: values })
      .returning()
      .get();
    audit(tx, actor, now, 'requester_profile.put', 'requester_profile', ownerKey(owner), before ?? null, after);
    return profileView(after);
  });
}

/** The profile a letter of a request owned by `userId` uses, field by field; null when none exists. */
export function effectiveProfile(db: Pick<Db, 'select'>, userId: number | null): ProfileFields | null {
  const own = userId === null ? undefined : row(db, { userId });
  const org = row(db, 'organisation');
  if (!own && !org) return null;
  const merged = {} as ProfileFields;
  for (const f of FIELDS) merged[f] = own?.[f] ?? org?.[f] ?? null;
  return merged;
}
