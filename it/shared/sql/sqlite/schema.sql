-- Template schema for SQLite, with a trigger whose body holds semicolons.
CREATE TABLE items (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE writers (
    pid        INTEGER NOT NULL,
    test_class TEXT    NOT NULL,
    written_at TEXT
);

CREATE TRIGGER writers_written_at AFTER INSERT ON writers
BEGIN
    UPDATE writers SET written_at = datetime('now') WHERE rowid = NEW.rowid;
    SELECT CASE WHEN NEW.pid < 0 THEN RAISE(ABORT, 'bad pid; negative') END;
END;
