-- One line per table and materialized view of source.sql: its name, row count and an md5 of its rows in a
-- collation-free order; then the sequence's value. Run with TimeZone UTC (timestamptz prints in the session's zone).
-- Used by regenerate.sh (on the PostgreSQL 13 and 18 servers) and by PgDumpVersionsTest (on the clone).
select name || ' ' || (xpath('/row/c/text()', query_to_xml(format(
    'select count(*) || '':'' || coalesce(md5(string_agg(x::text, E''\n'' order by x::text collate "C")), '''') as c'
    || ' from %s x', name), false, true, '')))[1]::text as line
from (select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname in ('public', 'other')
      union all select format('%I.%I', schemaname, matviewname) from pg_matviews) objects
union all select 'public.counter last_value ' || last_value from public.counter
order by 1
