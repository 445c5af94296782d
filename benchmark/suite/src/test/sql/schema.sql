CREATE TABLE account (id serial PRIMARY KEY, owner text NOT NULL, balance numeric(12,2) NOT NULL DEFAULT 0);
CREATE TABLE transfer (id serial PRIMARY KEY, from_id int REFERENCES account(id), to_id int REFERENCES account(id),
                       amount numeric(12,2) NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE INDEX transfer_from ON transfer(from_id);
INSERT INTO account(owner, balance) SELECT 'owner-' || n, 1000 FROM generate_series(1, 200) n;
