create table a(id int primary key);
-- errno 150 on MariaDB: error 1005, which the driver used to log as a warning of its own
create table b(a_id bigint, foreign key (a_id) references a(id));
