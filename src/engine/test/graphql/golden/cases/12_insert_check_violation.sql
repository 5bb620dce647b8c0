BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-user-id":"2","x-hasura-role":"user"}$s$, true);
-- values: []

WITH "_m0" AS (INSERT INTO "public"."article" AS "_t0" ("title", "author_id", "is_published") VALUES ($1::"pg_catalog"."text", $2::"pg_catalog"."int4", $3::"pg_catalog"."bool") RETURNING "_t0".*, ("_t0"."author_id" = $4::"pg_catalog"."int4") AS "__check") SELECT json_build_object($5::text, (SELECT count(*) FROM "_m0")) AS "data", (SELECT coalesce(bool_and("__check"), true) FROM "_m0") AS "ok";
-- values: ["Not mine",1,"false","2","affected_rows"]

ROLLBACK;
-- values: []
