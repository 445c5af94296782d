-- Template schema: the kinds of statement real scripts hold.
CREATE TABLE items (
    id   serial PRIMARY KEY,
    name text NOT NULL /* a comment; with a semicolon */
);

CREATE TABLE writers (
    pid        bigint NOT NULL,
    test_class text   NOT NULL,
    written_at timestamptz NOT NULL DEFAULT now()
);

-- A dollar-quoted body full of semicolons and quotes.
CREATE FUNCTION item_count() RETURNS bigint LANGUAGE plpgsql AS $body$
DECLARE
    n bigint;
BEGIN
    SELECT count(*) INTO n FROM items; -- not the end of the statement
    RAISE NOTICE 'items: %; done', n;
    RETURN n;
END;
$body$;

CREATE FUNCTION touch_written_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.written_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER writers_written_at BEFORE INSERT ON writers
    FOR EACH ROW EXECUTE FUNCTION touch_written_at();
