CREATE TABLE todo (
    id    bigserial PRIMARY KEY,
    title text    NOT NULL,
    done  boolean NOT NULL DEFAULT false
);

-- Keeps an audit trail; the function body's semicolons belong to the function.
CREATE TABLE todo_audit (todo_id bigint, action text);
CREATE FUNCTION todo_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO todo_audit VALUES (NEW.id, 'done');
    RETURN NEW;
END;
$$;
CREATE TRIGGER todo_done AFTER UPDATE OF done ON todo FOR EACH ROW WHEN (NEW.done) EXECUTE FUNCTION todo_done();
