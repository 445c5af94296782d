-- Two good statements, then a bad one on line 4.
INSERT INTO items(name) VALUES ('one');
INSERT INTO items(name) VALUES ('two');
INSERT INTO no_such_table VALUES (1);
