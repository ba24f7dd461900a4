/**
 * Communities: a group of accounts with admins and members, and the invites that let
 * someone join. An invite keeps only the SHA-256 of its secret, so a copy of the
 * database cannot be used to join anything. A membership goes with its account; a
 * community outlives the account that created it (created_by is then null).
 */
import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: a migration works on the untyped schema
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('communities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('community_members')
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull().check(sqlRoleCheck()))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('community_members_pk', ['community_id', 'user_id'])
    .execute();
  // "My communities" reads by user; the primary key already serves reads by community.
  await db.schema.createIndex('community_members_user').on('community_members').column('user_id').execute();

  await db.schema
    .createTable('community_invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('community_id', 'text', (c) => c.notNull().references('communities.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull().check(sqlRoleCheck()))
    // An invite is vouched for by whoever made it: it is withdrawn with their account.
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema
    .createIndex('community_invites_community')
    .on('community_invites')
    .columns(['community_id', 'id'])
    .execute();
  await db.schema
    .createIndex('community_invites_creator')
    .on('community_invites')
    .column('created_by')
    .execute();
}

function sqlRoleCheck() {
  return sql`role in ('admin', 'member')`;
}

export async function down(): Promise<void> {
  // Forward-only by design (DESIGN.md): a rollback is a new migration.
}
