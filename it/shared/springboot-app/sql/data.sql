insert into person (id, name) values (1, 'Ada');
insert into person (id, name) values (2, 'Grace');
insert into person (id, name) values (3, 'Edsger');
