BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-role":"admin"}$s$, true);
-- values: []

WITH "_m0" AS (UPDATE "public"."author" AS "_t0" SET "profile" = "_t0"."profile" || $1::jsonb WHERE ("_t0"."name" = 'Brendan'::"pg_catalog"."text") RETURNING "_t0".*, true AS "__check") SELECT json_build_object($2::text, (SELECT count(*) FROM "_m0"), $3::text, (SELECT coalesce(json_agg("_r2"."__j"), '[]'::json) FROM (SELECT json_build_object($4::text, "_t1"."name", $5::text, "_t1"."profile") AS "__j" FROM "_m0" AS "_t1") AS "_r2")) AS "data", true AS "ok";
-- values: ["{\"editor\":\"vim\"}","affected_rows","returning","name","profile"]

WITH "_m0" AS (UPDATE "public"."author" AS "_t3" SET "profile" = "_t3"."profile" - $1::text WHERE ("_t3"."name" = 'Chen'::"pg_catalog"."text") RETURNING "_t3".*, true AS "__check") SELECT json_build_object($2::text, (SELECT count(*) FROM "_m0"), $3::text, (SELECT coalesce(json_agg("_r5"."__j"), '[]'::json) FROM (SELECT json_build_object($4::text, "_t4"."name", $5::text, "_t4"."profile") AS "__j" FROM "_m0" AS "_t4") AS "_r5")) AS "data", true AS "ok";
-- values: ["tags","affected_rows","returning","name","profile"]

WITH "_m0" AS (UPDATE "public"."author" AS "_t6" SET "profile" = $1::jsonb || "_t6"."profile" WHERE ("_t6"."id" = '3'::"pg_catalog"."int4") RETURNING "_t6".*, true AS "__check") SELECT (SELECT json_build_object($2::text, "_t7"."profile") FROM "_m0" AS "_t7" LIMIT 1) AS "data", true AS "ok";
-- values: ["{\"first\":true}","profile"]

COMMIT;
-- values: []
