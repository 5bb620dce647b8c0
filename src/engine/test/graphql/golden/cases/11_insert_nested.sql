BEGIN;
-- values: []

SELECT set_config('hasura.user', $1, true);
-- values: ["{\"x-hasura-role\":\"admin\"}"]

INSERT INTO "public"."author" AS "_t0" ("name", "profile") VALUES ($1::"pg_catalog"."text", $2::"pg_catalog"."jsonb") RETURNING ctid::text AS "__ctid", "id"::text AS "__v0", true AS "__check";
-- values: ["Dana","{\"lang\":\"de\"}"]

INSERT INTO "public"."article" AS "_t1" ("title", "rating", "author_id") VALUES ($1::"pg_catalog"."text", $2::"pg_catalog"."numeric", $3::"pg_catalog"."int4") RETURNING ctid::text AS "__ctid", "id"::text AS "__v0", true AS "__check";
-- values: ["Erste Schritte","5.5","4"]

INSERT INTO "public"."article" AS "_t2" ("title", "author_id") VALUES ($1::"pg_catalog"."text", $2::"pg_catalog"."int4") RETURNING ctid::text AS "__ctid", "id"::text AS "__v0", true AS "__check";
-- values: ["Zweite","4"]

WITH "_m0" AS (SELECT * FROM "public"."author" WHERE ctid = ANY($1::tid[]) ORDER BY array_position($2::tid[], ctid)) SELECT (SELECT json_build_object($3::text, "_t3"."id", $4::text, "_t3"."name", $5::text, (SELECT coalesce(json_agg("_r5"."__j" ORDER BY "_r5"."__o0" ASC NULLS LAST), '[]'::json) FROM (SELECT json_build_object($6::text, "_t4"."title", $7::text, "_t4"."rating") AS "__j", "_t4"."id" AS "__o0" FROM "public"."article" AS "_t4" WHERE "_t3"."id" = "_t4"."author_id" ORDER BY "_t4"."id" ASC NULLS LAST) AS "_r5")) FROM "_m0" AS "_t3" LIMIT 1) AS "data";
-- values: [["(0,4)"],["(0,4)"],"id","name","articles","title","rating"]

COMMIT;
-- values: []
