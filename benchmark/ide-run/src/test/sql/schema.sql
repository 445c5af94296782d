create table items (id serial primary key, name text not null);
insert into items(name) select 'item ' || g from generate_series(1, 1000) g;
