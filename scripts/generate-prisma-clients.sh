#!/usr/bin/env bash
# Generates both Prisma clients (SQLite and PostgreSQL). Runs at npm install (postinstall).
# Each schema is validated against a URL of its own provider; nothing connects.
set -euo pipefail
cd "$(dirname "$0")/.."
export PRISMA_HIDE_UPDATE_MESSAGE=1
DATABASE_URL="file:./data/generate.db" npx prisma generate --schema prisma/schema.prisma >/dev/null
DATABASE_URL="postgresql://generate@localhost:5432/generate" npx prisma generate --schema prisma/postgres/schema.prisma >/dev/null
echo "Prisma clients generated (SQLite and PostgreSQL)"
