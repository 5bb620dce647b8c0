BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-user-id":"2","x-hasura-role":"user"}$s$, true);
-- values: []

WITH "_m0" AS (UPDATE "public"."article" AS "_t0" SET "title" = $1::"pg_catalog"."text", "rating" = "_t0"."rating" + $2::"pg_catalog"."numeric" WHERE (("_t0"."author_id" = $3::"pg_catalog"."int4") AND ("_t0"."title" = 'JavaScript in ten days'::"pg_catalog"."text")) RETURNING "_t0".*, ("_t0"."author_id" = $4::"pg_catalog"."int4") AS "__check") SELECT json_build_object($5::text, (SELECT count(*) FROM "_m0"), $6::text, (SELECT coalesce(json_agg("_r2"."__j"), '[]'::json) FROM (SELECT json_build_object($7::text, "_t1"."id", $8::text, "_t1"."title", $9::text, "_t1"."rating", $10::text, "_t1"."is_published") AS "__j" FROM "_m0" AS "_t1") AS "_r2")) AS "data", (SELECT coalesce(bool_and("__check"), true) FROM "_m0") AS "ok";
-- values: ["JavaScript in eleven days","0.5","2","2","affected_rows","returning","id","title","rating","is_published"]

COMMIT;
-- values: []
