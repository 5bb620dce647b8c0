BEGIN; SELECT set_config('hasura.user', $s${"x-hasura-role":"admin"}$s$, true);
-- values: []

SELECT (SELECT coalesce(json_agg("_r1"."__j" ORDER BY "_r1"."__o0" ASC NULLS LAST), '[]'::json) FROM (SELECT json_build_object($1::text, "_t0"."id", $2::text, "_t0"."title", $3::text, "_t0"."is_published") AS "__j", "_t0"."id" AS "__o0" FROM "public"."publish_all"("who" => $4::"pg_catalog"."int4") AS "_t0" ORDER BY "_t0"."id" ASC NULLS LAST) AS "_r1") AS "data";
-- values: ["id","title","is_published",1]

COMMIT;
-- values: []
