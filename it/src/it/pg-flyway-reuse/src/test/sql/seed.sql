INSERT INTO items(name) VALUES ('semi;colon'), ('it''s quoted'), ('-- not a comment');
