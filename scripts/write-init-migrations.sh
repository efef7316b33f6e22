#!/usr/bin/env bash
# Regenerates the initial migrations of both providers from the schema while nothing is deployed yet.
# After the first release, write new migrations with `prisma migrate diff --from-migrations ...`.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx scripts/sync-postgres-schema.ts
for dir in prisma prisma/postgres; do
  m="$dir/migrations/20261129000000_init"
  mkdir -p "$m"
  npx prisma migrate diff --from-empty --to-schema-datamodel "$dir/schema.prisma" --script 2>/dev/null > "$m/migration.sql"
  cat "$dir/migrations/append-only-audit.sql" >> "$m/migration.sql"
done
