#!/bin/sh
# Rebuilds the fixture database of each schema version from its frozen SQL (schema-vN.sql), with the sqlite3
# tool. A fixture stands for a file written by that release; tst_storage migrates each one to the current
# version and checks that every sample row is still there. When a release adds schema version N, freeze its
# schema and sample rows in schema-vN.sql, run this script and commit both files.
set -eu
cd "$(dirname "$0")"
for sql in schema-v*.sql; do
    db="${sql%.sql}.db"
    rm -f "$db"
    sqlite3 "$db" < "$sql" > /dev/null
    sqlite3 "$db" 'PRAGMA integrity_check' | grep -qx ok
    echo "built $db (user_version $(sqlite3 "$db" 'PRAGMA user_version'))"
done
