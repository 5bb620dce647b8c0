BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-role":"admin"}$s$, true);
-- values: []

INSERT INTO "public"."author" AS "_t0" ("name", "profile") VALUES ($1::"pg_catalog"."text", $2::"pg_catalog"."jsonb") RETURNING ctid::text AS "__ctid", "id"::text AS "__v0", true AS "__check";
-- values: ["Dana","{\"lang\":\"de\"}"]

INSERT INTO "public"."article" AS "_t1" ("title", "rating", "author_id") VALUES ($1::"pg_catalog"."text", $2::"pg_catalog"."numeric", $3::"pg_catalog"."int4"), ($4::"pg_catalog"."text", DEFAULT, $5::"pg_catalog"."int4") RETURNING true AS "__inserted", true AS "__check";
-- values: ["Erste Schritte","5.5","4","Zweite","4"]

WITH "_m0" AS (SELECT * FROM "public"."author" WHERE ctid = ANY($1::tid[]) ORDER BY array_position($2::tid[], ctid)) SELECT (SELECT json_build_object($3::text, "_t2"."id", $4::text, "_t2"."name", $5::text, (SELECT coalesce(json_agg("_r4"."__j" ORDER BY "_r4"."__o0" ASC NULLS LAST), '[]'::json) FROM (SELECT json_build_object($6::text, "_t3"."title", $7::text, "_t3"."rating") AS "__j", "_t3"."id" AS "__o0" FROM "public"."article" AS "_t3" WHERE "_t2"."id" = "_t3"."author_id" ORDER BY "_t3"."id" ASC NULLS LAST) AS "_r4")) FROM "_m0" AS "_t2" LIMIT 1) AS "data";
-- values: [["(0,4)"],["(0,4)"],"id","name","articles","title","rating"]

COMMIT;
-- values: []
