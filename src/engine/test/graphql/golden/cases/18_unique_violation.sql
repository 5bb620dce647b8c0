BEGIN;
-- values: []

SELECT set_config('hasura.user', $1, true);
-- values: ["{\"x-hasura-role\":\"admin\"}"]

WITH "_m0" AS (INSERT INTO "public"."author" AS "_t0" ("name") VALUES ($1::"pg_catalog"."text") RETURNING "_t0".*, true AS "__check") SELECT json_build_object($2::text, (SELECT count(*) FROM "_m0")) AS "data", true AS "ok";
-- values: ["Brendan","affected_rows"]

ROLLBACK;
-- values: []
