CREATE TABLE todo (
    id    INTEGER PRIMARY KEY,
    title TEXT    NOT NULL,
    done  INTEGER NOT NULL DEFAULT 0
);

-- Keeps an audit trail; the body's semicolons belong to the trigger.
CREATE TABLE todo_audit (todo_id INTEGER, action TEXT);
CREATE TRIGGER todo_done AFTER UPDATE OF done ON todo WHEN NEW.done = 1
BEGIN
    INSERT INTO todo_audit VALUES (NEW.id, 'done');
END;
