-- Every object kind the Oracle backend clones, written as a SQL*Plus script.
SET DEFINE OFF
PROMPT Creating the template's objects; it's a test

CREATE SEQUENCE order_seq START WITH 1 INCREMENT BY 1 CACHE 20;

CREATE TYPE address_t AS OBJECT (street VARCHAR2(40), city VARCHAR2(40));
/

CREATE TABLE customers (
    id      NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name    VARCHAR2(100) NOT NULL,
    address address_t,
    note    CLOB,
    code    VARCHAR2(10) INVISIBLE,
    upper_name VARCHAR2(100) GENERATED ALWAYS AS (UPPER(name)) VIRTUAL,
    CONSTRAINT customers_name_uk UNIQUE (name)
);

CREATE TABLE orders (
    id          NUMBER DEFAULT order_seq.NEXTVAL PRIMARY KEY,
    customer_id NUMBER NOT NULL REFERENCES customers (id),
    amount      NUMBER(10, 2) CHECK (amount >= 0),
    created     TIMESTAMP DEFAULT SYSTIMESTAMP
);

CREATE INDEX orders_customer_ix ON orders (customer_id);

CREATE GLOBAL TEMPORARY TABLE scratch (x NUMBER) ON COMMIT DELETE ROWS;

COMMENT ON TABLE customers IS 'who orders; it''s here';
COMMENT ON COLUMN orders.amount IS 'in euros';

INSERT INTO customers (name, address, note, code) VALUES (q'[O'Brien; Ltd]', address_t('1 Main St', 'Dublin'), 'long text', 'A1');
INSERT INTO customers (name) VALUES ('Smith');
INSERT INTO orders (customer_id, amount) SELECT id, 10 FROM customers;
INSERT INTO orders (customer_id, amount) SELECT id, 20 FROM customers WHERE name = 'Smith';
COMMIT;

CREATE VIEW order_totals AS
    SELECT c.name, SUM(o.amount) total FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name;

CREATE SYNONYM clients FOR customers;

CREATE OR REPLACE PACKAGE shop AS
    FUNCTION total(p_customer NUMBER) RETURN NUMBER;
END shop;
/

CREATE OR REPLACE PACKAGE BODY shop AS
    FUNCTION total(p_customer NUMBER) RETURN NUMBER IS
        v NUMBER;
    BEGIN
        SELECT NVL(SUM(amount), 0) INTO v FROM orders WHERE customer_id = p_customer;
        RETURN v;
    END;
END shop;
/

CREATE OR REPLACE TRIGGER orders_audit BEFORE INSERT ON orders FOR EACH ROW
BEGIN
    IF :NEW.amount IS NULL THEN
        :NEW.amount := 0;
    END IF;
END;
/

-- The trap Data Pump's REMAP_SCHEMA leaves: a view whose text names the template's own schema.
DECLARE
    schema_name VARCHAR2(128) := SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA');
BEGIN
    EXECUTE IMMEDIATE 'CREATE VIEW qualified_customers AS SELECT id, name FROM ' || schema_name || '.customers';
END;
/
