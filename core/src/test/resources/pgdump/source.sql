-- The database dumped by regenerate.sh with pg_dump 13 and 18 (every object type of issue #12). It runs unchanged on
-- PostgreSQL 13 to 18, so PgDumpVersionsTest loads it on the test server too, as "the original" to compare with.
create type mood as enum ('sad', 'ok', 'happy');
create domain posint as integer check (value > 0);
create sequence counter start 5;
select setval('counter', 42);
create table everything(id serial primary key, i int, b bigint, n numeric(12,3), r real, d double precision,
    t text, v varchar(20), c char(3), bo boolean, da date, ts timestamp, tz timestamptz, iv interval, u uuid,
    j jsonb, js json, ba bytea, arr int[], tarr text[], jarr jsonb[], m mood, p posint, ip inet, x xml);
insert into everything(i, b, n, r, d, t, v, c, bo, da, ts, tz, iv, u, j, js, ba, arr, tarr, jarr, m, p, ip, x)
select 1, 9007199254740993, 123.456, 1.5, 2.25,
    E'tab\there\nnew line\\backslash \\N and \\. end\r\ncrlf', 'v', 'abc', true,
    '2024-02-29', '2024-03-10 02:30', '2024-03-31 02:30+02', '1 day 2 hours',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"k": [1, "two", null], "t": "a\tb"}', '{"a":1}',
    (select decode(string_agg(lpad(to_hex(g), 2, '0'), ''), 'hex') from generate_series(0, 255) g),
    '{1,NULL,3}', '{"a,b","",NULL,"q\"uote","back\\slash","tab\there"}', array['{"x": 1}'::jsonb, 'null'],
    'happy', 7, '10.0.0.1/8', '<a>x</a>';
insert into everything(t, v, tarr, ba) values ('', '', '{}', ''), (null, null, null, null),
    (E'\\.', E'\\', '{"\\\\"}', '\x5c2e');
insert into everything(i, t, ba) select g, 'row ' || g || E'\t' || g, decode(md5(g::text), 'hex')
    from generate_series(1, 3000) g;
create view v_everything as select id, t from everything where t <> '';
create materialized view mv as select count(*) as n from everything;
create function f(x int) returns int language plpgsql as $$ begin return x + 1; end $$;
create function trg() returns trigger language plpgsql as $$
    begin new.t := coalesce(new.t, 'x;y'); return new; end $$;
create trigger everything_trg before insert on everything for each row execute function trg();
create table parted(id int, at date) partition by range (at);
create table parted_2024 partition of parted for values from ('2024-01-01') to ('2025-01-01');
create table parted_2025 partition of parted for values from ('2025-01-01') to ('2026-01-01');
insert into parted values (1, '2024-05-05'), (2, '2024-12-31'), (3, '2025-06-01');
comment on table everything is 'all the types';
comment on column everything.t is 'text with ''quotes'' and ; semicolons';
comment on function f(int) is 'adds one';
create table "Mixed Case"("semi;colon" text, ref int references everything(id));
insert into "Mixed Case" values ('a;b', 1);
create schema other;
create table other.t2(x int primary key, at timestamptz default now());
insert into other.t2(x, at) select g, timestamptz '2024-01-01 00:00+00' + g * interval '1 hour'
    from generate_series(1, 100) g;
create index everything_t on everything(t);
