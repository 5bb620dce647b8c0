#!/usr/bin/env bash
# Applies this repository's schema and metadata to a running Hasura with the Hasura CLI:
#   HASURA_GRAPHQL_ENDPOINT=https://hasura.example.com HASURA_GRAPHQL_ADMIN_SECRET=... scripts/hasura/apply.sh
# 1. hasura migrate apply: hasura/migrations (schema.sql) into the default database, once;
# 2. hasura metadata apply: hasura/metadata (tables, permissions, event triggers);
# 3. hasura metadata ic list: fails if any of it does not match the database.
# Migrations go first: the metadata refers to tables the migration creates.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

require_hasura_cli
require_admin_secret

echo "== hasura migrate apply (${HASURA_GRAPHQL_ENDPOINT:-http://localhost:8080})"
hasura_cli migrate apply --database-name default
echo "== hasura metadata apply"
hasura_cli metadata apply
echo "== hasura metadata ic list"
check_consistency
