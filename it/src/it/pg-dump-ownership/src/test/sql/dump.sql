--
-- PostgreSQL database dump (as pg_dump writes it, of a database whose objects belong to a production role)
--

\restrict QnDq3Ypb0QsKx2u7

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE TABLE public.dumped (
    id integer NOT NULL,
    t text
);

ALTER TABLE public.dumped OWNER TO itpgown_ghost;

COPY public.dumped (id, t) FROM stdin;
1	tab\there
2	\N
\.

GRANT SELECT ON TABLE public.dumped TO itpgown_ghost;

\unrestrict QnDq3Ypb0QsKx2u7
