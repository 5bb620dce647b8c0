BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-role":"admin"}$s$, true);
-- values: []

WITH "_m0" AS (INSERT INTO "public"."author" AS "_t0" ("name") VALUES ($1::"pg_catalog"."text") RETURNING "_t0".*, true AS "__check") SELECT json_build_object($2::text, (SELECT count(*) FROM "_m0")) AS "data", true AS "ok";
-- values: ["Brendan","affected_rows"]

ROLLBACK;
-- values: []
