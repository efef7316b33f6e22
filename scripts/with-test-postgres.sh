#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throwaway PostgreSQL 15 database.
# Starts the local cluster if needed; the database is dropped afterwards.
set -euo pipefail
# The cluster outlives this script, so it must not inherit its open files: run under
# `flock /work/helpers/heavy.lock …`, the PostgreSQL daemon would otherwise keep the lock's descriptor and
# hold the lock until PostgreSQL stops. Only stdin, stdout and stderr are passed on.
without_inherited_files() {
  (
    for fd in /proc/$BASHPID/fd/*; do
      n=${fd##*/}
      if [ "$n" -gt 2 ]; then eval "exec $n>&-"; fi
    done
    "$@"
  )
}
if ! pg_lsclusters 2>/dev/null | grep -q "^15 *main"; then
  without_inherited_files pg_createcluster 15 main >/dev/null
fi
without_inherited_files pg_ctlcluster 15 main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
name="massagerx_test_$$"
su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'massagerx_test') THEN CREATE ROLE massagerx_test LOGIN CREATEDB PASSWORD 'massagerx_test'; END IF; ALTER ROLE massagerx_test CREATEDB; END \\\$\\\$;\""
su postgres -c "psql -q -c 'CREATE DATABASE $name OWNER massagerx_test'"
trap 'su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS $name WITH (FORCE)\"" >/dev/null 2>&1 || true' EXIT
export TEST_DATABASE_URL="postgresql://massagerx_test:massagerx_test@localhost:5432/$name"
"$@"
