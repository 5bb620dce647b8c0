#!/usr/bin/env bash
# Shows how a running Hasura differs from this repository, without changing anything:
# migrations applied or not, the metadata diff, and inconsistent objects (exit 1 if any).
#   HASURA_GRAPHQL_ENDPOINT=https://hasura.example.com HASURA_GRAPHQL_ADMIN_SECRET=... scripts/hasura/status.sh
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/common.sh"

require_hasura_cli
require_admin_secret

echo "== hasura migrate status"
hasura_cli migrate status --database-name default
echo "== hasura metadata diff (server vs. hasura/metadata)"
hasura_cli metadata diff
echo "== hasura metadata ic list"
check_consistency
