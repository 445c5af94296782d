INSERT INTO items (name) VALUES ('semi;colon');
INSERT INTO items (name) VALUES (q'[it's quoted]');
INSERT INTO items (name) VALUES ('-- not a comment');
COMMIT;
