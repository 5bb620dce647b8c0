# Shared by the scripts in scripts/hasura: finds the Hasura CLI and the project folder.
# The CLI is deliberately not an npm dependency (it downloads a binary of its own); these
# scripts are for machines that have it. Without it, `docker compose up` applies the same
# migrations and metadata through the cli-migrations-v3 image.

HASURA_PROJECT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../hasura" && pwd)"

# HASURA_CLI may name another binary (e.g. hasura-cli, or a path); default: hasura on PATH.
HASURA_CLI="${HASURA_CLI:-hasura}"

require_hasura_cli() {
  if ! command -v "$HASURA_CLI" >/dev/null 2>&1; then
    cat >&2 <<MSG
error: the Hasura CLI ('$HASURA_CLI') is not installed or not on PATH.

This project does not install it (it is kept out of package.json on purpose). To get it:
  - the official installer: https://hasura.io/docs/latest/hasura-cli/install-hasura-cli/
  - or npm, globally:       npm install --global hasura-cli
  - or set HASURA_CLI to the binary's path.

Without the CLI, docker compose up applies hasura/migrations and hasura/metadata itself
(hasura/graphql-engine:<version>.cli-migrations-v3), and npm start serves the same metadata
with the engine in src/engine.
MSG
    exit 127
  fi
}

require_admin_secret() {
  if [ -z "${HASURA_GRAPHQL_ADMIN_SECRET:-}" ]; then
    echo "error: HASURA_GRAPHQL_ADMIN_SECRET is not set (the admin secret of the target Hasura)." >&2
    exit 2
  fi
}

# Every call names the project and endpoint explicitly; the CLI reads the admin secret from
# HASURA_GRAPHQL_ADMIN_SECRET itself, so it never shows up in the process list.
hasura_cli() {
  "$HASURA_CLI" "$@" --project "$HASURA_PROJECT_DIR" --endpoint "${HASURA_GRAPHQL_ENDPOINT:-http://localhost:8080}" --skip-update-check
}

# Exits 1 with the list when the server reports inconsistent metadata.
check_consistency() {
  local report
  report="$(hasura_cli metadata inconsistency list --output json)"
  local compact
  compact="$(printf '%s' "$report" | tr -d '[:space:]')"
  if [ -n "$compact" ] && [ "$compact" != "[]" ] && [ "$compact" != "null" ]; then
    echo "error: the metadata is inconsistent with the database:" >&2
    printf '%s\n' "$report" >&2
    exit 1
  fi
  echo "metadata is consistent"
}
