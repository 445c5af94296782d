-- Template schema for the Oracle ITs, as a SQL*Plus script: plain statements end with ;, PL/SQL with /.
SET DEFINE OFF
PROMPT Creating the IT schema

CREATE TABLE items (
    id   NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name VARCHAR2(100) NOT NULL /* a comment; with a semicolon */
);

CREATE TABLE writers (
    pid        NUMBER NOT NULL,
    test_class VARCHAR2(100) NOT NULL,
    written_at TIMESTAMP DEFAULT SYSTIMESTAMP NOT NULL
);

CREATE OR REPLACE FUNCTION item_count RETURN NUMBER AS
    n NUMBER;
BEGIN
    SELECT COUNT(*) INTO n FROM items; -- not the end of the function
    RETURN n;
END;
/

CREATE OR REPLACE TRIGGER writers_written_at BEFORE INSERT ON writers FOR EACH ROW
BEGIN
    :NEW.written_at := SYSTIMESTAMP;
END;
/
