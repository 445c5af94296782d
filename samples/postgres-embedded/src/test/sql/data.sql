INSERT INTO todo(title) VALUES ('water the plants'), ('write the report; send it'), ('call mum');
