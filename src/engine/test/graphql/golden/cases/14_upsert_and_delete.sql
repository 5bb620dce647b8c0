BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-role":"admin"}$s$, true);
-- values: []

WITH "_m0" AS (INSERT INTO "public"."author" AS "_t0" ("name", "mood") VALUES ($1::"pg_catalog"."text", $2::"public"."mood") ON CONFLICT ON CONSTRAINT "author_name_key" DO UPDATE SET "mood" = EXCLUDED."mood" RETURNING "_t0".*, true AS "__check") SELECT json_build_object($3::text, (SELECT count(*) FROM "_m0"), $4::text, (SELECT coalesce(json_agg("_r2"."__j"), '[]'::json) FROM (SELECT json_build_object($5::text, "_t1"."name", $6::text, "_t1"."mood") AS "__j" FROM "_m0" AS "_t1") AS "_r2")) AS "data", true AS "ok";
-- values: ["Ada","sad","affected_rows","returning","name","mood"]

WITH "_m0" AS (DELETE FROM "public"."article" AS "_t3" WHERE ("_t3"."title" = 'Zweite'::"pg_catalog"."text") RETURNING "_t3".*) SELECT json_build_object($1::text, (SELECT count(*) FROM "_m0"), $2::text, (SELECT coalesce(json_agg("_r5"."__j"), '[]'::json) FROM (SELECT json_build_object($3::text, "_t4"."title") AS "__j" FROM "_m0" AS "_t4") AS "_r5")) AS "data", true AS "ok";
-- values: ["affected_rows","returning","title"]

COMMIT;
-- values: []
