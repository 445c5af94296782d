--
-- PostgreSQL database dump
--

-- Dumped from database version 13.22
-- Dumped by pg_dump version 13.16 (Debian 13.16-0+deb11u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: other; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA other;


ALTER SCHEMA other OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.mood AS ENUM (
    'sad',
    'ok',
    'happy'
);


ALTER TYPE public.mood OWNER TO postgres;

--
-- Name: posint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.posint AS integer
	CONSTRAINT posint_check CHECK ((VALUE > 0));


ALTER DOMAIN public.posint OWNER TO postgres;

--
-- Name: f(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.f(x integer) RETURNS integer
    LANGUAGE plpgsql
    AS $$ begin return x + 1; end $$;


ALTER FUNCTION public.f(x integer) OWNER TO postgres;

--
-- Name: FUNCTION f(x integer); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.f(x integer) IS 'adds one';


--
-- Name: trg(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.trg() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
    begin new.t := coalesce(new.t, 'x;y'); return new; end $$;


ALTER FUNCTION public.trg() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: t2; Type: TABLE; Schema: other; Owner: postgres
--

CREATE TABLE other.t2 (
    x integer NOT NULL,
    at timestamp with time zone DEFAULT now()
);


ALTER TABLE other.t2 OWNER TO postgres;

--
-- Name: Mixed Case; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Mixed Case" (
    "semi;colon" text,
    ref integer
);


ALTER TABLE public."Mixed Case" OWNER TO postgres;

--
-- Name: counter; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.counter
    START WITH 5
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.counter OWNER TO postgres;

--
-- Name: everything; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.everything (
    id integer NOT NULL,
    i integer,
    b bigint,
    n numeric(12,3),
    r real,
    d double precision,
    t text,
    v character varying(20),
    c character(3),
    bo boolean,
    da date,
    ts timestamp without time zone,
    tz timestamp with time zone,
    iv interval,
    u uuid,
    j jsonb,
    js json,
    ba bytea,
    arr integer[],
    tarr text[],
    jarr jsonb[],
    m public.mood,
    p public.posint,
    ip inet,
    x xml
);


ALTER TABLE public.everything OWNER TO postgres;

--
-- Name: TABLE everything; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.everything IS 'all the types';


--
-- Name: COLUMN everything.t; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.everything.t IS 'text with ''quotes'' and ; semicolons';


--
-- Name: everything_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.everything_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.everything_id_seq OWNER TO postgres;

--
-- Name: everything_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.everything_id_seq OWNED BY public.everything.id;


--
-- Name: mv; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.mv AS
 SELECT count(*) AS n
   FROM public.everything
  WITH NO DATA;


ALTER TABLE public.mv OWNER TO postgres;

--
-- Name: parted; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parted (
    id integer,
    at date
)
PARTITION BY RANGE (at);


ALTER TABLE public.parted OWNER TO postgres;

--
-- Name: parted_2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parted_2024 (
    id integer,
    at date
);
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


ALTER TABLE public.parted_2024 OWNER TO postgres;

--
-- Name: parted_2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parted_2025 (
    id integer,
    at date
);
ALTER TABLE ONLY public.parted ATTACH PARTITION public.parted_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


ALTER TABLE public.parted_2025 OWNER TO postgres;

--
-- Name: v_everything; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.v_everything AS
 SELECT everything.id,
    everything.t
   FROM public.everything
  WHERE (everything.t <> ''::text);


ALTER TABLE public.v_everything OWNER TO postgres;

--
-- Name: everything id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.everything ALTER COLUMN id SET DEFAULT nextval('public.everything_id_seq'::regclass);


--
-- Data for Name: t2; Type: TABLE DATA; Schema: other; Owner: postgres
--

COPY other.t2 (x, at) FROM stdin;
1	2024-01-01 01:00:00+00
2	2024-01-01 02:00:00+00
3	2024-01-01 03:00:00+00
4	2024-01-01 04:00:00+00
5	2024-01-01 05:00:00+00
6	2024-01-01 06:00:00+00
7	2024-01-01 07:00:00+00
8	2024-01-01 08:00:00+00
9	2024-01-01 09:00:00+00
10	2024-01-01 10:00:00+00
11	2024-01-01 11:00:00+00
12	2024-01-01 12:00:00+00
13	2024-01-01 13:00:00+00
14	2024-01-01 14:00:00+00
15	2024-01-01 15:00:00+00
16	2024-01-01 16:00:00+00
17	2024-01-01 17:00:00+00
18	2024-01-01 18:00:00+00
19	2024-01-01 19:00:00+00
20	2024-01-01 20:00:00+00
21	2024-01-01 21:00:00+00
22	2024-01-01 22:00:00+00
23	2024-01-01 23:00:00+00
24	2024-01-02 00:00:00+00
25	2024-01-02 01:00:00+00
26	2024-01-02 02:00:00+00
27	2024-01-02 03:00:00+00
28	2024-01-02 04:00:00+00
29	2024-01-02 05:00:00+00
30	2024-01-02 06:00:00+00
31	2024-01-02 07:00:00+00
32	2024-01-02 08:00:00+00
33	2024-01-02 09:00:00+00
34	2024-01-02 10:00:00+00
35	2024-01-02 11:00:00+00
36	2024-01-02 12:00:00+00
37	2024-01-02 13:00:00+00
38	2024-01-02 14:00:00+00
39	2024-01-02 15:00:00+00
40	2024-01-02 16:00:00+00
41	2024-01-02 17:00:00+00
42	2024-01-02 18:00:00+00
43	2024-01-02 19:00:00+00
44	2024-01-02 20:00:00+00
45	2024-01-02 21:00:00+00
46	2024-01-02 22:00:00+00
47	2024-01-02 23:00:00+00
48	2024-01-03 00:00:00+00
49	2024-01-03 01:00:00+00
50	2024-01-03 02:00:00+00
51	2024-01-03 03:00:00+00
52	2024-01-03 04:00:00+00
53	2024-01-03 05:00:00+00
54	2024-01-03 06:00:00+00
55	2024-01-03 07:00:00+00
56	2024-01-03 08:00:00+00
57	2024-01-03 09:00:00+00
58	2024-01-03 10:00:00+00
59	2024-01-03 11:00:00+00
60	2024-01-03 12:00:00+00
61	2024-01-03 13:00:00+00
62	2024-01-03 14:00:00+00
63	2024-01-03 15:00:00+00
64	2024-01-03 16:00:00+00
65	2024-01-03 17:00:00+00
66	2024-01-03 18:00:00+00
67	2024-01-03 19:00:00+00
68	2024-01-03 20:00:00+00
69	2024-01-03 21:00:00+00
70	2024-01-03 22:00:00+00
71	2024-01-03 23:00:00+00
72	2024-01-04 00:00:00+00
73	2024-01-04 01:00:00+00
74	2024-01-04 02:00:00+00
75	2024-01-04 03:00:00+00
76	2024-01-04 04:00:00+00
77	2024-01-04 05:00:00+00
78	2024-01-04 06:00:00+00
79	2024-01-04 07:00:00+00
80	2024-01-04 08:00:00+00
81	2024-01-04 09:00:00+00
82	2024-01-04 10:00:00+00
83	2024-01-04 11:00:00+00
84	2024-01-04 12:00:00+00
85	2024-01-04 13:00:00+00
86	2024-01-04 14:00:00+00
87	2024-01-04 15:00:00+00
88	2024-01-04 16:00:00+00
89	2024-01-04 17:00:00+00
90	2024-01-04 18:00:00+00
91	2024-01-04 19:00:00+00
92	2024-01-04 20:00:00+00
93	2024-01-04 21:00:00+00
94	2024-01-04 22:00:00+00
95	2024-01-04 23:00:00+00
96	2024-01-05 00:00:00+00
97	2024-01-05 01:00:00+00
98	2024-01-05 02:00:00+00
99	2024-01-05 03:00:00+00
100	2024-01-05 04:00:00+00
\.


--
-- Data for Name: Mixed Case; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."Mixed Case" ("semi;colon", ref) FROM stdin;
a;b	1
\.


--
-- Data for Name: everything; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.everything (id, i, b, n, r, d, t, v, c, bo, da, ts, tz, iv, u, j, js, ba, arr, tarr, jarr, m, p, ip, x) FROM stdin;
1	1	9007199254740993	123.456	1.5	2.25	tab\there\nnew line\\backslash \\N and \\. end\r\ncrlf	v	abc	t	2024-02-29	2024-03-10 02:30:00	2024-03-31 00:30:00+00	1 day 02:00:00	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	{"k": [1, "two", null], "t": "a\\tb"}	{"a":1}	\\x000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebfc0c1c2c3c4c5c6c7c8c9cacbcccdcecfd0d1d2d3d4d5d6d7d8d9dadbdcdddedfe0e1e2e3e4e5e6e7e8e9eaebecedeeeff0f1f2f3f4f5f6f7f8f9fafbfcfdfeff	{1,NULL,3}	{"a,b","",NULL,"q\\"uote","back\\\\slash",tabthere}	{"{\\"x\\": 1}","null"}	happy	7	10.0.0.1/8	<a>x</a>
2	\N	\N	\N	\N	\N			\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x	\N	{}	\N	\N	\N	\N	\N
3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
4	\N	\N	\N	\N	\N	\\.	\\	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5c2e	\N	{"\\\\\\\\"}	\N	\N	\N	\N	\N
5	1	\N	\N	\N	\N	row 1\t1	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4ca4238a0b923820dcc509a6f75849b	\N	\N	\N	\N	\N	\N	\N
6	2	\N	\N	\N	\N	row 2\t2	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc81e728d9d4c2f636f067f89cc14862c	\N	\N	\N	\N	\N	\N	\N
7	3	\N	\N	\N	\N	row 3\t3	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeccbc87e4b5ce2fe28308fd9f2a7baf3	\N	\N	\N	\N	\N	\N	\N
8	4	\N	\N	\N	\N	row 4\t4	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa87ff679a2f3e71d9181a67b7542122c	\N	\N	\N	\N	\N	\N	\N
9	5	\N	\N	\N	\N	row 5\t5	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe4da3b7fbbce2345d7772b0674a318d5	\N	\N	\N	\N	\N	\N	\N
10	6	\N	\N	\N	\N	row 6\t6	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1679091c5a880faf6fb5e6087eb1b2dc	\N	\N	\N	\N	\N	\N	\N
11	7	\N	\N	\N	\N	row 7\t7	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f14e45fceea167a5a36dedd4bea2543	\N	\N	\N	\N	\N	\N	\N
12	8	\N	\N	\N	\N	row 8\t8	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc9f0f895fb98ab9159f51fd0297e236d	\N	\N	\N	\N	\N	\N	\N
13	9	\N	\N	\N	\N	row 9\t9	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x45c48cce2e2d7fbdea1afc51c7c6ad26	\N	\N	\N	\N	\N	\N	\N
14	10	\N	\N	\N	\N	row 10\t10	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd3d9446802a44259755d38e6d163e820	\N	\N	\N	\N	\N	\N	\N
15	11	\N	\N	\N	\N	row 11\t11	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6512bd43d9caa6e02c990b0a82652dca	\N	\N	\N	\N	\N	\N	\N
16	12	\N	\N	\N	\N	row 12\t12	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc20ad4d76fe97759aa27a0c99bff6710	\N	\N	\N	\N	\N	\N	\N
17	13	\N	\N	\N	\N	row 13\t13	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc51ce410c124a10e0db5e4b97fc2af39	\N	\N	\N	\N	\N	\N	\N
18	14	\N	\N	\N	\N	row 14\t14	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaab3238922bcc25a6f606eb525ffdc56	\N	\N	\N	\N	\N	\N	\N
19	15	\N	\N	\N	\N	row 15\t15	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9bf31c7ff062936a96d3c8bd1f8f2ff3	\N	\N	\N	\N	\N	\N	\N
20	16	\N	\N	\N	\N	row 16\t16	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc74d97b01eae257e44aa9d5bade97baf	\N	\N	\N	\N	\N	\N	\N
21	17	\N	\N	\N	\N	row 17\t17	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70efdf2ec9b086079795c442636b55fb	\N	\N	\N	\N	\N	\N	\N
22	18	\N	\N	\N	\N	row 18\t18	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f4922f45568161a8cdf4ad2299f6d23	\N	\N	\N	\N	\N	\N	\N
23	19	\N	\N	\N	\N	row 19\t19	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f0e3dad99908345f7439f8ffabdffc4	\N	\N	\N	\N	\N	\N	\N
24	20	\N	\N	\N	\N	row 20\t20	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98f13708210194c475687be6106a3b84	\N	\N	\N	\N	\N	\N	\N
25	21	\N	\N	\N	\N	row 21\t21	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3c59dc048e8850243be8079a5c74d079	\N	\N	\N	\N	\N	\N	\N
26	22	\N	\N	\N	\N	row 22\t22	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6d767d2f8ed5d21a44b0e5886680cb9	\N	\N	\N	\N	\N	\N	\N
27	23	\N	\N	\N	\N	row 23\t23	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x37693cfc748049e45d87b8c7d8b9aacd	\N	\N	\N	\N	\N	\N	\N
28	24	\N	\N	\N	\N	row 24\t24	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ff1de774005f8da13f42943881c655f	\N	\N	\N	\N	\N	\N	\N
29	25	\N	\N	\N	\N	row 25\t25	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e296a067a37563370ded05f5a3bf3ec	\N	\N	\N	\N	\N	\N	\N
30	26	\N	\N	\N	\N	row 26\t26	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e732ced3463d06de0ca9a15b6153677	\N	\N	\N	\N	\N	\N	\N
31	27	\N	\N	\N	\N	row 27\t27	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02e74f10e0327ad868d138f2b4fdd6f0	\N	\N	\N	\N	\N	\N	\N
32	28	\N	\N	\N	\N	row 28\t28	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x33e75ff09dd601bbe69f351039152189	\N	\N	\N	\N	\N	\N	\N
33	29	\N	\N	\N	\N	row 29\t29	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ea9ab1baa0efb9e19094440c317e21b	\N	\N	\N	\N	\N	\N	\N
34	30	\N	\N	\N	\N	row 30\t30	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x34173cb38f07f89ddbebc2ac9128303f	\N	\N	\N	\N	\N	\N	\N
35	31	\N	\N	\N	\N	row 31\t31	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc16a5320fa475530d9583c34fd356ef5	\N	\N	\N	\N	\N	\N	\N
36	32	\N	\N	\N	\N	row 32\t32	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6364d3f0f495b6ab9dcf8d3b5c6e0b01	\N	\N	\N	\N	\N	\N	\N
37	33	\N	\N	\N	\N	row 33\t33	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x182be0c5cdcd5072bb1864cdee4d3d6e	\N	\N	\N	\N	\N	\N	\N
38	34	\N	\N	\N	\N	row 34\t34	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe369853df766fa44e1ed0ff613f563bd	\N	\N	\N	\N	\N	\N	\N
39	35	\N	\N	\N	\N	row 35\t35	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c383cd30b7c298ab50293adfecb7b18	\N	\N	\N	\N	\N	\N	\N
40	36	\N	\N	\N	\N	row 36\t36	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x19ca14e7ea6328a42e0eb13d585e4c22	\N	\N	\N	\N	\N	\N	\N
41	37	\N	\N	\N	\N	row 37\t37	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa5bfc9e07964f8dddeb95fc584cd965d	\N	\N	\N	\N	\N	\N	\N
42	38	\N	\N	\N	\N	row 38\t38	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa5771bce93e200c36f7cd9dfd0e5deaa	\N	\N	\N	\N	\N	\N	\N
43	39	\N	\N	\N	\N	row 39\t39	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd67d8ab4f4c10bf22aa353e27879133c	\N	\N	\N	\N	\N	\N	\N
44	40	\N	\N	\N	\N	row 40\t40	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd645920e395fedad7bbbed0eca3fe2e0	\N	\N	\N	\N	\N	\N	\N
45	41	\N	\N	\N	\N	row 41\t41	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3416a75f4cea9109507cacd8e2f2aefc	\N	\N	\N	\N	\N	\N	\N
46	42	\N	\N	\N	\N	row 42\t42	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1d0c6e83f027327d8461063f4ac58a6	\N	\N	\N	\N	\N	\N	\N
47	43	\N	\N	\N	\N	row 43\t43	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17e62166fc8586dfa4d1bc0e1742c08b	\N	\N	\N	\N	\N	\N	\N
48	44	\N	\N	\N	\N	row 44\t44	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7177163c833dff4b38fc8d2872f1ec6	\N	\N	\N	\N	\N	\N	\N
49	45	\N	\N	\N	\N	row 45\t45	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c8349cc7260ae62e3b1396831a8398f	\N	\N	\N	\N	\N	\N	\N
50	46	\N	\N	\N	\N	row 46\t46	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd9d4f495e875a2e075a1a4a6e1b9770f	\N	\N	\N	\N	\N	\N	\N
51	47	\N	\N	\N	\N	row 47\t47	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x67c6a1e7ce56d3d6fa748ab6d9af3fd7	\N	\N	\N	\N	\N	\N	\N
52	48	\N	\N	\N	\N	row 48\t48	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x642e92efb79421734881b53e1e1b18b6	\N	\N	\N	\N	\N	\N	\N
53	49	\N	\N	\N	\N	row 49\t49	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf457c545a9ded88f18ecee47145a72c0	\N	\N	\N	\N	\N	\N	\N
54	50	\N	\N	\N	\N	row 50\t50	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0c7c76d30bd3dcaefc96f40275bdc0a	\N	\N	\N	\N	\N	\N	\N
55	51	\N	\N	\N	\N	row 51\t51	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2838023a778dfaecdc212708f721b788	\N	\N	\N	\N	\N	\N	\N
56	52	\N	\N	\N	\N	row 52\t52	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a1158154dfa42caddbd0694a4e9bdc8	\N	\N	\N	\N	\N	\N	\N
57	53	\N	\N	\N	\N	row 53\t53	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd82c8d1619ad8176d665453cfb2e55f0	\N	\N	\N	\N	\N	\N	\N
58	54	\N	\N	\N	\N	row 54\t54	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa684eceee76fc522773286a895bc8436	\N	\N	\N	\N	\N	\N	\N
59	55	\N	\N	\N	\N	row 55\t55	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb53b3a3d6ab90ce0268229151c9bde11	\N	\N	\N	\N	\N	\N	\N
60	56	\N	\N	\N	\N	row 56\t56	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f61408e3afb633e50cdf1b20de6f466	\N	\N	\N	\N	\N	\N	\N
61	57	\N	\N	\N	\N	row 57\t57	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x72b32a1f754ba1c09b3695e0cb6cde7f	\N	\N	\N	\N	\N	\N	\N
62	58	\N	\N	\N	\N	row 58\t58	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x66f041e16a60928b05a7e228a89c3799	\N	\N	\N	\N	\N	\N	\N
63	59	\N	\N	\N	\N	row 59\t59	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x093f65e080a295f8076b1c5722a46aa2	\N	\N	\N	\N	\N	\N	\N
64	60	\N	\N	\N	\N	row 60\t60	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x072b030ba126b2f4b2374f342be9ed44	\N	\N	\N	\N	\N	\N	\N
65	61	\N	\N	\N	\N	row 61\t61	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f39f8317fbdb1988ef4c628eba02591	\N	\N	\N	\N	\N	\N	\N
66	62	\N	\N	\N	\N	row 62\t62	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x44f683a84163b3523afe57c2e008bc8c	\N	\N	\N	\N	\N	\N	\N
67	63	\N	\N	\N	\N	row 63\t63	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03afdbd66e7929b125f8597834fa83a4	\N	\N	\N	\N	\N	\N	\N
68	64	\N	\N	\N	\N	row 64\t64	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea5d2f1c4608232e07d3aa3d998e5135	\N	\N	\N	\N	\N	\N	\N
69	65	\N	\N	\N	\N	row 65\t65	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc490ca45c00b1249bbe3554a4fdf6fb	\N	\N	\N	\N	\N	\N	\N
70	66	\N	\N	\N	\N	row 66\t66	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3295c76acbf4caaed33c36b1b5fc2cb1	\N	\N	\N	\N	\N	\N	\N
71	67	\N	\N	\N	\N	row 67\t67	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x735b90b4568125ed6c3f678819b6e058	\N	\N	\N	\N	\N	\N	\N
72	68	\N	\N	\N	\N	row 68\t68	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3f390d88e4c41f2747bfa2f1b5f87db	\N	\N	\N	\N	\N	\N	\N
73	69	\N	\N	\N	\N	row 69\t69	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x14bfa6bb14875e45bba028a21ed38046	\N	\N	\N	\N	\N	\N	\N
74	70	\N	\N	\N	\N	row 70\t70	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7cbbc409ec990f19c78c75bd1e06f215	\N	\N	\N	\N	\N	\N	\N
75	71	\N	\N	\N	\N	row 71\t71	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2c420d928d4bf8ce0ff2ec19b371514	\N	\N	\N	\N	\N	\N	\N
76	72	\N	\N	\N	\N	row 72\t72	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x32bb90e8976aab5298d5da10fe66f21d	\N	\N	\N	\N	\N	\N	\N
77	73	\N	\N	\N	\N	row 73\t73	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd2ddea18f00665ce8623e36bd4e3c7c5	\N	\N	\N	\N	\N	\N	\N
78	74	\N	\N	\N	\N	row 74\t74	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad61ab143223efbc24c7d2583be69251	\N	\N	\N	\N	\N	\N	\N
79	75	\N	\N	\N	\N	row 75\t75	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd09bf41544a3365a46c9077ebb5e35c3	\N	\N	\N	\N	\N	\N	\N
80	76	\N	\N	\N	\N	row 76\t76	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfbd7939d674997cdb4692d34de8633c4	\N	\N	\N	\N	\N	\N	\N
81	77	\N	\N	\N	\N	row 77\t77	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28dd2c7955ce926456240b2ff0100bde	\N	\N	\N	\N	\N	\N	\N
82	78	\N	\N	\N	\N	row 78\t78	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35f4a8d465e6e1edc05f3d8ab658c551	\N	\N	\N	\N	\N	\N	\N
83	79	\N	\N	\N	\N	row 79\t79	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1fe173d08e959397adf34b1d77e88d7	\N	\N	\N	\N	\N	\N	\N
84	80	\N	\N	\N	\N	row 80\t80	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf033ab37c30201f73f142449d037028d	\N	\N	\N	\N	\N	\N	\N
85	81	\N	\N	\N	\N	row 81\t81	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43ec517d68b6edd3015b3edc9a11367b	\N	\N	\N	\N	\N	\N	\N
86	82	\N	\N	\N	\N	row 82\t82	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9778d5d219c5080b9a6a17bef029331c	\N	\N	\N	\N	\N	\N	\N
87	83	\N	\N	\N	\N	row 83\t83	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe9fc289c3ff0af142b6d3bead98a923	\N	\N	\N	\N	\N	\N	\N
88	84	\N	\N	\N	\N	row 84\t84	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68d30a9594728bc39aa24be94b319d21	\N	\N	\N	\N	\N	\N	\N
89	85	\N	\N	\N	\N	row 85\t85	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3ef815416f775098fe977004015c6193	\N	\N	\N	\N	\N	\N	\N
90	86	\N	\N	\N	\N	row 86\t86	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x93db85ed909c13838ff95ccfa94cebd9	\N	\N	\N	\N	\N	\N	\N
91	87	\N	\N	\N	\N	row 87\t87	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc7e1249ffc03eb9ded908c236bd1996d	\N	\N	\N	\N	\N	\N	\N
92	88	\N	\N	\N	\N	row 88\t88	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a38a4a9316c49e5a833517c45d31070	\N	\N	\N	\N	\N	\N	\N
93	89	\N	\N	\N	\N	row 89\t89	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7647966b7343c29048673252e490f736	\N	\N	\N	\N	\N	\N	\N
94	90	\N	\N	\N	\N	row 90\t90	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8613985ec49eb8f757ae6439e879bb2a	\N	\N	\N	\N	\N	\N	\N
95	91	\N	\N	\N	\N	row 91\t91	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54229abfcfa5649e7003b83dd4755294	\N	\N	\N	\N	\N	\N	\N
96	92	\N	\N	\N	\N	row 92\t92	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92cc227532d17e56e07902b254dfad10	\N	\N	\N	\N	\N	\N	\N
97	93	\N	\N	\N	\N	row 93\t93	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98dce83da57b0395e163467c9dae521b	\N	\N	\N	\N	\N	\N	\N
98	94	\N	\N	\N	\N	row 94\t94	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4b9ec30ad9f68f89b29639786cb62ef	\N	\N	\N	\N	\N	\N	\N
99	95	\N	\N	\N	\N	row 95\t95	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x812b4ba287f5ee0bc9d43bbf5bbe87fb	\N	\N	\N	\N	\N	\N	\N
100	96	\N	\N	\N	\N	row 96\t96	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26657d5ff9020d2abefe558796b99584	\N	\N	\N	\N	\N	\N	\N
101	97	\N	\N	\N	\N	row 97\t97	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2ef524fbf3d9fe611d5a8e90fefdc9c	\N	\N	\N	\N	\N	\N	\N
102	98	\N	\N	\N	\N	row 98\t98	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xed3d2c21991e3bef5e069713af9fa6ca	\N	\N	\N	\N	\N	\N	\N
103	99	\N	\N	\N	\N	row 99\t99	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xac627ab1ccbdb62ec96e702f07f6425b	\N	\N	\N	\N	\N	\N	\N
104	100	\N	\N	\N	\N	row 100\t100	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf899139df5e1059396431415e770c6dd	\N	\N	\N	\N	\N	\N	\N
105	101	\N	\N	\N	\N	row 101\t101	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38b3eff8baf56627478ec76a704e9b52	\N	\N	\N	\N	\N	\N	\N
106	102	\N	\N	\N	\N	row 102\t102	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec8956637a99787bd197eacd77acce5e	\N	\N	\N	\N	\N	\N	\N
107	103	\N	\N	\N	\N	row 103\t103	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6974ce5ac660610b44d9b9fed0ff9548	\N	\N	\N	\N	\N	\N	\N
108	104	\N	\N	\N	\N	row 104\t104	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc9e1074f5b3f9fc8ea15d152add07294	\N	\N	\N	\N	\N	\N	\N
109	105	\N	\N	\N	\N	row 105\t105	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65b9eea6e1cc6bb9f0cd2a47751a186f	\N	\N	\N	\N	\N	\N	\N
110	106	\N	\N	\N	\N	row 106\t106	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0935e4cd5920aa6c7c996a5ee53a70f	\N	\N	\N	\N	\N	\N	\N
111	107	\N	\N	\N	\N	row 107\t107	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa97da629b098b75c294dffdc3e463904	\N	\N	\N	\N	\N	\N	\N
112	108	\N	\N	\N	\N	row 108\t108	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3c65c2974270fd093ee8a9bf8ae7d0b	\N	\N	\N	\N	\N	\N	\N
113	109	\N	\N	\N	\N	row 109\t109	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2723d092b63885e0d7c260cc007e8b9d	\N	\N	\N	\N	\N	\N	\N
114	110	\N	\N	\N	\N	row 110\t110	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5f93f983524def3dca464469d2cf9f3e	\N	\N	\N	\N	\N	\N	\N
115	111	\N	\N	\N	\N	row 111\t111	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x698d51a19d8a121ce581499d7b701668	\N	\N	\N	\N	\N	\N	\N
116	112	\N	\N	\N	\N	row 112\t112	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f6ffaa6bb0b408017b62254211691b5	\N	\N	\N	\N	\N	\N	\N
117	113	\N	\N	\N	\N	row 113\t113	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x73278a4a86960eeb576a8fd4c9ec6997	\N	\N	\N	\N	\N	\N	\N
118	114	\N	\N	\N	\N	row 114\t114	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5fd0b37cd7dbbb00f97ba6ce92bf5add	\N	\N	\N	\N	\N	\N	\N
119	115	\N	\N	\N	\N	row 115\t115	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b44928ae11fb9384c4cf38708677c48	\N	\N	\N	\N	\N	\N	\N
120	116	\N	\N	\N	\N	row 116\t116	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc45147dee729311ef5b5c3003946c48f	\N	\N	\N	\N	\N	\N	\N
121	117	\N	\N	\N	\N	row 117\t117	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb160de1de89d9058fcb0b968dbbbd68	\N	\N	\N	\N	\N	\N	\N
122	118	\N	\N	\N	\N	row 118\t118	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ef059938ba799aaa845e1c2e8a762bd	\N	\N	\N	\N	\N	\N	\N
123	119	\N	\N	\N	\N	row 119\t119	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07e1cd7dca89a1678042477183b7ac3f	\N	\N	\N	\N	\N	\N	\N
124	120	\N	\N	\N	\N	row 120\t120	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xda4fb5c6e93e74d3df8527599fa62642	\N	\N	\N	\N	\N	\N	\N
125	121	\N	\N	\N	\N	row 121\t121	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c56ff4ce4aaf9573aa5dff913df997a	\N	\N	\N	\N	\N	\N	\N
126	122	\N	\N	\N	\N	row 122\t122	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0a080f42e6f13b3a2df133f073095dd	\N	\N	\N	\N	\N	\N	\N
127	123	\N	\N	\N	\N	row 123\t123	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x202cb962ac59075b964b07152d234b70	\N	\N	\N	\N	\N	\N	\N
128	124	\N	\N	\N	\N	row 124\t124	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8ffe9a587b126f152ed3d89a146b445	\N	\N	\N	\N	\N	\N	\N
129	125	\N	\N	\N	\N	row 125\t125	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3def184ad8f4755ff269862ea77393dd	\N	\N	\N	\N	\N	\N	\N
130	126	\N	\N	\N	\N	row 126\t126	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x069059b7ef840f0c74a814ec9237b6ec	\N	\N	\N	\N	\N	\N	\N
131	127	\N	\N	\N	\N	row 127\t127	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec5decca5ed3d6b8079e2e7e7bacc9f2	\N	\N	\N	\N	\N	\N	\N
132	128	\N	\N	\N	\N	row 128\t128	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x76dc611d6ebaafc66cc0879c71b5db5c	\N	\N	\N	\N	\N	\N	\N
133	129	\N	\N	\N	\N	row 129\t129	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1f491a404d6854880943e5c3cd9ca25	\N	\N	\N	\N	\N	\N	\N
134	130	\N	\N	\N	\N	row 130\t130	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9b8619251a19057cff70779273e95aa6	\N	\N	\N	\N	\N	\N	\N
135	131	\N	\N	\N	\N	row 131\t131	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1afa34a7f984eeabdbb0a7d494132ee5	\N	\N	\N	\N	\N	\N	\N
136	132	\N	\N	\N	\N	row 132\t132	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65ded5353c5ee48d0b7d48c591b8f430	\N	\N	\N	\N	\N	\N	\N
137	133	\N	\N	\N	\N	row 133\t133	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9fc3d7152ba9336a670e36d0ed79bc43	\N	\N	\N	\N	\N	\N	\N
138	134	\N	\N	\N	\N	row 134\t134	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02522a2b2726fb0a03bb19f2d8d9524d	\N	\N	\N	\N	\N	\N	\N
139	135	\N	\N	\N	\N	row 135\t135	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f1de29e6da19d22b51c68001e7e0e54	\N	\N	\N	\N	\N	\N	\N
140	136	\N	\N	\N	\N	row 136\t136	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42a0e188f5033bc65bf8d78622277c4e	\N	\N	\N	\N	\N	\N	\N
141	137	\N	\N	\N	\N	row 137\t137	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3988c7f88ebcb58c6ce932b957b6f332	\N	\N	\N	\N	\N	\N	\N
142	138	\N	\N	\N	\N	row 138\t138	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x013d407166ec4fa56eb1e1f8cbe183b9	\N	\N	\N	\N	\N	\N	\N
143	139	\N	\N	\N	\N	row 139\t139	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe00da03b685a0dd18fb6a08af0923de0	\N	\N	\N	\N	\N	\N	\N
144	140	\N	\N	\N	\N	row 140\t140	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1385974ed5904a438616ff7bdb3f7439	\N	\N	\N	\N	\N	\N	\N
145	141	\N	\N	\N	\N	row 141\t141	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f28b5d49b3020afeecd95b4009adf4c	\N	\N	\N	\N	\N	\N	\N
146	142	\N	\N	\N	\N	row 142\t142	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8baa56554f96369ab93e4f3bb068c22	\N	\N	\N	\N	\N	\N	\N
147	143	\N	\N	\N	\N	row 143\t143	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x903ce9225fca3e988c2af215d4e544d3	\N	\N	\N	\N	\N	\N	\N
148	144	\N	\N	\N	\N	row 144\t144	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0a09c8844ba8f0936c20bd791130d6b6	\N	\N	\N	\N	\N	\N	\N
149	145	\N	\N	\N	\N	row 145\t145	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b24d495052a8ce66358eb576b8912c8	\N	\N	\N	\N	\N	\N	\N
150	146	\N	\N	\N	\N	row 146\t146	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa5e00132373a7031000fd987a3c9f87b	\N	\N	\N	\N	\N	\N	\N
151	147	\N	\N	\N	\N	row 147\t147	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d5e957f297893487bd98fa830fa6413	\N	\N	\N	\N	\N	\N	\N
152	148	\N	\N	\N	\N	row 148\t148	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x47d1e990583c9c67424d369f3414728e	\N	\N	\N	\N	\N	\N	\N
153	149	\N	\N	\N	\N	row 149\t149	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf2217062e9a397a1dca429e7d70bc6ca	\N	\N	\N	\N	\N	\N	\N
154	150	\N	\N	\N	\N	row 150\t150	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7ef605fc8dba5425d6965fbd4c8fbe1f	\N	\N	\N	\N	\N	\N	\N
155	151	\N	\N	\N	\N	row 151\t151	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8f15eda80c50adb0e71943adc8015cf	\N	\N	\N	\N	\N	\N	\N
156	152	\N	\N	\N	\N	row 152\t152	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x37a749d808e46495a8da1e5352d03cae	\N	\N	\N	\N	\N	\N	\N
157	153	\N	\N	\N	\N	row 153\t153	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3e3e393c77e35a4a3f3cbd1e429b5dc	\N	\N	\N	\N	\N	\N	\N
158	154	\N	\N	\N	\N	row 154\t154	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1d7f7abc18fcb43975065399b0d1e48e	\N	\N	\N	\N	\N	\N	\N
159	155	\N	\N	\N	\N	row 155\t155	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a79ea27c279e471f4d180b08d62b00a	\N	\N	\N	\N	\N	\N	\N
160	156	\N	\N	\N	\N	row 156\t156	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c9ac0159c94d8d0cbedc973445af2da	\N	\N	\N	\N	\N	\N	\N
161	157	\N	\N	\N	\N	row 157\t157	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c4b761a28b734fe93831e3fb400ce87	\N	\N	\N	\N	\N	\N	\N
162	158	\N	\N	\N	\N	row 158\t158	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06409663226af2f3114485aa4e0a23b4	\N	\N	\N	\N	\N	\N	\N
163	159	\N	\N	\N	\N	row 159\t159	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x140f6969d5213fd0ece03148e62e461e	\N	\N	\N	\N	\N	\N	\N
164	160	\N	\N	\N	\N	row 160\t160	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb73ce398c39f506af761d2277d853a92	\N	\N	\N	\N	\N	\N	\N
165	161	\N	\N	\N	\N	row 161\t161	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd4c9ab730f5513206b999ec0d90d1fb	\N	\N	\N	\N	\N	\N	\N
166	162	\N	\N	\N	\N	row 162\t162	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82aa4b0af34c2313a562076992e50aa3	\N	\N	\N	\N	\N	\N	\N
167	163	\N	\N	\N	\N	row 163\t163	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0777d5c17d4066b82ab86dff8a46af6f	\N	\N	\N	\N	\N	\N	\N
168	164	\N	\N	\N	\N	row 164\t164	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa7cdfad1a5aaf8370ebeda47a1ff1c3	\N	\N	\N	\N	\N	\N	\N
169	165	\N	\N	\N	\N	row 165\t165	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9766527f2b5d3e95d4a733fcfb77bd7e	\N	\N	\N	\N	\N	\N	\N
170	166	\N	\N	\N	\N	row 166\t166	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e7757b1e12abcb736ab9a754ffb617a	\N	\N	\N	\N	\N	\N	\N
171	167	\N	\N	\N	\N	row 167\t167	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5878a7ab84fb43402106c575658472fa	\N	\N	\N	\N	\N	\N	\N
172	168	\N	\N	\N	\N	row 168\t168	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x006f52e9102a8d3be2fe5614f42ba989	\N	\N	\N	\N	\N	\N	\N
173	169	\N	\N	\N	\N	row 169\t169	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3636638817772e42b59d74cff571fbb3	\N	\N	\N	\N	\N	\N	\N
174	170	\N	\N	\N	\N	row 170\t170	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x149e9677a5989fd342ae44213df68868	\N	\N	\N	\N	\N	\N	\N
175	171	\N	\N	\N	\N	row 171\t171	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa4a042cf4fd6bfb47701cbc8a1653ada	\N	\N	\N	\N	\N	\N	\N
176	172	\N	\N	\N	\N	row 172\t172	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ff8a7b5dc7a7d1f0ed65aaa29c04b1e	\N	\N	\N	\N	\N	\N	\N
177	173	\N	\N	\N	\N	row 173\t173	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7e6c85504ce6e82442c770f7c8606f0	\N	\N	\N	\N	\N	\N	\N
178	174	\N	\N	\N	\N	row 174\t174	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbf8229696f7a3bb4700cfddef19fa23f	\N	\N	\N	\N	\N	\N	\N
179	175	\N	\N	\N	\N	row 175\t175	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82161242827b703e6acf9c726942a1e4	\N	\N	\N	\N	\N	\N	\N
180	176	\N	\N	\N	\N	row 176\t176	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38af86134b65d0f10fe33d30dd76442e	\N	\N	\N	\N	\N	\N	\N
181	177	\N	\N	\N	\N	row 177\t177	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96da2f590cd7246bbde0051047b0d6f7	\N	\N	\N	\N	\N	\N	\N
182	178	\N	\N	\N	\N	row 178\t178	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f85517967795eeef66c225f7883bdcb	\N	\N	\N	\N	\N	\N	\N
183	179	\N	\N	\N	\N	row 179\t179	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f53295a73878494e9bc8dd6c3c7104f	\N	\N	\N	\N	\N	\N	\N
184	180	\N	\N	\N	\N	row 180\t180	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x045117b0e0a11a242b9765e79cbf113f	\N	\N	\N	\N	\N	\N	\N
185	181	\N	\N	\N	\N	row 181\t181	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc221309746013ac554571fbd180e1c8	\N	\N	\N	\N	\N	\N	\N
186	182	\N	\N	\N	\N	row 182\t182	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c5bde74a8f110656874902f07378009	\N	\N	\N	\N	\N	\N	\N
187	183	\N	\N	\N	\N	row 183\t183	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcedebb6e872f539bef8c3f919874e9d7	\N	\N	\N	\N	\N	\N	\N
188	184	\N	\N	\N	\N	row 184\t184	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6cdd60ea0045eb7a6ec44c54d29ed402	\N	\N	\N	\N	\N	\N	\N
189	185	\N	\N	\N	\N	row 185\t185	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeecca5b6365d9607ee5a9d336962c534	\N	\N	\N	\N	\N	\N	\N
190	186	\N	\N	\N	\N	row 186\t186	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9872ed9fc22fc182d371c3e9ed316094	\N	\N	\N	\N	\N	\N	\N
191	187	\N	\N	\N	\N	row 187\t187	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x31fefc0e570cb3860f2a6d4b38c6490d	\N	\N	\N	\N	\N	\N	\N
192	188	\N	\N	\N	\N	row 188\t188	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9dcb88e0137649590b755372b040afad	\N	\N	\N	\N	\N	\N	\N
193	189	\N	\N	\N	\N	row 189\t189	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa2557a7b2e94197ff767970b67041697	\N	\N	\N	\N	\N	\N	\N
194	190	\N	\N	\N	\N	row 190\t190	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcfecdb276f634854f3ef915e2e980c31	\N	\N	\N	\N	\N	\N	\N
195	191	\N	\N	\N	\N	row 191\t191	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0aa1883c6411f7873cb83dacb17b0afc	\N	\N	\N	\N	\N	\N	\N
196	192	\N	\N	\N	\N	row 192\t192	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58a2fc6ed39fd083f55d4182bf88826d	\N	\N	\N	\N	\N	\N	\N
197	193	\N	\N	\N	\N	row 193\t193	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd686fd640be98efaae0091fa301e613	\N	\N	\N	\N	\N	\N	\N
198	194	\N	\N	\N	\N	row 194\t194	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa597e50502f5ff68e3e25b9114205d4a	\N	\N	\N	\N	\N	\N	\N
199	195	\N	\N	\N	\N	row 195\t195	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0336dcbab05b9d5ad24f4333c7658a0e	\N	\N	\N	\N	\N	\N	\N
200	196	\N	\N	\N	\N	row 196\t196	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x084b6fbb10729ed4da8c3d3f5a3ae7c9	\N	\N	\N	\N	\N	\N	\N
201	197	\N	\N	\N	\N	row 197\t197	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x85d8ce590ad8981ca2c8286f79f59954	\N	\N	\N	\N	\N	\N	\N
202	198	\N	\N	\N	\N	row 198\t198	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e65972dce68dad4d52d063967f0a705	\N	\N	\N	\N	\N	\N	\N
203	199	\N	\N	\N	\N	row 199\t199	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84d9ee44e457ddef7f2c4f25dc8fa865	\N	\N	\N	\N	\N	\N	\N
204	200	\N	\N	\N	\N	row 200\t200	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3644a684f98ea8fe223c713b77189a77	\N	\N	\N	\N	\N	\N	\N
205	201	\N	\N	\N	\N	row 201\t201	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x757b505cfd34c64c85ca5b5690ee5293	\N	\N	\N	\N	\N	\N	\N
206	202	\N	\N	\N	\N	row 202\t202	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x854d6fae5ee42911677c739ee1734486	\N	\N	\N	\N	\N	\N	\N
207	203	\N	\N	\N	\N	row 203\t203	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2c0be24560d78c5e599c2a9c9d0bbd2	\N	\N	\N	\N	\N	\N	\N
208	204	\N	\N	\N	\N	row 204\t204	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x274ad4786c3abca69fa097b85867d9a4	\N	\N	\N	\N	\N	\N	\N
209	205	\N	\N	\N	\N	row 205\t205	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeae27d77ca20db309e056e3d2dcd7d69	\N	\N	\N	\N	\N	\N	\N
210	206	\N	\N	\N	\N	row 206\t206	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7eabe3a1649ffa2b3ff8c02ebfd5659f	\N	\N	\N	\N	\N	\N	\N
211	207	\N	\N	\N	\N	row 207\t207	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69adc1e107f7f7d035d7baf04342e1ca	\N	\N	\N	\N	\N	\N	\N
212	208	\N	\N	\N	\N	row 208\t208	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x091d584fced301b442654dd8c23b3fc9	\N	\N	\N	\N	\N	\N	\N
213	209	\N	\N	\N	\N	row 209\t209	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1d10e7bafa4421218a51b1e1f1b0ba2	\N	\N	\N	\N	\N	\N	\N
214	210	\N	\N	\N	\N	row 210\t210	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f3ef77ac0e3619e98159e9b6febf557	\N	\N	\N	\N	\N	\N	\N
215	211	\N	\N	\N	\N	row 211\t211	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb163727917cbba1eea208541a643e74	\N	\N	\N	\N	\N	\N	\N
216	212	\N	\N	\N	\N	row 212\t212	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1534b76d325a8f591b52d302e7181331	\N	\N	\N	\N	\N	\N	\N
217	213	\N	\N	\N	\N	row 213\t213	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x979d472a84804b9f647bc185a877a8b5	\N	\N	\N	\N	\N	\N	\N
218	214	\N	\N	\N	\N	row 214\t214	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca46c1b9512a7a8315fa3c5a946e8265	\N	\N	\N	\N	\N	\N	\N
219	215	\N	\N	\N	\N	row 215\t215	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3b8a614226a953a8cd9526fca6fe9ba5	\N	\N	\N	\N	\N	\N	\N
220	216	\N	\N	\N	\N	row 216\t216	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x45fbc6d3e05ebd93369ce542e8f2322d	\N	\N	\N	\N	\N	\N	\N
221	217	\N	\N	\N	\N	row 217\t217	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x63dc7ed1010d3c3b8269faf0ba7491d4	\N	\N	\N	\N	\N	\N	\N
222	218	\N	\N	\N	\N	row 218\t218	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe96ed478dab8595a7dbda4cbcbee168f	\N	\N	\N	\N	\N	\N	\N
223	219	\N	\N	\N	\N	row 219\t219	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0e190d8267e36708f955d7ab048990d	\N	\N	\N	\N	\N	\N	\N
224	220	\N	\N	\N	\N	row 220\t220	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec8ce6abb3e952a85b8551ba726a1227	\N	\N	\N	\N	\N	\N	\N
225	221	\N	\N	\N	\N	row 221\t221	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x060ad92489947d410d897474079c1477	\N	\N	\N	\N	\N	\N	\N
226	222	\N	\N	\N	\N	row 222\t222	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbcbe3365e6ac95ea2c0343a2395834dd	\N	\N	\N	\N	\N	\N	\N
227	223	\N	\N	\N	\N	row 223\t223	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x115f89503138416a242f40fb7d7f338e	\N	\N	\N	\N	\N	\N	\N
228	224	\N	\N	\N	\N	row 224\t224	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x13fe9d84310e77f13a6d184dbf1232f3	\N	\N	\N	\N	\N	\N	\N
229	225	\N	\N	\N	\N	row 225\t225	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1c38a09acc34845c6be3a127a5aacaf	\N	\N	\N	\N	\N	\N	\N
230	226	\N	\N	\N	\N	row 226\t226	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9cfdf10e8fc047a44b08ed031e1f0ed1	\N	\N	\N	\N	\N	\N	\N
231	227	\N	\N	\N	\N	row 227\t227	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x705f2172834666788607efbfca35afb3	\N	\N	\N	\N	\N	\N	\N
232	228	\N	\N	\N	\N	row 228\t228	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x74db120f0a8e5646ef5a30154e9f6deb	\N	\N	\N	\N	\N	\N	\N
233	229	\N	\N	\N	\N	row 229\t229	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x57aeee35c98205091e18d1140e9f38cf	\N	\N	\N	\N	\N	\N	\N
234	230	\N	\N	\N	\N	row 230\t230	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6da9003b743b65f4c0ccd295cc484e57	\N	\N	\N	\N	\N	\N	\N
235	231	\N	\N	\N	\N	row 231\t231	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9b04d152845ec0a378394003c96da594	\N	\N	\N	\N	\N	\N	\N
236	232	\N	\N	\N	\N	row 232\t232	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe83ab3ecd0db773eb2dc1b0a17836a1	\N	\N	\N	\N	\N	\N	\N
237	233	\N	\N	\N	\N	row 233\t233	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe165421110ba03099a1c0393373c5b43	\N	\N	\N	\N	\N	\N	\N
238	234	\N	\N	\N	\N	row 234\t234	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x289dff07669d7a23de0ef88d2f7129e7	\N	\N	\N	\N	\N	\N	\N
239	235	\N	\N	\N	\N	row 235\t235	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x577ef1154f3240ad5b9b413aa7346a1e	\N	\N	\N	\N	\N	\N	\N
240	236	\N	\N	\N	\N	row 236\t236	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01161aaa0b6d1345dd8fe4e481144d84	\N	\N	\N	\N	\N	\N	\N
241	237	\N	\N	\N	\N	row 237\t237	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x539fd53b59e3bb12d203f45a912eeaf2	\N	\N	\N	\N	\N	\N	\N
242	238	\N	\N	\N	\N	row 238\t238	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xac1dd209cbcc5e5d1c6e28598e8cbbe8	\N	\N	\N	\N	\N	\N	\N
243	239	\N	\N	\N	\N	row 239\t239	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x555d6702c950ecb729a966504af0a635	\N	\N	\N	\N	\N	\N	\N
244	240	\N	\N	\N	\N	row 240\t240	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x335f5352088d7d9bf74191e006d8e24c	\N	\N	\N	\N	\N	\N	\N
245	241	\N	\N	\N	\N	row 241\t241	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf340f1b1f65b6df5b5e3f94d95b11daf	\N	\N	\N	\N	\N	\N	\N
246	242	\N	\N	\N	\N	row 242\t242	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe4a6222cdb5b34375400904f03d8e6a5	\N	\N	\N	\N	\N	\N	\N
247	243	\N	\N	\N	\N	row 243\t243	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcb70ab375662576bd1ac5aaf16b3fca4	\N	\N	\N	\N	\N	\N	\N
248	244	\N	\N	\N	\N	row 244\t244	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9188905e74c28e489b44e954ec0b9bca	\N	\N	\N	\N	\N	\N	\N
249	245	\N	\N	\N	\N	row 245\t245	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0266e33d3f546cb5436a10798e657d97	\N	\N	\N	\N	\N	\N	\N
250	246	\N	\N	\N	\N	row 246\t246	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38db3aed920cf82ab059bfccbd02be6a	\N	\N	\N	\N	\N	\N	\N
251	247	\N	\N	\N	\N	row 247\t247	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3cec07e9ba5f5bb252d13f5f431e4bbb	\N	\N	\N	\N	\N	\N	\N
252	248	\N	\N	\N	\N	row 248\t248	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x621bf66ddb7c962aa0d22ac97d69b793	\N	\N	\N	\N	\N	\N	\N
253	249	\N	\N	\N	\N	row 249\t249	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x077e29b11be80ab57e1a2ecabb7da330	\N	\N	\N	\N	\N	\N	\N
254	250	\N	\N	\N	\N	row 250\t250	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c9882bbac1c7093bd25041881277658	\N	\N	\N	\N	\N	\N	\N
255	251	\N	\N	\N	\N	row 251\t251	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x19f3cd308f1455b3fa09a282e0d496f4	\N	\N	\N	\N	\N	\N	\N
256	252	\N	\N	\N	\N	row 252\t252	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03c6b06952c750899bb03d998e631860	\N	\N	\N	\N	\N	\N	\N
257	253	\N	\N	\N	\N	row 253\t253	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc24cd76e1ce41366a4bbe8a49b02a028	\N	\N	\N	\N	\N	\N	\N
258	254	\N	\N	\N	\N	row 254\t254	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc52f1bd66cc19d05628bd8bf27af3ad6	\N	\N	\N	\N	\N	\N	\N
259	255	\N	\N	\N	\N	row 255\t255	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe131d7f5a6b38b23cc967316c13dae2	\N	\N	\N	\N	\N	\N	\N
260	256	\N	\N	\N	\N	row 256\t256	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf718499c1c8cef6730f9fd03c8125cab	\N	\N	\N	\N	\N	\N	\N
261	257	\N	\N	\N	\N	row 257\t257	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd96409bf894217686ba124d7356686c9	\N	\N	\N	\N	\N	\N	\N
262	258	\N	\N	\N	\N	row 258\t258	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x502e4a16930e414107ee22b6198c578f	\N	\N	\N	\N	\N	\N	\N
263	259	\N	\N	\N	\N	row 259\t259	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcfa0860e83a4c3a763a7e62d825349f7	\N	\N	\N	\N	\N	\N	\N
264	260	\N	\N	\N	\N	row 260\t260	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa4f23670e1833f3fdb077ca70bbd5d66	\N	\N	\N	\N	\N	\N	\N
265	261	\N	\N	\N	\N	row 261\t261	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1a59b315fc9a3002ce38bbe070ec3f5	\N	\N	\N	\N	\N	\N	\N
266	262	\N	\N	\N	\N	row 262\t262	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x36660e59856b4de58a219bcf4e27eba3	\N	\N	\N	\N	\N	\N	\N
267	263	\N	\N	\N	\N	row 263\t263	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c19f571e251e61cb8dd3612f26d5ecf	\N	\N	\N	\N	\N	\N	\N
268	264	\N	\N	\N	\N	row 264\t264	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd6baf65e0b240ce177cf70da146c8dc8	\N	\N	\N	\N	\N	\N	\N
269	265	\N	\N	\N	\N	row 265\t265	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe56954b4f6347e897f954495eab16a88	\N	\N	\N	\N	\N	\N	\N
270	266	\N	\N	\N	\N	row 266\t266	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7664060cc52bc6f3d620bcedc94a4b6	\N	\N	\N	\N	\N	\N	\N
271	267	\N	\N	\N	\N	row 267\t267	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeda80a3d5b344bc40f3bc04f65b7a357	\N	\N	\N	\N	\N	\N	\N
272	268	\N	\N	\N	\N	row 268\t268	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f121ce07d74717e0b1f21d122e04521	\N	\N	\N	\N	\N	\N	\N
273	269	\N	\N	\N	\N	row 269\t269	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06138bc5af6023646ede0e1f7c1eac75	\N	\N	\N	\N	\N	\N	\N
274	270	\N	\N	\N	\N	row 270\t270	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x39059724f73a9969845dfe4146c5660e	\N	\N	\N	\N	\N	\N	\N
275	271	\N	\N	\N	\N	row 271\t271	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f100b7b36092fb9b06dfb4fac360931	\N	\N	\N	\N	\N	\N	\N
276	272	\N	\N	\N	\N	row 272\t272	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7a614fd06c325499f1680b9896beedeb	\N	\N	\N	\N	\N	\N	\N
277	273	\N	\N	\N	\N	row 273\t273	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4734ba6f3de83d861c3176a6273cac6d	\N	\N	\N	\N	\N	\N	\N
278	274	\N	\N	\N	\N	row 274\t274	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd947bf06a885db0d477d707121934ff8	\N	\N	\N	\N	\N	\N	\N
279	275	\N	\N	\N	\N	row 275\t275	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x63923f49e5241343aa7acb6a06a751e7	\N	\N	\N	\N	\N	\N	\N
280	276	\N	\N	\N	\N	row 276\t276	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb8e1af0cb3aca1ae2d0018624204529	\N	\N	\N	\N	\N	\N	\N
281	277	\N	\N	\N	\N	row 277\t277	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x20f07591c6fcb220ffe637cda29bb3f6	\N	\N	\N	\N	\N	\N	\N
282	278	\N	\N	\N	\N	row 278\t278	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07cdfd23373b17c6b337251c22b7ea57	\N	\N	\N	\N	\N	\N	\N
283	279	\N	\N	\N	\N	row 279\t279	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd395771085aab05244a4fb8fd91bf4ee	\N	\N	\N	\N	\N	\N	\N
284	280	\N	\N	\N	\N	row 280\t280	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92c8c96e4c37100777c7190b76d28233	\N	\N	\N	\N	\N	\N	\N
285	281	\N	\N	\N	\N	row 281\t281	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe3796ae838835da0b6f6ea37bcf8bcb7	\N	\N	\N	\N	\N	\N	\N
286	282	\N	\N	\N	\N	row 282\t282	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a9aeddfc689c1d0e3b9ccc3ab651bc5	\N	\N	\N	\N	\N	\N	\N
287	283	\N	\N	\N	\N	row 283\t283	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f49c89d1e7298bb9930789c8ed59d48	\N	\N	\N	\N	\N	\N	\N
288	284	\N	\N	\N	\N	row 284\t284	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46ba9f2a6976570b0353203ec4474217	\N	\N	\N	\N	\N	\N	\N
289	285	\N	\N	\N	\N	row 285\t285	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e01938fc48a2cfb5f2217fbfb00722d	\N	\N	\N	\N	\N	\N	\N
290	286	\N	\N	\N	\N	row 286\t286	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x16a5cdae362b8d27a1d8f8c7b78b4330	\N	\N	\N	\N	\N	\N	\N
291	287	\N	\N	\N	\N	row 287\t287	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x918317b57931b6b7a7d29490fe5ec9f9	\N	\N	\N	\N	\N	\N	\N
292	288	\N	\N	\N	\N	row 288\t288	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x48aedb8880cab8c45637abc7493ecddd	\N	\N	\N	\N	\N	\N	\N
293	289	\N	\N	\N	\N	row 289\t289	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x839ab46820b524afda05122893c2fe8e	\N	\N	\N	\N	\N	\N	\N
294	290	\N	\N	\N	\N	row 290\t290	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf90f2aca5c640289d0a29417bcb63a37	\N	\N	\N	\N	\N	\N	\N
295	291	\N	\N	\N	\N	row 291\t291	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9c838d2e45b2ad1094d42f4ef36764f6	\N	\N	\N	\N	\N	\N	\N
296	292	\N	\N	\N	\N	row 292\t292	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1700002963a49da13542e0726b7bb758	\N	\N	\N	\N	\N	\N	\N
297	293	\N	\N	\N	\N	row 293\t293	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53c3bce66e43be4f209556518c2fcb54	\N	\N	\N	\N	\N	\N	\N
298	294	\N	\N	\N	\N	row 294\t294	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6883966fd8f918a4aa29be29d2c386fb	\N	\N	\N	\N	\N	\N	\N
299	295	\N	\N	\N	\N	row 295\t295	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49182f81e6a13cf5eaa496d51fea6406	\N	\N	\N	\N	\N	\N	\N
300	296	\N	\N	\N	\N	row 296\t296	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd296c101daa88a51f6ca8cfc1ac79b50	\N	\N	\N	\N	\N	\N	\N
301	297	\N	\N	\N	\N	row 297\t297	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9fd81843ad7f202f26c1a174c7357585	\N	\N	\N	\N	\N	\N	\N
302	298	\N	\N	\N	\N	row 298\t298	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26e359e83860db1d11b6acca57d8ea88	\N	\N	\N	\N	\N	\N	\N
303	299	\N	\N	\N	\N	row 299\t299	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef0d3930a7b6c95bd2b32ed45989c61f	\N	\N	\N	\N	\N	\N	\N
304	300	\N	\N	\N	\N	row 300\t300	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x94f6d7e04a4d452035300f18b984988c	\N	\N	\N	\N	\N	\N	\N
305	301	\N	\N	\N	\N	row 301\t301	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x34ed066df378efacc9b924ec161e7639	\N	\N	\N	\N	\N	\N	\N
306	302	\N	\N	\N	\N	row 302\t302	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x577bcc914f9e55d5e4e4f82f9f00e7d4	\N	\N	\N	\N	\N	\N	\N
307	303	\N	\N	\N	\N	row 303\t303	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x11b9842e0a271ff252c1903e7132cd68	\N	\N	\N	\N	\N	\N	\N
308	304	\N	\N	\N	\N	row 304\t304	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x37bc2f75bf1bcfe8450a1a41c200364c	\N	\N	\N	\N	\N	\N	\N
309	305	\N	\N	\N	\N	row 305\t305	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x496e05e1aea0a9c4655800e8a7b9ea28	\N	\N	\N	\N	\N	\N	\N
310	306	\N	\N	\N	\N	row 306\t306	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2eb7349035754953b57a32e2841bda5	\N	\N	\N	\N	\N	\N	\N
311	307	\N	\N	\N	\N	row 307\t307	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e98d81f8217304975ccb23337bb5761	\N	\N	\N	\N	\N	\N	\N
312	308	\N	\N	\N	\N	row 308\t308	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8c88a0055f636e4a163a5e3d16adab7	\N	\N	\N	\N	\N	\N	\N
313	309	\N	\N	\N	\N	row 309\t309	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeddea82ad2755b24c4e168c5fc2ebd40	\N	\N	\N	\N	\N	\N	\N
314	310	\N	\N	\N	\N	row 310\t310	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06eb61b839a0cefee4967c67ccb099dc	\N	\N	\N	\N	\N	\N	\N
315	311	\N	\N	\N	\N	row 311\t311	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9dfcd5e558dfa04aaf37f137a1d9d3e5	\N	\N	\N	\N	\N	\N	\N
316	312	\N	\N	\N	\N	row 312\t312	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x950a4152c2b4aa3ad78bdd6b366cc179	\N	\N	\N	\N	\N	\N	\N
317	313	\N	\N	\N	\N	row 313\t313	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x158f3069a435b314a80bdcb024f8e422	\N	\N	\N	\N	\N	\N	\N
318	314	\N	\N	\N	\N	row 314\t314	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x758874998f5bd0c393da094e1967a72b	\N	\N	\N	\N	\N	\N	\N
319	315	\N	\N	\N	\N	row 315\t315	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad13a2a07ca4b7642959dc0c4c740ab6	\N	\N	\N	\N	\N	\N	\N
320	316	\N	\N	\N	\N	row 316\t316	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3fe94a002317b5f9259f82690aeea4cd	\N	\N	\N	\N	\N	\N	\N
321	317	\N	\N	\N	\N	row 317\t317	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5b8add2a5d98b1a652ea7fd72d942dac	\N	\N	\N	\N	\N	\N	\N
322	318	\N	\N	\N	\N	row 318\t318	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x432aca3a1e345e339f35a30c8f65edce	\N	\N	\N	\N	\N	\N	\N
323	319	\N	\N	\N	\N	row 319\t319	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d3bba7425e7c98c50f52ca1b52d3735	\N	\N	\N	\N	\N	\N	\N
324	320	\N	\N	\N	\N	row 320\t320	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x320722549d1751cf3f247855f937b982	\N	\N	\N	\N	\N	\N	\N
325	321	\N	\N	\N	\N	row 321\t321	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcaf1a3dfb505ffed0d024130f58c5cfa	\N	\N	\N	\N	\N	\N	\N
326	322	\N	\N	\N	\N	row 322\t322	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5737c6ec2e0716f3d8a7a5c4e0de0d9a	\N	\N	\N	\N	\N	\N	\N
327	323	\N	\N	\N	\N	row 323\t323	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbc6dc48b743dc5d013b1abaebd2faed2	\N	\N	\N	\N	\N	\N	\N
328	324	\N	\N	\N	\N	row 324\t324	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf2fc990265c712c49d51a18a32b39f0c	\N	\N	\N	\N	\N	\N	\N
329	325	\N	\N	\N	\N	row 325\t325	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x89f0fd5c927d466d6ec9a21b9ac34ffa	\N	\N	\N	\N	\N	\N	\N
330	326	\N	\N	\N	\N	row 326\t326	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa666587afda6e89aec274a3657558a27	\N	\N	\N	\N	\N	\N	\N
331	327	\N	\N	\N	\N	row 327\t327	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb83aac23b9528732c23cc7352950e880	\N	\N	\N	\N	\N	\N	\N
332	328	\N	\N	\N	\N	row 328\t328	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd00692c3bfe59267d5ecfac5310286c	\N	\N	\N	\N	\N	\N	\N
333	329	\N	\N	\N	\N	row 329\t329	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6faa8040da20ef399b63a72d0e4ab575	\N	\N	\N	\N	\N	\N	\N
334	330	\N	\N	\N	\N	row 330\t330	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe73f687e5bc5280214e0486b273a5f9	\N	\N	\N	\N	\N	\N	\N
335	331	\N	\N	\N	\N	row 331\t331	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6da37dd3139aa4d9aa55b8d237ec5d4a	\N	\N	\N	\N	\N	\N	\N
336	332	\N	\N	\N	\N	row 332\t332	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc042f4db68f23406c6cecf84a7ebb0fe	\N	\N	\N	\N	\N	\N	\N
337	333	\N	\N	\N	\N	row 333\t333	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x310dcbbf4cce62f762a2aaa148d556bd	\N	\N	\N	\N	\N	\N	\N
338	334	\N	\N	\N	\N	row 334\t334	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f2b265625d76a6704b08093c652fd79	\N	\N	\N	\N	\N	\N	\N
339	335	\N	\N	\N	\N	row 335\t335	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf9b902fc3289af4dd08de5d1de54f68f	\N	\N	\N	\N	\N	\N	\N
340	336	\N	\N	\N	\N	row 336\t336	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6855456e2fe46a9d49d3d3af4f57443d	\N	\N	\N	\N	\N	\N	\N
341	337	\N	\N	\N	\N	row 337\t337	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x357a6fdf7642bf815a88822c447d9dc4	\N	\N	\N	\N	\N	\N	\N
342	338	\N	\N	\N	\N	row 338\t338	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x819f46e52c25763a55cc642422644317	\N	\N	\N	\N	\N	\N	\N
343	339	\N	\N	\N	\N	row 339\t339	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x04025959b191f8f9de3f924f0940515f	\N	\N	\N	\N	\N	\N	\N
344	340	\N	\N	\N	\N	row 340\t340	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x40008b9a5380fcacce3976bf7c08af5b	\N	\N	\N	\N	\N	\N	\N
345	341	\N	\N	\N	\N	row 341\t341	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3dd48ab31d016ffcbf3314df2b3cb9ce	\N	\N	\N	\N	\N	\N	\N
346	342	\N	\N	\N	\N	row 342\t342	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58238e9ae2dd305d79c2ebc8c1883422	\N	\N	\N	\N	\N	\N	\N
347	343	\N	\N	\N	\N	row 343\t343	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3ad7c2ebb96fcba7cda0cf54a2e802f5	\N	\N	\N	\N	\N	\N	\N
348	344	\N	\N	\N	\N	row 344\t344	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3967a0e938dc2a6340e258630febd5a	\N	\N	\N	\N	\N	\N	\N
349	345	\N	\N	\N	\N	row 345\t345	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd81f9c1be2e08964bf9f24b15f0e4900	\N	\N	\N	\N	\N	\N	\N
350	346	\N	\N	\N	\N	row 346\t346	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x13f9896df61279c928f19721878fac41	\N	\N	\N	\N	\N	\N	\N
351	347	\N	\N	\N	\N	row 347\t347	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5ff2543b53f4cc0ad3819a36752467b	\N	\N	\N	\N	\N	\N	\N
352	348	\N	\N	\N	\N	row 348\t348	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01386bd6d8e091c2ab4c7c7de644d37b	\N	\N	\N	\N	\N	\N	\N
353	349	\N	\N	\N	\N	row 349\t349	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0bb4aec1710521c12ee76289d9440817	\N	\N	\N	\N	\N	\N	\N
354	350	\N	\N	\N	\N	row 350\t350	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9de6d14fff9806d4bcd1ef555be766cd	\N	\N	\N	\N	\N	\N	\N
355	351	\N	\N	\N	\N	row 351\t351	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xefe937780e95574250dabe07151bdc23	\N	\N	\N	\N	\N	\N	\N
356	352	\N	\N	\N	\N	row 352\t352	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x371bce7dc83817b7893bcdeed13799b5	\N	\N	\N	\N	\N	\N	\N
357	353	\N	\N	\N	\N	row 353\t353	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x138bb0696595b338afbab333c555292a	\N	\N	\N	\N	\N	\N	\N
358	354	\N	\N	\N	\N	row 354\t354	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8dd48d6a2e2cad213179a3992c0be53c	\N	\N	\N	\N	\N	\N	\N
359	355	\N	\N	\N	\N	row 355\t355	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82cec96096d4281b7c95cd7e74623496	\N	\N	\N	\N	\N	\N	\N
360	356	\N	\N	\N	\N	row 356\t356	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c524f9d5d7027454a783c841250ba71	\N	\N	\N	\N	\N	\N	\N
361	357	\N	\N	\N	\N	row 357\t357	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb7b9ffa5462084c5f4e7e85a093e6d7	\N	\N	\N	\N	\N	\N	\N
362	358	\N	\N	\N	\N	row 358\t358	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaa942ab2bfa6ebda4840e7360ce6e7ef	\N	\N	\N	\N	\N	\N	\N
363	359	\N	\N	\N	\N	row 359\t359	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc058f544c737782deacefa532d9add4c	\N	\N	\N	\N	\N	\N	\N
364	360	\N	\N	\N	\N	row 360\t360	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe7b24b112a44fdd9ee93bdf998c6ca0e	\N	\N	\N	\N	\N	\N	\N
365	361	\N	\N	\N	\N	row 361\t361	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52720e003547c70561bf5e03b95aa99f	\N	\N	\N	\N	\N	\N	\N
366	362	\N	\N	\N	\N	row 362\t362	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3e878e27f52e2a57ace4d9a76fd9acf	\N	\N	\N	\N	\N	\N	\N
367	363	\N	\N	\N	\N	row 363\t363	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00411460f7c92d2124a67ea0f4cb5f85	\N	\N	\N	\N	\N	\N	\N
368	364	\N	\N	\N	\N	row 364\t364	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbac9162b47c56fc8a4d2a519803d51b3	\N	\N	\N	\N	\N	\N	\N
369	365	\N	\N	\N	\N	row 365\t365	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9be40cee5b0eee1462c82c6964087ff9	\N	\N	\N	\N	\N	\N	\N
370	366	\N	\N	\N	\N	row 366\t366	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ef698cd9fe650923ea331c15af3b160	\N	\N	\N	\N	\N	\N	\N
371	367	\N	\N	\N	\N	row 367\t367	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x05049e90fa4f5039a8cadc6acbb4b2cc	\N	\N	\N	\N	\N	\N	\N
372	368	\N	\N	\N	\N	row 368\t368	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf004fdc76fa1a4f25f62e0eb5261ca3	\N	\N	\N	\N	\N	\N	\N
373	369	\N	\N	\N	\N	row 369\t369	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c74b7f78409a4022a2c4c5a5ca3ee19	\N	\N	\N	\N	\N	\N	\N
374	370	\N	\N	\N	\N	row 370\t370	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd709f38ef758b5066ef31b18039b8ce5	\N	\N	\N	\N	\N	\N	\N
375	371	\N	\N	\N	\N	row 371\t371	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x41f1f19176d383480afa65d325c06ed0	\N	\N	\N	\N	\N	\N	\N
376	372	\N	\N	\N	\N	row 372\t372	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24b16fede9a67c9251d3e7c7161c83ac	\N	\N	\N	\N	\N	\N	\N
377	373	\N	\N	\N	\N	row 373\t373	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xffd52f3c7e12435a724a8f30fddadd9c	\N	\N	\N	\N	\N	\N	\N
378	374	\N	\N	\N	\N	row 374\t374	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad972f10e0800b49d76fed33a21f6698	\N	\N	\N	\N	\N	\N	\N
379	375	\N	\N	\N	\N	row 375\t375	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf61d6947467ccd3aa5af24db320235dd	\N	\N	\N	\N	\N	\N	\N
380	376	\N	\N	\N	\N	row 376\t376	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x142949df56ea8ae0be8b5306971900a4	\N	\N	\N	\N	\N	\N	\N
381	377	\N	\N	\N	\N	row 377\t377	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd34ab169b70c9dcd35e62896010cd9ff	\N	\N	\N	\N	\N	\N	\N
382	378	\N	\N	\N	\N	row 378\t378	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8bf1211fd4b7b94528899de0a43b9fb3	\N	\N	\N	\N	\N	\N	\N
383	379	\N	\N	\N	\N	row 379\t379	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa02ffd91ece5e7efeb46db8f10a74059	\N	\N	\N	\N	\N	\N	\N
384	380	\N	\N	\N	\N	row 380\t380	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbca82e41ee7b0833588399b1fcd177c7	\N	\N	\N	\N	\N	\N	\N
385	381	\N	\N	\N	\N	row 381\t381	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00ec53c4682d36f5c4359f4ae7bd7ba1	\N	\N	\N	\N	\N	\N	\N
386	382	\N	\N	\N	\N	row 382\t382	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f6ffe13a5d75b2d6a3923922b3922e5	\N	\N	\N	\N	\N	\N	\N
387	383	\N	\N	\N	\N	row 383\t383	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbeed13602b9b0e6ecb5b568ff5058f07	\N	\N	\N	\N	\N	\N	\N
388	384	\N	\N	\N	\N	row 384\t384	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0584ce565c824b7b7f50282d9a19945b	\N	\N	\N	\N	\N	\N	\N
389	385	\N	\N	\N	\N	row 385\t385	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc912a253d1e9ba40e2c597ed2376640	\N	\N	\N	\N	\N	\N	\N
390	386	\N	\N	\N	\N	row 386\t386	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x39461a19e9eddfb385ea76b26521ea48	\N	\N	\N	\N	\N	\N	\N
391	387	\N	\N	\N	\N	row 387\t387	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8efb100a295c0c690931222ff4467bb8	\N	\N	\N	\N	\N	\N	\N
392	388	\N	\N	\N	\N	row 388\t388	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd9fc5b73a8d78fad3d6dffe419384e70	\N	\N	\N	\N	\N	\N	\N
393	389	\N	\N	\N	\N	row 389\t389	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc86a7ee3d8ef0b551ed58e354a836f2b	\N	\N	\N	\N	\N	\N	\N
394	390	\N	\N	\N	\N	row 390\t390	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa01a0380ca3c61428c26a231f0e49a09	\N	\N	\N	\N	\N	\N	\N
395	391	\N	\N	\N	\N	row 391\t391	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a4b25aaed25c2ee1b74de72dc03c14e	\N	\N	\N	\N	\N	\N	\N
396	392	\N	\N	\N	\N	row 392\t392	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf73b76ce8949fe29bf2a537cfa420e8f	\N	\N	\N	\N	\N	\N	\N
397	393	\N	\N	\N	\N	row 393\t393	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70c639df5e30bdee440e4cdf599fec2b	\N	\N	\N	\N	\N	\N	\N
398	394	\N	\N	\N	\N	row 394\t394	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28f0b864598a1291557bed248a998d4e	\N	\N	\N	\N	\N	\N	\N
399	395	\N	\N	\N	\N	row 395\t395	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1543843a4723ed2ab08e18053ae6dc5b	\N	\N	\N	\N	\N	\N	\N
400	396	\N	\N	\N	\N	row 396\t396	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf8c1f23d6a8d8d7904fc0ea8e066b3bb	\N	\N	\N	\N	\N	\N	\N
401	397	\N	\N	\N	\N	row 397\t397	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe46de7e1bcaaced9a54f1e9d0d2f800d	\N	\N	\N	\N	\N	\N	\N
402	398	\N	\N	\N	\N	row 398\t398	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb7b16ecf8ca53723593894116071700c	\N	\N	\N	\N	\N	\N	\N
403	399	\N	\N	\N	\N	row 399\t399	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x352fe25daf686bdb4edca223c921acea	\N	\N	\N	\N	\N	\N	\N
404	400	\N	\N	\N	\N	row 400\t400	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x18d8042386b79e2c279fd162df0205c8	\N	\N	\N	\N	\N	\N	\N
405	401	\N	\N	\N	\N	row 401\t401	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x816b112c6105b3ebd537828a39af4818	\N	\N	\N	\N	\N	\N	\N
406	402	\N	\N	\N	\N	row 402\t402	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69cb3ea317a32c4e6143e665fdb20b14	\N	\N	\N	\N	\N	\N	\N
407	403	\N	\N	\N	\N	row 403\t403	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbbf94b34eb32268ada57a3be5062fe7d	\N	\N	\N	\N	\N	\N	\N
408	404	\N	\N	\N	\N	row 404\t404	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f4adcbf8c6f66dcfc8a3282ac2bf10a	\N	\N	\N	\N	\N	\N	\N
409	405	\N	\N	\N	\N	row 405\t405	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbbcbff5c1f1ded46c25d28119a85c6c2	\N	\N	\N	\N	\N	\N	\N
410	406	\N	\N	\N	\N	row 406\t406	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8cb22bdd0b7ba1ab13d742e22eed8da2	\N	\N	\N	\N	\N	\N	\N
411	407	\N	\N	\N	\N	row 407\t407	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4f6dce2f3a0f9dada0c2b5b66452017	\N	\N	\N	\N	\N	\N	\N
412	408	\N	\N	\N	\N	row 408\t408	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d0fd7c6e093f7b804fa0150b875b868	\N	\N	\N	\N	\N	\N	\N
413	409	\N	\N	\N	\N	row 409\t409	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa96b65a721e561e1e3de768ac819ffbb	\N	\N	\N	\N	\N	\N	\N
414	410	\N	\N	\N	\N	row 410\t410	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1068c6e4c8051cfd4e9ea8072e3189e2	\N	\N	\N	\N	\N	\N	\N
415	411	\N	\N	\N	\N	row 411\t411	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17d63b1625c816c22647a73e1482372b	\N	\N	\N	\N	\N	\N	\N
416	412	\N	\N	\N	\N	row 412\t412	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb9228e0962a78b84f3d5d92f4faa000b	\N	\N	\N	\N	\N	\N	\N
417	413	\N	\N	\N	\N	row 413\t413	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0deb1c54814305ca9ad266f53bc82511	\N	\N	\N	\N	\N	\N	\N
418	414	\N	\N	\N	\N	row 414\t414	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x66808e327dc79d135ba18e051673d906	\N	\N	\N	\N	\N	\N	\N
419	415	\N	\N	\N	\N	row 415\t415	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42e7aaa88b48137a16a1acd04ed91125	\N	\N	\N	\N	\N	\N	\N
420	416	\N	\N	\N	\N	row 416\t416	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8fe0093bb30d6f8c31474bd0764e6ac0	\N	\N	\N	\N	\N	\N	\N
421	417	\N	\N	\N	\N	row 417\t417	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x41ae36ecb9b3eee609d05b90c14222fb	\N	\N	\N	\N	\N	\N	\N
422	418	\N	\N	\N	\N	row 418\t418	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1f255a373a3cef72e03aa9d980c7eca	\N	\N	\N	\N	\N	\N	\N
423	419	\N	\N	\N	\N	row 419\t419	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7eacb532570ff6858afd2723755ff790	\N	\N	\N	\N	\N	\N	\N
424	420	\N	\N	\N	\N	row 420\t420	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6f0479ae87d244975439c6124592772	\N	\N	\N	\N	\N	\N	\N
425	421	\N	\N	\N	\N	row 421\t421	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0c641195b27425bb056ac56f8953d24	\N	\N	\N	\N	\N	\N	\N
426	422	\N	\N	\N	\N	row 422\t422	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf85454e8279be180185cac7d243c5eb3	\N	\N	\N	\N	\N	\N	\N
427	423	\N	\N	\N	\N	row 423\t423	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfaa9afea49ef2ff029a833cccc778fd0	\N	\N	\N	\N	\N	\N	\N
428	424	\N	\N	\N	\N	row 424\t424	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3c7781a36bcd6cf08c11a970fbe0e2a6	\N	\N	\N	\N	\N	\N	\N
429	425	\N	\N	\N	\N	row 425\t425	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25b2822c2f5a3230abfadd476e8b04c9	\N	\N	\N	\N	\N	\N	\N
430	426	\N	\N	\N	\N	row 426\t426	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ecbdd6ec859d284dc13885a37ce8d81	\N	\N	\N	\N	\N	\N	\N
431	427	\N	\N	\N	\N	row 427\t427	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x18997733ec258a9fcaf239cc55d53363	\N	\N	\N	\N	\N	\N	\N
432	428	\N	\N	\N	\N	row 428\t428	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d7d8ee069cb0cbbf816bbb65d56947e	\N	\N	\N	\N	\N	\N	\N
433	429	\N	\N	\N	\N	row 429\t429	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x75fc093c0ee742f6dddaa13fff98f104	\N	\N	\N	\N	\N	\N	\N
434	430	\N	\N	\N	\N	row 430\t430	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf74909ace68e51891440e4da0b65a70c	\N	\N	\N	\N	\N	\N	\N
435	431	\N	\N	\N	\N	row 431\t431	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x66368270ffd51418ec58bd793f2d9b1b	\N	\N	\N	\N	\N	\N	\N
436	432	\N	\N	\N	\N	row 432\t432	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x248e844336797ec98478f85e7626de4a	\N	\N	\N	\N	\N	\N	\N
437	433	\N	\N	\N	\N	row 433\t433	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x019d385eb67632a7e958e23f24bd07d7	\N	\N	\N	\N	\N	\N	\N
438	434	\N	\N	\N	\N	row 434\t434	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa49e9411d64ff53eccfdd09ad10a15b3	\N	\N	\N	\N	\N	\N	\N
439	435	\N	\N	\N	\N	row 435\t435	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xddb30680a691d157187ee1cf9e896d03	\N	\N	\N	\N	\N	\N	\N
440	436	\N	\N	\N	\N	row 436\t436	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2421fcb1263b9530df88f7f002e78ea5	\N	\N	\N	\N	\N	\N	\N
441	437	\N	\N	\N	\N	row 437\t437	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfccb60fb512d13df5083790d64c4d5dd	\N	\N	\N	\N	\N	\N	\N
442	438	\N	\N	\N	\N	row 438\t438	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1651cf0d2f737d7adeab84d339dbabd3	\N	\N	\N	\N	\N	\N	\N
443	439	\N	\N	\N	\N	row 439\t439	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeed5af6add95a9a6f1252739b1ad8c24	\N	\N	\N	\N	\N	\N	\N
444	440	\N	\N	\N	\N	row 440\t440	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8abb4bb284b5b27aa7cb790dc20f80b	\N	\N	\N	\N	\N	\N	\N
445	441	\N	\N	\N	\N	row 441\t441	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x15d4e891d784977cacbfcbb00c48f133	\N	\N	\N	\N	\N	\N	\N
446	442	\N	\N	\N	\N	row 442\t442	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc203d8a151612acf12457e4d67635a95	\N	\N	\N	\N	\N	\N	\N
447	443	\N	\N	\N	\N	row 443\t443	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x13f3cf8c531952d72e5847c4183e6910	\N	\N	\N	\N	\N	\N	\N
448	444	\N	\N	\N	\N	row 444\t444	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x550a141f12de6341fba65b0ad0433500	\N	\N	\N	\N	\N	\N	\N
449	445	\N	\N	\N	\N	row 445\t445	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x67f7fb873eaf29526a11a9b7ac33bfac	\N	\N	\N	\N	\N	\N	\N
450	446	\N	\N	\N	\N	row 446\t446	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1a5b1e4daae265b790965a275b53ae50	\N	\N	\N	\N	\N	\N	\N
451	447	\N	\N	\N	\N	row 447\t447	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a96876e2f8f3dc4f3cf45f02c61c0c1	\N	\N	\N	\N	\N	\N	\N
452	448	\N	\N	\N	\N	row 448\t448	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9b70e8fe62e40c570a322f1b0b659098	\N	\N	\N	\N	\N	\N	\N
453	449	\N	\N	\N	\N	row 449\t449	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd61e4bbd6393c9111e6526ea173a7c8b	\N	\N	\N	\N	\N	\N	\N
454	450	\N	\N	\N	\N	row 450\t450	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf5f8590cd58a54e94377e6ae2eded4d9	\N	\N	\N	\N	\N	\N	\N
455	451	\N	\N	\N	\N	row 451\t451	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x941e1aaaba585b952b62c14a3a175a61	\N	\N	\N	\N	\N	\N	\N
456	452	\N	\N	\N	\N	row 452\t452	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9431c87f273e507e6040fcb07dcb4509	\N	\N	\N	\N	\N	\N	\N
457	453	\N	\N	\N	\N	row 453\t453	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49ae49a23f67c759bf4fc791ba842aa2	\N	\N	\N	\N	\N	\N	\N
458	454	\N	\N	\N	\N	row 454\t454	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe44fea3bec53bcea3b7513ccef5857ac	\N	\N	\N	\N	\N	\N	\N
459	455	\N	\N	\N	\N	row 455\t455	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x821fa74b50ba3f7cba1e6c53e8fa6845	\N	\N	\N	\N	\N	\N	\N
460	456	\N	\N	\N	\N	row 456\t456	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x250cf8b51c773f3f8dc8b4be867a9a02	\N	\N	\N	\N	\N	\N	\N
461	457	\N	\N	\N	\N	row 457\t457	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42998cf32d552343bc8e460416382dca	\N	\N	\N	\N	\N	\N	\N
462	458	\N	\N	\N	\N	row 458\t458	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd07e70efcfab08731a97e7b91be644de	\N	\N	\N	\N	\N	\N	\N
463	459	\N	\N	\N	\N	row 459\t459	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7fe1f8abaad094e0b5cb1b01d712f708	\N	\N	\N	\N	\N	\N	\N
464	460	\N	\N	\N	\N	row 460\t460	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98b297950041a42470269d56260243a1	\N	\N	\N	\N	\N	\N	\N
465	461	\N	\N	\N	\N	row 461\t461	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0353ab4cbed5beae847a7ff6e220b5cf	\N	\N	\N	\N	\N	\N	\N
466	462	\N	\N	\N	\N	row 462\t462	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x51d92be1c60d1db1d2e5e7a07da55b26	\N	\N	\N	\N	\N	\N	\N
467	463	\N	\N	\N	\N	row 463\t463	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x428fca9bc1921c25c5121f9da7815cde	\N	\N	\N	\N	\N	\N	\N
468	464	\N	\N	\N	\N	row 464\t464	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf1b6f2857fb6d44dd73c7041e0aa0f19	\N	\N	\N	\N	\N	\N	\N
469	465	\N	\N	\N	\N	row 465\t465	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68ce199ec2c5517597ce0a4d89620f55	\N	\N	\N	\N	\N	\N	\N
470	466	\N	\N	\N	\N	row 466\t466	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe836d813fd184325132fca8edcdfb40e	\N	\N	\N	\N	\N	\N	\N
471	467	\N	\N	\N	\N	row 467\t467	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab817c9349cf9c4f6877e1894a1faa00	\N	\N	\N	\N	\N	\N	\N
472	468	\N	\N	\N	\N	row 468\t468	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x877a9ba7a98f75b90a9d49f53f15a858	\N	\N	\N	\N	\N	\N	\N
473	469	\N	\N	\N	\N	row 469\t469	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc6a6489640ca02b0d42dabeb8e46bb7	\N	\N	\N	\N	\N	\N	\N
474	470	\N	\N	\N	\N	row 470\t470	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26337353b7962f533d78c762373b3318	\N	\N	\N	\N	\N	\N	\N
475	471	\N	\N	\N	\N	row 471\t471	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e6b42f1644ecb1327dc03ab345e618b	\N	\N	\N	\N	\N	\N	\N
476	472	\N	\N	\N	\N	row 472\t472	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef575e8837d065a1683c022d2077d342	\N	\N	\N	\N	\N	\N	\N
477	473	\N	\N	\N	\N	row 473\t473	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2050e03ca119580f74cca14cc6e97462	\N	\N	\N	\N	\N	\N	\N
478	474	\N	\N	\N	\N	row 474\t474	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25ddc0f8c9d3e22e03d3076f98d83cb2	\N	\N	\N	\N	\N	\N	\N
479	475	\N	\N	\N	\N	row 475\t475	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ef0b4eba35ab2d6180b0bca7e46b6f9	\N	\N	\N	\N	\N	\N	\N
480	476	\N	\N	\N	\N	row 476\t476	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x598b3e71ec378bd83e0a727608b5db01	\N	\N	\N	\N	\N	\N	\N
481	477	\N	\N	\N	\N	row 477\t477	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x74071a673307ca7459bcf75fbd024e09	\N	\N	\N	\N	\N	\N	\N
482	478	\N	\N	\N	\N	row 478\t478	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcfee398643cbc3dc5eefc89334cacdc1	\N	\N	\N	\N	\N	\N	\N
483	479	\N	\N	\N	\N	row 479\t479	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd18f655c3fce66ca401d5f38b48c89af	\N	\N	\N	\N	\N	\N	\N
484	480	\N	\N	\N	\N	row 480\t480	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ea2ef7311b482724a9b7b0bc0dd85c6	\N	\N	\N	\N	\N	\N	\N
485	481	\N	\N	\N	\N	row 481\t481	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9461cce28ebe3e76fb4b931c35a169b0	\N	\N	\N	\N	\N	\N	\N
486	482	\N	\N	\N	\N	row 482\t482	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf770b62bc8f42a0b66751fe636fc6eb0	\N	\N	\N	\N	\N	\N	\N
487	483	\N	\N	\N	\N	row 483\t483	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe1e32e235eee1f970470a3a6658dfdd5	\N	\N	\N	\N	\N	\N	\N
488	484	\N	\N	\N	\N	row 484\t484	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeba0dc302bcd9a273f8bbb72be3a687b	\N	\N	\N	\N	\N	\N	\N
489	485	\N	\N	\N	\N	row 485\t485	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x218a0aefd1d1a4be65601cc6ddc1520e	\N	\N	\N	\N	\N	\N	\N
490	486	\N	\N	\N	\N	row 486\t486	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7d04bbbe5494ae9d2f5a76aa1c00fa2f	\N	\N	\N	\N	\N	\N	\N
491	487	\N	\N	\N	\N	row 487\t487	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa516a87cfcaef229b342c437fe2b95f7	\N	\N	\N	\N	\N	\N	\N
492	488	\N	\N	\N	\N	row 488\t488	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3c59e5f8b3e9753913f4d435b53c308	\N	\N	\N	\N	\N	\N	\N
493	489	\N	\N	\N	\N	row 489\t489	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x854d9fca60b4bd07f9bb215d59ef5561	\N	\N	\N	\N	\N	\N	\N
494	490	\N	\N	\N	\N	row 490\t490	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc410003ef13d451727aeff9082c29a5c	\N	\N	\N	\N	\N	\N	\N
495	491	\N	\N	\N	\N	row 491\t491	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x559cb990c9dffd8675f6bc2186971dc2	\N	\N	\N	\N	\N	\N	\N
496	492	\N	\N	\N	\N	row 492\t492	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x55a7cf9c71f1c9c495413f934dd1a158	\N	\N	\N	\N	\N	\N	\N
497	493	\N	\N	\N	\N	row 493\t493	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f55707d4193dc27118a0f19a1985716	\N	\N	\N	\N	\N	\N	\N
498	494	\N	\N	\N	\N	row 494\t494	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1be3bc32e6564055d5ca3e5a354acbef	\N	\N	\N	\N	\N	\N	\N
499	495	\N	\N	\N	\N	row 495\t495	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35051070e572e47d2c26c241ab88307f	\N	\N	\N	\N	\N	\N	\N
500	496	\N	\N	\N	\N	row 496\t496	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb534ba68236ba543ae44b22bd110a1d6	\N	\N	\N	\N	\N	\N	\N
501	497	\N	\N	\N	\N	row 497\t497	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7380ad8a673226ae47fce7bff88e9c33	\N	\N	\N	\N	\N	\N	\N
502	498	\N	\N	\N	\N	row 498\t498	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x05f971b5ec196b8c65b75d2ef8267331	\N	\N	\N	\N	\N	\N	\N
503	499	\N	\N	\N	\N	row 499\t499	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3cf166c6b73f030b4f67eeaeba301103	\N	\N	\N	\N	\N	\N	\N
504	500	\N	\N	\N	\N	row 500\t500	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcee631121c2ec9232f3a2f028ad5c89b	\N	\N	\N	\N	\N	\N	\N
505	501	\N	\N	\N	\N	row 501\t501	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5b69b9cb83065d403869739ae7f0995e	\N	\N	\N	\N	\N	\N	\N
506	502	\N	\N	\N	\N	row 502\t502	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5b41fac0361d157d9673ecb926af5ae	\N	\N	\N	\N	\N	\N	\N
507	503	\N	\N	\N	\N	row 503\t503	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x285e19f20beded7d215102b49d5c09a0	\N	\N	\N	\N	\N	\N	\N
508	504	\N	\N	\N	\N	row 504\t504	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb337e84de8752b27eda3a12363109e80	\N	\N	\N	\N	\N	\N	\N
509	505	\N	\N	\N	\N	row 505\t505	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe8c0653fea13f91bf3c48159f7c24f78	\N	\N	\N	\N	\N	\N	\N
510	506	\N	\N	\N	\N	row 506\t506	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xff4d5fbbafdf976cfdc032e3bde78de5	\N	\N	\N	\N	\N	\N	\N
511	507	\N	\N	\N	\N	row 507\t507	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d6cc4b2d139a53512fb8cbb3086ae2e	\N	\N	\N	\N	\N	\N	\N
512	508	\N	\N	\N	\N	row 508\t508	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x389bc7bb1e1c2a5e7e147703232a88f6	\N	\N	\N	\N	\N	\N	\N
513	509	\N	\N	\N	\N	row 509\t509	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2230b853516e7b05d79744fbd4c9c13	\N	\N	\N	\N	\N	\N	\N
514	510	\N	\N	\N	\N	row 510\t510	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x087408522c31eeb1f982bc0eaf81d35f	\N	\N	\N	\N	\N	\N	\N
515	511	\N	\N	\N	\N	row 511\t511	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa760880003e7ddedfef56acb3b09697f	\N	\N	\N	\N	\N	\N	\N
516	512	\N	\N	\N	\N	row 512\t512	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x10a7cdd970fe135cf4f7bb55c0e3b59f	\N	\N	\N	\N	\N	\N	\N
517	513	\N	\N	\N	\N	row 513\t513	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3dc4876f3f08201c7c76cb71fa1da439	\N	\N	\N	\N	\N	\N	\N
518	514	\N	\N	\N	\N	row 514\t514	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x59b90e1005a220e2ebc542eb9d950b1e	\N	\N	\N	\N	\N	\N	\N
519	515	\N	\N	\N	\N	row 515\t515	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b8a61594b1f4c4db0902a8a395ced93	\N	\N	\N	\N	\N	\N	\N
520	516	\N	\N	\N	\N	row 516\t516	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3f27a324736617f20abbf2ffd806f6d	\N	\N	\N	\N	\N	\N	\N
521	517	\N	\N	\N	\N	row 517\t517	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38913e1d6a7b94cb0f55994f679f5956	\N	\N	\N	\N	\N	\N	\N
522	518	\N	\N	\N	\N	row 518\t518	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xebd9629fc3ae5e9f6611e2ee05a31cef	\N	\N	\N	\N	\N	\N	\N
523	519	\N	\N	\N	\N	row 519\t519	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x63538fe6ef330c13a05a3ed7e599d5f7	\N	\N	\N	\N	\N	\N	\N
524	520	\N	\N	\N	\N	row 520\t520	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf67355a3333e6e143439161adc2d82e	\N	\N	\N	\N	\N	\N	\N
525	521	\N	\N	\N	\N	row 521\t521	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07563a3fe3bbe7e3ba84431ad9d055af	\N	\N	\N	\N	\N	\N	\N
526	522	\N	\N	\N	\N	row 522\t522	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53fde96fcc4b4ce72d7739202324cd49	\N	\N	\N	\N	\N	\N	\N
527	523	\N	\N	\N	\N	row 523\t523	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2bb232c0b13c774965ef8558f0fbd615	\N	\N	\N	\N	\N	\N	\N
528	524	\N	\N	\N	\N	row 524\t524	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xba2fd310dcaa8781a9a652a31baf3c68	\N	\N	\N	\N	\N	\N	\N
529	525	\N	\N	\N	\N	row 525\t525	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69421f032498c97020180038fddb8e24	\N	\N	\N	\N	\N	\N	\N
530	526	\N	\N	\N	\N	row 526\t526	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x85422afb467e9456013a2a51d4dff702	\N	\N	\N	\N	\N	\N	\N
531	527	\N	\N	\N	\N	row 527\t527	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x13f320e7b5ead1024ac95c3b208610db	\N	\N	\N	\N	\N	\N	\N
532	528	\N	\N	\N	\N	row 528\t528	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4be00279ee2e0a53eafdaa94a151e2c	\N	\N	\N	\N	\N	\N	\N
533	529	\N	\N	\N	\N	row 529\t529	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x37f0e884fbad9667e38940169d0a3c95	\N	\N	\N	\N	\N	\N	\N
534	530	\N	\N	\N	\N	row 530\t530	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd64a340bcb633f536d56e51874281454	\N	\N	\N	\N	\N	\N	\N
535	531	\N	\N	\N	\N	row 531\t531	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0fcbc61acd0479dc77e3cccc0f5ffca7	\N	\N	\N	\N	\N	\N	\N
536	532	\N	\N	\N	\N	row 532\t532	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x298f95e1bf9136124592c8d4825a06fc	\N	\N	\N	\N	\N	\N	\N
537	533	\N	\N	\N	\N	row 533\t533	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf877f3865752637daa540ea9cbc474f	\N	\N	\N	\N	\N	\N	\N
538	534	\N	\N	\N	\N	row 534\t534	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc399862d3b9d6b76c8436e924a68c45b	\N	\N	\N	\N	\N	\N	\N
539	535	\N	\N	\N	\N	row 535\t535	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x33e8075e9970de0cfea955afd4644bb2	\N	\N	\N	\N	\N	\N	\N
540	536	\N	\N	\N	\N	row 536\t536	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65658fde58ab3c2b6e5132a39fae7cb9	\N	\N	\N	\N	\N	\N	\N
541	537	\N	\N	\N	\N	row 537\t537	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ea1649a31336092c05438df996a3e59	\N	\N	\N	\N	\N	\N	\N
542	538	\N	\N	\N	\N	row 538\t538	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7bcdf75ad237b8e02e301f4091fb6bc8	\N	\N	\N	\N	\N	\N	\N
543	539	\N	\N	\N	\N	row 539\t539	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5737034557ef5b8c02c0e46513b98f90	\N	\N	\N	\N	\N	\N	\N
544	540	\N	\N	\N	\N	row 540\t540	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9b72e31dac81715466cd580a448cf823	\N	\N	\N	\N	\N	\N	\N
545	541	\N	\N	\N	\N	row 541\t541	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x16c222aa19898e5058938167c8ab6c57	\N	\N	\N	\N	\N	\N	\N
546	542	\N	\N	\N	\N	row 542\t542	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7dcd340d84f762eba80aa538b0c527f7	\N	\N	\N	\N	\N	\N	\N
547	543	\N	\N	\N	\N	row 543\t543	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81448138f5f163ccdba4acc69819f280	\N	\N	\N	\N	\N	\N	\N
548	544	\N	\N	\N	\N	row 544\t544	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x97e8527feaf77a97fc38f34216141515	\N	\N	\N	\N	\N	\N	\N
549	545	\N	\N	\N	\N	row 545\t545	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x647bba344396e7c8170902bcf2e15551	\N	\N	\N	\N	\N	\N	\N
550	546	\N	\N	\N	\N	row 546\t546	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xed265bc903a5a097f61d3ec064d96d2e	\N	\N	\N	\N	\N	\N	\N
551	547	\N	\N	\N	\N	row 547\t547	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc75b6f114c23a4d7ea11331e7c00e73c	\N	\N	\N	\N	\N	\N	\N
552	548	\N	\N	\N	\N	row 548\t548	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d34201a5b85900908db6cae92723617	\N	\N	\N	\N	\N	\N	\N
553	549	\N	\N	\N	\N	row 549\t549	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xccb1d45fb76f7c5a0bf619f979c6cf36	\N	\N	\N	\N	\N	\N	\N
554	550	\N	\N	\N	\N	row 550\t550	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01f78be6f7cad02658508fe4616098a9	\N	\N	\N	\N	\N	\N	\N
555	551	\N	\N	\N	\N	row 551\t551	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f24d240521d99071c93af3917215ef7	\N	\N	\N	\N	\N	\N	\N
556	552	\N	\N	\N	\N	row 552\t552	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x94c7bb58efc3b337800875b5d382a072	\N	\N	\N	\N	\N	\N	\N
557	553	\N	\N	\N	\N	row 553\t553	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf387624df552cea2f369918c5e1e12bc	\N	\N	\N	\N	\N	\N	\N
558	554	\N	\N	\N	\N	row 554\t554	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5e388103a391daabe3de1d76a6739ccd	\N	\N	\N	\N	\N	\N	\N
559	555	\N	\N	\N	\N	row 555\t555	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x15de21c670ae7c3f6f3f1f37029303c9	\N	\N	\N	\N	\N	\N	\N
560	556	\N	\N	\N	\N	row 556\t556	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x11b921ef080f7736089c757404650e40	\N	\N	\N	\N	\N	\N	\N
561	557	\N	\N	\N	\N	row 557\t557	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e2713a6efee97bacb63e52c54f0ada0	\N	\N	\N	\N	\N	\N	\N
562	558	\N	\N	\N	\N	row 558\t558	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1bb91f73e9d31ea2830a5e73ce3ed328	\N	\N	\N	\N	\N	\N	\N
563	559	\N	\N	\N	\N	row 559\t559	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a0772443a0739141292a5429b952fe6	\N	\N	\N	\N	\N	\N	\N
564	560	\N	\N	\N	\N	row 560\t560	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9a6653e48976138166de32772b1bf40	\N	\N	\N	\N	\N	\N	\N
565	561	\N	\N	\N	\N	row 561\t561	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58ae749f25eded36f486bc85feb3f0ab	\N	\N	\N	\N	\N	\N	\N
566	562	\N	\N	\N	\N	row 562\t562	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e4b5fbbbb602b6d35bea8460aa8f8e5	\N	\N	\N	\N	\N	\N	\N
567	563	\N	\N	\N	\N	row 563\t563	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8eefcfdf5990e441f0fb6f3fad709e21	\N	\N	\N	\N	\N	\N	\N
568	564	\N	\N	\N	\N	row 564\t564	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1728efbda81692282ba642aafd57be3a	\N	\N	\N	\N	\N	\N	\N
569	565	\N	\N	\N	\N	row 565\t565	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcbcb58ac2e496207586df2854b17995f	\N	\N	\N	\N	\N	\N	\N
570	566	\N	\N	\N	\N	row 566\t566	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb85e2590b6109813dafa101ceb2faeb	\N	\N	\N	\N	\N	\N	\N
571	567	\N	\N	\N	\N	row 567\t567	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x99c5e07b4d5de9d18c350cdf64c5aa3d	\N	\N	\N	\N	\N	\N	\N
572	568	\N	\N	\N	\N	row 568\t568	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd458505749b2941217ddd59394240e8	\N	\N	\N	\N	\N	\N	\N
573	569	\N	\N	\N	\N	row 569\t569	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b16ebc056e613024c057be590b542eb	\N	\N	\N	\N	\N	\N	\N
574	570	\N	\N	\N	\N	row 570\t570	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa86c450b76fb8c371afead6410d55534	\N	\N	\N	\N	\N	\N	\N
575	571	\N	\N	\N	\N	row 571\t571	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc9892a989183de32e976c6f04e700201	\N	\N	\N	\N	\N	\N	\N
576	572	\N	\N	\N	\N	row 572\t572	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6b4b2a746ed40e1af829d1fa82daa10	\N	\N	\N	\N	\N	\N	\N
577	573	\N	\N	\N	\N	row 573\t573	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe5f6ad6ce374177eef023bf5d0c018b6	\N	\N	\N	\N	\N	\N	\N
578	574	\N	\N	\N	\N	row 574\t574	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0e52b27a7a5d6a1a87373dffa53dbe5	\N	\N	\N	\N	\N	\N	\N
579	575	\N	\N	\N	\N	row 575\t575	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xffeabd223de0d4eacb9a3e6e53e5448d	\N	\N	\N	\N	\N	\N	\N
580	576	\N	\N	\N	\N	row 576\t576	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa7aeed74714116f3b292a982238f83d2	\N	\N	\N	\N	\N	\N	\N
581	577	\N	\N	\N	\N	row 577\t577	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfde9264cf376fffe2ee4ddf4a988880d	\N	\N	\N	\N	\N	\N	\N
582	578	\N	\N	\N	\N	row 578\t578	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8849b052492b5106526b2331e526138	\N	\N	\N	\N	\N	\N	\N
583	579	\N	\N	\N	\N	row 579\t579	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x258be18e31c8188555c2ff05b4d542c3	\N	\N	\N	\N	\N	\N	\N
584	580	\N	\N	\N	\N	row 580\t580	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x069d3bb002acd8d7dd095917f9efe4cb	\N	\N	\N	\N	\N	\N	\N
585	581	\N	\N	\N	\N	row 581\t581	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc6e19e830859f2cb9f7c8f8cacb8d2a6	\N	\N	\N	\N	\N	\N	\N
586	582	\N	\N	\N	\N	row 582\t582	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46922a0880a8f11f8f69cbb52b1396be	\N	\N	\N	\N	\N	\N	\N
587	583	\N	\N	\N	\N	row 583\t583	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9ad6aaed513b73148b7d49f70afcfb32	\N	\N	\N	\N	\N	\N	\N
588	584	\N	\N	\N	\N	row 584\t584	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf5deaeeae1538fb6c45901d524ee2f98	\N	\N	\N	\N	\N	\N	\N
589	585	\N	\N	\N	\N	row 585\t585	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9a1d5317a33ae8cef33961c34144f84	\N	\N	\N	\N	\N	\N	\N
590	586	\N	\N	\N	\N	row 586\t586	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x605ff764c617d3cd28dbbdd72be8f9a2	\N	\N	\N	\N	\N	\N	\N
591	587	\N	\N	\N	\N	row 587\t587	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x766ebcd59621e305170616ba3d3dac32	\N	\N	\N	\N	\N	\N	\N
592	588	\N	\N	\N	\N	row 588\t588	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdaca41214b39c5dc66674d09081940f0	\N	\N	\N	\N	\N	\N	\N
593	589	\N	\N	\N	\N	row 589\t589	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x30bb3825e8f631cc6075c0f87bb4978c	\N	\N	\N	\N	\N	\N	\N
594	590	\N	\N	\N	\N	row 590\t590	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08b255a5d42b89b0585260b6f2360bdd	\N	\N	\N	\N	\N	\N	\N
595	591	\N	\N	\N	\N	row 591\t591	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3493894fa4ea036cfc6433c3e2ee63b0	\N	\N	\N	\N	\N	\N	\N
596	592	\N	\N	\N	\N	row 592\t592	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdbe272bab69f8e13f14b405e038deb64	\N	\N	\N	\N	\N	\N	\N
597	593	\N	\N	\N	\N	row 593\t593	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xacc3e0404646c57502b480dc052c4fe1	\N	\N	\N	\N	\N	\N	\N
598	594	\N	\N	\N	\N	row 594\t594	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x076a0c97d09cf1a0ec3e19c7f2529f2b	\N	\N	\N	\N	\N	\N	\N
599	595	\N	\N	\N	\N	row 595\t595	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x04ecb1fa28506ccb6f72b12c0245ddbc	\N	\N	\N	\N	\N	\N	\N
600	596	\N	\N	\N	\N	row 596\t596	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2eeb7362ef83deff5c7813a67e14f0a	\N	\N	\N	\N	\N	\N	\N
601	597	\N	\N	\N	\N	row 597\t597	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08c5433a60135c32e34f46a71175850c	\N	\N	\N	\N	\N	\N	\N
602	598	\N	\N	\N	\N	row 598\t598	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6aca97005c68f1206823815f66102863	\N	\N	\N	\N	\N	\N	\N
603	599	\N	\N	\N	\N	row 599\t599	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3435c378bb76d4357324dd7e69f3cd18	\N	\N	\N	\N	\N	\N	\N
604	600	\N	\N	\N	\N	row 600\t600	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd490d7b4576290fa60eb31b5fc917ad1	\N	\N	\N	\N	\N	\N	\N
605	601	\N	\N	\N	\N	row 601\t601	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2f627fff19fda463cb386442eac2b3d	\N	\N	\N	\N	\N	\N	\N
606	602	\N	\N	\N	\N	row 602\t602	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3992e9a68c5ae12bd18488bc579b30d	\N	\N	\N	\N	\N	\N	\N
607	603	\N	\N	\N	\N	row 603\t603	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd86ea612dec96096c5e0fcc8dd42ab6d	\N	\N	\N	\N	\N	\N	\N
608	604	\N	\N	\N	\N	row 604\t604	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9cf81d8026a9018052c429cc4e56739b	\N	\N	\N	\N	\N	\N	\N
609	605	\N	\N	\N	\N	row 605\t605	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc361bc7b2c033a83d663b8d9fb4be56e	\N	\N	\N	\N	\N	\N	\N
610	606	\N	\N	\N	\N	row 606\t606	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x44c4c17332cace2124a1a836d9fc4b6f	\N	\N	\N	\N	\N	\N	\N
611	607	\N	\N	\N	\N	row 607\t607	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc82d632c9fcecb0778afbc7924494a6	\N	\N	\N	\N	\N	\N	\N
612	608	\N	\N	\N	\N	row 608\t608	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x996a7fa078cc36c46d02f9af3bef918b	\N	\N	\N	\N	\N	\N	\N
613	609	\N	\N	\N	\N	row 609\t609	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd7a728a67d909e714c0774e22cb806f2	\N	\N	\N	\N	\N	\N	\N
614	610	\N	\N	\N	\N	row 610\t610	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00ac8ed3b4327bdd4ebbebcb2ba10a00	\N	\N	\N	\N	\N	\N	\N
615	611	\N	\N	\N	\N	row 611\t611	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8ebda540cbcc4d7336496819a46a1b68	\N	\N	\N	\N	\N	\N	\N
616	612	\N	\N	\N	\N	row 612\t612	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf76a89f0cb91bc419542ce9fa43902dc	\N	\N	\N	\N	\N	\N	\N
617	613	\N	\N	\N	\N	row 613\t613	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf29c21d4897f78948b91f03172341b7b	\N	\N	\N	\N	\N	\N	\N
618	614	\N	\N	\N	\N	row 614\t614	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x851ddf5058cf22df63d3344ad89919cf	\N	\N	\N	\N	\N	\N	\N
619	615	\N	\N	\N	\N	row 615\t615	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58d4d1e7b1e97b258c9ed0b37e02d087	\N	\N	\N	\N	\N	\N	\N
620	616	\N	\N	\N	\N	row 616\t616	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7750ca3559e5b8e1f44210283368fc16	\N	\N	\N	\N	\N	\N	\N
621	617	\N	\N	\N	\N	row 617\t617	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5d44ee6f2c3f71b73125876103c8f6c4	\N	\N	\N	\N	\N	\N	\N
622	618	\N	\N	\N	\N	row 618\t618	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb6fdc36b281b7d5eabf33396c2683a2	\N	\N	\N	\N	\N	\N	\N
623	619	\N	\N	\N	\N	row 619\t619	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcdc0d6e63aa8e41c89689f54970bb35f	\N	\N	\N	\N	\N	\N	\N
624	620	\N	\N	\N	\N	row 620\t620	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb73dfe25b4b8714c029b37a6ad3006fa	\N	\N	\N	\N	\N	\N	\N
625	621	\N	\N	\N	\N	row 621\t621	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x85fc37b18c57097425b52fc7afbb6969	\N	\N	\N	\N	\N	\N	\N
626	622	\N	\N	\N	\N	row 622\t622	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3871bd64012152bfb53fdf04b401193f	\N	\N	\N	\N	\N	\N	\N
627	623	\N	\N	\N	\N	row 623\t623	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa733fa9b25f33689e2adbe72199f0e62	\N	\N	\N	\N	\N	\N	\N
628	624	\N	\N	\N	\N	row 624\t624	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x48ab2f9b45957ab574cf005eb8a76760	\N	\N	\N	\N	\N	\N	\N
629	625	\N	\N	\N	\N	row 625\t625	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x233509073ed3432027d48b1a83f5fbd2	\N	\N	\N	\N	\N	\N	\N
630	626	\N	\N	\N	\N	row 626\t626	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x45645a27c4f1adc8a7a835976064a86d	\N	\N	\N	\N	\N	\N	\N
631	627	\N	\N	\N	\N	row 627\t627	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x185c29dc24325934ee377cfda20e414c	\N	\N	\N	\N	\N	\N	\N
632	628	\N	\N	\N	\N	row 628\t628	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42e77b63637ab381e8be5f8318cc28a2	\N	\N	\N	\N	\N	\N	\N
633	629	\N	\N	\N	\N	row 629\t629	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x051e4e127b92f5d98d3c79b195f2b291	\N	\N	\N	\N	\N	\N	\N
634	630	\N	\N	\N	\N	row 630\t630	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9cc138f8dc04cbf16240daa92d8d50e2	\N	\N	\N	\N	\N	\N	\N
635	631	\N	\N	\N	\N	row 631\t631	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb7bb35b9c6ca2aee2df08cf09d7016c2	\N	\N	\N	\N	\N	\N	\N
636	632	\N	\N	\N	\N	row 632\t632	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xabd815286ba1007abfbb8415b83ae2cf	\N	\N	\N	\N	\N	\N	\N
637	633	\N	\N	\N	\N	row 633\t633	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26dd0dbc6e3f4c8043749885523d6a25	\N	\N	\N	\N	\N	\N	\N
638	634	\N	\N	\N	\N	row 634\t634	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6766aa2750c19aad2fa1b32f36ed4aee	\N	\N	\N	\N	\N	\N	\N
639	635	\N	\N	\N	\N	row 635\t635	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a10bbd480e4c5573d8f3af73ae0454b	\N	\N	\N	\N	\N	\N	\N
640	636	\N	\N	\N	\N	row 636\t636	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5ab0bc60ac7929182aadd08703f1ec6	\N	\N	\N	\N	\N	\N	\N
641	637	\N	\N	\N	\N	row 637\t637	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa532400ed62e772b9dc0b86f46e583ff	\N	\N	\N	\N	\N	\N	\N
642	638	\N	\N	\N	\N	row 638\t638	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c27cea8526af8cfee3be5e183ac9605	\N	\N	\N	\N	\N	\N	\N
643	639	\N	\N	\N	\N	row 639\t639	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f96613235062963ccde717b18f97592	\N	\N	\N	\N	\N	\N	\N
644	640	\N	\N	\N	\N	row 640\t640	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ffce04d92a4d6cb21c1494cdfcd6dc1	\N	\N	\N	\N	\N	\N	\N
645	641	\N	\N	\N	\N	row 641\t641	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x67e103b0761e60683e83c559be18d40c	\N	\N	\N	\N	\N	\N	\N
646	642	\N	\N	\N	\N	row 642\t642	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x291597a100aadd814d197af4f4bab3a7	\N	\N	\N	\N	\N	\N	\N
647	643	\N	\N	\N	\N	row 643\t643	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9b698eb3105bd82528f23d0c92dedfc0	\N	\N	\N	\N	\N	\N	\N
648	644	\N	\N	\N	\N	row 644\t644	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c7bbbba95c1025975e548cee86dfadc	\N	\N	\N	\N	\N	\N	\N
649	645	\N	\N	\N	\N	row 645\t645	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5e9f92a01c986bafcabbafd145520b13	\N	\N	\N	\N	\N	\N	\N
650	646	\N	\N	\N	\N	row 646\t646	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0ff39bbbf981ac0151d340c9aa40e63e	\N	\N	\N	\N	\N	\N	\N
651	647	\N	\N	\N	\N	row 647\t647	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x303ed4c69846ab36c2904d3ba8573050	\N	\N	\N	\N	\N	\N	\N
652	648	\N	\N	\N	\N	row 648\t648	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x443cb001c138b2561a0d90720d6ce111	\N	\N	\N	\N	\N	\N	\N
653	649	\N	\N	\N	\N	row 649\t649	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x55b37c5c270e5d84c793e486d798c01d	\N	\N	\N	\N	\N	\N	\N
654	650	\N	\N	\N	\N	row 650\t650	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x884d247c6f65a96a7da4d1105d584ddd	\N	\N	\N	\N	\N	\N	\N
655	651	\N	\N	\N	\N	row 651\t651	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x55743cc0393b1cb4b8b37d09ae48d097	\N	\N	\N	\N	\N	\N	\N
656	652	\N	\N	\N	\N	row 652\t652	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x30ef30b64204a3088a26bc2e6ecf7602	\N	\N	\N	\N	\N	\N	\N
657	653	\N	\N	\N	\N	row 653\t653	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeaae339c4d89fc102edd9dbdb6a28915	\N	\N	\N	\N	\N	\N	\N
658	654	\N	\N	\N	\N	row 654\t654	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab233b682ec355648e7891e66c54191b	\N	\N	\N	\N	\N	\N	\N
659	655	\N	\N	\N	\N	row 655\t655	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3d2d8ccb37df977cb6d9da15b76c3f3a	\N	\N	\N	\N	\N	\N	\N
660	656	\N	\N	\N	\N	row 656\t656	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26408ffa703a72e8ac0117e74ad46f33	\N	\N	\N	\N	\N	\N	\N
661	657	\N	\N	\N	\N	row 657\t657	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4288d9c0ec0a1841b3b3728321e7088	\N	\N	\N	\N	\N	\N	\N
662	658	\N	\N	\N	\N	row 658\t658	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f37d10131f2a483a8dd005b3d14b0d9	\N	\N	\N	\N	\N	\N	\N
663	659	\N	\N	\N	\N	row 659\t659	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0ff8033cf9437c213ee13937b1c4c455	\N	\N	\N	\N	\N	\N	\N
664	660	\N	\N	\N	\N	row 660\t660	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68264bdb65b97eeae6788aa3348e553c	\N	\N	\N	\N	\N	\N	\N
665	661	\N	\N	\N	\N	row 661\t661	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a066bda8c96b9478bb0512f0a43028c	\N	\N	\N	\N	\N	\N	\N
666	662	\N	\N	\N	\N	row 662\t662	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe3159ad04564bfb90db9e32851ebf9c	\N	\N	\N	\N	\N	\N	\N
667	663	\N	\N	\N	\N	row 663\t663	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8757150decbd89b0f5442ca3db4d0e0e	\N	\N	\N	\N	\N	\N	\N
668	664	\N	\N	\N	\N	row 664\t664	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2291d2ec3b3048d1a6f86c2c4591b7e0	\N	\N	\N	\N	\N	\N	\N
669	665	\N	\N	\N	\N	row 665\t665	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84117275be999ff55a987b9381e01f96	\N	\N	\N	\N	\N	\N	\N
670	666	\N	\N	\N	\N	row 666\t666	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfae0b27c451c728867a567e8c1bb4e53	\N	\N	\N	\N	\N	\N	\N
671	667	\N	\N	\N	\N	row 667\t667	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5dc4e5d9b495d0196f61d45b26ef33e	\N	\N	\N	\N	\N	\N	\N
672	668	\N	\N	\N	\N	row 668\t668	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x192fc044e74dffea144f9ac5dc9f3395	\N	\N	\N	\N	\N	\N	\N
673	669	\N	\N	\N	\N	row 669\t669	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5c04925674920eb58467fb52ce4ef728	\N	\N	\N	\N	\N	\N	\N
674	670	\N	\N	\N	\N	row 670\t670	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17c276c8e723eb46aef576537e9d56d0	\N	\N	\N	\N	\N	\N	\N
675	671	\N	\N	\N	\N	row 671\t671	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5dd9db5e033da9c6fb5ba83c7a7ebea9	\N	\N	\N	\N	\N	\N	\N
676	672	\N	\N	\N	\N	row 672\t672	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2dea61eed4bceec564a00115c4d21334	\N	\N	\N	\N	\N	\N	\N
677	673	\N	\N	\N	\N	row 673\t673	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f396fe44e7c05c16873b05ec425cbad	\N	\N	\N	\N	\N	\N	\N
678	674	\N	\N	\N	\N	row 674\t674	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d7de1aca9299fe63f3e0041f02638a3	\N	\N	\N	\N	\N	\N	\N
679	675	\N	\N	\N	\N	row 675\t675	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8fecb20817b3847419bb3de39a609afe	\N	\N	\N	\N	\N	\N	\N
680	676	\N	\N	\N	\N	row 676\t676	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc6a70712a252123c40d2adba6a11d84	\N	\N	\N	\N	\N	\N	\N
681	677	\N	\N	\N	\N	row 677\t677	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71a3cb155f8dc89bf3d0365288219936	\N	\N	\N	\N	\N	\N	\N
682	678	\N	\N	\N	\N	row 678\t678	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9fe8593a8a330607d76796b35c64c600	\N	\N	\N	\N	\N	\N	\N
683	679	\N	\N	\N	\N	row 679\t679	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca9c267dad0305d1a6308d2a0cf1c39c	\N	\N	\N	\N	\N	\N	\N
684	680	\N	\N	\N	\N	row 680\t680	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfccb3cdc9acc14a6e70a12f74560c026	\N	\N	\N	\N	\N	\N	\N
685	681	\N	\N	\N	\N	row 681\t681	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1595af6435015c77a7149e92a551338e	\N	\N	\N	\N	\N	\N	\N
686	682	\N	\N	\N	\N	row 682\t682	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08d98638c6fcd194a4b1e6992063e944	\N	\N	\N	\N	\N	\N	\N
687	683	\N	\N	\N	\N	row 683\t683	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24681928425f5a9133504de568f5f6df	\N	\N	\N	\N	\N	\N	\N
688	684	\N	\N	\N	\N	row 684\t684	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x556f391937dfd4398cbac35e050a2177	\N	\N	\N	\N	\N	\N	\N
689	685	\N	\N	\N	\N	row 685\t685	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3328bdf9a4b9504b9398284244fe97c2	\N	\N	\N	\N	\N	\N	\N
690	686	\N	\N	\N	\N	row 686\t686	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x109a0ca3bc27f3e96597370d5c8cf03d	\N	\N	\N	\N	\N	\N	\N
691	687	\N	\N	\N	\N	row 687\t687	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f5d04d189dfb634e6a85bb9d9adf21e	\N	\N	\N	\N	\N	\N	\N
692	688	\N	\N	\N	\N	row 688\t688	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf79921bbae40a577928b76d2fc3edc2a	\N	\N	\N	\N	\N	\N	\N
693	689	\N	\N	\N	\N	row 689\t689	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07a96b1f61097ccb54be14d6a47439b0	\N	\N	\N	\N	\N	\N	\N
694	690	\N	\N	\N	\N	row 690\t690	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc06d06da9666a219db15cf575aff2824	\N	\N	\N	\N	\N	\N	\N
695	691	\N	\N	\N	\N	row 691\t691	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x10a5ab2db37feedfdeaab192ead4ac0e	\N	\N	\N	\N	\N	\N	\N
696	692	\N	\N	\N	\N	row 692\t692	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe555ebe0ce426f7f9b2bef0706315e0c	\N	\N	\N	\N	\N	\N	\N
697	693	\N	\N	\N	\N	row 693\t693	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53e3a7161e428b65688f14b84d61c610	\N	\N	\N	\N	\N	\N	\N
698	694	\N	\N	\N	\N	row 694\t694	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5487315b1286f907165907aa8fc96619	\N	\N	\N	\N	\N	\N	\N
699	695	\N	\N	\N	\N	row 695\t695	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe4bb4c5173c2ce17fd8fcd40041c068f	\N	\N	\N	\N	\N	\N	\N
700	696	\N	\N	\N	\N	row 696\t696	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0cb929eae7a499e50248a3a78f7acfc7	\N	\N	\N	\N	\N	\N	\N
701	697	\N	\N	\N	\N	row 697\t697	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8a0e1141fd37fa5b98d5bb769ba1a7cc	\N	\N	\N	\N	\N	\N	\N
702	698	\N	\N	\N	\N	row 698\t698	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x99bcfcd754a98ce89cb86f73acc04645	\N	\N	\N	\N	\N	\N	\N
703	699	\N	\N	\N	\N	row 699\t699	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xafd4836712c5e77550897e25711e1d96	\N	\N	\N	\N	\N	\N	\N
704	700	\N	\N	\N	\N	row 700\t700	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe5841df2166dd424a57127423d276bbe	\N	\N	\N	\N	\N	\N	\N
705	701	\N	\N	\N	\N	row 701\t701	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4a528955b84f584974e92d025a75d1f	\N	\N	\N	\N	\N	\N	\N
706	702	\N	\N	\N	\N	row 702\t702	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1eec33c726a60554bc78518d5f9b32c	\N	\N	\N	\N	\N	\N	\N
707	703	\N	\N	\N	\N	row 703\t703	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd6c651ddcd97183b2e40bc464231c962	\N	\N	\N	\N	\N	\N	\N
708	704	\N	\N	\N	\N	row 704\t704	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf64eac11f2cd8f0efa196f8ad173178e	\N	\N	\N	\N	\N	\N	\N
709	705	\N	\N	\N	\N	row 705\t705	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a47d2983c8bd392b120b627e0e1cab4	\N	\N	\N	\N	\N	\N	\N
710	706	\N	\N	\N	\N	row 706\t706	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9c82c7143c102b71c593d98d96093fde	\N	\N	\N	\N	\N	\N	\N
711	707	\N	\N	\N	\N	row 707\t707	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x500e75a036dc2d7d2fec5da1b71d36cc	\N	\N	\N	\N	\N	\N	\N
712	708	\N	\N	\N	\N	row 708\t708	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xae0eb3eed39d2bcef4622b2499a05fe6	\N	\N	\N	\N	\N	\N	\N
713	709	\N	\N	\N	\N	row 709\t709	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ecfb463472ec9115b10c292ef8bc986	\N	\N	\N	\N	\N	\N	\N
714	710	\N	\N	\N	\N	row 710\t710	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe70611883d2760c8bbafb4acb29e3446	\N	\N	\N	\N	\N	\N	\N
715	711	\N	\N	\N	\N	row 711\t711	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6081594975a764c8e3a691fa2b3a321d	\N	\N	\N	\N	\N	\N	\N
716	712	\N	\N	\N	\N	row 712\t712	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x19bc916108fc6938f52cb96f7e087941	\N	\N	\N	\N	\N	\N	\N
717	713	\N	\N	\N	\N	row 713\t713	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07c5807d0d927dcd0980f86024e5208b	\N	\N	\N	\N	\N	\N	\N
718	714	\N	\N	\N	\N	row 714\t714	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd14220ee66aeec73c49038385428ec4c	\N	\N	\N	\N	\N	\N	\N
719	715	\N	\N	\N	\N	row 715\t715	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8df707a948fac1b4a0f97aa554886ec8	\N	\N	\N	\N	\N	\N	\N
720	716	\N	\N	\N	\N	row 716\t716	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe7f8a7fb0b77bcb3b283af5be021448f	\N	\N	\N	\N	\N	\N	\N
721	717	\N	\N	\N	\N	row 717\t717	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x788d986905533aba051261497ecffcbb	\N	\N	\N	\N	\N	\N	\N
722	718	\N	\N	\N	\N	row 718\t718	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x50c3d7614917b24303ee6a220679dab3	\N	\N	\N	\N	\N	\N	\N
723	719	\N	\N	\N	\N	row 719\t719	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2afe4567e1bf64d32a5527244d104cea	\N	\N	\N	\N	\N	\N	\N
724	720	\N	\N	\N	\N	row 720\t720	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5f2c22cb4a5380af7ca75622a6426917	\N	\N	\N	\N	\N	\N	\N
725	721	\N	\N	\N	\N	row 721\t721	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaba3b6fd5d186d28e06ff97135cade7f	\N	\N	\N	\N	\N	\N	\N
726	722	\N	\N	\N	\N	row 722\t722	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8ed21db4f678f3b13b9d5ee16489088	\N	\N	\N	\N	\N	\N	\N
727	723	\N	\N	\N	\N	row 723\t723	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08419be897405321542838d77f855226	\N	\N	\N	\N	\N	\N	\N
728	724	\N	\N	\N	\N	row 724\t724	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f1171a78ce0780a2142a6eb7bc4f3c8	\N	\N	\N	\N	\N	\N	\N
729	725	\N	\N	\N	\N	row 725\t725	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82f2b308c3b01637c607ce05f52a2fed	\N	\N	\N	\N	\N	\N	\N
730	726	\N	\N	\N	\N	row 726\t726	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d3180d672e08b4c5312dcdafdf6ef36	\N	\N	\N	\N	\N	\N	\N
731	727	\N	\N	\N	\N	row 727\t727	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb89705ae6d743bf1e848c206e16a1d7	\N	\N	\N	\N	\N	\N	\N
732	728	\N	\N	\N	\N	row 728\t728	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd4c2e4a3297fe25a71d030b67eb83bfc	\N	\N	\N	\N	\N	\N	\N
733	729	\N	\N	\N	\N	row 729\t729	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5751ec3e9a4feab575962e78e006250d	\N	\N	\N	\N	\N	\N	\N
734	730	\N	\N	\N	\N	row 730\t730	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd5cfead94f5350c12c322b5b664544c1	\N	\N	\N	\N	\N	\N	\N
735	731	\N	\N	\N	\N	row 731\t731	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x59c33016884a62116be975a9bb8257e3	\N	\N	\N	\N	\N	\N	\N
736	732	\N	\N	\N	\N	row 732\t732	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xba3866600c3540f67c1e9575e213be0a	\N	\N	\N	\N	\N	\N	\N
737	733	\N	\N	\N	\N	row 733\t733	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c29793a140a811d0c45ce03c1c93a28	\N	\N	\N	\N	\N	\N	\N
738	734	\N	\N	\N	\N	row 734\t734	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe995f98d56967d946471af29d7bf99f1	\N	\N	\N	\N	\N	\N	\N
739	735	\N	\N	\N	\N	row 735\t735	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6cd67d9b6f0150c77bda2eda01ae484c	\N	\N	\N	\N	\N	\N	\N
740	736	\N	\N	\N	\N	row 736\t736	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6bc24fc1ab650b25b4114e93a98f1eba	\N	\N	\N	\N	\N	\N	\N
741	737	\N	\N	\N	\N	row 737\t737	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa5cdd4aa0048b187f7182f1b9ce7a6a7	\N	\N	\N	\N	\N	\N	\N
742	738	\N	\N	\N	\N	row 738\t738	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x217eedd1ba8c592db97d0dbe54c7adfc	\N	\N	\N	\N	\N	\N	\N
743	739	\N	\N	\N	\N	row 739\t739	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf263d996281d984952c07998dc54358	\N	\N	\N	\N	\N	\N	\N
744	740	\N	\N	\N	\N	row 740\t740	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xedfbe1afcf9246bb0d40eb4d8027d90f	\N	\N	\N	\N	\N	\N	\N
745	741	\N	\N	\N	\N	row 741\t741	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2e65f2f2fdaf6c699b223c61b1b5ab89	\N	\N	\N	\N	\N	\N	\N
746	742	\N	\N	\N	\N	row 742\t742	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe94550c93cd70fe748e6982b3439ad3b	\N	\N	\N	\N	\N	\N	\N
747	743	\N	\N	\N	\N	row 743\t743	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5c572eca050594c7bc3c36e7e8ab9550	\N	\N	\N	\N	\N	\N	\N
748	744	\N	\N	\N	\N	row 744\t744	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0537fb40a68c18da59a35c2bfe1ca554	\N	\N	\N	\N	\N	\N	\N
749	745	\N	\N	\N	\N	row 745\t745	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5f0f5e5f33945135b874349cfbed4fb9	\N	\N	\N	\N	\N	\N	\N
750	746	\N	\N	\N	\N	row 746\t746	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x185e65bc40581880c4f2c82958de8cfe	\N	\N	\N	\N	\N	\N	\N
751	747	\N	\N	\N	\N	row 747\t747	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d317bdcf4aafcfc22149d77babee96d	\N	\N	\N	\N	\N	\N	\N
752	748	\N	\N	\N	\N	row 748\t748	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe49b8b4053df9505e1f48c3a701c0682	\N	\N	\N	\N	\N	\N	\N
753	749	\N	\N	\N	\N	row 749\t749	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb056eb1587586b71e2da9acfe4fbd19e	\N	\N	\N	\N	\N	\N	\N
754	750	\N	\N	\N	\N	row 750\t750	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb137fdd1f79d56c7edf3365fea7520f2	\N	\N	\N	\N	\N	\N	\N
755	751	\N	\N	\N	\N	row 751\t751	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x912d2b1c7b2826caf99687388d2e8f7c	\N	\N	\N	\N	\N	\N	\N
756	752	\N	\N	\N	\N	row 752\t752	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1d33d0dfec820b41b54430b50e96b5c	\N	\N	\N	\N	\N	\N	\N
757	753	\N	\N	\N	\N	row 753\t753	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f2268bd1d3d3ebaabb04d6b5d099425	\N	\N	\N	\N	\N	\N	\N
758	754	\N	\N	\N	\N	row 754\t754	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x872488f88d1b2db54d55bc8bba2fad1b	\N	\N	\N	\N	\N	\N	\N
759	755	\N	\N	\N	\N	row 755\t755	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xccb0989662211f61edae2e26d58ea92f	\N	\N	\N	\N	\N	\N	\N
760	756	\N	\N	\N	\N	row 756\t756	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2823f4797102ce1a1aec05359cc16dd9	\N	\N	\N	\N	\N	\N	\N
761	757	\N	\N	\N	\N	row 757\t757	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x470e7a4f017a5476afb7eeb3f8b96f9b	\N	\N	\N	\N	\N	\N	\N
762	758	\N	\N	\N	\N	row 758\t758	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbf62768ca46b6c3b5bea9515d1a1fc45	\N	\N	\N	\N	\N	\N	\N
763	759	\N	\N	\N	\N	row 759\t759	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa14d4fe2f19414de3ebd9f63d5c0169	\N	\N	\N	\N	\N	\N	\N
764	760	\N	\N	\N	\N	row 760\t760	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ca65f58e35d9ad45bf7f3ae5cfd08f1	\N	\N	\N	\N	\N	\N	\N
765	761	\N	\N	\N	\N	row 761\t761	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x88ae6372cfdc5df69a976e893f4d554b	\N	\N	\N	\N	\N	\N	\N
766	762	\N	\N	\N	\N	row 762\t762	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06997f04a7db92466a2baa6ebc8b872d	\N	\N	\N	\N	\N	\N	\N
767	763	\N	\N	\N	\N	row 763\t763	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeefc9e10ebdc4a2333b42b2dbb8f27b6	\N	\N	\N	\N	\N	\N	\N
768	764	\N	\N	\N	\N	row 764\t764	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5807a685d1a9ab3b599035bc566ce2b9	\N	\N	\N	\N	\N	\N	\N
769	765	\N	\N	\N	\N	row 765\t765	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd840cc5d906c3e9c84374c8919d2074e	\N	\N	\N	\N	\N	\N	\N
770	766	\N	\N	\N	\N	row 766\t766	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x959a557f5f6beb411fd954f3f34b21c3	\N	\N	\N	\N	\N	\N	\N
771	767	\N	\N	\N	\N	row 767\t767	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf2201f5191c4e92cc5af043eebfd0946	\N	\N	\N	\N	\N	\N	\N
772	768	\N	\N	\N	\N	row 768\t768	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a835d3215755c435ef4fe9965a3f2a0	\N	\N	\N	\N	\N	\N	\N
773	769	\N	\N	\N	\N	row 769\t769	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x288cc0ff022877bd3df94bc9360b9c5d	\N	\N	\N	\N	\N	\N	\N
774	770	\N	\N	\N	\N	row 770\t770	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ea06fbc83cdd0a06020c35d50e1e89a	\N	\N	\N	\N	\N	\N	\N
775	771	\N	\N	\N	\N	row 771\t771	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb7ee6f5f9aa5cd17ca1aea43ce848496	\N	\N	\N	\N	\N	\N	\N
776	772	\N	\N	\N	\N	row 772\t772	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe57c6b956a6521b28495f2886ca0977a	\N	\N	\N	\N	\N	\N	\N
777	773	\N	\N	\N	\N	row 773\t773	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86b122d4358357d834a87ce618a55de0	\N	\N	\N	\N	\N	\N	\N
778	774	\N	\N	\N	\N	row 774\t774	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e0928de075538c593fbdabb0c5ef2c3	\N	\N	\N	\N	\N	\N	\N
779	775	\N	\N	\N	\N	row 775\t775	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0f168ce8900fa56e57789e2a2f2c9d0	\N	\N	\N	\N	\N	\N	\N
780	776	\N	\N	\N	\N	row 776\t776	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c6744c9d42ec2cb9e8885b54ff744d0	\N	\N	\N	\N	\N	\N	\N
781	777	\N	\N	\N	\N	row 777\t777	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf1c1592588411002af340cbaedd6fc33	\N	\N	\N	\N	\N	\N	\N
782	778	\N	\N	\N	\N	row 778\t778	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe07413354875be01a996dc560274708e	\N	\N	\N	\N	\N	\N	\N
783	779	\N	\N	\N	\N	row 779\t779	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x67d96d458abdef21792e6d8e590244e7	\N	\N	\N	\N	\N	\N	\N
784	780	\N	\N	\N	\N	row 780\t780	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8e864d04c95572d1aece099af852d0a	\N	\N	\N	\N	\N	\N	\N
785	781	\N	\N	\N	\N	row 781\t781	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7143d7fbadfa4693b9eec507d9d37443	\N	\N	\N	\N	\N	\N	\N
786	782	\N	\N	\N	\N	row 782\t782	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x72da7fd6d1302c0a159f6436d01e9eb0	\N	\N	\N	\N	\N	\N	\N
787	783	\N	\N	\N	\N	row 783\t783	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e0721b2c6977135b916ef286bcb49ec	\N	\N	\N	\N	\N	\N	\N
788	784	\N	\N	\N	\N	row 784\t784	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc8001f834f6a5f0561080d134d53d29	\N	\N	\N	\N	\N	\N	\N
789	785	\N	\N	\N	\N	row 785\t785	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b04a686b0ad13dce35fa99fa4161c65	\N	\N	\N	\N	\N	\N	\N
790	786	\N	\N	\N	\N	row 786\t786	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x61b4a64be663682e8cb037d9719ad8cd	\N	\N	\N	\N	\N	\N	\N
791	787	\N	\N	\N	\N	row 787\t787	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3621f1454cacf995530ea53652ddf8fb	\N	\N	\N	\N	\N	\N	\N
792	788	\N	\N	\N	\N	row 788\t788	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc15da1f2b5e5ed6e6837a3802f0d1593	\N	\N	\N	\N	\N	\N	\N
793	789	\N	\N	\N	\N	row 789\t789	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68053af2923e00204c3ca7c6a3150cf7	\N	\N	\N	\N	\N	\N	\N
794	790	\N	\N	\N	\N	row 790\t790	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2dace78f80bc92e6d7493423d729448e	\N	\N	\N	\N	\N	\N	\N
795	791	\N	\N	\N	\N	row 791\t791	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf7f28ac89ca37bf1abd2f6c184fe1cf	\N	\N	\N	\N	\N	\N	\N
796	792	\N	\N	\N	\N	row 792\t792	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96ea64f3a1aa2fd00c72faacf0cb8ac9	\N	\N	\N	\N	\N	\N	\N
797	793	\N	\N	\N	\N	row 793\t793	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xda8ce53cf0240070ce6c69c48cd588ee	\N	\N	\N	\N	\N	\N	\N
798	794	\N	\N	\N	\N	row 794\t794	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82489c9737cc245530c7a6ebef3753ec	\N	\N	\N	\N	\N	\N	\N
799	795	\N	\N	\N	\N	row 795\t795	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7c590f01490190db0ed02a5070e20f01	\N	\N	\N	\N	\N	\N	\N
800	796	\N	\N	\N	\N	row 796\t796	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35cf8659cfcb13224cbd47863a34fc58	\N	\N	\N	\N	\N	\N	\N
801	797	\N	\N	\N	\N	row 797\t797	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbeb22fb694d513edcf5533cf006dfeae	\N	\N	\N	\N	\N	\N	\N
802	798	\N	\N	\N	\N	row 798\t798	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9e3cfc48eccf81a0d57663e129aef3cb	\N	\N	\N	\N	\N	\N	\N
803	799	\N	\N	\N	\N	row 799\t799	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28267ab848bcf807b2ed53c3a8f8fc8a	\N	\N	\N	\N	\N	\N	\N
804	800	\N	\N	\N	\N	row 800\t800	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7a53928fa4dd31e82c6ef826f341daec	\N	\N	\N	\N	\N	\N	\N
805	801	\N	\N	\N	\N	row 801\t801	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1905aedab9bf2477edc068a355bba31a	\N	\N	\N	\N	\N	\N	\N
806	802	\N	\N	\N	\N	row 802\t802	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1141938ba2c2b13f5505d7c424ebae5f	\N	\N	\N	\N	\N	\N	\N
807	803	\N	\N	\N	\N	row 803\t803	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1aa48fc4880bb0c9b8a3bf979d3b917e	\N	\N	\N	\N	\N	\N	\N
808	804	\N	\N	\N	\N	row 804\t804	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc5689792e08eb2e219dce49e64c885b	\N	\N	\N	\N	\N	\N	\N
809	805	\N	\N	\N	\N	row 805\t805	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x846c260d715e5b854ffad5f70a516c88	\N	\N	\N	\N	\N	\N	\N
810	806	\N	\N	\N	\N	row 806\t806	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd58072be2820e8682c0a27c0518e805e	\N	\N	\N	\N	\N	\N	\N
811	807	\N	\N	\N	\N	row 807\t807	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e7b33fdea3adc80ebd648fffb665bb8	\N	\N	\N	\N	\N	\N	\N
812	808	\N	\N	\N	\N	row 808\t808	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8ecbabae151abacba7dbde04f761c37	\N	\N	\N	\N	\N	\N	\N
813	809	\N	\N	\N	\N	row 809\t809	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x32b30a250abd6331e03a2a1f16466346	\N	\N	\N	\N	\N	\N	\N
814	810	\N	\N	\N	\N	row 810\t810	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6edc1cd1f36e45daf6d7824d7bb2283	\N	\N	\N	\N	\N	\N	\N
815	811	\N	\N	\N	\N	row 811\t811	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x670e8a43b246801ca1eaca97b3e19189	\N	\N	\N	\N	\N	\N	\N
816	812	\N	\N	\N	\N	row 812\t812	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81e74d678581a3bb7a720b019f4f1a93	\N	\N	\N	\N	\N	\N	\N
817	813	\N	\N	\N	\N	row 813\t813	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0cf1f47118daebc5b16269099ad7347	\N	\N	\N	\N	\N	\N	\N
818	814	\N	\N	\N	\N	row 814\t814	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96b9bff013acedfb1d140579e2fbeb63	\N	\N	\N	\N	\N	\N	\N
819	815	\N	\N	\N	\N	row 815\t815	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71ad16ad2c4d81f348082ff6c4b20768	\N	\N	\N	\N	\N	\N	\N
820	816	\N	\N	\N	\N	row 816\t816	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43fa7f58b7eac7ac872209342e62e8f1	\N	\N	\N	\N	\N	\N	\N
821	817	\N	\N	\N	\N	row 817\t817	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x31839b036f63806cba3f47b93af8ccb5	\N	\N	\N	\N	\N	\N	\N
822	818	\N	\N	\N	\N	row 818\t818	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0adc8838f4bdedde4ec2cfad0515589	\N	\N	\N	\N	\N	\N	\N
823	819	\N	\N	\N	\N	row 819\t819	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3b5dca501ee1e6d8cd7b905f4e1bf723	\N	\N	\N	\N	\N	\N	\N
824	820	\N	\N	\N	\N	row 820\t820	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2a2dcc36a08a345332c751b2f2e476c	\N	\N	\N	\N	\N	\N	\N
825	821	\N	\N	\N	\N	row 821\t821	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4558dbb6f6f8bb2e16d03b85bde76e2c	\N	\N	\N	\N	\N	\N	\N
826	822	\N	\N	\N	\N	row 822\t822	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xafda332245e2af431fb7b672a68b659d	\N	\N	\N	\N	\N	\N	\N
827	823	\N	\N	\N	\N	row 823\t823	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x632cee946db83e7a52ce5e8d6f0fed35	\N	\N	\N	\N	\N	\N	\N
828	824	\N	\N	\N	\N	row 824\t824	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x677e09724f0e2df9b6c000b75b5da10d	\N	\N	\N	\N	\N	\N	\N
829	825	\N	\N	\N	\N	row 825\t825	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd554f7bb7be44a7267068a7df88ddd20	\N	\N	\N	\N	\N	\N	\N
830	826	\N	\N	\N	\N	row 826\t826	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x795c7a7a5ec6b460ec00c5841019b9e9	\N	\N	\N	\N	\N	\N	\N
831	827	\N	\N	\N	\N	row 827\t827	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa3a3c407f82377f55c19c5d403335c7	\N	\N	\N	\N	\N	\N	\N
832	828	\N	\N	\N	\N	row 828\t828	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc2626d850c80ea07e7511bbae4c76f4b	\N	\N	\N	\N	\N	\N	\N
833	829	\N	\N	\N	\N	row 829\t829	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xce78d1da254c0843eb23951ae077ff5f	\N	\N	\N	\N	\N	\N	\N
834	830	\N	\N	\N	\N	row 830\t830	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e82ab7243b7c66d768f1b8ce1c967eb	\N	\N	\N	\N	\N	\N	\N
835	831	\N	\N	\N	\N	row 831\t831	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0ec453e28e061cc58ac43f91dc2f3f0	\N	\N	\N	\N	\N	\N	\N
836	832	\N	\N	\N	\N	row 832\t832	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7250eb93b3c18cc9daa29cf58af7a004	\N	\N	\N	\N	\N	\N	\N
837	833	\N	\N	\N	\N	row 833\t833	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x013a006f03dbc5392effeb8f18fda755	\N	\N	\N	\N	\N	\N	\N
838	834	\N	\N	\N	\N	row 834\t834	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x301ad0e3bd5cb1627a2044908a42fdc2	\N	\N	\N	\N	\N	\N	\N
839	835	\N	\N	\N	\N	row 835\t835	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4d5b995358e7798bc7e9d9db83c612a5	\N	\N	\N	\N	\N	\N	\N
840	836	\N	\N	\N	\N	row 836\t836	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab88b15733f543179858600245108dd8	\N	\N	\N	\N	\N	\N	\N
841	837	\N	\N	\N	\N	row 837\t837	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb0b183c207f46f0cca7dc63b2604f5cc	\N	\N	\N	\N	\N	\N	\N
842	838	\N	\N	\N	\N	row 838\t838	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf9028faec74be6ec9b852b0a542e2f39	\N	\N	\N	\N	\N	\N	\N
843	839	\N	\N	\N	\N	row 839\t839	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f7d807e1f53eff5f9efbe5cb81090fb	\N	\N	\N	\N	\N	\N	\N
844	840	\N	\N	\N	\N	row 840\t840	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa83a11a198d5a7f0bf77a1987bcd006	\N	\N	\N	\N	\N	\N	\N
845	841	\N	\N	\N	\N	row 841\t841	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02a32ad2669e6fe298e607fe7cc0e1a0	\N	\N	\N	\N	\N	\N	\N
846	842	\N	\N	\N	\N	row 842\t842	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc3cf452d3da8402bebb765225ce8c0e	\N	\N	\N	\N	\N	\N	\N
847	843	\N	\N	\N	\N	row 843\t843	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3d8e28caf901313a554cebc7d32e67e5	\N	\N	\N	\N	\N	\N	\N
848	844	\N	\N	\N	\N	row 844\t844	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe97ee2054defb209c35fe4dc94599061	\N	\N	\N	\N	\N	\N	\N
849	845	\N	\N	\N	\N	row 845\t845	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb86e8d03fe992d1b0e19656875ee557c	\N	\N	\N	\N	\N	\N	\N
850	846	\N	\N	\N	\N	row 846\t846	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84f7e69969dea92a925508f7c1f9579a	\N	\N	\N	\N	\N	\N	\N
851	847	\N	\N	\N	\N	row 847\t847	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4552671f8909587cf485ea990207f3b	\N	\N	\N	\N	\N	\N	\N
852	848	\N	\N	\N	\N	row 848\t848	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x362e80d4df43b03ae6d3f8540cd63626	\N	\N	\N	\N	\N	\N	\N
853	849	\N	\N	\N	\N	row 849\t849	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe8c15fed5f808006ce95eddb7366e35	\N	\N	\N	\N	\N	\N	\N
854	850	\N	\N	\N	\N	row 850\t850	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1efa39bcaec6f3900149160693694536	\N	\N	\N	\N	\N	\N	\N
855	851	\N	\N	\N	\N	row 851\t851	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92fb0c6d1758261f10d052e6e2c1123c	\N	\N	\N	\N	\N	\N	\N
856	852	\N	\N	\N	\N	row 852\t852	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x22ac3c5a5bf0b520d281c122d1490650	\N	\N	\N	\N	\N	\N	\N
857	853	\N	\N	\N	\N	row 853\t853	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaff1621254f7c1be92f64550478c56e6	\N	\N	\N	\N	\N	\N	\N
858	854	\N	\N	\N	\N	row 854\t854	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7e9050c92a851b0016442ab604b0488	\N	\N	\N	\N	\N	\N	\N
859	855	\N	\N	\N	\N	row 855\t855	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaddfa9b7e234254d26e9c7f2af1005cb	\N	\N	\N	\N	\N	\N	\N
860	856	\N	\N	\N	\N	row 856\t856	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c235f89a8143a28a1d6067e959dd858	\N	\N	\N	\N	\N	\N	\N
861	857	\N	\N	\N	\N	row 857\t857	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x847cc55b7032108eee6dd897f3bca8a5	\N	\N	\N	\N	\N	\N	\N
862	858	\N	\N	\N	\N	row 858\t858	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa67f096809415ca1c9f112d96d27689b	\N	\N	\N	\N	\N	\N	\N
863	859	\N	\N	\N	\N	row 859\t859	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a084e55c87b1ebcdaad1f62fdbbac8e	\N	\N	\N	\N	\N	\N	\N
864	860	\N	\N	\N	\N	row 860\t860	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc49306d97602c8ed1be1dfbf0835ead	\N	\N	\N	\N	\N	\N	\N
865	861	\N	\N	\N	\N	row 861\t861	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf9a40a4780f5e1306c46f1c8daecee3b	\N	\N	\N	\N	\N	\N	\N
866	862	\N	\N	\N	\N	row 862\t862	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ec91aac30eae62f4140325d09b9afd0	\N	\N	\N	\N	\N	\N	\N
867	863	\N	\N	\N	\N	row 863\t863	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x19b650660b253761af189682e03501dd	\N	\N	\N	\N	\N	\N	\N
868	864	\N	\N	\N	\N	row 864\t864	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1fc214004c9481e4c8073e85323bfd4b	\N	\N	\N	\N	\N	\N	\N
869	865	\N	\N	\N	\N	row 865\t865	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3b3dbaf68507998acd6a5a5254ab2d76	\N	\N	\N	\N	\N	\N	\N
870	866	\N	\N	\N	\N	row 866\t866	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca8155f4d27f205953f9d3d7974bdd70	\N	\N	\N	\N	\N	\N	\N
871	867	\N	\N	\N	\N	row 867\t867	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xede7e2b6d13a41ddf9f4bdef84fdc737	\N	\N	\N	\N	\N	\N	\N
872	868	\N	\N	\N	\N	row 868\t868	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd45045f8c68db9f54e70c67048d32e8	\N	\N	\N	\N	\N	\N	\N
873	869	\N	\N	\N	\N	row 869\t869	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49c9adb18e44be0711a94e827042f630	\N	\N	\N	\N	\N	\N	\N
874	870	\N	\N	\N	\N	row 870\t870	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x22fb0cee7e1f3bde58293de743871417	\N	\N	\N	\N	\N	\N	\N
875	871	\N	\N	\N	\N	row 871\t871	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaeb3135b436aa55373822c010763dd54	\N	\N	\N	\N	\N	\N	\N
876	872	\N	\N	\N	\N	row 872\t872	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43feaeeecd7b2fe2ae2e26d917b6477d	\N	\N	\N	\N	\N	\N	\N
877	873	\N	\N	\N	\N	row 873\t873	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98d6f58ab0dafbb86b083a001561bb34	\N	\N	\N	\N	\N	\N	\N
878	874	\N	\N	\N	\N	row 874\t874	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x51ef186e18dc00c2d31982567235c559	\N	\N	\N	\N	\N	\N	\N
879	875	\N	\N	\N	\N	row 875\t875	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b0a59ddf11c58e7446c9df0da541a84	\N	\N	\N	\N	\N	\N	\N
880	876	\N	\N	\N	\N	row 876\t876	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x67d16d00201083a2b118dd5128dd6f59	\N	\N	\N	\N	\N	\N	\N
881	877	\N	\N	\N	\N	row 877\t877	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x352407221afb776e3143e8a1a0577885	\N	\N	\N	\N	\N	\N	\N
882	878	\N	\N	\N	\N	row 878\t878	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd8eb9f23fbd362da0e3f4e70b878c16	\N	\N	\N	\N	\N	\N	\N
883	879	\N	\N	\N	\N	row 879\t879	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd516b13671a4179d9b7b458a6ebdeb92	\N	\N	\N	\N	\N	\N	\N
884	880	\N	\N	\N	\N	row 880\t880	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f50893f80d6830d62765ffad7721742	\N	\N	\N	\N	\N	\N	\N
885	881	\N	\N	\N	\N	row 881\t881	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7504adad8bb96320eb3afdd4df6e1f60	\N	\N	\N	\N	\N	\N	\N
886	882	\N	\N	\N	\N	row 882\t882	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c3cf77d52820cd0fe646d38bc2145ca	\N	\N	\N	\N	\N	\N	\N
887	883	\N	\N	\N	\N	row 883\t883	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x210f760a89db30aa72ca258a3483cc7f	\N	\N	\N	\N	\N	\N	\N
888	884	\N	\N	\N	\N	row 884\t884	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x170c944978496731ba71f34c25826a34	\N	\N	\N	\N	\N	\N	\N
889	885	\N	\N	\N	\N	row 885\t885	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0efe32849d230d7f53049ddc4a4b0c60	\N	\N	\N	\N	\N	\N	\N
890	886	\N	\N	\N	\N	row 886\t886	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x704afe073992cbe4813cae2f7715336f	\N	\N	\N	\N	\N	\N	\N
891	887	\N	\N	\N	\N	row 887\t887	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7ce3284b743aefde80ffd9aec500e085	\N	\N	\N	\N	\N	\N	\N
892	888	\N	\N	\N	\N	row 888\t888	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0a113ef6b61820daa5611c870ed8d5ee	\N	\N	\N	\N	\N	\N	\N
893	889	\N	\N	\N	\N	row 889\t889	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07871915a8107172b3b5dc15a6574ad3	\N	\N	\N	\N	\N	\N	\N
894	890	\N	\N	\N	\N	row 890\t890	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x024d7f84fff11dd7e8d9c510137a2381	\N	\N	\N	\N	\N	\N	\N
895	891	\N	\N	\N	\N	row 891\t891	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcfbce4c1d7c425baf21d6b6f2babe6be	\N	\N	\N	\N	\N	\N	\N
896	892	\N	\N	\N	\N	row 892\t892	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc2aee86157b4a40b78132f1e71a9e6f1	\N	\N	\N	\N	\N	\N	\N
897	893	\N	\N	\N	\N	row 893\t893	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd56b9fc4b0f1be8871f5e1c40c0067e7	\N	\N	\N	\N	\N	\N	\N
898	894	\N	\N	\N	\N	row 894\t894	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b0250793549726d5c1ea3906726ebfe	\N	\N	\N	\N	\N	\N	\N
899	895	\N	\N	\N	\N	row 895\t895	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x20aee3a5f4643755a79ee5f6a73050ac	\N	\N	\N	\N	\N	\N	\N
900	896	\N	\N	\N	\N	row 896\t896	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x061412e4a03c02f9902576ec55ebbe77	\N	\N	\N	\N	\N	\N	\N
901	897	\N	\N	\N	\N	row 897\t897	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5705e1164a8394aace6018e27d20d237	\N	\N	\N	\N	\N	\N	\N
902	898	\N	\N	\N	\N	row 898\t898	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa64c94baaf368e1840a1324e839230de	\N	\N	\N	\N	\N	\N	\N
903	899	\N	\N	\N	\N	row 899\t899	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01882513d5fa7c329e940dda99b12147	\N	\N	\N	\N	\N	\N	\N
904	900	\N	\N	\N	\N	row 900\t900	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xacf4b89d3d503d8252c9c4ba75ddbf6d	\N	\N	\N	\N	\N	\N	\N
905	901	\N	\N	\N	\N	row 901\t901	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x892c91e0a653ba19df81a90f89d99bcd	\N	\N	\N	\N	\N	\N	\N
906	902	\N	\N	\N	\N	row 902\t902	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6a1085a27ab7bff7550f8a3bd017df8	\N	\N	\N	\N	\N	\N	\N
907	903	\N	\N	\N	\N	row 903\t903	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaa169b49b583a2b5af89203c2b78c67c	\N	\N	\N	\N	\N	\N	\N
908	904	\N	\N	\N	\N	row 904\t904	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf47d0ad31c4c49061b9e505593e3db98	\N	\N	\N	\N	\N	\N	\N
909	905	\N	\N	\N	\N	row 905\t905	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf57a2f557b098c43f11ab969efe1504b	\N	\N	\N	\N	\N	\N	\N
910	906	\N	\N	\N	\N	row 906\t906	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8fbbc86abe8bd6a5eb6a3b4d0411301	\N	\N	\N	\N	\N	\N	\N
911	907	\N	\N	\N	\N	row 907\t907	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x621461af90cadfdaf0e8d4cc25129f91	\N	\N	\N	\N	\N	\N	\N
912	908	\N	\N	\N	\N	row 908\t908	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b6dd7db9af49e67306feb59a8bdc52c	\N	\N	\N	\N	\N	\N	\N
913	909	\N	\N	\N	\N	row 909\t909	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa4300b002bcfb71f291dac175d52df94	\N	\N	\N	\N	\N	\N	\N
914	910	\N	\N	\N	\N	row 910\t910	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe205ee2a5de471a70c1fd1b46033a75f	\N	\N	\N	\N	\N	\N	\N
915	911	\N	\N	\N	\N	row 911\t911	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb56a18e0eacdf51aa2a5306b0f533204	\N	\N	\N	\N	\N	\N	\N
916	912	\N	\N	\N	\N	row 912\t912	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a9d121cd9c3a1832bb6d2cc6bd7a8a7	\N	\N	\N	\N	\N	\N	\N
917	913	\N	\N	\N	\N	row 913\t913	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b5040a8a5baf3e0e67386c2e3a9b903	\N	\N	\N	\N	\N	\N	\N
918	914	\N	\N	\N	\N	row 914\t914	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7634ea65a4e6d9041cfd3f7de18e334a	\N	\N	\N	\N	\N	\N	\N
919	915	\N	\N	\N	\N	row 915\t915	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24896ee4c6526356cc127852413ea3b4	\N	\N	\N	\N	\N	\N	\N
920	916	\N	\N	\N	\N	row 916\t916	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x23ce1851341ec1fa9e0c259de10bf87c	\N	\N	\N	\N	\N	\N	\N
921	917	\N	\N	\N	\N	row 917\t917	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xda0d1111d2dc5d489242e60ebcbaf988	\N	\N	\N	\N	\N	\N	\N
922	918	\N	\N	\N	\N	row 918\t918	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e056d2b0ebd5c878c550da6ac5d3724	\N	\N	\N	\N	\N	\N	\N
923	919	\N	\N	\N	\N	row 919\t919	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e89ebdb49f712c7d90d1b39e348bbbf	\N	\N	\N	\N	\N	\N	\N
924	920	\N	\N	\N	\N	row 920\t920	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6d0f846348a856321729a2f36734d1a7	\N	\N	\N	\N	\N	\N	\N
925	921	\N	\N	\N	\N	row 921\t921	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x430c3626b879b4005d41b8a46172e0c0	\N	\N	\N	\N	\N	\N	\N
926	922	\N	\N	\N	\N	row 922\t922	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xccc0aa1b81bf81e16c676ddb977c5881	\N	\N	\N	\N	\N	\N	\N
927	923	\N	\N	\N	\N	row 923\t923	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4015b7f368e6b4871809f49debe0579	\N	\N	\N	\N	\N	\N	\N
928	924	\N	\N	\N	\N	row 924\t924	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbea5955b308361a1b07bc55042e25e54	\N	\N	\N	\N	\N	\N	\N
929	925	\N	\N	\N	\N	row 925\t925	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7fa732b517cbed14a48843d74526c11a	\N	\N	\N	\N	\N	\N	\N
930	926	\N	\N	\N	\N	row 926\t926	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcbb6a3b884f4f88b3a8e3d44c636cbd8	\N	\N	\N	\N	\N	\N	\N
931	927	\N	\N	\N	\N	row 927\t927	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f4477bad7af3616c1f933a02bfabe4e	\N	\N	\N	\N	\N	\N	\N
932	928	\N	\N	\N	\N	row 928\t928	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd045c59a90d7587d8d671b5f5aec4e7c	\N	\N	\N	\N	\N	\N	\N
933	929	\N	\N	\N	\N	row 929\t929	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d0871f0806eae32d30983b62252da50	\N	\N	\N	\N	\N	\N	\N
934	930	\N	\N	\N	\N	row 930\t930	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1cc3633c579a90cfdd895e64021e2163	\N	\N	\N	\N	\N	\N	\N
935	931	\N	\N	\N	\N	row 931\t931	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f53d83ec0691550f7d2507d57f4f5a2	\N	\N	\N	\N	\N	\N	\N
936	932	\N	\N	\N	\N	row 932\t932	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd2ed45a52bc0edfa11c2064e9edee8bf	\N	\N	\N	\N	\N	\N	\N
937	933	\N	\N	\N	\N	row 933\t933	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x043c3d7e489c69b48737cc0c92d0f3a2	\N	\N	\N	\N	\N	\N	\N
938	934	\N	\N	\N	\N	row 934\t934	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4daa3db355ef2b0e64b472968cb70f0d	\N	\N	\N	\N	\N	\N	\N
939	935	\N	\N	\N	\N	row 935\t935	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe820a45f1dfc7b95282d10b6087e11c0	\N	\N	\N	\N	\N	\N	\N
940	936	\N	\N	\N	\N	row 936\t936	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x90794e3b050f815354e3e29e977a88ab	\N	\N	\N	\N	\N	\N	\N
941	937	\N	\N	\N	\N	row 937\t937	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb7892fb3c2f009c65f686f6355c895b5	\N	\N	\N	\N	\N	\N	\N
942	938	\N	\N	\N	\N	row 938\t938	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x74bba22728b6185eec06286af6bec36d	\N	\N	\N	\N	\N	\N	\N
943	939	\N	\N	\N	\N	row 939\t939	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3df1d4b96d8976ff5986393e8767f5b2	\N	\N	\N	\N	\N	\N	\N
944	940	\N	\N	\N	\N	row 940\t940	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d6dc35e506fc23349dd10ee68dabb64	\N	\N	\N	\N	\N	\N	\N
945	941	\N	\N	\N	\N	row 941\t941	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92262bf907af914b95a0fc33c3f33bf6	\N	\N	\N	\N	\N	\N	\N
946	942	\N	\N	\N	\N	row 942\t942	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb55ec28c52d5f6205684a473a2193564	\N	\N	\N	\N	\N	\N	\N
947	943	\N	\N	\N	\N	row 943\t943	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f885d0fbe2e131bfc9d98363e55d1d4	\N	\N	\N	\N	\N	\N	\N
948	944	\N	\N	\N	\N	row 944\t944	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x64223ccf70bbb65a3a4aceac37e21016	\N	\N	\N	\N	\N	\N	\N
949	945	\N	\N	\N	\N	row 945\t945	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b6538a44a1dfdc2b83477cd76dee98e	\N	\N	\N	\N	\N	\N	\N
950	946	\N	\N	\N	\N	row 946\t946	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8c41c4a18675a74e01c8a20e8a0f662	\N	\N	\N	\N	\N	\N	\N
951	947	\N	\N	\N	\N	row 947\t947	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4b31ce7d95c75ca70d50c19aef08bf1	\N	\N	\N	\N	\N	\N	\N
952	948	\N	\N	\N	\N	row 948\t948	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58e4d44e550d0f7ee0a23d6b02d9b0db	\N	\N	\N	\N	\N	\N	\N
953	949	\N	\N	\N	\N	row 949\t949	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3cef96dcc9b8035d23f69e30bb19218a	\N	\N	\N	\N	\N	\N	\N
954	950	\N	\N	\N	\N	row 950\t950	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3d68b461bd9d3533ee1dd3ce4628ed4	\N	\N	\N	\N	\N	\N	\N
955	951	\N	\N	\N	\N	row 951\t951	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c1d4df596d01da60385f0bb17a4a9e0	\N	\N	\N	\N	\N	\N	\N
956	952	\N	\N	\N	\N	row 952\t952	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6cb2a3c14431b55aa50c06529eaa21b	\N	\N	\N	\N	\N	\N	\N
957	953	\N	\N	\N	\N	row 953\t953	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9232fe81225bcaef853ae32870a2b0fe	\N	\N	\N	\N	\N	\N	\N
958	954	\N	\N	\N	\N	row 954\t954	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6395ebd0f4b478145ecfbaf939454fa4	\N	\N	\N	\N	\N	\N	\N
959	955	\N	\N	\N	\N	row 955\t955	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef4e3b775c934dada217712d76f3d51f	\N	\N	\N	\N	\N	\N	\N
960	956	\N	\N	\N	\N	row 956\t956	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x168908dd3227b8358eababa07fcaf091	\N	\N	\N	\N	\N	\N	\N
961	957	\N	\N	\N	\N	row 957\t957	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ba596643cbbbc20318224181fa46b28	\N	\N	\N	\N	\N	\N	\N
962	958	\N	\N	\N	\N	row 958\t958	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd240e3d38a8882ecad8633c8f9c78c9b	\N	\N	\N	\N	\N	\N	\N
963	959	\N	\N	\N	\N	row 959\t959	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f840be9b8db4d3fbd5ba2ce59211f55	\N	\N	\N	\N	\N	\N	\N
964	960	\N	\N	\N	\N	row 960\t960	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x437d7d1d97917cd627a34a6a0fb41136	\N	\N	\N	\N	\N	\N	\N
965	961	\N	\N	\N	\N	row 961\t961	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd707329bece455a462b58ce00d1194c9	\N	\N	\N	\N	\N	\N	\N
966	962	\N	\N	\N	\N	row 962\t962	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5c936263f3428a40227908d5a3847c0b	\N	\N	\N	\N	\N	\N	\N
967	963	\N	\N	\N	\N	row 963\t963	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ce927f875864094e3906a4a0b5ece68	\N	\N	\N	\N	\N	\N	\N
968	964	\N	\N	\N	\N	row 964\t964	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8065d07da4a77621450aa84fee5656d9	\N	\N	\N	\N	\N	\N	\N
969	965	\N	\N	\N	\N	row 965\t965	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeeb69a3cb92300456b6a5f4162093851	\N	\N	\N	\N	\N	\N	\N
970	966	\N	\N	\N	\N	row 966\t966	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e0cb6fb5fb446d1c92ede2ed8780188	\N	\N	\N	\N	\N	\N	\N
971	967	\N	\N	\N	\N	row 967\t967	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6cfe0e6127fa25df2a0ef2ae1067d915	\N	\N	\N	\N	\N	\N	\N
972	968	\N	\N	\N	\N	row 968\t968	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f468c873a32bb0619eaeb2050ba45d1	\N	\N	\N	\N	\N	\N	\N
973	969	\N	\N	\N	\N	row 969\t969	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe744f91c29ec99f0e662c9177946c627	\N	\N	\N	\N	\N	\N	\N
974	970	\N	\N	\N	\N	row 970\t970	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x89fcd07f20b6785b92134bd6c1d0fa42	\N	\N	\N	\N	\N	\N	\N
975	971	\N	\N	\N	\N	row 971\t971	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6602294be910b1e3c4571bd98c4d5484	\N	\N	\N	\N	\N	\N	\N
976	972	\N	\N	\N	\N	row 972\t972	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc22abfa379f38b5b0411bc11fa9bf92f	\N	\N	\N	\N	\N	\N	\N
977	973	\N	\N	\N	\N	row 973\t973	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca75910166da03ff9d4655a0338e6b09	\N	\N	\N	\N	\N	\N	\N
978	974	\N	\N	\N	\N	row 974\t974	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4311359ed4969e8401880e3c1836fbe1	\N	\N	\N	\N	\N	\N	\N
979	975	\N	\N	\N	\N	row 975\t975	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92977ae4d2ba21425a59afb269c2a14e	\N	\N	\N	\N	\N	\N	\N
980	976	\N	\N	\N	\N	row 976\t976	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9c01802ddb981e6bcfbec0f0516b8e35	\N	\N	\N	\N	\N	\N	\N
981	977	\N	\N	\N	\N	row 977\t977	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcc1aa436277138f61cda703991069eaf	\N	\N	\N	\N	\N	\N	\N
982	978	\N	\N	\N	\N	row 978\t978	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ab56412b1163ee131e1246da0955bd1	\N	\N	\N	\N	\N	\N	\N
983	979	\N	\N	\N	\N	row 979\t979	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc32d9bf27a3da7ec8163957080c8628e	\N	\N	\N	\N	\N	\N	\N
984	980	\N	\N	\N	\N	row 980\t980	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd79aac075930c83c2f1e369a511148fe	\N	\N	\N	\N	\N	\N	\N
985	981	\N	\N	\N	\N	row 981\t981	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x287e03db1d99e0ec2edb90d079e142f3	\N	\N	\N	\N	\N	\N	\N
986	982	\N	\N	\N	\N	row 982\t982	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfec8d47d412bcbeece3d9128ae855a7a	\N	\N	\N	\N	\N	\N	\N
987	983	\N	\N	\N	\N	row 983\t983	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6aab1270668d8cac7cef2566a1c5f569	\N	\N	\N	\N	\N	\N	\N
988	984	\N	\N	\N	\N	row 984\t984	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd93ed5b6db83be78efb0d05ae420158e	\N	\N	\N	\N	\N	\N	\N
989	985	\N	\N	\N	\N	row 985\t985	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54a367d629152b720749e187b3eaa11b	\N	\N	\N	\N	\N	\N	\N
990	986	\N	\N	\N	\N	row 986\t986	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe7ee8fc1959cc7214fa21c4840dff0a	\N	\N	\N	\N	\N	\N	\N
991	987	\N	\N	\N	\N	row 987\t987	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf6d2338b2b8fce1ec2f6dda0a630eb0	\N	\N	\N	\N	\N	\N	\N
992	988	\N	\N	\N	\N	row 988\t988	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9908279ebbf1f9b250ba689db6a0222b	\N	\N	\N	\N	\N	\N	\N
993	989	\N	\N	\N	\N	row 989\t989	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1140a3d0df1c81e24ae954d935e8926	\N	\N	\N	\N	\N	\N	\N
994	990	\N	\N	\N	\N	row 990\t990	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4fac9ba115140ac4f1c22da82aa0bc7f	\N	\N	\N	\N	\N	\N	\N
995	991	\N	\N	\N	\N	row 991\t991	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x692f93be8c7a41525c0baf2076aecfb4	\N	\N	\N	\N	\N	\N	\N
996	992	\N	\N	\N	\N	row 992\t992	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x860320be12a1c050cd7731794e231bd3	\N	\N	\N	\N	\N	\N	\N
997	993	\N	\N	\N	\N	row 993\t993	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b13b2203029ed80337f27127a9f1d28	\N	\N	\N	\N	\N	\N	\N
998	994	\N	\N	\N	\N	row 994\t994	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x934815ad542a4a7c5e8a2dfa04fea9f5	\N	\N	\N	\N	\N	\N	\N
999	995	\N	\N	\N	\N	row 995\t995	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2bcab9d935d219641434683dd9d18a03	\N	\N	\N	\N	\N	\N	\N
1000	996	\N	\N	\N	\N	row 996\t996	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0b8aff0438617c055eb55f0ba5d226fa	\N	\N	\N	\N	\N	\N	\N
1001	997	\N	\N	\N	\N	row 997\t997	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec5aa0b7846082a2415f0902f0da88f2	\N	\N	\N	\N	\N	\N	\N
1002	998	\N	\N	\N	\N	row 998\t998	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9ab0d88431732957a618d4a469a0d4c3	\N	\N	\N	\N	\N	\N	\N
1003	999	\N	\N	\N	\N	row 999\t999	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb706835de79a2b4e80506f582af3676a	\N	\N	\N	\N	\N	\N	\N
1004	1000	\N	\N	\N	\N	row 1000\t1000	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9b7ba70783b617e9998dc4dd82eb3c5	\N	\N	\N	\N	\N	\N	\N
1005	1001	\N	\N	\N	\N	row 1001\t1001	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb8c37e33defde51cf91e1e03e51657da	\N	\N	\N	\N	\N	\N	\N
1006	1002	\N	\N	\N	\N	row 1002\t1002	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfba9d88164f3e2d9109ee770223212a0	\N	\N	\N	\N	\N	\N	\N
1007	1003	\N	\N	\N	\N	row 1003\t1003	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaa68c75c4a77c87f97fb686b2f068676	\N	\N	\N	\N	\N	\N	\N
1008	1004	\N	\N	\N	\N	row 1004\t1004	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfed33392d3a48aa149a87a38b875ba4a	\N	\N	\N	\N	\N	\N	\N
1009	1005	\N	\N	\N	\N	row 1005\t1005	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2387337ba1e0b0249ba90f55b2ba2521	\N	\N	\N	\N	\N	\N	\N
1010	1006	\N	\N	\N	\N	row 1006\t1006	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9246444d94f081e3549803b928260f56	\N	\N	\N	\N	\N	\N	\N
1011	1007	\N	\N	\N	\N	row 1007\t1007	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd7322ed717dedf1eb4e6e52a37ea7bcd	\N	\N	\N	\N	\N	\N	\N
1012	1008	\N	\N	\N	\N	row 1008\t1008	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1587965fb4d4b5afe8428a4a024feb0d	\N	\N	\N	\N	\N	\N	\N
1013	1009	\N	\N	\N	\N	row 1009\t1009	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x31b3b31a1c2f8a370206f111127c0dbd	\N	\N	\N	\N	\N	\N	\N
1014	1010	\N	\N	\N	\N	row 1010\t1010	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e48c4420b7073bc11916c6c1de226bb	\N	\N	\N	\N	\N	\N	\N
1015	1011	\N	\N	\N	\N	row 1011\t1011	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f975a56c761db6506eca0b37ce6ec87	\N	\N	\N	\N	\N	\N	\N
1016	1012	\N	\N	\N	\N	row 1012\t1012	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf33ba15effa5c10e873bf3842afb46a6	\N	\N	\N	\N	\N	\N	\N
1017	1013	\N	\N	\N	\N	row 1013\t1013	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6b180037abbebea991d8b1232f8a8ca9	\N	\N	\N	\N	\N	\N	\N
1018	1014	\N	\N	\N	\N	row 1014\t1014	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x766d856ef1a6b02f93d894415e6bfa0e	\N	\N	\N	\N	\N	\N	\N
1019	1015	\N	\N	\N	\N	row 1015\t1015	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x298923c8190045e91288b430794814c4	\N	\N	\N	\N	\N	\N	\N
1020	1016	\N	\N	\N	\N	row 1016\t1016	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08fe2621d8e716b02ec0da35256a998d	\N	\N	\N	\N	\N	\N	\N
1021	1017	\N	\N	\N	\N	row 1017\t1017	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5d616dd38211ebb5d6ec52986674b6e4	\N	\N	\N	\N	\N	\N	\N
1022	1018	\N	\N	\N	\N	row 1018\t1018	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef50c335cca9f340bde656363ebd02fd	\N	\N	\N	\N	\N	\N	\N
1023	1019	\N	\N	\N	\N	row 1019\t1019	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03e0704b5690a2dee1861dc3ad3316c9	\N	\N	\N	\N	\N	\N	\N
1024	1020	\N	\N	\N	\N	row 1020\t1020	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65cc2c8205a05d7379fa3a6386f710e1	\N	\N	\N	\N	\N	\N	\N
1025	1021	\N	\N	\N	\N	row 1021\t1021	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0768281a05da9f27df178b5c39a51263	\N	\N	\N	\N	\N	\N	\N
1026	1022	\N	\N	\N	\N	row 1022\t1022	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x93d65641ff3f1586614cf2c1ad240b6c	\N	\N	\N	\N	\N	\N	\N
1027	1023	\N	\N	\N	\N	row 1023\t1023	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xce5140df15d046a66883807d18d0264b	\N	\N	\N	\N	\N	\N	\N
1028	1024	\N	\N	\N	\N	row 1024\t1024	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x021bbc7ee20b71134d53e20206bd6feb	\N	\N	\N	\N	\N	\N	\N
1029	1025	\N	\N	\N	\N	row 1025\t1025	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82b8a3434904411a9fdc43ca87cee70c	\N	\N	\N	\N	\N	\N	\N
1030	1026	\N	\N	\N	\N	row 1026\t1026	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24146db4eb48c718b84cae0a0799dcfc	\N	\N	\N	\N	\N	\N	\N
1031	1027	\N	\N	\N	\N	row 1027\t1027	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x883e881bb4d22a7add958f2d6b052c9f	\N	\N	\N	\N	\N	\N	\N
1032	1028	\N	\N	\N	\N	row 1028\t1028	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3806734b256c27e41ec2c6bffa26d9e7	\N	\N	\N	\N	\N	\N	\N
1033	1029	\N	\N	\N	\N	row 1029\t1029	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84d2004bf28a2095230e8e14993d398d	\N	\N	\N	\N	\N	\N	\N
1034	1030	\N	\N	\N	\N	row 1030\t1030	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe515df0d202ae52fcebb14295743063b	\N	\N	\N	\N	\N	\N	\N
1035	1031	\N	\N	\N	\N	row 1031\t1031	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xafdec7005cc9f14302cd0474fd0f3c96	\N	\N	\N	\N	\N	\N	\N
1036	1032	\N	\N	\N	\N	row 1032\t1032	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x995e1fda4a2b5f55ef0df50868bf2a8f	\N	\N	\N	\N	\N	\N	\N
1037	1033	\N	\N	\N	\N	row 1033\t1033	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe17184bcb70dcf3942c54e0b537ffc6d	\N	\N	\N	\N	\N	\N	\N
1038	1034	\N	\N	\N	\N	row 1034\t1034	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbdb106a0560c4e46ccc488ef010af787	\N	\N	\N	\N	\N	\N	\N
1039	1035	\N	\N	\N	\N	row 1035\t1035	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa34bacf839b923770b2c360eefa26748	\N	\N	\N	\N	\N	\N	\N
1040	1036	\N	\N	\N	\N	row 1036\t1036	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83fa5a432ae55c253d0e60dbfa716723	\N	\N	\N	\N	\N	\N	\N
1041	1037	\N	\N	\N	\N	row 1037\t1037	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeddb904a6db773755d2857aacadb1cb0	\N	\N	\N	\N	\N	\N	\N
1042	1038	\N	\N	\N	\N	row 1038\t1038	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6d70cb65d15211726dcce4c0e971e21c	\N	\N	\N	\N	\N	\N	\N
1043	1039	\N	\N	\N	\N	row 1039\t1039	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x27ed0fb950b856b06e1273989422e7d3	\N	\N	\N	\N	\N	\N	\N
1044	1040	\N	\N	\N	\N	row 1040\t1040	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x537d9b6c927223c796cac288cced29df	\N	\N	\N	\N	\N	\N	\N
1045	1041	\N	\N	\N	\N	row 1041\t1041	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd736bb10d83a904aefc1d6ce93dc54b8	\N	\N	\N	\N	\N	\N	\N
1046	1042	\N	\N	\N	\N	row 1042\t1042	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9ac403da7947a183884c18a67d3aa8de	\N	\N	\N	\N	\N	\N	\N
1047	1043	\N	\N	\N	\N	row 1043\t1043	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb9141aff1412dc76340b3822d9ea6c72	\N	\N	\N	\N	\N	\N	\N
1048	1044	\N	\N	\N	\N	row 1044\t1044	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1019c8091693ef5c5f55970346633f92	\N	\N	\N	\N	\N	\N	\N
1049	1045	\N	\N	\N	\N	row 1045\t1045	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0e2a2c563d57df27213ede1ac4ac780	\N	\N	\N	\N	\N	\N	\N
1050	1046	\N	\N	\N	\N	row 1046\t1046	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1579779b98ce9edb98dd85606f2c119d	\N	\N	\N	\N	\N	\N	\N
1051	1047	\N	\N	\N	\N	row 1047\t1047	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x20b5e1cf8694af7a3c1ba4a87f073021	\N	\N	\N	\N	\N	\N	\N
1052	1048	\N	\N	\N	\N	row 1048\t1048	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7cce53cf90577442771720a370c3c723	\N	\N	\N	\N	\N	\N	\N
1053	1049	\N	\N	\N	\N	row 1049\t1049	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58c54802a9fb9526cd0923353a34a7ae	\N	\N	\N	\N	\N	\N	\N
1054	1050	\N	\N	\N	\N	row 1050\t1050	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5055cbf43fac3f7e2336b27310f0b9ef	\N	\N	\N	\N	\N	\N	\N
1055	1051	\N	\N	\N	\N	row 1051\t1051	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x456ac9b0d15a8b7f1e71073221059886	\N	\N	\N	\N	\N	\N	\N
1056	1052	\N	\N	\N	\N	row 1052\t1052	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4dd765c12f2ef67f98f3558c282a9cd	\N	\N	\N	\N	\N	\N	\N
1057	1053	\N	\N	\N	\N	row 1053\t1053	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7fec306d1e665bc9c748b5d2b99a6e97	\N	\N	\N	\N	\N	\N	\N
1058	1054	\N	\N	\N	\N	row 1054\t1054	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb576a7d2453575f29eab4bac787b919	\N	\N	\N	\N	\N	\N	\N
1059	1055	\N	\N	\N	\N	row 1055\t1055	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53c04118df112c13a8c34b38343b9c10	\N	\N	\N	\N	\N	\N	\N
1060	1056	\N	\N	\N	\N	row 1056\t1056	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ca82782c5372a547c104929f03fe7a9	\N	\N	\N	\N	\N	\N	\N
1061	1057	\N	\N	\N	\N	row 1057\t1057	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd8700cbd38cc9f30cecb34f0c195b137	\N	\N	\N	\N	\N	\N	\N
1062	1058	\N	\N	\N	\N	row 1058\t1058	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4d168b48157c623fbd095b4a565b5bb	\N	\N	\N	\N	\N	\N	\N
1063	1059	\N	\N	\N	\N	row 1059\t1059	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a08142c38dbe374195d41c04562d9f8	\N	\N	\N	\N	\N	\N	\N
1064	1060	\N	\N	\N	\N	row 1060\t1060	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x299a23a2291e2126b91d54f3601ec162	\N	\N	\N	\N	\N	\N	\N
1065	1061	\N	\N	\N	\N	row 1061\t1061	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa89cf525e1d9f04d16ce31165e139a4b	\N	\N	\N	\N	\N	\N	\N
1066	1062	\N	\N	\N	\N	row 1062\t1062	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd89fef7ffdd490db800357f47722b20	\N	\N	\N	\N	\N	\N	\N
1067	1063	\N	\N	\N	\N	row 1063\t1063	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c340f25839e6acdc73414517203f5f0	\N	\N	\N	\N	\N	\N	\N
1068	1064	\N	\N	\N	\N	row 1064\t1064	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2290a7385ed77cc5592dc2153229f082	\N	\N	\N	\N	\N	\N	\N
1069	1065	\N	\N	\N	\N	row 1065\t1065	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa2137a2ae8e39b5002a3f8909ecb88fe	\N	\N	\N	\N	\N	\N	\N
1070	1066	\N	\N	\N	\N	row 1066\t1066	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43dd49b4fdb9bede653e94468ff8df1e	\N	\N	\N	\N	\N	\N	\N
1071	1067	\N	\N	\N	\N	row 1067\t1067	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x31857b449c407203749ae32dd0e7d64a	\N	\N	\N	\N	\N	\N	\N
1072	1068	\N	\N	\N	\N	row 1068\t1068	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53adaf494dc89ef7196d73636eb2451b	\N	\N	\N	\N	\N	\N	\N
1073	1069	\N	\N	\N	\N	row 1069\t1069	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc2c7c47b918d0c2d792a719dfb602ef	\N	\N	\N	\N	\N	\N	\N
1074	1070	\N	\N	\N	\N	row 1070\t1070	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc58e3a306451c9d670adcd37004f48f	\N	\N	\N	\N	\N	\N	\N
1075	1071	\N	\N	\N	\N	row 1071\t1071	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1b0114c51cc532ed34e1954b5b9e4b58	\N	\N	\N	\N	\N	\N	\N
1076	1072	\N	\N	\N	\N	row 1072\t1072	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1519de5b5d44b31a01de013b9b51a80	\N	\N	\N	\N	\N	\N	\N
1077	1073	\N	\N	\N	\N	row 1073\t1073	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x390e982518a50e280d8e2b535462ec1f	\N	\N	\N	\N	\N	\N	\N
1078	1074	\N	\N	\N	\N	row 1074\t1074	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x708f3cf8100d5e71834b1db77dfa15d6	\N	\N	\N	\N	\N	\N	\N
1079	1075	\N	\N	\N	\N	row 1075\t1075	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46072631582fc240dd2674a7d063b040	\N	\N	\N	\N	\N	\N	\N
1080	1076	\N	\N	\N	\N	row 1076\t1076	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8a1e808b55fde9455cb3d8857ed88389	\N	\N	\N	\N	\N	\N	\N
1081	1077	\N	\N	\N	\N	row 1077\t1077	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x062ddb6c727310e76b6200b7c71f63b5	\N	\N	\N	\N	\N	\N	\N
1082	1078	\N	\N	\N	\N	row 1078\t1078	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x522a9ae9a99880d39e5daec35375e999	\N	\N	\N	\N	\N	\N	\N
1083	1079	\N	\N	\N	\N	row 1079\t1079	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43baa6762fa81bb43b39c62553b2970d	\N	\N	\N	\N	\N	\N	\N
1084	1080	\N	\N	\N	\N	row 1080\t1080	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x731c83db8d2ff01bdc000083fd3c3740	\N	\N	\N	\N	\N	\N	\N
1085	1081	\N	\N	\N	\N	row 1081\t1081	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x36a16a2505369e0c922b6ea7a23a56d2	\N	\N	\N	\N	\N	\N	\N
1086	1082	\N	\N	\N	\N	row 1082\t1082	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x818f4654ed39a1c147d1e51a00ffb4cb	\N	\N	\N	\N	\N	\N	\N
1087	1083	\N	\N	\N	\N	row 1083\t1083	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe5e63da79fcd2bebbd7cb8bf1c1d0274	\N	\N	\N	\N	\N	\N	\N
1088	1084	\N	\N	\N	\N	row 1084\t1084	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f36407ead0629fc166f14dde7970f68	\N	\N	\N	\N	\N	\N	\N
1089	1085	\N	\N	\N	\N	row 1085\t1085	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f16c818875d9fcb6867c7bdc89be7eb	\N	\N	\N	\N	\N	\N	\N
1090	1086	\N	\N	\N	\N	row 1086\t1086	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd91d1b4d82419de8a614abce9cc0e6d4	\N	\N	\N	\N	\N	\N	\N
1091	1087	\N	\N	\N	\N	row 1087\t1087	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa26398dca6f47b49876cbaffbc9954f9	\N	\N	\N	\N	\N	\N	\N
1092	1088	\N	\N	\N	\N	row 1088\t1088	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1563a78ec59337587f6ab6397699afc	\N	\N	\N	\N	\N	\N	\N
1093	1089	\N	\N	\N	\N	row 1089\t1089	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03f544613917945245041ea1581df0c2	\N	\N	\N	\N	\N	\N	\N
1094	1090	\N	\N	\N	\N	row 1090\t1090	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b4066554730ddfaa0266346bdc1b202	\N	\N	\N	\N	\N	\N	\N
1095	1091	\N	\N	\N	\N	row 1091\t1091	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x754dda4b1ba34c6fa89716b85d68532b	\N	\N	\N	\N	\N	\N	\N
1096	1092	\N	\N	\N	\N	row 1092\t1092	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a2feef8ed6a9fe76d6b3f30f02150b4	\N	\N	\N	\N	\N	\N	\N
1097	1093	\N	\N	\N	\N	row 1093\t1093	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68b1fbe7f16e4ae3024973f12f3cb313	\N	\N	\N	\N	\N	\N	\N
1098	1094	\N	\N	\N	\N	row 1094\t1094	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x41bfd20a38bb1b0bec75acf0845530a7	\N	\N	\N	\N	\N	\N	\N
1099	1095	\N	\N	\N	\N	row 1095\t1095	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd6723e7cd6735df68d1ce4c704c29a04	\N	\N	\N	\N	\N	\N	\N
1100	1096	\N	\N	\N	\N	row 1096\t1096	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e2545f819e67f0615003dd7e04a6087	\N	\N	\N	\N	\N	\N	\N
1101	1097	\N	\N	\N	\N	row 1097\t1097	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb2b4182156b2f1f817860ac9f409ad7	\N	\N	\N	\N	\N	\N	\N
1102	1098	\N	\N	\N	\N	row 1098\t1098	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa5e0ff62be0b08456fc7f1e88812af3d	\N	\N	\N	\N	\N	\N	\N
1103	1099	\N	\N	\N	\N	row 1099\t1099	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0160709701140704575d499c997b6ca	\N	\N	\N	\N	\N	\N	\N
1104	1100	\N	\N	\N	\N	row 1100\t1100	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e6e0a04d20f50967c64dac2d639a577	\N	\N	\N	\N	\N	\N	\N
1105	1101	\N	\N	\N	\N	row 1101\t1101	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc6bff625bdb0393992c9d4db0c6bbe45	\N	\N	\N	\N	\N	\N	\N
1106	1102	\N	\N	\N	\N	row 1102\t1102	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc667d53acd899a97a85de0c201ba99be	\N	\N	\N	\N	\N	\N	\N
1107	1103	\N	\N	\N	\N	row 1103\t1103	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaace49c7d80767cffec0e513ae886df0	\N	\N	\N	\N	\N	\N	\N
1108	1104	\N	\N	\N	\N	row 1104\t1104	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4da04049a062f5adfe81b67dd755cecc	\N	\N	\N	\N	\N	\N	\N
1109	1105	\N	\N	\N	\N	row 1105\t1105	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaf21d0c97db2e27e13572cbf59eb343d	\N	\N	\N	\N	\N	\N	\N
1110	1106	\N	\N	\N	\N	row 1106\t1106	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc9f95a0a5af052bffce5c89917335f67	\N	\N	\N	\N	\N	\N	\N
1111	1107	\N	\N	\N	\N	row 1107\t1107	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe58cc5ca94270acaceed13bc82dfedf7	\N	\N	\N	\N	\N	\N	\N
1112	1108	\N	\N	\N	\N	row 1108\t1108	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb9d487a30398d42ecff55c228ed5652b	\N	\N	\N	\N	\N	\N	\N
1113	1109	\N	\N	\N	\N	row 1109\t1109	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f1d43620bc6bb580df6e80b0dc05c48	\N	\N	\N	\N	\N	\N	\N
1114	1110	\N	\N	\N	\N	row 1110\t1110	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2cbca44843a864533ec05b321ae1f9d1	\N	\N	\N	\N	\N	\N	\N
1115	1111	\N	\N	\N	\N	row 1111\t1111	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb59c67bf196a4758191e42f76670ceba	\N	\N	\N	\N	\N	\N	\N
1116	1112	\N	\N	\N	\N	row 1112\t1112	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x20d135f0f28185b84a4cf7aa51f29500	\N	\N	\N	\N	\N	\N	\N
1117	1113	\N	\N	\N	\N	row 1113\t1113	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9c3b1830513cc3b8fc4b76635d32e692	\N	\N	\N	\N	\N	\N	\N
1118	1114	\N	\N	\N	\N	row 1114\t1114	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd6ef5f7fa914c19931a55bb262ec879c	\N	\N	\N	\N	\N	\N	\N
1119	1115	\N	\N	\N	\N	row 1115\t1115	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe19347e1c3ca0c0b97de5fb3b690855a	\N	\N	\N	\N	\N	\N	\N
1120	1116	\N	\N	\N	\N	row 1116\t1116	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd77279f7d325eec933f05b1672f6a1f	\N	\N	\N	\N	\N	\N	\N
1121	1117	\N	\N	\N	\N	row 1117\t1117	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0eec27c419d0fe24e53c90338cdc8bc6	\N	\N	\N	\N	\N	\N	\N
1122	1118	\N	\N	\N	\N	row 1118\t1118	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc60d060b946d6dd6145dcbad5c4ccf6f	\N	\N	\N	\N	\N	\N	\N
1123	1119	\N	\N	\N	\N	row 1119\t1119	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8597a6cfa74defcbde3047c891d78f90	\N	\N	\N	\N	\N	\N	\N
1124	1120	\N	\N	\N	\N	row 1120\t1120	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc6036a69be21cb660499b75718a3ef24	\N	\N	\N	\N	\N	\N	\N
1125	1121	\N	\N	\N	\N	row 1121\t1121	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a15c7d0bbe60300a39f76f8a5ba6896	\N	\N	\N	\N	\N	\N	\N
1126	1122	\N	\N	\N	\N	row 1122\t1122	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3b712de48137572f3849aabd5666a4e3	\N	\N	\N	\N	\N	\N	\N
1127	1123	\N	\N	\N	\N	row 1123\t1123	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2cfd4560539f887a5e420412b370b361	\N	\N	\N	\N	\N	\N	\N
1128	1124	\N	\N	\N	\N	row 1124\t1124	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc7635bfd99248a2cdef8249ef7bfbef4	\N	\N	\N	\N	\N	\N	\N
1129	1125	\N	\N	\N	\N	row 1125\t1125	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc21002f464c5fc5bee3b98ced83963b8	\N	\N	\N	\N	\N	\N	\N
1130	1126	\N	\N	\N	\N	row 1126\t1126	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xffeed84c7cb1ae7bf4ec4bd78275bb98	\N	\N	\N	\N	\N	\N	\N
1131	1127	\N	\N	\N	\N	row 1127\t1127	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x678a1491514b7f1006d605e9161946b1	\N	\N	\N	\N	\N	\N	\N
1132	1128	\N	\N	\N	\N	row 1128\t1128	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3fe78a8acf5fda99de95303940a2420c	\N	\N	\N	\N	\N	\N	\N
1133	1129	\N	\N	\N	\N	row 1129\t1129	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69a5b5995110b36a9a347898d97a610e	\N	\N	\N	\N	\N	\N	\N
1134	1130	\N	\N	\N	\N	row 1130\t1130	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a213d37242bdcad8e7300e202e7caa4	\N	\N	\N	\N	\N	\N	\N
1135	1131	\N	\N	\N	\N	row 1131\t1131	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe709c654eac84d5239d1a12a4f71877	\N	\N	\N	\N	\N	\N	\N
1136	1132	\N	\N	\N	\N	row 1132\t1132	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x571e0f7e2d992e738adff8b1bd43a521	\N	\N	\N	\N	\N	\N	\N
1137	1133	\N	\N	\N	\N	row 1133\t1133	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfd06b8ea02fe5b1c2496fe1700e9d16c	\N	\N	\N	\N	\N	\N	\N
1138	1134	\N	\N	\N	\N	row 1134\t1134	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7c9d0b1f96aebd7b5eca8c3edaa19ebb	\N	\N	\N	\N	\N	\N	\N
1139	1135	\N	\N	\N	\N	row 1135\t1135	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfd2c5e4680d9a01dba3aada5ece22270	\N	\N	\N	\N	\N	\N	\N
1140	1136	\N	\N	\N	\N	row 1136\t1136	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x47a658229eb2368a99f1d032c8848542	\N	\N	\N	\N	\N	\N	\N
1141	1137	\N	\N	\N	\N	row 1137\t1137	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x801c14f07f9724229175b8ef8b4585a8	\N	\N	\N	\N	\N	\N	\N
1142	1138	\N	\N	\N	\N	row 1138\t1138	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3e0c62ee91db8dc7382bde7419bb573	\N	\N	\N	\N	\N	\N	\N
1143	1139	\N	\N	\N	\N	row 1139\t1139	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x184260348236f9554fe9375772ff966e	\N	\N	\N	\N	\N	\N	\N
1144	1140	\N	\N	\N	\N	row 1140\t1140	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8248a99e81e752cb9b41da3fc43fbe7f	\N	\N	\N	\N	\N	\N	\N
1145	1141	\N	\N	\N	\N	row 1141\t1141	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7f580e11d00a75814d2ded41fe8e8fe	\N	\N	\N	\N	\N	\N	\N
1146	1142	\N	\N	\N	\N	row 1142\t1142	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8ce6790cc6a94e65f17f908f462fae85	\N	\N	\N	\N	\N	\N	\N
1147	1143	\N	\N	\N	\N	row 1143\t1143	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x208e43f0e45c4c78cafadb83d2888cb6	\N	\N	\N	\N	\N	\N	\N
1148	1144	\N	\N	\N	\N	row 1144\t1144	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4588e674d3f0faf985047d4c3f13ed0d	\N	\N	\N	\N	\N	\N	\N
1149	1145	\N	\N	\N	\N	row 1145\t1145	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfeab05aa91085b7a8012516bc3533958	\N	\N	\N	\N	\N	\N	\N
1150	1146	\N	\N	\N	\N	row 1146\t1146	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8a3363abe792db2d8761d6403605aeb7	\N	\N	\N	\N	\N	\N	\N
1151	1147	\N	\N	\N	\N	row 1147\t1147	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1d50185e7426cbb0acad1e6ca74b9aa	\N	\N	\N	\N	\N	\N	\N
1152	1148	\N	\N	\N	\N	row 1148\t1148	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf0aab058ce179e4f7ab135ed4e641a9	\N	\N	\N	\N	\N	\N	\N
1153	1149	\N	\N	\N	\N	row 1149\t1149	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x09c6c3783b4a70054da74f2538ed47c6	\N	\N	\N	\N	\N	\N	\N
1154	1150	\N	\N	\N	\N	row 1150\t1150	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b38c2df6a49b97f706ec9148ce48d86	\N	\N	\N	\N	\N	\N	\N
1155	1151	\N	\N	\N	\N	row 1151\t1151	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf197002b9a0853eca5e046d9ca4663d5	\N	\N	\N	\N	\N	\N	\N
1156	1152	\N	\N	\N	\N	row 1152\t1152	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x45f31d16b1058d586fc3be7207b58053	\N	\N	\N	\N	\N	\N	\N
1157	1153	\N	\N	\N	\N	row 1153\t1153	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x55b1927fdafef39c48e5b73b5d61ea60	\N	\N	\N	\N	\N	\N	\N
1158	1154	\N	\N	\N	\N	row 1154\t1154	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe8b1cbd05f6e6a358a81dee52493dd06	\N	\N	\N	\N	\N	\N	\N
1159	1155	\N	\N	\N	\N	row 1155\t1155	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x285f89b802bcb2651801455c86d78f2a	\N	\N	\N	\N	\N	\N	\N
1160	1156	\N	\N	\N	\N	row 1156\t1156	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe22312179bf43e61576081a2f250f845	\N	\N	\N	\N	\N	\N	\N
1161	1157	\N	\N	\N	\N	row 1157\t1157	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8240cb8235e9c493a0c30607586166c	\N	\N	\N	\N	\N	\N	\N
1162	1158	\N	\N	\N	\N	row 1158\t1158	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c048b3a434e49e655c1247efb389cec	\N	\N	\N	\N	\N	\N	\N
1163	1159	\N	\N	\N	\N	row 1159\t1159	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x16e6a3326dd7d868cbc926602a61e4d0	\N	\N	\N	\N	\N	\N	\N
1164	1160	\N	\N	\N	\N	row 1160\t1160	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x884d79963bd8bc0ae9b13a1aa71add73	\N	\N	\N	\N	\N	\N	\N
1165	1161	\N	\N	\N	\N	row 1161\t1161	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38ca89564b2259401518960f7a06f94b	\N	\N	\N	\N	\N	\N	\N
1166	1162	\N	\N	\N	\N	row 1162\t1162	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xabea47ba24142ed16b7d8fbf2c740e0d	\N	\N	\N	\N	\N	\N	\N
1167	1163	\N	\N	\N	\N	row 1163\t1163	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e7d2da6d3953058db75714ac400b584	\N	\N	\N	\N	\N	\N	\N
1168	1164	\N	\N	\N	\N	row 1164\t1164	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00e26af6ac3b1c1c49d7c3d79c60d000	\N	\N	\N	\N	\N	\N	\N
1169	1165	\N	\N	\N	\N	row 1165\t1165	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3fb4fbf9a6f9cf09166aa9c20cbc1ad	\N	\N	\N	\N	\N	\N	\N
1170	1166	\N	\N	\N	\N	row 1166\t1166	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f2c9a93eea6f38fabb3acb1c31488c6	\N	\N	\N	\N	\N	\N	\N
1171	1167	\N	\N	\N	\N	row 1167\t1167	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9da187a7a191431db943a9a5a6fec6f4	\N	\N	\N	\N	\N	\N	\N
1172	1168	\N	\N	\N	\N	row 1168\t1168	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f29b6e3abc6ebdefb55456ea6ca5dc8	\N	\N	\N	\N	\N	\N	\N
1173	1169	\N	\N	\N	\N	row 1169\t1169	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e1d184167ca7676cf665225e236a3d2	\N	\N	\N	\N	\N	\N	\N
1174	1170	\N	\N	\N	\N	row 1170\t1170	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3eb71f6293a2a31f3569e10af6552658	\N	\N	\N	\N	\N	\N	\N
1175	1171	\N	\N	\N	\N	row 1171\t1171	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa113c1ecd3cace2237256f4c712f61b5	\N	\N	\N	\N	\N	\N	\N
1176	1172	\N	\N	\N	\N	row 1172\t1172	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x36a1694bce9815b7e38a9dad05ad42e0	\N	\N	\N	\N	\N	\N	\N
1177	1173	\N	\N	\N	\N	row 1173\t1173	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0a0a0c8aaa00ade50f74a3f0ca981ed7	\N	\N	\N	\N	\N	\N	\N
1178	1174	\N	\N	\N	\N	row 1174\t1174	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3473decccb0509fb264818a7512a8b9b	\N	\N	\N	\N	\N	\N	\N
1179	1175	\N	\N	\N	\N	row 1175\t1175	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1896a3bf730516dd643ba67b4c447d36	\N	\N	\N	\N	\N	\N	\N
1180	1176	\N	\N	\N	\N	row 1176\t1176	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa7d8ae4569120b5bec12e7b6e9648b86	\N	\N	\N	\N	\N	\N	\N
1181	1177	\N	\N	\N	\N	row 1177\t1177	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83f97f4825290be4cb794ec6a234595f	\N	\N	\N	\N	\N	\N	\N
1182	1178	\N	\N	\N	\N	row 1178\t1178	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7d771e0e8f3633ab54856925ecdefc5d	\N	\N	\N	\N	\N	\N	\N
1183	1179	\N	\N	\N	\N	row 1179\t1179	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdabd8d2ce74e782c65a973ef76fd540b	\N	\N	\N	\N	\N	\N	\N
1184	1180	\N	\N	\N	\N	row 1180\t1180	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6eb6e75fddec0218351dc5c0c8464104	\N	\N	\N	\N	\N	\N	\N
1185	1181	\N	\N	\N	\N	row 1181\t1181	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ac2406e835bd49c70469acae337d292	\N	\N	\N	\N	\N	\N	\N
1186	1182	\N	\N	\N	\N	row 1182\t1182	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf47330643ae134ca204bf6b2481fec47	\N	\N	\N	\N	\N	\N	\N
1187	1183	\N	\N	\N	\N	row 1183\t1183	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e095e054ee94774d6a496099eb1cf6a	\N	\N	\N	\N	\N	\N	\N
1188	1184	\N	\N	\N	\N	row 1184\t1184	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x97af4fb322bb5c8973ade16764156bed	\N	\N	\N	\N	\N	\N	\N
1189	1185	\N	\N	\N	\N	row 1185\t1185	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5680522b8e2bb01943234bce7bf84534	\N	\N	\N	\N	\N	\N	\N
1190	1186	\N	\N	\N	\N	row 1186\t1186	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b6d65b9a9445c4271ab9076ead5605a	\N	\N	\N	\N	\N	\N	\N
1191	1187	\N	\N	\N	\N	row 1187\t1187	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f284803bd0966cc24fa8683a34afc6e	\N	\N	\N	\N	\N	\N	\N
1192	1188	\N	\N	\N	\N	row 1188\t1188	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc44e503833b64e9f27197a484f4257c0	\N	\N	\N	\N	\N	\N	\N
1193	1189	\N	\N	\N	\N	row 1189\t1189	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82c2559140b95ccda9c6ca4a8b981f1e	\N	\N	\N	\N	\N	\N	\N
1194	1190	\N	\N	\N	\N	row 1190\t1190	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x160c88652d47d0be60bfbfed25111412	\N	\N	\N	\N	\N	\N	\N
1195	1191	\N	\N	\N	\N	row 1191\t1191	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb20bb95ab626d93fd976af958fbc61ba	\N	\N	\N	\N	\N	\N	\N
1196	1192	\N	\N	\N	\N	row 1192\t1192	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52292e0c763fd027c6eba6b8f494d2eb	\N	\N	\N	\N	\N	\N	\N
1197	1193	\N	\N	\N	\N	row 1193\t1193	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a3d458322d70046f63dfd8b0153ece4	\N	\N	\N	\N	\N	\N	\N
1198	1194	\N	\N	\N	\N	row 1194\t1194	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa42a596fc71e17828440030074d15e74	\N	\N	\N	\N	\N	\N	\N
1199	1195	\N	\N	\N	\N	row 1195\t1195	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0188e8b8b014829e2fa0f430f0a95961	\N	\N	\N	\N	\N	\N	\N
1200	1196	\N	\N	\N	\N	row 1196\t1196	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9adeb82fffb5444e81fa0ce8ad8afe7a	\N	\N	\N	\N	\N	\N	\N
1201	1197	\N	\N	\N	\N	row 1197\t1197	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xae5e3ce40e0404a45ecacaaf05e5f735	\N	\N	\N	\N	\N	\N	\N
1202	1198	\N	\N	\N	\N	row 1198\t1198	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc54e7837e0cd0ced286cb5995327d1ab	\N	\N	\N	\N	\N	\N	\N
1203	1199	\N	\N	\N	\N	row 1199\t1199	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4d2e7bd33c475784381a64e43e50922f	\N	\N	\N	\N	\N	\N	\N
1204	1200	\N	\N	\N	\N	row 1200\t1200	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe2d010308a6b3799a3d9c728ee74244	\N	\N	\N	\N	\N	\N	\N
1205	1201	\N	\N	\N	\N	row 1201\t1201	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7501e5d4da87ac39d782741cd794002d	\N	\N	\N	\N	\N	\N	\N
1206	1202	\N	\N	\N	\N	row 1202\t1202	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x147702db07145348245dc5a2f2fe5683	\N	\N	\N	\N	\N	\N	\N
1207	1203	\N	\N	\N	\N	row 1203\t1203	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x491442df5f88c6aa018e86dac21d3606	\N	\N	\N	\N	\N	\N	\N
1208	1204	\N	\N	\N	\N	row 1204\t1204	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb2fcd534b0ff3bbed73cc51df620323	\N	\N	\N	\N	\N	\N	\N
1209	1205	\N	\N	\N	\N	row 1205\t1205	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb571ecea16a9824023ee1af16897a582	\N	\N	\N	\N	\N	\N	\N
1210	1206	\N	\N	\N	\N	row 1206\t1206	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x144a3f71a03ab7c4f46f9656608efdb2	\N	\N	\N	\N	\N	\N	\N
1211	1207	\N	\N	\N	\N	row 1207\t1207	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e4e53aa080247bc31d0eb4e7aeb07a0	\N	\N	\N	\N	\N	\N	\N
1212	1208	\N	\N	\N	\N	row 1208\t1208	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa58149d355f02887dfbe55ebb2b64ba3	\N	\N	\N	\N	\N	\N	\N
1213	1209	\N	\N	\N	\N	row 1209\t1209	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e7e69ea3384874304911625ac34321c	\N	\N	\N	\N	\N	\N	\N
1214	1210	\N	\N	\N	\N	row 1210\t1210	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7cade80b7cc92b991cf4d2806d6bd78	\N	\N	\N	\N	\N	\N	\N
1215	1211	\N	\N	\N	\N	row 1211\t1211	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x285ab9448d2751ee57ece7f762c39095	\N	\N	\N	\N	\N	\N	\N
1216	1212	\N	\N	\N	\N	row 1212\t1212	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa01610228fe998f515a72dd730294d87	\N	\N	\N	\N	\N	\N	\N
1217	1213	\N	\N	\N	\N	row 1213\t1213	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x33ceb07bf4eeb3da587e268d663aba1a	\N	\N	\N	\N	\N	\N	\N
1218	1214	\N	\N	\N	\N	row 1214\t1214	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8ba76c279269b1c6bc8a07e38e78fa4	\N	\N	\N	\N	\N	\N	\N
1219	1215	\N	\N	\N	\N	row 1215\t1215	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa4d2f0d23dcc84ce983ff9157f8b7f88	\N	\N	\N	\N	\N	\N	\N
1220	1216	\N	\N	\N	\N	row 1216\t1216	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3948ead63a9f2944218de038d8934305	\N	\N	\N	\N	\N	\N	\N
1221	1217	\N	\N	\N	\N	row 1217\t1217	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a61d423d02a1c56250dc23ae7ff12f3	\N	\N	\N	\N	\N	\N	\N
1222	1218	\N	\N	\N	\N	row 1218\t1218	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3f67fd97162d20e6fe27748b5b372509	\N	\N	\N	\N	\N	\N	\N
1223	1219	\N	\N	\N	\N	row 1219\t1219	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2715518c875999308842e3455eda2fe3	\N	\N	\N	\N	\N	\N	\N
1224	1220	\N	\N	\N	\N	row 1220\t1220	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb24d516bb65a5a58079f0f3526c87c57	\N	\N	\N	\N	\N	\N	\N
1225	1221	\N	\N	\N	\N	row 1221\t1221	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1d72310edc006dadf2190caad5802983	\N	\N	\N	\N	\N	\N	\N
1226	1222	\N	\N	\N	\N	row 1222\t1222	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a029f04d76d32e79367c4b3255dda4d	\N	\N	\N	\N	\N	\N	\N
1227	1223	\N	\N	\N	\N	row 1223\t1223	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43cca4b3de2097b9558efefd0ecc3588	\N	\N	\N	\N	\N	\N	\N
1228	1224	\N	\N	\N	\N	row 1224\t1224	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68d13cf26c4b4f4f932e3eff990093ba	\N	\N	\N	\N	\N	\N	\N
1229	1225	\N	\N	\N	\N	row 1225\t1225	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25df35de87aa441b88f22a6c2a830a17	\N	\N	\N	\N	\N	\N	\N
1230	1226	\N	\N	\N	\N	row 1226\t1226	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3210ddbeaa16948a702b6049b8d9a202	\N	\N	\N	\N	\N	\N	\N
1231	1227	\N	\N	\N	\N	row 1227\t1227	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4851e8e264415c4094e4e85b0baa7cc	\N	\N	\N	\N	\N	\N	\N
1232	1228	\N	\N	\N	\N	row 1228\t1228	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb86d510361fc23b59f18c1bc9802cc6	\N	\N	\N	\N	\N	\N	\N
1233	1229	\N	\N	\N	\N	row 1229\t1229	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x310ce61c90f3a46e340ee8257bc70e93	\N	\N	\N	\N	\N	\N	\N
1234	1230	\N	\N	\N	\N	row 1230\t1230	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4122cb13c7a474c1976c9706ae36521d	\N	\N	\N	\N	\N	\N	\N
1235	1231	\N	\N	\N	\N	row 1231\t1231	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c14da109e294d1e8155be8aa4b1ce8e	\N	\N	\N	\N	\N	\N	\N
1236	1232	\N	\N	\N	\N	row 1232\t1232	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe53a0a2978c28872a4505bdb51db06dc	\N	\N	\N	\N	\N	\N	\N
1237	1233	\N	\N	\N	\N	row 1233\t1233	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe034fb6b66aacc1d48f445ddfb08da98	\N	\N	\N	\N	\N	\N	\N
1238	1234	\N	\N	\N	\N	row 1234\t1234	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81dc9bdb52d04dc20036dbd8313ed055	\N	\N	\N	\N	\N	\N	\N
1239	1235	\N	\N	\N	\N	row 1235\t1235	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9996535e07258a7bbfd8b132435c5962	\N	\N	\N	\N	\N	\N	\N
1240	1236	\N	\N	\N	\N	row 1236\t1236	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7bccfde7714a1ebadf06c5f4cea752c1	\N	\N	\N	\N	\N	\N	\N
1241	1237	\N	\N	\N	\N	row 1237\t1237	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9eb812238f753132652ae09963a05e9	\N	\N	\N	\N	\N	\N	\N
1242	1238	\N	\N	\N	\N	row 1238\t1238	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd38901788c533e8286cb6400b40b386d	\N	\N	\N	\N	\N	\N	\N
1243	1239	\N	\N	\N	\N	row 1239\t1239	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3ba8f1bee1238a2f37603d90b58898d	\N	\N	\N	\N	\N	\N	\N
1244	1240	\N	\N	\N	\N	row 1240\t1240	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9078e8653368c9c291ae2f8b74012e7	\N	\N	\N	\N	\N	\N	\N
1245	1241	\N	\N	\N	\N	row 1241\t1241	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c65cef3dfd1e00c0b03923a1c591db4	\N	\N	\N	\N	\N	\N	\N
1246	1242	\N	\N	\N	\N	row 1242\t1242	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2de5d16682c3c35007e4e92982f1a2ba	\N	\N	\N	\N	\N	\N	\N
1247	1243	\N	\N	\N	\N	row 1243\t1243	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe1d5be1c7f2f456670de3d53c7b54f4a	\N	\N	\N	\N	\N	\N	\N
1248	1244	\N	\N	\N	\N	row 1244\t1244	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2c89109d42178de8a367c0228f169bf8	\N	\N	\N	\N	\N	\N	\N
1249	1245	\N	\N	\N	\N	row 1245\t1245	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5eac43aceba42c8757b54003a58277b5	\N	\N	\N	\N	\N	\N	\N
1250	1246	\N	\N	\N	\N	row 1246\t1246	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x905056c1ac1dad141560467e0a99e1cf	\N	\N	\N	\N	\N	\N	\N
1251	1247	\N	\N	\N	\N	row 1247\t1247	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6d8545daa42d5ced125a4bf747b3688	\N	\N	\N	\N	\N	\N	\N
1252	1248	\N	\N	\N	\N	row 1248\t1248	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x39e4973ba3321b80f37d9b55f63ed8b8	\N	\N	\N	\N	\N	\N	\N
1253	1249	\N	\N	\N	\N	row 1249\t1249	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ba8698b79439589fdd2b0f7218d8b07	\N	\N	\N	\N	\N	\N	\N
1254	1250	\N	\N	\N	\N	row 1250\t1250	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81e5f81db77c596492e6f1a5a792ed53	\N	\N	\N	\N	\N	\N	\N
1255	1251	\N	\N	\N	\N	row 1251\t1251	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x838e8afb1ca34354ac209f53d90c3a43	\N	\N	\N	\N	\N	\N	\N
1256	1252	\N	\N	\N	\N	row 1252\t1252	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa284df1155ec3e67286080500df36a9a	\N	\N	\N	\N	\N	\N	\N
1257	1253	\N	\N	\N	\N	row 1253\t1253	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb495ce63ede0f4efc9eec62cb947c162	\N	\N	\N	\N	\N	\N	\N
1258	1254	\N	\N	\N	\N	row 1254\t1254	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x884ce4bb65d328ecb03c598409e2b168	\N	\N	\N	\N	\N	\N	\N
1259	1255	\N	\N	\N	\N	row 1255\t1255	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3bf55bbad370a8fcad1d09b005e278c2	\N	\N	\N	\N	\N	\N	\N
1260	1256	\N	\N	\N	\N	row 1256\t1256	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe3251075554389fe91d17a794861d47b	\N	\N	\N	\N	\N	\N	\N
1261	1257	\N	\N	\N	\N	row 1257\t1257	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd758e8f59dfdf06a852adad277986ca	\N	\N	\N	\N	\N	\N	\N
1262	1258	\N	\N	\N	\N	row 1258\t1258	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26588e932c7ccfa1df309280702fe1b5	\N	\N	\N	\N	\N	\N	\N
1263	1259	\N	\N	\N	\N	row 1259\t1259	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68a83eeb494a308fe5295da69428a507	\N	\N	\N	\N	\N	\N	\N
1264	1260	\N	\N	\N	\N	row 1260\t1260	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4573fc71c731d5c362f0d7860945b88	\N	\N	\N	\N	\N	\N	\N
1265	1261	\N	\N	\N	\N	row 1261\t1261	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17326d10d511828f6b34fa6d751739e2	\N	\N	\N	\N	\N	\N	\N
1266	1262	\N	\N	\N	\N	row 1262\t1262	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc4c44f624d600aa568390f1f1104aa0	\N	\N	\N	\N	\N	\N	\N
1267	1263	\N	\N	\N	\N	row 1263\t1263	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7eb3c8be3d411e8ebfab08eba5f49632	\N	\N	\N	\N	\N	\N	\N
1268	1264	\N	\N	\N	\N	row 1264\t1264	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c8dba7d0df1c4a79dd07646be9a26c8	\N	\N	\N	\N	\N	\N	\N
1269	1265	\N	\N	\N	\N	row 1265\t1265	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0ce2ffd21fc958d9ef0ee9ba5336e357	\N	\N	\N	\N	\N	\N	\N
1270	1266	\N	\N	\N	\N	row 1266\t1266	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e2cfdc275761edc592f73a076197c33	\N	\N	\N	\N	\N	\N	\N
1271	1267	\N	\N	\N	\N	row 1267\t1267	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb51a15f382ac914391a58850ab343b00	\N	\N	\N	\N	\N	\N	\N
1272	1268	\N	\N	\N	\N	row 1268\t1268	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x193002e668758ea9762904da1a22337c	\N	\N	\N	\N	\N	\N	\N
1273	1269	\N	\N	\N	\N	row 1269\t1269	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe00406144c1e7e35240afed70f34166a	\N	\N	\N	\N	\N	\N	\N
1274	1270	\N	\N	\N	\N	row 1270\t1270	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc850371fda6892fbfd1c5a5b457e5777	\N	\N	\N	\N	\N	\N	\N
1275	1271	\N	\N	\N	\N	row 1271\t1271	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc1e39d912d21c91dce811d6da9929ae8	\N	\N	\N	\N	\N	\N	\N
1276	1272	\N	\N	\N	\N	row 1272\t1272	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7810ccd41bf26faaa2c4e1f20db70a71	\N	\N	\N	\N	\N	\N	\N
1277	1273	\N	\N	\N	\N	row 1273\t1273	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf91e24dfe80012e2a7984afa4480a6d6	\N	\N	\N	\N	\N	\N	\N
1278	1274	\N	\N	\N	\N	row 1274\t1274	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe702e51da2c0f5be4dd354bb3e295d37	\N	\N	\N	\N	\N	\N	\N
1279	1275	\N	\N	\N	\N	row 1275\t1275	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbb04af0f7ecaee4aae62035497da1387	\N	\N	\N	\N	\N	\N	\N
1280	1276	\N	\N	\N	\N	row 1276\t1276	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb60d411a5c5b72b2e7d3527cfc84fd0	\N	\N	\N	\N	\N	\N	\N
1281	1277	\N	\N	\N	\N	row 1277\t1277	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd759175de8ea5b1d9a2660e45554894f	\N	\N	\N	\N	\N	\N	\N
1282	1278	\N	\N	\N	\N	row 1278\t1278	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab1a4d0dd4d48a2ba1077c4494791306	\N	\N	\N	\N	\N	\N	\N
1283	1279	\N	\N	\N	\N	row 1279\t1279	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x995665640dc319973d3173a74a03860c	\N	\N	\N	\N	\N	\N	\N
1284	1280	\N	\N	\N	\N	row 1280\t1280	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xda11e8cd1811acb79ccf0fd62cd58f86	\N	\N	\N	\N	\N	\N	\N
1285	1281	\N	\N	\N	\N	row 1281\t1281	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd94e18a8adb4cc0f623f7a83b1ac75b4	\N	\N	\N	\N	\N	\N	\N
1286	1282	\N	\N	\N	\N	row 1282\t1282	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1cecc7a77928ca8133fa24680a88d2f9	\N	\N	\N	\N	\N	\N	\N
1287	1283	\N	\N	\N	\N	row 1283\t1283	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x018b59ce1fd616d874afad0f44ba338d	\N	\N	\N	\N	\N	\N	\N
1288	1284	\N	\N	\N	\N	row 1284\t1284	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x242c100dc94f871b6d7215b868a875f8	\N	\N	\N	\N	\N	\N	\N
1289	1285	\N	\N	\N	\N	row 1285\t1285	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x944bdd9636749a0801c39b6e449dbedc	\N	\N	\N	\N	\N	\N	\N
1290	1286	\N	\N	\N	\N	row 1286\t1286	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0a271bc0ecb776a094786474322cb82	\N	\N	\N	\N	\N	\N	\N
1291	1287	\N	\N	\N	\N	row 1287\t1287	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4079016d940210b4ae9ae7d41c4a2065	\N	\N	\N	\N	\N	\N	\N
1292	1288	\N	\N	\N	\N	row 1288\t1288	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e9fa1f3e9e66792401a6972d477dcc3	\N	\N	\N	\N	\N	\N	\N
1293	1289	\N	\N	\N	\N	row 1289\t1289	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0829424ffa0d3a2547b6c9622c77de03	\N	\N	\N	\N	\N	\N	\N
1294	1290	\N	\N	\N	\N	row 1290\t1290	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70222949cc0db89ab32c9969754d4758	\N	\N	\N	\N	\N	\N	\N
1295	1291	\N	\N	\N	\N	row 1291\t1291	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71f6278d140af599e06ad9bf1ba03cb0	\N	\N	\N	\N	\N	\N	\N
1296	1292	\N	\N	\N	\N	row 1292\t1292	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x459a4ddcb586f24efd9395aa7662bc7c	\N	\N	\N	\N	\N	\N	\N
1297	1293	\N	\N	\N	\N	row 1293\t1293	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7c82fab8c8f89124e2ce92984e04fb40	\N	\N	\N	\N	\N	\N	\N
1298	1294	\N	\N	\N	\N	row 1294\t1294	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84438b7aae55a0638073ef798e50b4ef	\N	\N	\N	\N	\N	\N	\N
1299	1295	\N	\N	\N	\N	row 1295\t1295	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc87c13749315c7217cdc4ac692e704c	\N	\N	\N	\N	\N	\N	\N
1300	1296	\N	\N	\N	\N	row 1296\t1296	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2812e5cf6d8f21d69c91dddeefb792a7	\N	\N	\N	\N	\N	\N	\N
1301	1297	\N	\N	\N	\N	row 1297\t1297	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x286674e3082feb7e5afb92777e48821f	\N	\N	\N	\N	\N	\N	\N
1302	1298	\N	\N	\N	\N	row 1298\t1298	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa51fb975227d6640e4fe47854476d133	\N	\N	\N	\N	\N	\N	\N
1303	1299	\N	\N	\N	\N	row 1299\t1299	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0833c8a1817526ac555f8d67727caf6	\N	\N	\N	\N	\N	\N	\N
1304	1300	\N	\N	\N	\N	row 1300\t1300	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f3e29a35278d71c7f65495871231324	\N	\N	\N	\N	\N	\N	\N
1305	1301	\N	\N	\N	\N	row 1301\t1301	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2df45244f09369e16ea3f9117ca45157	\N	\N	\N	\N	\N	\N	\N
1306	1302	\N	\N	\N	\N	row 1302\t1302	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x996009f2374006606f4c0b0fda878af1	\N	\N	\N	\N	\N	\N	\N
1307	1303	\N	\N	\N	\N	row 1303\t1303	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd282ef263719ab842e05382dc235f69e	\N	\N	\N	\N	\N	\N	\N
1308	1304	\N	\N	\N	\N	row 1304\t1304	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5caf41d62364d5b41a893adc1a9dd5d4	\N	\N	\N	\N	\N	\N	\N
1309	1305	\N	\N	\N	\N	row 1305\t1305	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfd5c905bcd8c3348ad1b35d7231ee2b1	\N	\N	\N	\N	\N	\N	\N
1310	1306	\N	\N	\N	\N	row 1306\t1306	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7940ab47468396569a906f75ff3f20ef	\N	\N	\N	\N	\N	\N	\N
1311	1307	\N	\N	\N	\N	row 1307\t1307	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf93882cbd8fc7fb794c1011d63be6fb6	\N	\N	\N	\N	\N	\N	\N
1312	1308	\N	\N	\N	\N	row 1308\t1308	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0872cc5b5ca4cc25076f3d868e1bdf8	\N	\N	\N	\N	\N	\N	\N
1313	1309	\N	\N	\N	\N	row 1309\t1309	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4476b929e30dd0c4e8bdbcc82c6ba23a	\N	\N	\N	\N	\N	\N	\N
1314	1310	\N	\N	\N	\N	row 1310\t1310	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x535ab76633d94208236a2e829ea6d888	\N	\N	\N	\N	\N	\N	\N
1315	1311	\N	\N	\N	\N	row 1311\t1311	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7bb060764a818184ebb1cc0d43d382aa	\N	\N	\N	\N	\N	\N	\N
1316	1312	\N	\N	\N	\N	row 1312\t1312	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf29b38f160f87ae86df31cee1982066f	\N	\N	\N	\N	\N	\N	\N
1317	1313	\N	\N	\N	\N	row 1313\t1313	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf09696910bdd874a99cd74c8f05b5c44	\N	\N	\N	\N	\N	\N	\N
1318	1314	\N	\N	\N	\N	row 1314\t1314	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x50905d7b2216bfeccb5b41016357176b	\N	\N	\N	\N	\N	\N	\N
1319	1315	\N	\N	\N	\N	row 1315\t1315	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdfd7468ac613286cdbb40872c8ef3b06	\N	\N	\N	\N	\N	\N	\N
1320	1316	\N	\N	\N	\N	row 1316\t1316	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3f1b7fc5a8779a9e618e1f23a7b7860	\N	\N	\N	\N	\N	\N	\N
1321	1317	\N	\N	\N	\N	row 1317\t1317	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x93fb9d4b16aa750c7475b6d601c35c2c	\N	\N	\N	\N	\N	\N	\N
1322	1318	\N	\N	\N	\N	row 1318\t1318	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x76cf99d3614e23eabab16fb27e944bf9	\N	\N	\N	\N	\N	\N	\N
1323	1319	\N	\N	\N	\N	row 1319\t1319	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ee3dfcd8a0645a25a35977997223d22	\N	\N	\N	\N	\N	\N	\N
1324	1320	\N	\N	\N	\N	row 1320\t1320	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a50e9c2d6b89b95bcb416d6857f8b45	\N	\N	\N	\N	\N	\N	\N
1325	1321	\N	\N	\N	\N	row 1321\t1321	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf9be311e65d81a9ad8150a60844bb94c	\N	\N	\N	\N	\N	\N	\N
1326	1322	\N	\N	\N	\N	row 1322\t1322	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc960c46c38bd16e953d97cdeefdbc68	\N	\N	\N	\N	\N	\N	\N
1327	1323	\N	\N	\N	\N	row 1323\t1323	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4671aeaf49c792689533b00664a5c3ef	\N	\N	\N	\N	\N	\N	\N
1328	1324	\N	\N	\N	\N	row 1324\t1324	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbb7946e7d85c81a9e69fee1cea4a087c	\N	\N	\N	\N	\N	\N	\N
1329	1325	\N	\N	\N	\N	row 1325\t1325	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3546ab441e56fa333f8b44b610d95691	\N	\N	\N	\N	\N	\N	\N
1330	1326	\N	\N	\N	\N	row 1326\t1326	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc70daf247944fe3add32218f914c75a6	\N	\N	\N	\N	\N	\N	\N
1331	1327	\N	\N	\N	\N	row 1327\t1327	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17fafe5f6ce2f1904eb09d2e80a4cbf6	\N	\N	\N	\N	\N	\N	\N
1332	1328	\N	\N	\N	\N	row 1328\t1328	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c22bd444899d3b6047a10b20a2f26db	\N	\N	\N	\N	\N	\N	\N
1333	1329	\N	\N	\N	\N	row 1329\t1329	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01e9565cecc4e989123f9620c1d09c09	\N	\N	\N	\N	\N	\N	\N
1334	1330	\N	\N	\N	\N	row 1330\t1330	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe51510c80bfd6e5d78a164cd5b1f688	\N	\N	\N	\N	\N	\N	\N
1335	1331	\N	\N	\N	\N	row 1331\t1331	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe077e1a544eec4f0307cf5c3c721d944	\N	\N	\N	\N	\N	\N	\N
1336	1332	\N	\N	\N	\N	row 1332\t1332	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28e209b61a52482a0ae1cb9f5959c792	\N	\N	\N	\N	\N	\N	\N
1337	1333	\N	\N	\N	\N	row 1333\t1333	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xff49cc40a8890e6a60f40ff3026d2730	\N	\N	\N	\N	\N	\N	\N
1338	1334	\N	\N	\N	\N	row 1334\t1334	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8edd72158ccd2a879f79cb2538568fdc	\N	\N	\N	\N	\N	\N	\N
1339	1335	\N	\N	\N	\N	row 1335\t1335	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9cb67ffb59554ab1dabb65bcb370ddd9	\N	\N	\N	\N	\N	\N	\N
1340	1336	\N	\N	\N	\N	row 1336\t1336	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3d779cae2d46cf6a8a99a35ba4167977	\N	\N	\N	\N	\N	\N	\N
1341	1337	\N	\N	\N	\N	row 1337\t1337	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe48e13207341b6bffb7fb1622282247b	\N	\N	\N	\N	\N	\N	\N
1342	1338	\N	\N	\N	\N	row 1338\t1338	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x05311655a15b75fab86956663e1819cd	\N	\N	\N	\N	\N	\N	\N
1343	1339	\N	\N	\N	\N	row 1339\t1339	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd10ec7c16cbe9de8fbb1c42787c3ec26	\N	\N	\N	\N	\N	\N	\N
1344	1340	\N	\N	\N	\N	row 1340\t1340	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f87658ef0de194413056248a00ce009	\N	\N	\N	\N	\N	\N	\N
1345	1341	\N	\N	\N	\N	row 1341\t1341	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x33ebd5b07dc7e407752fe773eed20635	\N	\N	\N	\N	\N	\N	\N
1346	1342	\N	\N	\N	\N	row 1342\t1342	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5e1b18c4c6a6d31695acbae3fd70ecc6	\N	\N	\N	\N	\N	\N	\N
1347	1343	\N	\N	\N	\N	row 1343\t1343	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x674bfc5f6b72706fb769f5e93667bd23	\N	\N	\N	\N	\N	\N	\N
1348	1344	\N	\N	\N	\N	row 1344\t1344	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa50abba8132a77191791390c3eb19fe7	\N	\N	\N	\N	\N	\N	\N
1349	1345	\N	\N	\N	\N	row 1345\t1345	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86109d400f0ed29e840b47ed72777c84	\N	\N	\N	\N	\N	\N	\N
1350	1346	\N	\N	\N	\N	row 1346\t1346	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82965d4ed8150294d4330ace00821d77	\N	\N	\N	\N	\N	\N	\N
1351	1347	\N	\N	\N	\N	row 1347\t1347	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e55666a4ad822e0e34299df3591d979	\N	\N	\N	\N	\N	\N	\N
1352	1348	\N	\N	\N	\N	row 1348\t1348	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc73dfe6c630edb4c1692db67c510f65c	\N	\N	\N	\N	\N	\N	\N
1353	1349	\N	\N	\N	\N	row 1349\t1349	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbcc0d400288793e8bdcd7c19a8ac0c2b	\N	\N	\N	\N	\N	\N	\N
1354	1350	\N	\N	\N	\N	row 1350\t1350	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x861dc9bd7f4e7dd3cccd534d0ae2a2e9	\N	\N	\N	\N	\N	\N	\N
1355	1351	\N	\N	\N	\N	row 1351\t1351	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e313b9badf12632cdae5452d20e1af6	\N	\N	\N	\N	\N	\N	\N
1356	1352	\N	\N	\N	\N	row 1352\t1352	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b0dc65f996f98fd178a9defd0efa077	\N	\N	\N	\N	\N	\N	\N
1357	1353	\N	\N	\N	\N	row 1353\t1353	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xee8374ec4e4ad797d42350c904d73077	\N	\N	\N	\N	\N	\N	\N
1358	1354	\N	\N	\N	\N	row 1354\t1354	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaf4732711661056eadbf798ba191272a	\N	\N	\N	\N	\N	\N	\N
1359	1355	\N	\N	\N	\N	row 1355\t1355	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb8c27b7a1c450ffdacb31483454e0b54	\N	\N	\N	\N	\N	\N	\N
1360	1356	\N	\N	\N	\N	row 1356\t1356	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x980ecd059122ce2e50136bda65c25e07	\N	\N	\N	\N	\N	\N	\N
1361	1357	\N	\N	\N	\N	row 1357\t1357	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc26820b8a4c1b3c2aa868d6d57e14a79	\N	\N	\N	\N	\N	\N	\N
1362	1358	\N	\N	\N	\N	row 1358\t1358	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83adc9225e4deb67d7ce42d58fe5157c	\N	\N	\N	\N	\N	\N	\N
1363	1359	\N	\N	\N	\N	row 1359\t1359	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d3369c4c086f236fabf61d614a32818	\N	\N	\N	\N	\N	\N	\N
1364	1360	\N	\N	\N	\N	row 1360\t1360	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb508ef074ee78a0e58c68be06d8a2eb	\N	\N	\N	\N	\N	\N	\N
1365	1361	\N	\N	\N	\N	row 1361\t1361	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf9a242b70f45317ffd281241fa66502	\N	\N	\N	\N	\N	\N	\N
1366	1362	\N	\N	\N	\N	row 1362\t1362	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9be4c2a4041cadbf9d61ae16dd1389e	\N	\N	\N	\N	\N	\N	\N
1367	1363	\N	\N	\N	\N	row 1363\t1363	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9683cc5f89562ea48e72bb321d9f03fb	\N	\N	\N	\N	\N	\N	\N
1368	1364	\N	\N	\N	\N	row 1364\t1364	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeffc299a1addb07e7089f9b269c31f2f	\N	\N	\N	\N	\N	\N	\N
1369	1365	\N	\N	\N	\N	row 1365\t1365	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf1f78fe923afe05f7597da2be7a3da8	\N	\N	\N	\N	\N	\N	\N
1370	1366	\N	\N	\N	\N	row 1366\t1366	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a5889bb0190d0211a991f47bb19a777	\N	\N	\N	\N	\N	\N	\N
1371	1367	\N	\N	\N	\N	row 1367\t1367	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa223c6b3710f85df22e9377d6c4f7553	\N	\N	\N	\N	\N	\N	\N
1372	1368	\N	\N	\N	\N	row 1368\t1368	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c1da886822c67822bcf3679d04369fa	\N	\N	\N	\N	\N	\N	\N
1373	1369	\N	\N	\N	\N	row 1369\t1369	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e3a37aa85a14e359df74fa77eded3f6	\N	\N	\N	\N	\N	\N	\N
1374	1370	\N	\N	\N	\N	row 1370\t1370	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1ee59e20ad01cedc15f5118a7626099	\N	\N	\N	\N	\N	\N	\N
1375	1371	\N	\N	\N	\N	row 1371\t1371	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81ca0262c82e712e50c580c032d99b60	\N	\N	\N	\N	\N	\N	\N
1376	1372	\N	\N	\N	\N	row 1372\t1372	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3bd5ad57c8389a8a1a541a76be463bf	\N	\N	\N	\N	\N	\N	\N
1377	1373	\N	\N	\N	\N	row 1373\t1373	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe56b06c51e1049195d7b26d043c478a0	\N	\N	\N	\N	\N	\N	\N
1378	1374	\N	\N	\N	\N	row 1374\t1374	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x792c7b5aae4a79e78aaeda80516ae2ac	\N	\N	\N	\N	\N	\N	\N
1379	1375	\N	\N	\N	\N	row 1375\t1375	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70feb62b69f16e0238f741fab228fec2	\N	\N	\N	\N	\N	\N	\N
1380	1376	\N	\N	\N	\N	row 1376\t1376	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x79a49b3e3762632813f9e35f4ba53d6c	\N	\N	\N	\N	\N	\N	\N
1381	1377	\N	\N	\N	\N	row 1377\t1377	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf52378e14237225a6f6c7d802dc6abbd	\N	\N	\N	\N	\N	\N	\N
1382	1378	\N	\N	\N	\N	row 1378\t1378	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d9a0adb7c204239c9635426f35c9522	\N	\N	\N	\N	\N	\N	\N
1383	1379	\N	\N	\N	\N	row 1379\t1379	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbad5f33780c42f2588878a9d07405083	\N	\N	\N	\N	\N	\N	\N
1384	1380	\N	\N	\N	\N	row 1380\t1380	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea8fcd92d59581717e06eb187f10666d	\N	\N	\N	\N	\N	\N	\N
1385	1381	\N	\N	\N	\N	row 1381\t1381	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd82118376df344b0010f53909b961db3	\N	\N	\N	\N	\N	\N	\N
1386	1382	\N	\N	\N	\N	row 1382\t1382	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e0d67e54ad6626e957d15b08ae128a6	\N	\N	\N	\N	\N	\N	\N
1387	1383	\N	\N	\N	\N	row 1383\t1383	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd0dce8fca267bf1fb86cf43e18d5598	\N	\N	\N	\N	\N	\N	\N
1388	1384	\N	\N	\N	\N	row 1384\t1384	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ca3e9b122f61f8f06494c97b1afccf3	\N	\N	\N	\N	\N	\N	\N
1389	1385	\N	\N	\N	\N	row 1385\t1385	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86e8f7ab32cfd12577bc2619bc635690	\N	\N	\N	\N	\N	\N	\N
1390	1386	\N	\N	\N	\N	row 1386\t1386	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x363763e5c3dc3a68b399058c34aecf2c	\N	\N	\N	\N	\N	\N	\N
1391	1387	\N	\N	\N	\N	row 1387\t1387	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4fa7c62536118cc404dec4a0ca88d4f6	\N	\N	\N	\N	\N	\N	\N
1392	1388	\N	\N	\N	\N	row 1388\t1388	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c0a7566915f4f24853fc4192689aa7e	\N	\N	\N	\N	\N	\N	\N
1393	1389	\N	\N	\N	\N	row 1389\t1389	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2bd7f907b7f5b6bbd91822c0c7b835f6	\N	\N	\N	\N	\N	\N	\N
1394	1390	\N	\N	\N	\N	row 1390\t1390	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x359f38463d487e9e29bd20e24f0c050a	\N	\N	\N	\N	\N	\N	\N
1395	1391	\N	\N	\N	\N	row 1391\t1391	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f53f8c6c730af6aeb52e66eb74d8507	\N	\N	\N	\N	\N	\N	\N
1396	1392	\N	\N	\N	\N	row 1392\t1392	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0826819636026dd1f3674774f06c51d	\N	\N	\N	\N	\N	\N	\N
1397	1393	\N	\N	\N	\N	row 1393\t1393	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad3019b856147c17e82a5bead782d2a8	\N	\N	\N	\N	\N	\N	\N
1398	1394	\N	\N	\N	\N	row 1394\t1394	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf016e59c7ad8b1d72903bb1aa5720d53	\N	\N	\N	\N	\N	\N	\N
1399	1395	\N	\N	\N	\N	row 1395\t1395	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x14d9e8007c9b41f57891c48e07c23f57	\N	\N	\N	\N	\N	\N	\N
1400	1396	\N	\N	\N	\N	row 1396\t1396	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0966289037ad9846c5e994be2a91bafa	\N	\N	\N	\N	\N	\N	\N
1401	1397	\N	\N	\N	\N	row 1397\t1397	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x215a71a12769b056c3c32e7299f1c5ed	\N	\N	\N	\N	\N	\N	\N
1402	1398	\N	\N	\N	\N	row 1398\t1398	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd9731321ef4e063ebbee79298fa36f56	\N	\N	\N	\N	\N	\N	\N
1403	1399	\N	\N	\N	\N	row 1399\t1399	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x602d1305678a8d5fdb372271e980da6a	\N	\N	\N	\N	\N	\N	\N
1404	1400	\N	\N	\N	\N	row 1400\t1400	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0dd4a99fba6075a9494772b58f95280	\N	\N	\N	\N	\N	\N	\N
1405	1401	\N	\N	\N	\N	row 1401\t1401	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9701a1c165dd9420816bfec5edd6c2b1	\N	\N	\N	\N	\N	\N	\N
1406	1402	\N	\N	\N	\N	row 1402\t1402	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28fc2782ea7ef51c1104ccf7b9bea13d	\N	\N	\N	\N	\N	\N	\N
1407	1403	\N	\N	\N	\N	row 1403\t1403	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4edaa105d5f53590338791951e38c3ad	\N	\N	\N	\N	\N	\N	\N
1408	1404	\N	\N	\N	\N	row 1404\t1404	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x186a157b2992e7daed3677ce8e9fe40f	\N	\N	\N	\N	\N	\N	\N
1409	1405	\N	\N	\N	\N	row 1405\t1405	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3de2334a314a7a72721f1f74a6cb4cee	\N	\N	\N	\N	\N	\N	\N
1410	1406	\N	\N	\N	\N	row 1406\t1406	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb7087c1f4f89e63af8d46f3b20271153	\N	\N	\N	\N	\N	\N	\N
1411	1407	\N	\N	\N	\N	row 1407\t1407	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46771d1f432b42343f56f791422a4991	\N	\N	\N	\N	\N	\N	\N
1412	1408	\N	\N	\N	\N	row 1408\t1408	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6d9c547cf146054a5a720606a7694467	\N	\N	\N	\N	\N	\N	\N
1413	1409	\N	\N	\N	\N	row 1409\t1409	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b5b23f4aadf9513306bcd59afb6e4c9	\N	\N	\N	\N	\N	\N	\N
1414	1410	\N	\N	\N	\N	row 1410\t1410	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x512c5cad6c37edb98ae91c8a76c3a291	\N	\N	\N	\N	\N	\N	\N
1415	1411	\N	\N	\N	\N	row 1411\t1411	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54072f485cdb7897ebbcaf7525139561	\N	\N	\N	\N	\N	\N	\N
1416	1412	\N	\N	\N	\N	row 1412\t1412	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e4e946668cf2afc4299b462b812caca	\N	\N	\N	\N	\N	\N	\N
1417	1413	\N	\N	\N	\N	row 1413\t1413	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x59f51fd6937412b7e56ded1ea2470c25	\N	\N	\N	\N	\N	\N	\N
1418	1414	\N	\N	\N	\N	row 1414\t1414	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7a674153c63cff1ad7f0e261c369ab2c	\N	\N	\N	\N	\N	\N	\N
1419	1415	\N	\N	\N	\N	row 1415\t1415	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa60937eba57758ed45b6d3e91e8659f3	\N	\N	\N	\N	\N	\N	\N
1420	1416	\N	\N	\N	\N	row 1416\t1416	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x23ad3e314e2a2b43b4c720507cec0723	\N	\N	\N	\N	\N	\N	\N
1421	1417	\N	\N	\N	\N	row 1417\t1417	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a1756fd0c741126d7bbd4b692ccbd91	\N	\N	\N	\N	\N	\N	\N
1422	1418	\N	\N	\N	\N	row 1418\t1418	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x309928d4b100a5d75adff48a9bfc1ddb	\N	\N	\N	\N	\N	\N	\N
1423	1419	\N	\N	\N	\N	row 1419\t1419	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x30c8e1ca872524fbf7ea5c519ca397ee	\N	\N	\N	\N	\N	\N	\N
1424	1420	\N	\N	\N	\N	row 1420\t1420	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x90db9da4fc5414ab55a9fe495d555c06	\N	\N	\N	\N	\N	\N	\N
1425	1421	\N	\N	\N	\N	row 1421\t1421	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9aa42b31882ec039965f3c4923ce901b	\N	\N	\N	\N	\N	\N	\N
1426	1422	\N	\N	\N	\N	row 1422\t1422	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0ed9422357395a0d4879191c66f4faa2	\N	\N	\N	\N	\N	\N	\N
1427	1423	\N	\N	\N	\N	row 1423\t1423	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x856fc81623da2150ba2210ba1b51d241	\N	\N	\N	\N	\N	\N	\N
1428	1424	\N	\N	\N	\N	row 1424\t1424	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x489d0396e6826eb0c1e611d82ca8b215	\N	\N	\N	\N	\N	\N	\N
1429	1425	\N	\N	\N	\N	row 1425\t1425	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa424ed4bd3a7d6aea720b86d4a360f75	\N	\N	\N	\N	\N	\N	\N
1430	1426	\N	\N	\N	\N	row 1426\t1426	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x299fb2142d7de959380f91c01c3a293c	\N	\N	\N	\N	\N	\N	\N
1431	1427	\N	\N	\N	\N	row 1427\t1427	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x970af30e481057c48f87e101b61e6994	\N	\N	\N	\N	\N	\N	\N
1432	1428	\N	\N	\N	\N	row 1428\t1428	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0663a4ddceacb40b095eda264a85f15c	\N	\N	\N	\N	\N	\N	\N
1433	1429	\N	\N	\N	\N	row 1429\t1429	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x56352739f59643540a3a6e16985f62c7	\N	\N	\N	\N	\N	\N	\N
1434	1430	\N	\N	\N	\N	row 1430\t1430	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x411ae1bf081d1674ca6091f8c59a266f	\N	\N	\N	\N	\N	\N	\N
1435	1431	\N	\N	\N	\N	row 1431\t1431	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe11943a6031a0e6114ae69c257617980	\N	\N	\N	\N	\N	\N	\N
1436	1432	\N	\N	\N	\N	row 1432\t1432	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x56468d5607a5aaf1604ff5e15593b003	\N	\N	\N	\N	\N	\N	\N
1437	1433	\N	\N	\N	\N	row 1433\t1433	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb069b3415151fa7217e870017374de7c	\N	\N	\N	\N	\N	\N	\N
1438	1434	\N	\N	\N	\N	row 1434\t1434	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7895fc13088ee37f511913bac71fa66f	\N	\N	\N	\N	\N	\N	\N
1439	1435	\N	\N	\N	\N	row 1435\t1435	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f3202d820180a39f736f20fce790de8	\N	\N	\N	\N	\N	\N	\N
1440	1436	\N	\N	\N	\N	row 1436\t1436	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeaa32c96f620053cf442ad32258076b9	\N	\N	\N	\N	\N	\N	\N
1441	1437	\N	\N	\N	\N	row 1437\t1437	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8f8f60264024dca151f164729b76c0b	\N	\N	\N	\N	\N	\N	\N
1442	1438	\N	\N	\N	\N	row 1438\t1438	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb6ebd0566994d14a1767f14eb6fba81	\N	\N	\N	\N	\N	\N	\N
1443	1439	\N	\N	\N	\N	row 1439\t1439	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x540ae6b0f6ac6e155062f3dd4f0b2b01	\N	\N	\N	\N	\N	\N	\N
1444	1440	\N	\N	\N	\N	row 1440\t1440	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4a331b7a22d1b237565d8813a34d8ac	\N	\N	\N	\N	\N	\N	\N
1445	1441	\N	\N	\N	\N	row 1441\t1441	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb197ffdef2ddc3308584dce7afa3661b	\N	\N	\N	\N	\N	\N	\N
1446	1442	\N	\N	\N	\N	row 1442\t1442	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf69e505b08403ad2298b9f262659929a	\N	\N	\N	\N	\N	\N	\N
1447	1443	\N	\N	\N	\N	row 1443\t1443	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8fb5f8be2aa9d6c64a04e3ab9f63feee	\N	\N	\N	\N	\N	\N	\N
1448	1444	\N	\N	\N	\N	row 1444\t1444	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xafe434653a898da20044041262b3ac74	\N	\N	\N	\N	\N	\N	\N
1449	1445	\N	\N	\N	\N	row 1445\t1445	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb265ce60fe4c5384e622b09eb829b8df	\N	\N	\N	\N	\N	\N	\N
1450	1446	\N	\N	\N	\N	row 1446\t1446	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8fb21ee7a2207526da55a679f0332de2	\N	\N	\N	\N	\N	\N	\N
1451	1447	\N	\N	\N	\N	row 1447\t1447	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc930eecd01935feef55942cc445f708f	\N	\N	\N	\N	\N	\N	\N
1452	1448	\N	\N	\N	\N	row 1448\t1448	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe94f63f579e05cb49c05c2d050ead9c0	\N	\N	\N	\N	\N	\N	\N
1453	1449	\N	\N	\N	\N	row 1449\t1449	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2dffbc474aa176b6dc957938c15d0c8b	\N	\N	\N	\N	\N	\N	\N
1454	1450	\N	\N	\N	\N	row 1450\t1450	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5cc17e395d3049b03e0f1ccebb02b4d	\N	\N	\N	\N	\N	\N	\N
1455	1451	\N	\N	\N	\N	row 1451\t1451	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x80a8155eb153025ea1d513d0b2c4b675	\N	\N	\N	\N	\N	\N	\N
1456	1452	\N	\N	\N	\N	row 1452\t1452	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6786f3c62fbf9021694f6e51cc07fe3c	\N	\N	\N	\N	\N	\N	\N
1457	1453	\N	\N	\N	\N	row 1453\t1453	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x536a76f94cf7535158f66cfbd4b113b6	\N	\N	\N	\N	\N	\N	\N
1458	1454	\N	\N	\N	\N	row 1454\t1454	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3bbfdde8842a5c44a0323518eec97cbe	\N	\N	\N	\N	\N	\N	\N
1459	1455	\N	\N	\N	\N	row 1455\t1455	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0a1bf96b7165e962e90cb14648c9462d	\N	\N	\N	\N	\N	\N	\N
1460	1456	\N	\N	\N	\N	row 1456\t1456	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5e76bef6e019b2541ff53db39f407a98	\N	\N	\N	\N	\N	\N	\N
1461	1457	\N	\N	\N	\N	row 1457\t1457	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01d8bae291b1e4724443375634ccfa0e	\N	\N	\N	\N	\N	\N	\N
1462	1458	\N	\N	\N	\N	row 1458\t1458	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4dcae38ee11d3a6606cc6cd636a3628b	\N	\N	\N	\N	\N	\N	\N
1463	1459	\N	\N	\N	\N	row 1459\t1459	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1abb1e1ea5f481b589da52303b091cbb	\N	\N	\N	\N	\N	\N	\N
1464	1460	\N	\N	\N	\N	row 1460\t1460	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07042ac7d03d3b9911a00da43ce0079a	\N	\N	\N	\N	\N	\N	\N
1465	1461	\N	\N	\N	\N	row 1461\t1461	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x95151403b0db4f75bfd8da0b393af853	\N	\N	\N	\N	\N	\N	\N
1466	1462	\N	\N	\N	\N	row 1462\t1462	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad71c82b22f4f65b9398f76d8be4c615	\N	\N	\N	\N	\N	\N	\N
1467	1463	\N	\N	\N	\N	row 1463\t1463	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe70c36866add1572a8e2b96bfede7bf	\N	\N	\N	\N	\N	\N	\N
1468	1464	\N	\N	\N	\N	row 1464\t1464	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc913303f392ffc643f7240b180602652	\N	\N	\N	\N	\N	\N	\N
1469	1465	\N	\N	\N	\N	row 1465\t1465	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x372d3f309fef061977fb2f7ba36d74d2	\N	\N	\N	\N	\N	\N	\N
1470	1466	\N	\N	\N	\N	row 1466\t1466	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6d9cb7de5e8ac30bd5e8734bc96a35c1	\N	\N	\N	\N	\N	\N	\N
1471	1467	\N	\N	\N	\N	row 1467\t1467	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0245952ecff55018e2a459517fdb40e3	\N	\N	\N	\N	\N	\N	\N
1472	1468	\N	\N	\N	\N	row 1468\t1468	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcec6f62cfb44b1be110b7bf70c8362d8	\N	\N	\N	\N	\N	\N	\N
1473	1469	\N	\N	\N	\N	row 1469\t1469	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x991de292e76f74f3c285b3f6d57958d5	\N	\N	\N	\N	\N	\N	\N
1474	1470	\N	\N	\N	\N	row 1470\t1470	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42ffcf057e133f94c1b7b5cf543ef3bd	\N	\N	\N	\N	\N	\N	\N
1475	1471	\N	\N	\N	\N	row 1471\t1471	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b0d268963dd0cfb808aac48a549829f	\N	\N	\N	\N	\N	\N	\N
1476	1472	\N	\N	\N	\N	row 1472\t1472	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdaa96d9681a21445772454cbddf0cac1	\N	\N	\N	\N	\N	\N	\N
1477	1473	\N	\N	\N	\N	row 1473\t1473	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xac796a52db3f16bbdb6557d3d89d1c5a	\N	\N	\N	\N	\N	\N	\N
1478	1474	\N	\N	\N	\N	row 1474\t1474	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7d6044e95a16761171b130dcb476a43e	\N	\N	\N	\N	\N	\N	\N
1479	1475	\N	\N	\N	\N	row 1475\t1475	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x571d3a9420bfd9219f65b643d0003bf4	\N	\N	\N	\N	\N	\N	\N
1480	1476	\N	\N	\N	\N	row 1476\t1476	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x97275a23ca44226c9964043c8462be96	\N	\N	\N	\N	\N	\N	\N
1481	1477	\N	\N	\N	\N	row 1477\t1477	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x78b9cab19959e4af8ff46156ee460c74	\N	\N	\N	\N	\N	\N	\N
1482	1478	\N	\N	\N	\N	row 1478\t1478	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83cdcec08fbf90370fcf53bdd56604ff	\N	\N	\N	\N	\N	\N	\N
1483	1479	\N	\N	\N	\N	row 1479\t1479	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc09c97fd73d7a324bdbfe7c79525f64	\N	\N	\N	\N	\N	\N	\N
1484	1480	\N	\N	\N	\N	row 1480\t1480	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe816c635cad85a60fabd6b97b03cbcc9	\N	\N	\N	\N	\N	\N	\N
1485	1481	\N	\N	\N	\N	row 1481\t1481	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e8412ad48562e3c9934f45c3e144d48	\N	\N	\N	\N	\N	\N	\N
1486	1482	\N	\N	\N	\N	row 1482\t1482	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab541d874c7bc19ab77642849e02b89f	\N	\N	\N	\N	\N	\N	\N
1487	1483	\N	\N	\N	\N	row 1483\t1483	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbffc98347ee35b3ead06728d6f073c68	\N	\N	\N	\N	\N	\N	\N
1488	1484	\N	\N	\N	\N	row 1484\t1484	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x729c68884bd359ade15d5f163166738a	\N	\N	\N	\N	\N	\N	\N
1489	1485	\N	\N	\N	\N	row 1485\t1485	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7fb8ceb3bd59c7956b1df66729296a4c	\N	\N	\N	\N	\N	\N	\N
1490	1486	\N	\N	\N	\N	row 1486\t1486	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86df7dcfd896fcaf2674f757a2463eba	\N	\N	\N	\N	\N	\N	\N
1491	1487	\N	\N	\N	\N	row 1487\t1487	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6d3a1e06d6a06349436bc054313b648c	\N	\N	\N	\N	\N	\N	\N
1492	1488	\N	\N	\N	\N	row 1488\t1488	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8a146f1a3da4700cbf03cdc55e2daae6	\N	\N	\N	\N	\N	\N	\N
1493	1489	\N	\N	\N	\N	row 1489\t1489	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1baff70e2669e8376347efd3a874a341	\N	\N	\N	\N	\N	\N	\N
1494	1490	\N	\N	\N	\N	row 1490\t1490	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf187a23c3ee681ef6913f31fd6d6446b	\N	\N	\N	\N	\N	\N	\N
1495	1491	\N	\N	\N	\N	row 1491\t1491	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x226d1f15ecd35f784d2a20c3ecf56d7f	\N	\N	\N	\N	\N	\N	\N
1496	1492	\N	\N	\N	\N	row 1492\t1492	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe655c7716a4b3ea67f48c6322fc42ed6	\N	\N	\N	\N	\N	\N	\N
1497	1493	\N	\N	\N	\N	row 1493\t1493	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1714726c817af50457d810aae9d27a2e	\N	\N	\N	\N	\N	\N	\N
1498	1494	\N	\N	\N	\N	row 1494\t1494	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfcdf25d6e191893e705819b177cddea0	\N	\N	\N	\N	\N	\N	\N
1499	1495	\N	\N	\N	\N	row 1495\t1495	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa1e9c965314ccd7810fb5ea838303e5	\N	\N	\N	\N	\N	\N	\N
1500	1496	\N	\N	\N	\N	row 1496\t1496	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1415db70fe9ddb119e23e9b2808cde38	\N	\N	\N	\N	\N	\N	\N
1501	1497	\N	\N	\N	\N	row 1497\t1497	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x55c567fd4395ecef6d936cf77b8d5b2b	\N	\N	\N	\N	\N	\N	\N
1502	1498	\N	\N	\N	\N	row 1498\t1498	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xced556cd9f9c0c8315cfbe0744a3baf0	\N	\N	\N	\N	\N	\N	\N
1503	1499	\N	\N	\N	\N	row 1499\t1499	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6490791e7abf6b29a381288cc23a8223	\N	\N	\N	\N	\N	\N	\N
1504	1500	\N	\N	\N	\N	row 1500\t1500	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcfa5301358b9fcbe7aa45b1ceea088c6	\N	\N	\N	\N	\N	\N	\N
1505	1501	\N	\N	\N	\N	row 1501\t1501	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5cbdfd0dfa22a3fca7266376887f549b	\N	\N	\N	\N	\N	\N	\N
1506	1502	\N	\N	\N	\N	row 1502\t1502	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x77f959f119f4fb2321e9ce801e2f5163	\N	\N	\N	\N	\N	\N	\N
1507	1503	\N	\N	\N	\N	row 1503\t1503	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c8ce55163055c4da50a81e0a273468c	\N	\N	\N	\N	\N	\N	\N
1508	1504	\N	\N	\N	\N	row 1504\t1504	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49b8b4f95f02e055801da3b4f58e28b7	\N	\N	\N	\N	\N	\N	\N
1509	1505	\N	\N	\N	\N	row 1505\t1505	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c9ebb2ded806d7ffda75cd0b95eb70c	\N	\N	\N	\N	\N	\N	\N
1510	1506	\N	\N	\N	\N	row 1506\t1506	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5488aeff42889188d03c9895255cecc	\N	\N	\N	\N	\N	\N	\N
1511	1507	\N	\N	\N	\N	row 1507\t1507	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4dcf435435894a4d0972046fc566af76	\N	\N	\N	\N	\N	\N	\N
1512	1508	\N	\N	\N	\N	row 1508\t1508	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xebd6d2f5d60ff9afaeda1a81fc53e2d0	\N	\N	\N	\N	\N	\N	\N
1513	1509	\N	\N	\N	\N	row 1509\t1509	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1cd3882394520876dc88d1472aa2a93f	\N	\N	\N	\N	\N	\N	\N
1514	1510	\N	\N	\N	\N	row 1510\t1510	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x41a60377ba920919939d83326ebee5a1	\N	\N	\N	\N	\N	\N	\N
1515	1511	\N	\N	\N	\N	row 1511\t1511	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xebb71045453f38676c40deb9864f811d	\N	\N	\N	\N	\N	\N	\N
1516	1512	\N	\N	\N	\N	row 1512\t1512	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f3d014eead934bbdbacb62a01dc4831	\N	\N	\N	\N	\N	\N	\N
1517	1513	\N	\N	\N	\N	row 1513\t1513	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b3bf3eee2475e03885a110e9acaab61	\N	\N	\N	\N	\N	\N	\N
1518	1514	\N	\N	\N	\N	row 1514\t1514	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83f2550373f2f19492aa30fbd5b57512	\N	\N	\N	\N	\N	\N	\N
1519	1515	\N	\N	\N	\N	row 1515\t1515	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbc7316929fe1545bf0b98d114ee3ecb8	\N	\N	\N	\N	\N	\N	\N
1520	1516	\N	\N	\N	\N	row 1516\t1516	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x490640b43519c77281cb2f8471e61a71	\N	\N	\N	\N	\N	\N	\N
1521	1517	\N	\N	\N	\N	row 1517\t1517	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81c8727c62e800be708dbf37c4695dff	\N	\N	\N	\N	\N	\N	\N
1522	1518	\N	\N	\N	\N	row 1518\t1518	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42d6c7d61481d1c21bd1635f59edae05	\N	\N	\N	\N	\N	\N	\N
1523	1519	\N	\N	\N	\N	row 1519\t1519	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5607fe8879e4fd269e88387e8cb30b7e	\N	\N	\N	\N	\N	\N	\N
1524	1520	\N	\N	\N	\N	row 1520\t1520	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb1915052d15f7815c8b88e879465a1e	\N	\N	\N	\N	\N	\N	\N
1525	1521	\N	\N	\N	\N	row 1521\t1521	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x253f7b5d921338af34da817c00f42753	\N	\N	\N	\N	\N	\N	\N
1526	1522	\N	\N	\N	\N	row 1522\t1522	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3fb451ca2e89b3a13095b059d8705b15	\N	\N	\N	\N	\N	\N	\N
1527	1523	\N	\N	\N	\N	row 1523\t1523	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf12ecd077efc8c23881028604dbb8cc	\N	\N	\N	\N	\N	\N	\N
1528	1524	\N	\N	\N	\N	row 1524\t1524	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x471c75ee6643a10934502bdafee198fb	\N	\N	\N	\N	\N	\N	\N
1529	1525	\N	\N	\N	\N	row 1525\t1525	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c00dee24c9878fea090ed070b44f1ab	\N	\N	\N	\N	\N	\N	\N
1530	1526	\N	\N	\N	\N	row 1526\t1526	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe60e81c4cbe5171cd654662d9887aec2	\N	\N	\N	\N	\N	\N	\N
1531	1527	\N	\N	\N	\N	row 1527\t1527	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5cce8dede893813f879b873962fb669f	\N	\N	\N	\N	\N	\N	\N
1532	1528	\N	\N	\N	\N	row 1528\t1528	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x109d2dd3608f669ca17920c511c2a41e	\N	\N	\N	\N	\N	\N	\N
1533	1529	\N	\N	\N	\N	row 1529\t1529	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaa486f25175cbdc3854151288a645c19	\N	\N	\N	\N	\N	\N	\N
1534	1530	\N	\N	\N	\N	row 1530\t1530	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcb8acb1dc9821bf74e6ca9068032d623	\N	\N	\N	\N	\N	\N	\N
1535	1531	\N	\N	\N	\N	row 1531\t1531	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x99adff456950dd9629a5260c4de21858	\N	\N	\N	\N	\N	\N	\N
1536	1532	\N	\N	\N	\N	row 1532\t1532	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08040837089cdf46631a10aca5258e16	\N	\N	\N	\N	\N	\N	\N
1537	1533	\N	\N	\N	\N	row 1533\t1533	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35309226eb45ec366ca86a4329a2b7c3	\N	\N	\N	\N	\N	\N	\N
1538	1534	\N	\N	\N	\N	row 1534\t1534	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd63fbf8c3173730f82b150c5ef38b8ff	\N	\N	\N	\N	\N	\N	\N
1539	1535	\N	\N	\N	\N	row 1535\t1535	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x748ba69d3e8d1af87f84fee909eef339	\N	\N	\N	\N	\N	\N	\N
1540	1536	\N	\N	\N	\N	row 1536\t1536	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5a1fc2085986034e448d2ccc5bb9703	\N	\N	\N	\N	\N	\N	\N
1541	1537	\N	\N	\N	\N	row 1537\t1537	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1a69640d53a32a9fb13e93d1c8f3104	\N	\N	\N	\N	\N	\N	\N
1542	1538	\N	\N	\N	\N	row 1538\t1538	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb60c5ab647a27045b462934977ccad9a	\N	\N	\N	\N	\N	\N	\N
1543	1539	\N	\N	\N	\N	row 1539\t1539	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17e23e50bedc63b4095e3d8204ce063b	\N	\N	\N	\N	\N	\N	\N
1544	1540	\N	\N	\N	\N	row 1540\t1540	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcda72177eba360ff16b7f836e2754370	\N	\N	\N	\N	\N	\N	\N
1545	1541	\N	\N	\N	\N	row 1541\t1541	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1373b284bc381890049e92d324f56de0	\N	\N	\N	\N	\N	\N	\N
1546	1542	\N	\N	\N	\N	row 1542\t1542	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd010396ca8abf6ead8cacc2c2f2f26c7	\N	\N	\N	\N	\N	\N	\N
1547	1543	\N	\N	\N	\N	row 1543\t1543	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x819c9fbfb075d62a16393b9fe4fcbaa5	\N	\N	\N	\N	\N	\N	\N
1548	1544	\N	\N	\N	\N	row 1544\t1544	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf337d999d9ad116a7b4f3d409fcc6480	\N	\N	\N	\N	\N	\N	\N
1549	1545	\N	\N	\N	\N	row 1545\t1545	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x89ae0fe22c47d374bc9350ef99e01685	\N	\N	\N	\N	\N	\N	\N
1550	1546	\N	\N	\N	\N	row 1546\t1546	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaff0a6a4521232970b2c1cf539ad0a19	\N	\N	\N	\N	\N	\N	\N
1551	1547	\N	\N	\N	\N	row 1547\t1547	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x204da255aea2cd4a75ace6018fad6b4d	\N	\N	\N	\N	\N	\N	\N
1552	1548	\N	\N	\N	\N	row 1548\t1548	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35464c848f410e55a13bb9d78e7fddd0	\N	\N	\N	\N	\N	\N	\N
1553	1549	\N	\N	\N	\N	row 1549\t1549	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc88d8d0a6097754525e02c2246d8d27f	\N	\N	\N	\N	\N	\N	\N
1554	1550	\N	\N	\N	\N	row 1550\t1550	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6b8eba43551742214453411664a0dcc8	\N	\N	\N	\N	\N	\N	\N
1555	1551	\N	\N	\N	\N	row 1551\t1551	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e6cd95227cb0c280e99a195be5f6615	\N	\N	\N	\N	\N	\N	\N
1556	1552	\N	\N	\N	\N	row 1552\t1552	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x351b33587c5fdd93bd42ef7ac9995a28	\N	\N	\N	\N	\N	\N	\N
1557	1553	\N	\N	\N	\N	row 1553\t1553	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x18ead4c77c3f40dabf9735432ac9d97a	\N	\N	\N	\N	\N	\N	\N
1558	1554	\N	\N	\N	\N	row 1554\t1554	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98986c005e5def2da341b4e0627d4712	\N	\N	\N	\N	\N	\N	\N
1559	1555	\N	\N	\N	\N	row 1555\t1555	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2dd140336c9df867c087a29b2e66034	\N	\N	\N	\N	\N	\N	\N
1560	1556	\N	\N	\N	\N	row 1556\t1556	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e9cec1f583056459111d63e24f3b8ef	\N	\N	\N	\N	\N	\N	\N
1561	1557	\N	\N	\N	\N	row 1557\t1557	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x596f713f9a7376fe90a62abaaedecc2d	\N	\N	\N	\N	\N	\N	\N
1562	1558	\N	\N	\N	\N	row 1558\t1558	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x29921001f2f04bd3baee84a12e98098f	\N	\N	\N	\N	\N	\N	\N
1563	1559	\N	\N	\N	\N	row 1559\t1559	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x020c8bfac8de160d4c5543b96d1fdede	\N	\N	\N	\N	\N	\N	\N
1564	1560	\N	\N	\N	\N	row 1560\t1560	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a20f62a0af1aa152670bab3c602feed	\N	\N	\N	\N	\N	\N	\N
1565	1561	\N	\N	\N	\N	row 1561\t1561	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb132ecc1609bfcf302615847c1caa69a	\N	\N	\N	\N	\N	\N	\N
1566	1562	\N	\N	\N	\N	row 1562\t1562	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92af93f73faf3cefc129b6bc55a748a9	\N	\N	\N	\N	\N	\N	\N
1567	1563	\N	\N	\N	\N	row 1563\t1563	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4d6e4749289c4ec58c0063a90deb3964	\N	\N	\N	\N	\N	\N	\N
1568	1564	\N	\N	\N	\N	row 1564\t1564	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfacf9f743b083008a894eee7baa16469	\N	\N	\N	\N	\N	\N	\N
1569	1565	\N	\N	\N	\N	row 1565\t1565	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd961e9f236177d65d21100592edb0769	\N	\N	\N	\N	\N	\N	\N
1570	1566	\N	\N	\N	\N	row 1566\t1566	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe53ee61104935234b174e62a07e53cf	\N	\N	\N	\N	\N	\N	\N
1571	1567	\N	\N	\N	\N	row 1567\t1567	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x18d10dc6e666eab6de9215ae5b3d54df	\N	\N	\N	\N	\N	\N	\N
1572	1568	\N	\N	\N	\N	row 1568\t1568	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdfa92d8f817e5b08fcaafb50d03763cf	\N	\N	\N	\N	\N	\N	\N
1573	1569	\N	\N	\N	\N	row 1569\t1569	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x655ea4bd3b5736d88afc30c9212ccddf	\N	\N	\N	\N	\N	\N	\N
1574	1570	\N	\N	\N	\N	row 1570\t1570	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7949e456002b28988d38185bd30e77fd	\N	\N	\N	\N	\N	\N	\N
1575	1571	\N	\N	\N	\N	row 1571\t1571	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7bd28f15a49d5e5848d6ec70e584e625	\N	\N	\N	\N	\N	\N	\N
1576	1572	\N	\N	\N	\N	row 1572\t1572	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x452bf208bf901322968557227b8f6efe	\N	\N	\N	\N	\N	\N	\N
1577	1573	\N	\N	\N	\N	row 1573\t1573	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1afc58c6ca9540d057299ec3016d726	\N	\N	\N	\N	\N	\N	\N
1578	1574	\N	\N	\N	\N	row 1574\t1574	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d4f4805c36dc6853edfa4c7e1638b48	\N	\N	\N	\N	\N	\N	\N
1579	1575	\N	\N	\N	\N	row 1575\t1575	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70efba66d3d8d53194fb1a8446ae07fa	\N	\N	\N	\N	\N	\N	\N
1580	1576	\N	\N	\N	\N	row 1576\t1576	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaf5afd7f7c807171981d443ad4f4f648	\N	\N	\N	\N	\N	\N	\N
1581	1577	\N	\N	\N	\N	row 1577\t1577	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e1d842d0f7ee600116ffc6b2d87d83f	\N	\N	\N	\N	\N	\N	\N
1582	1578	\N	\N	\N	\N	row 1578\t1578	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x95d309f0b035d97f69902e7972c2b2e6	\N	\N	\N	\N	\N	\N	\N
1583	1579	\N	\N	\N	\N	row 1579\t1579	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xed4227734ed75d343320b6a5fd16ce57	\N	\N	\N	\N	\N	\N	\N
1584	1580	\N	\N	\N	\N	row 1580\t1580	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc5c768b5dc76a084531934b34601977	\N	\N	\N	\N	\N	\N	\N
1585	1581	\N	\N	\N	\N	row 1581\t1581	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x88a199611ac2b85bd3f76e8ee7e55650	\N	\N	\N	\N	\N	\N	\N
1586	1582	\N	\N	\N	\N	row 1582\t1582	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb710915795b9e9c02cf10d6d2bdb688c	\N	\N	\N	\N	\N	\N	\N
1587	1583	\N	\N	\N	\N	row 1583\t1583	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x076023edc9187cf1ac1f1163470e479a	\N	\N	\N	\N	\N	\N	\N
1588	1584	\N	\N	\N	\N	row 1584\t1584	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x277281aada22045c03945dcb2ca6f2ec	\N	\N	\N	\N	\N	\N	\N
1589	1585	\N	\N	\N	\N	row 1585\t1585	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x228499b55310264a8ea0e27b6e7c6ab6	\N	\N	\N	\N	\N	\N	\N
1590	1586	\N	\N	\N	\N	row 1586\t1586	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f19793b2671094e63a15ab883d50137	\N	\N	\N	\N	\N	\N	\N
1591	1587	\N	\N	\N	\N	row 1587\t1587	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49af6c4e558a7569d80eee2e035e2bd7	\N	\N	\N	\N	\N	\N	\N
1592	1588	\N	\N	\N	\N	row 1588\t1588	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x894b77f805bd94d292574c38c5d628d5	\N	\N	\N	\N	\N	\N	\N
1593	1589	\N	\N	\N	\N	row 1589\t1589	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdca5672ff3444c7e997aa9a2c4eb2094	\N	\N	\N	\N	\N	\N	\N
1594	1590	\N	\N	\N	\N	row 1590\t1590	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbcb41ccdc4363c6848a1d760f26c28a0	\N	\N	\N	\N	\N	\N	\N
1595	1591	\N	\N	\N	\N	row 1591\t1591	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5129a5ddcd0dcd755232baa04c231698	\N	\N	\N	\N	\N	\N	\N
1596	1592	\N	\N	\N	\N	row 1592\t1592	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd72fbbccd9fe64c3a14f85d225a046f4	\N	\N	\N	\N	\N	\N	\N
1597	1593	\N	\N	\N	\N	row 1593\t1593	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06a81a4fb98d149f2d31c68828fa6eb2	\N	\N	\N	\N	\N	\N	\N
1598	1594	\N	\N	\N	\N	row 1594\t1594	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0ebcc77dc72360d0eb8e9504c78d38bd	\N	\N	\N	\N	\N	\N	\N
1599	1595	\N	\N	\N	\N	row 1595\t1595	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd88518acbcc3d08d1f18da62f9bb26ec	\N	\N	\N	\N	\N	\N	\N
1600	1596	\N	\N	\N	\N	row 1596\t1596	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x309fee4e541e51de2e41f21bebb342aa	\N	\N	\N	\N	\N	\N	\N
1601	1597	\N	\N	\N	\N	row 1597\t1597	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x87ec2f451208df97228105657edb717f	\N	\N	\N	\N	\N	\N	\N
1602	1598	\N	\N	\N	\N	row 1598\t1598	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9c19a2aa1d84e04b0bd4bc888792bd1e	\N	\N	\N	\N	\N	\N	\N
1603	1599	\N	\N	\N	\N	row 1599\t1599	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83e8ef518174e1eb6be4a0778d050c9d	\N	\N	\N	\N	\N	\N	\N
1604	1600	\N	\N	\N	\N	row 1600\t1600	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9e984c108157cea74c894b5cf34efc44	\N	\N	\N	\N	\N	\N	\N
1605	1601	\N	\N	\N	\N	row 1601\t1601	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc559da2ba967eb820766939a658022c8	\N	\N	\N	\N	\N	\N	\N
1606	1602	\N	\N	\N	\N	row 1602\t1602	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1bc0249a6412ef49b07fe6f62e6dc8de	\N	\N	\N	\N	\N	\N	\N
1607	1603	\N	\N	\N	\N	row 1603\t1603	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3173935ed8ac4bf073c1bcd63171f8a	\N	\N	\N	\N	\N	\N	\N
1608	1604	\N	\N	\N	\N	row 1604\t1604	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa368b0de8b91cfb3f91892fbf1ebd4b2	\N	\N	\N	\N	\N	\N	\N
1609	1605	\N	\N	\N	\N	row 1605\t1605	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf18a6d1cde4b205199de8729a6637b42	\N	\N	\N	\N	\N	\N	\N
1610	1606	\N	\N	\N	\N	row 1606\t1606	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x495dabfd0ca768a3c3abd672079f48b6	\N	\N	\N	\N	\N	\N	\N
1611	1607	\N	\N	\N	\N	row 1607\t1607	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9597353e41e6957b5e7aa79214fcb256	\N	\N	\N	\N	\N	\N	\N
1612	1608	\N	\N	\N	\N	row 1608\t1608	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfaafda66202d234463057972460c04f5	\N	\N	\N	\N	\N	\N	\N
1613	1609	\N	\N	\N	\N	row 1609\t1609	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa2cc63e065705fe938a4dda49092966f	\N	\N	\N	\N	\N	\N	\N
1614	1610	\N	\N	\N	\N	row 1610\t1610	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa14ac55a4f27472c5d894ec1c3c743d2	\N	\N	\N	\N	\N	\N	\N
1615	1611	\N	\N	\N	\N	row 1611\t1611	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7a6a74cbe87bc60030a4bd041dd47b78	\N	\N	\N	\N	\N	\N	\N
1616	1612	\N	\N	\N	\N	row 1612\t1612	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52947e0ade57a09e4a1386d08f17b656	\N	\N	\N	\N	\N	\N	\N
1617	1613	\N	\N	\N	\N	row 1613\t1613	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69d658d0b2859e32cd4dc3b970c8496c	\N	\N	\N	\N	\N	\N	\N
1618	1614	\N	\N	\N	\N	row 1614\t1614	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe9fd7c2c6623306db59b6aef5c0d5cac	\N	\N	\N	\N	\N	\N	\N
1619	1615	\N	\N	\N	\N	row 1615\t1615	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71a58e8cb75904f24cde464161c3e766	\N	\N	\N	\N	\N	\N	\N
1620	1616	\N	\N	\N	\N	row 1616\t1616	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x962e56a8a0b0420d87272a682bfd1e53	\N	\N	\N	\N	\N	\N	\N
1621	1617	\N	\N	\N	\N	row 1617\t1617	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x297fa7777981f402dbba17e9f29e292d	\N	\N	\N	\N	\N	\N	\N
1622	1618	\N	\N	\N	\N	row 1618\t1618	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf60bb6bb4c96d4df93c51bd69dcc15a0	\N	\N	\N	\N	\N	\N	\N
1623	1619	\N	\N	\N	\N	row 1619\t1619	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1dc3a8270a6f9394f88847d7f0050cf	\N	\N	\N	\N	\N	\N	\N
1624	1620	\N	\N	\N	\N	row 1620\t1620	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x806beafe154032a5b818e97b4420ad98	\N	\N	\N	\N	\N	\N	\N
1625	1621	\N	\N	\N	\N	row 1621\t1621	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4462bf0ddbe0d0da40e1e828ebebeb11	\N	\N	\N	\N	\N	\N	\N
1626	1622	\N	\N	\N	\N	row 1622\t1622	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc7af0926b294e47e52e46cfebe173f20	\N	\N	\N	\N	\N	\N	\N
1627	1623	\N	\N	\N	\N	row 1623\t1623	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc528592c3858f90196fbfacc814f235	\N	\N	\N	\N	\N	\N	\N
1628	1624	\N	\N	\N	\N	row 1624\t1624	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9327969053c0068dd9e07c529866b94d	\N	\N	\N	\N	\N	\N	\N
1629	1625	\N	\N	\N	\N	row 1625\t1625	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa981f2b708044d6fb4a71a1463242520	\N	\N	\N	\N	\N	\N	\N
1630	1626	\N	\N	\N	\N	row 1626\t1626	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbc573864331a9e42e4511de6f678aa83	\N	\N	\N	\N	\N	\N	\N
1631	1627	\N	\N	\N	\N	row 1627\t1627	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x97d0145823aeb8ed80617be62e08bdcc	\N	\N	\N	\N	\N	\N	\N
1632	1628	\N	\N	\N	\N	row 1628\t1628	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xefb76cff97aaf057654ef2f38cd77d73	\N	\N	\N	\N	\N	\N	\N
1633	1629	\N	\N	\N	\N	row 1629\t1629	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5c50b4df4b176845cd235b6a510c6903	\N	\N	\N	\N	\N	\N	\N
1634	1630	\N	\N	\N	\N	row 1630\t1630	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46031b3d04dc90994ca317a7c55c4289	\N	\N	\N	\N	\N	\N	\N
1635	1631	\N	\N	\N	\N	row 1631\t1631	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ba3af5d7b2790e73f0de32e5c8c1798	\N	\N	\N	\N	\N	\N	\N
1636	1632	\N	\N	\N	\N	row 1632\t1632	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0771fc6f0f4b1d7d1bb73bbbe14e0e31	\N	\N	\N	\N	\N	\N	\N
1637	1633	\N	\N	\N	\N	row 1633\t1633	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x21fe5b8ba755eeaece7a450849876228	\N	\N	\N	\N	\N	\N	\N
1638	1634	\N	\N	\N	\N	row 1634\t1634	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6dd4e10e3296fa63738371ec0d5df818	\N	\N	\N	\N	\N	\N	\N
1639	1635	\N	\N	\N	\N	row 1635\t1635	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42a3964579017f3cb42b26605b9ae8ef	\N	\N	\N	\N	\N	\N	\N
1640	1636	\N	\N	\N	\N	row 1636\t1636	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c54985e4f95b7819ca0357c0cb9a09f	\N	\N	\N	\N	\N	\N	\N
1641	1637	\N	\N	\N	\N	row 1637\t1637	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52c5189391854c93e8a0e1326e56c14f	\N	\N	\N	\N	\N	\N	\N
1642	1638	\N	\N	\N	\N	row 1638\t1638	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e230522657ecdc50e4249581b861f8e	\N	\N	\N	\N	\N	\N	\N
1643	1639	\N	\N	\N	\N	row 1639\t1639	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3c1e4bd67169b8153e0047536c9f541e	\N	\N	\N	\N	\N	\N	\N
1644	1640	\N	\N	\N	\N	row 1640\t1640	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84f0f20482cde7e5eacaf7364a643d33	\N	\N	\N	\N	\N	\N	\N
1645	1641	\N	\N	\N	\N	row 1641\t1641	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x10c272d06794d3e5785d5e7c5356e9ff	\N	\N	\N	\N	\N	\N	\N
1646	1642	\N	\N	\N	\N	row 1642\t1642	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81c650caac28cdefce4de5ddc18befa0	\N	\N	\N	\N	\N	\N	\N
1647	1643	\N	\N	\N	\N	row 1643\t1643	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf670ef5d2d6bdf8f29450a970494dd64	\N	\N	\N	\N	\N	\N	\N
1648	1644	\N	\N	\N	\N	row 1644\t1644	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x89f03f7d02720160f1b04cf5b27f5ccb	\N	\N	\N	\N	\N	\N	\N
1649	1645	\N	\N	\N	\N	row 1645\t1645	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc1fea270c48e8079d8ddf7d06d26ab52	\N	\N	\N	\N	\N	\N	\N
1650	1646	\N	\N	\N	\N	row 1646\t1646	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe4873aa9a05cc5ed839561d121516766	\N	\N	\N	\N	\N	\N	\N
1651	1647	\N	\N	\N	\N	row 1647\t1647	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d420fa35754d1f1c19969c88780314d	\N	\N	\N	\N	\N	\N	\N
1652	1648	\N	\N	\N	\N	row 1648\t1648	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7437d136770f5b35194cb46c1653efaa	\N	\N	\N	\N	\N	\N	\N
1653	1649	\N	\N	\N	\N	row 1649\t1649	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96de2547f44254c97f5f4f1f402711c1	\N	\N	\N	\N	\N	\N	\N
1654	1650	\N	\N	\N	\N	row 1650\t1650	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x973a5f0ccbc4ee3524ccf035d35b284b	\N	\N	\N	\N	\N	\N	\N
1655	1651	\N	\N	\N	\N	row 1651\t1651	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe3e9d3f7d70537357c67bb3f4086846	\N	\N	\N	\N	\N	\N	\N
1656	1652	\N	\N	\N	\N	row 1652\t1652	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x207f88018f72237565570f8a9e5ca240	\N	\N	\N	\N	\N	\N	\N
1657	1653	\N	\N	\N	\N	row 1653\t1653	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb147a61c1d07c1c999560f62add6dbc7	\N	\N	\N	\N	\N	\N	\N
1658	1654	\N	\N	\N	\N	row 1654\t1654	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9d2682367c3935defcb1f9e247a97c0d	\N	\N	\N	\N	\N	\N	\N
1659	1655	\N	\N	\N	\N	row 1655\t1655	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcc42acc8ce334185e0193753adb6cb77	\N	\N	\N	\N	\N	\N	\N
1660	1656	\N	\N	\N	\N	row 1656\t1656	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x712a3c9878efeae8ff06d57432016ceb	\N	\N	\N	\N	\N	\N	\N
1661	1657	\N	\N	\N	\N	row 1657\t1657	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa40511cad8383e5ae8ddd8b855d135da	\N	\N	\N	\N	\N	\N	\N
1662	1658	\N	\N	\N	\N	row 1658\t1658	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0560792e4a3c79e62f76cbf9fb277dd	\N	\N	\N	\N	\N	\N	\N
1663	1659	\N	\N	\N	\N	row 1659\t1659	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe1696007be4eefb81b1a1d39ce48681b	\N	\N	\N	\N	\N	\N	\N
1664	1660	\N	\N	\N	\N	row 1660\t1660	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a4400501febb2a95e79248486a5f6d3	\N	\N	\N	\N	\N	\N	\N
1665	1661	\N	\N	\N	\N	row 1661\t1661	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7d12b66d3df6af8d429c1a357d8b9e1a	\N	\N	\N	\N	\N	\N	\N
1666	1662	\N	\N	\N	\N	row 1662\t1662	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2531e7bb29bf22e1daae486fae3417a	\N	\N	\N	\N	\N	\N	\N
1667	1663	\N	\N	\N	\N	row 1663\t1663	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe449b9317dad920c0dd5ad0a2a2d5e49	\N	\N	\N	\N	\N	\N	\N
1668	1664	\N	\N	\N	\N	row 1664\t1664	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f398cb9d6bc79ae567298335b51ba8a	\N	\N	\N	\N	\N	\N	\N
1669	1665	\N	\N	\N	\N	row 1665\t1665	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe8d92f99edd25e2cef48eca48320a1a5	\N	\N	\N	\N	\N	\N	\N
1670	1666	\N	\N	\N	\N	row 1666\t1666	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86d7c8a08b4aaa1bc7c599473f5dddda	\N	\N	\N	\N	\N	\N	\N
1671	1667	\N	\N	\N	\N	row 1667\t1667	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x158fc2ddd52ec2cf54d3c161f2dd6517	\N	\N	\N	\N	\N	\N	\N
1672	1668	\N	\N	\N	\N	row 1668\t1668	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb0f2ad44d26e1a6f244201fe0fd864d1	\N	\N	\N	\N	\N	\N	\N
1673	1669	\N	\N	\N	\N	row 1669\t1669	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcdf1035c34ec380218a8cc9a43d438f9	\N	\N	\N	\N	\N	\N	\N
1674	1670	\N	\N	\N	\N	row 1670\t1670	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x148510031349642de5ca0c544f31b2ef	\N	\N	\N	\N	\N	\N	\N
1675	1671	\N	\N	\N	\N	row 1671\t1671	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x647c722bf90a49140184672e0d3723e3	\N	\N	\N	\N	\N	\N	\N
1676	1672	\N	\N	\N	\N	row 1672\t1672	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2451041557a22145b3701b0184109cab	\N	\N	\N	\N	\N	\N	\N
1677	1673	\N	\N	\N	\N	row 1673\t1673	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0f3601dc682036423013a5d965db9aa	\N	\N	\N	\N	\N	\N	\N
1678	1674	\N	\N	\N	\N	row 1674\t1674	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x757f843a169cc678064d9530d12a1881	\N	\N	\N	\N	\N	\N	\N
1679	1675	\N	\N	\N	\N	row 1675\t1675	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x64f1f27bf1b4ec22924fd0acb550c235	\N	\N	\N	\N	\N	\N	\N
1680	1676	\N	\N	\N	\N	row 1676\t1676	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x831c2f88a604a07ca94314b56a4921b8	\N	\N	\N	\N	\N	\N	\N
1681	1677	\N	\N	\N	\N	row 1677\t1677	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08e6bea8e90ba87af3c9554d94db6579	\N	\N	\N	\N	\N	\N	\N
1682	1678	\N	\N	\N	\N	row 1678\t1678	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2cb6b10338a7fc4117a80da24b582060	\N	\N	\N	\N	\N	\N	\N
1683	1679	\N	\N	\N	\N	row 1679\t1679	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6384711491713d29bc63fc5eeb5ba4f	\N	\N	\N	\N	\N	\N	\N
1684	1680	\N	\N	\N	\N	row 1680\t1680	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x11d0e6287202fced83f79975ec59a3a6	\N	\N	\N	\N	\N	\N	\N
1685	1681	\N	\N	\N	\N	row 1681\t1681	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf50a6c02a3fc5a3a5d4d9391f05f3efc	\N	\N	\N	\N	\N	\N	\N
1686	1682	\N	\N	\N	\N	row 1682\t1682	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a81681a7af700c6385d36577ebec359	\N	\N	\N	\N	\N	\N	\N
1687	1683	\N	\N	\N	\N	row 1683\t1683	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfddd7938a71db5f81fcc621673ab67b7	\N	\N	\N	\N	\N	\N	\N
1688	1684	\N	\N	\N	\N	row 1684\t1684	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ef91c212e30e14bf125e9374262401f	\N	\N	\N	\N	\N	\N	\N
1689	1685	\N	\N	\N	\N	row 1685\t1685	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5d79099fcdf499f12b79770834c0164a	\N	\N	\N	\N	\N	\N	\N
1690	1686	\N	\N	\N	\N	row 1686\t1686	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb618c3210e934362ac261db280128c22	\N	\N	\N	\N	\N	\N	\N
1691	1687	\N	\N	\N	\N	row 1687\t1687	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7fea637fd6d02b8f0adf6f7dc36aed93	\N	\N	\N	\N	\N	\N	\N
1692	1688	\N	\N	\N	\N	row 1688\t1688	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xae614c557843b1df326cb29c57225459	\N	\N	\N	\N	\N	\N	\N
1693	1689	\N	\N	\N	\N	row 1689\t1689	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7c4ede33a62160a19586f6e26eaefacf	\N	\N	\N	\N	\N	\N	\N
1694	1690	\N	\N	\N	\N	row 1690\t1690	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd43ab110ab2489d6b9b2caa394bf920f	\N	\N	\N	\N	\N	\N	\N
1695	1691	\N	\N	\N	\N	row 1691\t1691	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8303a79b1e19a194f1875981be5bdb6f	\N	\N	\N	\N	\N	\N	\N
1696	1692	\N	\N	\N	\N	row 1692\t1692	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4921f95baf824205e1b13f22d60357a1	\N	\N	\N	\N	\N	\N	\N
1697	1693	\N	\N	\N	\N	row 1693\t1693	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb59a51a3c0bf9c5228fde841714f523a	\N	\N	\N	\N	\N	\N	\N
1698	1694	\N	\N	\N	\N	row 1694\t1694	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26751be1181460baf78db8d5eb7aad39	\N	\N	\N	\N	\N	\N	\N
1699	1695	\N	\N	\N	\N	row 1695\t1695	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe721a54a8cf18c8543d44782d9ef681f	\N	\N	\N	\N	\N	\N	\N
1700	1696	\N	\N	\N	\N	row 1696\t1696	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5cf21ce30208cfffaa832c6e44bb567d	\N	\N	\N	\N	\N	\N	\N
1701	1697	\N	\N	\N	\N	row 1697\t1697	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x673271cc47c1a4e77f57e239ed4d28a7	\N	\N	\N	\N	\N	\N	\N
1702	1698	\N	\N	\N	\N	row 1698\t1698	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9fe97fff97f089661135d0487843108e	\N	\N	\N	\N	\N	\N	\N
1703	1699	\N	\N	\N	\N	row 1699\t1699	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef2a4be5473ab0b3cc286e67b1f59f44	\N	\N	\N	\N	\N	\N	\N
1704	1700	\N	\N	\N	\N	row 1700\t1700	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01e00f2f4bfcbb7505cb641066f2859b	\N	\N	\N	\N	\N	\N	\N
1705	1701	\N	\N	\N	\N	row 1701\t1701	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x15231a7ce4ba789d13b722cc5c955834	\N	\N	\N	\N	\N	\N	\N
1706	1702	\N	\N	\N	\N	row 1702\t1702	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb9f94c77652c9a76fc8a442748cd54bd	\N	\N	\N	\N	\N	\N	\N
1707	1703	\N	\N	\N	\N	row 1703\t1703	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x375c71349b295fbe2dcdca9206f20a06	\N	\N	\N	\N	\N	\N	\N
1708	1704	\N	\N	\N	\N	row 1704\t1704	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa588a6199feff5ba48402883d9b72700	\N	\N	\N	\N	\N	\N	\N
1709	1705	\N	\N	\N	\N	row 1705\t1705	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a27b8144ac02f67687f76782a3b5d8f	\N	\N	\N	\N	\N	\N	\N
1710	1706	\N	\N	\N	\N	row 1706\t1706	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8bb88f80d334b1869781beb89f7b73be	\N	\N	\N	\N	\N	\N	\N
1711	1707	\N	\N	\N	\N	row 1707\t1707	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02f039058bd48307e6f653a2005c9dd2	\N	\N	\N	\N	\N	\N	\N
1712	1708	\N	\N	\N	\N	row 1708\t1708	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc59b469d724f7919b7d35514184fdc0f	\N	\N	\N	\N	\N	\N	\N
1713	1709	\N	\N	\N	\N	row 1709\t1709	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52d080a3e172c33fd6886a37e7288491	\N	\N	\N	\N	\N	\N	\N
1714	1710	\N	\N	\N	\N	row 1710\t1710	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a142a55461d5fef016acfb927fee0bd	\N	\N	\N	\N	\N	\N	\N
1715	1711	\N	\N	\N	\N	row 1711\t1711	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa941493eeea57ede8214fd77d41806bc	\N	\N	\N	\N	\N	\N	\N
1716	1712	\N	\N	\N	\N	row 1712\t1712	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa51c896c9cb81ecb5a199d51ac9fc3c5	\N	\N	\N	\N	\N	\N	\N
1717	1713	\N	\N	\N	\N	row 1713\t1713	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x464d828b85b0bed98e80ade0a5c43b0f	\N	\N	\N	\N	\N	\N	\N
1718	1714	\N	\N	\N	\N	row 1714\t1714	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x798ed7d4ee7138d49b8828958048130a	\N	\N	\N	\N	\N	\N	\N
1719	1715	\N	\N	\N	\N	row 1715\t1715	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0efbe98067c6c73dba1250d2beaa81f9	\N	\N	\N	\N	\N	\N	\N
1720	1716	\N	\N	\N	\N	row 1716\t1716	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x66be31e4c40d676991f2405aaecc6934	\N	\N	\N	\N	\N	\N	\N
1721	1717	\N	\N	\N	\N	row 1717\t1717	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b5700012be65c9da25f49408d959ca0	\N	\N	\N	\N	\N	\N	\N
1722	1718	\N	\N	\N	\N	row 1718\t1718	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc6709bfdf0572f183c1a84ce5276e96	\N	\N	\N	\N	\N	\N	\N
1723	1719	\N	\N	\N	\N	row 1719\t1719	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3144cefe89a60d6a1afaf7859c5076b	\N	\N	\N	\N	\N	\N	\N
1724	1720	\N	\N	\N	\N	row 1720\t1720	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xacab0116c354964a558e65bdd07ff047	\N	\N	\N	\N	\N	\N	\N
1725	1721	\N	\N	\N	\N	row 1721\t1721	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28dc6b0e1b33769b4b94685e4f4d1e5c	\N	\N	\N	\N	\N	\N	\N
1726	1722	\N	\N	\N	\N	row 1722\t1722	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x404dcc91b2aeaa7caa47487d1483e48a	\N	\N	\N	\N	\N	\N	\N
1727	1723	\N	\N	\N	\N	row 1723\t1723	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8725fb777f25776ffa9076e44fcfd776	\N	\N	\N	\N	\N	\N	\N
1728	1724	\N	\N	\N	\N	row 1724\t1724	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x62889e73828c756c961c5a6d6c01a463	\N	\N	\N	\N	\N	\N	\N
1729	1725	\N	\N	\N	\N	row 1725\t1725	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e7e0224018ab3cf51abb96464d518cd	\N	\N	\N	\N	\N	\N	\N
1730	1726	\N	\N	\N	\N	row 1726\t1726	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x74563ba21a90da13dacf2a73e3ddefa7	\N	\N	\N	\N	\N	\N	\N
1731	1727	\N	\N	\N	\N	row 1727\t1727	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x515ab26c135e92ed8bf3a594d67e4ade	\N	\N	\N	\N	\N	\N	\N
1732	1728	\N	\N	\N	\N	row 1728\t1728	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7137debd45ae4d0ab9aa953017286b20	\N	\N	\N	\N	\N	\N	\N
1733	1729	\N	\N	\N	\N	row 1729\t1729	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25e2a30f44898b9f3e978b1786dcd85c	\N	\N	\N	\N	\N	\N	\N
1734	1730	\N	\N	\N	\N	row 1730\t1730	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x851300ee84c2b80ed40f51ed26d866fc	\N	\N	\N	\N	\N	\N	\N
1735	1731	\N	\N	\N	\N	row 1731\t1731	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb29eed44276144e4e8103a661f9a78b7	\N	\N	\N	\N	\N	\N	\N
1736	1732	\N	\N	\N	\N	row 1732\t1732	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x270edd69788dce200a3b395a6da6fdb7	\N	\N	\N	\N	\N	\N	\N
1737	1733	\N	\N	\N	\N	row 1733\t1733	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4fa53be91b4933d536748a60458b9797	\N	\N	\N	\N	\N	\N	\N
1738	1734	\N	\N	\N	\N	row 1734\t1734	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab2b41c63853f0a651ba9fbf502b0cd8	\N	\N	\N	\N	\N	\N	\N
1739	1735	\N	\N	\N	\N	row 1735\t1735	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4492cbe90fbdbf88a5aec486aa81ed5	\N	\N	\N	\N	\N	\N	\N
1740	1736	\N	\N	\N	\N	row 1736\t1736	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0d0e461de8d0024aebcb0a7c68836df	\N	\N	\N	\N	\N	\N	\N
1741	1737	\N	\N	\N	\N	row 1737\t1737	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70ece1e1e0931919438fcfc6bd5f199c	\N	\N	\N	\N	\N	\N	\N
1742	1738	\N	\N	\N	\N	row 1738\t1738	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84c6494d30851c63a55cdb8cb047fadd	\N	\N	\N	\N	\N	\N	\N
1743	1739	\N	\N	\N	\N	row 1739\t1739	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x752d25a1f8dbfb2d656bac3094bfb81c	\N	\N	\N	\N	\N	\N	\N
1744	1740	\N	\N	\N	\N	row 1740\t1740	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54f5f4071faca32ad5285fef87b78646	\N	\N	\N	\N	\N	\N	\N
1745	1741	\N	\N	\N	\N	row 1741\t1741	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3b43aeeacb258365cc69cdaf42a68af	\N	\N	\N	\N	\N	\N	\N
1746	1742	\N	\N	\N	\N	row 1742\t1742	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e62a992c676f611616097dbea8ea030	\N	\N	\N	\N	\N	\N	\N
1747	1743	\N	\N	\N	\N	row 1743\t1743	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x955a1584af63a546588caae4d23840b3	\N	\N	\N	\N	\N	\N	\N
1748	1744	\N	\N	\N	\N	row 1744\t1744	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x418ef6127e44214882c61e372e866691	\N	\N	\N	\N	\N	\N	\N
1749	1745	\N	\N	\N	\N	row 1745\t1745	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x97d98119037c5b8a9663cb21fb8ebf47	\N	\N	\N	\N	\N	\N	\N
1750	1746	\N	\N	\N	\N	row 1746\t1746	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x442cde81694ca09a626eeddefd1b74ca	\N	\N	\N	\N	\N	\N	\N
1751	1747	\N	\N	\N	\N	row 1747\t1747	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e15cc11f979ed25912dff5b0669f2cd	\N	\N	\N	\N	\N	\N	\N
1752	1748	\N	\N	\N	\N	row 1748\t1748	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54e36c5ff5f6a1802925ca009f3ebb68	\N	\N	\N	\N	\N	\N	\N
1753	1749	\N	\N	\N	\N	row 1749\t1749	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc9b003bb003a298c2ad0d05e4342bdc	\N	\N	\N	\N	\N	\N	\N
1754	1750	\N	\N	\N	\N	row 1750\t1750	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a5dfac4be1502501489fc0f5a24b667	\N	\N	\N	\N	\N	\N	\N
1755	1751	\N	\N	\N	\N	row 1751\t1751	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3bbccd6c008e727785cb81b1aa08ac5	\N	\N	\N	\N	\N	\N	\N
1756	1752	\N	\N	\N	\N	row 1752\t1752	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x11c484ea9305ea4c7bb6b2e6d570d466	\N	\N	\N	\N	\N	\N	\N
1757	1753	\N	\N	\N	\N	row 1753\t1753	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa63fc8c5d915e1f1a40f40e6c7499863	\N	\N	\N	\N	\N	\N	\N
1758	1754	\N	\N	\N	\N	row 1754\t1754	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x231141b34c82aa95e48810a9d1b33a79	\N	\N	\N	\N	\N	\N	\N
1759	1755	\N	\N	\N	\N	row 1755\t1755	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd8d31bd778da8bdd536187c36e48892b	\N	\N	\N	\N	\N	\N	\N
1760	1756	\N	\N	\N	\N	row 1756\t1756	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcefab442b1728a7c1b49c63f1a55781c	\N	\N	\N	\N	\N	\N	\N
1761	1757	\N	\N	\N	\N	row 1757\t1757	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd2cdf047a6674cef251d56544a3cf029	\N	\N	\N	\N	\N	\N	\N
1762	1758	\N	\N	\N	\N	row 1758\t1758	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2612aa892d962d6f8056b195ca6e550d	\N	\N	\N	\N	\N	\N	\N
1763	1759	\N	\N	\N	\N	row 1759\t1759	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xba1b3eba322eab5d895aa3023fe78b9c	\N	\N	\N	\N	\N	\N	\N
1764	1760	\N	\N	\N	\N	row 1760\t1760	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe22dd5dabde45eda5a1a67772c8e25dd	\N	\N	\N	\N	\N	\N	\N
1765	1761	\N	\N	\N	\N	row 1761\t1761	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7283518d47a05a09d33779a17adf1707	\N	\N	\N	\N	\N	\N	\N
1766	1762	\N	\N	\N	\N	row 1762\t1762	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17ed8abedc255908be746d245e50263a	\N	\N	\N	\N	\N	\N	\N
1767	1763	\N	\N	\N	\N	row 1763\t1763	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf9028fcb6b065e000ffe8a4f03eeb38	\N	\N	\N	\N	\N	\N	\N
1768	1764	\N	\N	\N	\N	row 1764\t1764	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x94e4451ad23909020c28b26ca3a13cb8	\N	\N	\N	\N	\N	\N	\N
1769	1765	\N	\N	\N	\N	row 1765\t1765	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8698ff92115213ab187d31d4ee5da8ea	\N	\N	\N	\N	\N	\N	\N
1770	1766	\N	\N	\N	\N	row 1766\t1766	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96a93ba89a5b5c6c226e49b88973f46e	\N	\N	\N	\N	\N	\N	\N
1771	1767	\N	\N	\N	\N	row 1767\t1767	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe8fd4a8a5bab2b3785d794ab51fef55c	\N	\N	\N	\N	\N	\N	\N
1772	1768	\N	\N	\N	\N	row 1768\t1768	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb29450c3f5e97f97846693611f98c15	\N	\N	\N	\N	\N	\N	\N
1773	1769	\N	\N	\N	\N	row 1769\t1769	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7eb7eabbe9bd03c2fc99881d04da9cbd	\N	\N	\N	\N	\N	\N	\N
1774	1770	\N	\N	\N	\N	row 1770\t1770	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe5a4d6bf330f23a8707bb0d6001dfbe8	\N	\N	\N	\N	\N	\N	\N
1775	1771	\N	\N	\N	\N	row 1771\t1771	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x21be9a4bd4f81549a9d1d241981cec3c	\N	\N	\N	\N	\N	\N	\N
1776	1772	\N	\N	\N	\N	row 1772\t1772	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x299570476c6f0309545110c592b6a63b	\N	\N	\N	\N	\N	\N	\N
1777	1773	\N	\N	\N	\N	row 1773\t1773	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4abe17a1c80cbdd2aa241b70840879de	\N	\N	\N	\N	\N	\N	\N
1778	1774	\N	\N	\N	\N	row 1774\t1774	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0bda020d2470f2e74990a07a607ebd9	\N	\N	\N	\N	\N	\N	\N
1779	1775	\N	\N	\N	\N	row 1775\t1775	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x36d7534290610d9b7e9abed244dd2f28	\N	\N	\N	\N	\N	\N	\N
1780	1776	\N	\N	\N	\N	row 1776\t1776	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7dd0240cd412efde8bc165e864d3644f	\N	\N	\N	\N	\N	\N	\N
1781	1777	\N	\N	\N	\N	row 1777\t1777	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe9b73bccd1762555582b513ff9d02492	\N	\N	\N	\N	\N	\N	\N
1782	1778	\N	\N	\N	\N	row 1778\t1778	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6709e8d64a5f47269ed5cea9f625f7ab	\N	\N	\N	\N	\N	\N	\N
1783	1779	\N	\N	\N	\N	row 1779\t1779	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c01a75941549a705cf7275e41b21f0d	\N	\N	\N	\N	\N	\N	\N
1784	1780	\N	\N	\N	\N	row 1780\t1780	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf63f65b503e22cb970527f23c9ad7db1	\N	\N	\N	\N	\N	\N	\N
1785	1781	\N	\N	\N	\N	row 1781\t1781	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b6a80c3cf2cbd5f967063618dc54f39	\N	\N	\N	\N	\N	\N	\N
1786	1782	\N	\N	\N	\N	row 1782\t1782	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a2ddf148c5a9c42151a529e8cbdcc06	\N	\N	\N	\N	\N	\N	\N
1787	1783	\N	\N	\N	\N	row 1783\t1783	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb865367fc4c0845c0682bd466e6ebf4c	\N	\N	\N	\N	\N	\N	\N
1788	1784	\N	\N	\N	\N	row 1784\t1784	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x365d17770080c807a0e47ae9118d8641	\N	\N	\N	\N	\N	\N	\N
1789	1785	\N	\N	\N	\N	row 1785\t1785	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x393c55aea738548df743a186d15f3bef	\N	\N	\N	\N	\N	\N	\N
1790	1786	\N	\N	\N	\N	row 1786\t1786	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6449f44a102fde848669bdd9eb6b76fa	\N	\N	\N	\N	\N	\N	\N
1791	1787	\N	\N	\N	\N	row 1787\t1787	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd860bd12ce9c026814bbdfc1c573f0f5	\N	\N	\N	\N	\N	\N	\N
1792	1788	\N	\N	\N	\N	row 1788\t1788	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb957c626a8cd7a27231adfbf51e20eb	\N	\N	\N	\N	\N	\N	\N
1793	1789	\N	\N	\N	\N	row 1789\t1789	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xecd62de20ea67e1c2d933d311b08178a	\N	\N	\N	\N	\N	\N	\N
1794	1790	\N	\N	\N	\N	row 1790\t1790	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd25414405eb37dae1c14b18d6a2cac34	\N	\N	\N	\N	\N	\N	\N
1795	1791	\N	\N	\N	\N	row 1791\t1791	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbf201d5407a6509fa536afc4b380577e	\N	\N	\N	\N	\N	\N	\N
1796	1792	\N	\N	\N	\N	row 1792\t1792	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x052335232b11864986bb2fa20fa38748	\N	\N	\N	\N	\N	\N	\N
1797	1793	\N	\N	\N	\N	row 1793\t1793	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8cbd669cfb2f016574e9d147092b5bb	\N	\N	\N	\N	\N	\N	\N
1798	1794	\N	\N	\N	\N	row 1794\t1794	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x59e0b2658e9f2e77f8d4d83f8d07ca84	\N	\N	\N	\N	\N	\N	\N
1799	1795	\N	\N	\N	\N	row 1795\t1795	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0731460a8a5ce1626210cbf4385ae0ef	\N	\N	\N	\N	\N	\N	\N
1800	1796	\N	\N	\N	\N	row 1796\t1796	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x90599c8fdd2f6e7a03ad173e2f535751	\N	\N	\N	\N	\N	\N	\N
1801	1797	\N	\N	\N	\N	row 1797\t1797	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d9fc2308c8f28d2a7d2f6f48801c705	\N	\N	\N	\N	\N	\N	\N
1802	1798	\N	\N	\N	\N	row 1798\t1798	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xac5dab2e99eee9cf9ec672e383691302	\N	\N	\N	\N	\N	\N	\N
1803	1799	\N	\N	\N	\N	row 1799\t1799	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0533a888904bd4867929dffd884d60b8	\N	\N	\N	\N	\N	\N	\N
1804	1800	\N	\N	\N	\N	row 1800\t1800	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf39ae9ff3a81f499230c4126e01f421b	\N	\N	\N	\N	\N	\N	\N
1805	1801	\N	\N	\N	\N	row 1801\t1801	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd14821dab219ea06e2fd1a2df2e3582	\N	\N	\N	\N	\N	\N	\N
1806	1802	\N	\N	\N	\N	row 1802\t1802	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc40b7120e77741d191c0d2b82cea7be	\N	\N	\N	\N	\N	\N	\N
1807	1803	\N	\N	\N	\N	row 1803\t1803	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3fab5890d8113d0b5a4178201dc842ad	\N	\N	\N	\N	\N	\N	\N
1808	1804	\N	\N	\N	\N	row 1804\t1804	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x90e1357833654983612fb05e3ec9148c	\N	\N	\N	\N	\N	\N	\N
1809	1805	\N	\N	\N	\N	row 1805\t1805	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7ffd85d93a3e4de5c490d304ccd9f864	\N	\N	\N	\N	\N	\N	\N
1810	1806	\N	\N	\N	\N	row 1806\t1806	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1e946f4e67db4b362ad23818a6fb78a	\N	\N	\N	\N	\N	\N	\N
1811	1807	\N	\N	\N	\N	row 1807\t1807	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f1baa5b8edac74eb4eaa329f14a0361	\N	\N	\N	\N	\N	\N	\N
1812	1808	\N	\N	\N	\N	row 1808\t1808	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x39027dfad5138c9ca0c474d71db915c3	\N	\N	\N	\N	\N	\N	\N
1813	1809	\N	\N	\N	\N	row 1809\t1809	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x645098b086d2f9e1e0e939c27f9f2d6f	\N	\N	\N	\N	\N	\N	\N
1814	1810	\N	\N	\N	\N	row 1810\t1810	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e79ed05baec2754e25b4eac73a332d2	\N	\N	\N	\N	\N	\N	\N
1815	1811	\N	\N	\N	\N	row 1811\t1811	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x09b15d48a1514d8209b192a8b8f34e48	\N	\N	\N	\N	\N	\N	\N
1816	1812	\N	\N	\N	\N	row 1812\t1812	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5b6ba13f79129a74a3e819b78e36b922	\N	\N	\N	\N	\N	\N	\N
1817	1813	\N	\N	\N	\N	row 1813\t1813	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf542eae1949358e25d8bfeefe5b199f1	\N	\N	\N	\N	\N	\N	\N
1818	1814	\N	\N	\N	\N	row 1814\t1814	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x155fa09596c7e18e50b58eb7e0c6ccb4	\N	\N	\N	\N	\N	\N	\N
1819	1815	\N	\N	\N	\N	row 1815\t1815	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0bbac6fa079f1e00b2c14c1d3c6ccf0	\N	\N	\N	\N	\N	\N	\N
1820	1816	\N	\N	\N	\N	row 1816\t1816	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfaacbcd5bf1d018912c116bf2783e9a1	\N	\N	\N	\N	\N	\N	\N
1821	1817	\N	\N	\N	\N	row 1817\t1817	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf4a4da9aa7eadfd23c7bdb7cf57b3112	\N	\N	\N	\N	\N	\N	\N
1822	1818	\N	\N	\N	\N	row 1818\t1818	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf5c3dd7514bf620a1b85450d2ae374b1	\N	\N	\N	\N	\N	\N	\N
1823	1819	\N	\N	\N	\N	row 1819\t1819	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17c3433fecc21b57000debdf7ad5c930	\N	\N	\N	\N	\N	\N	\N
1824	1820	\N	\N	\N	\N	row 1820\t1820	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf2d887e01a80e813d9080038decbbabb	\N	\N	\N	\N	\N	\N	\N
1825	1821	\N	\N	\N	\N	row 1821\t1821	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x596dedf4498e258e4bdc9fd70df9a859	\N	\N	\N	\N	\N	\N	\N
1826	1822	\N	\N	\N	\N	row 1822\t1822	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e087ec55dcbe7b2d7992d6b69b519fb	\N	\N	\N	\N	\N	\N	\N
1827	1823	\N	\N	\N	\N	row 1823\t1823	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x14cfdb59b5bda1fc245aadae15b1984a	\N	\N	\N	\N	\N	\N	\N
1828	1824	\N	\N	\N	\N	row 1824\t1824	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2647c1dba23bc0e0f9cdf75339e120d2	\N	\N	\N	\N	\N	\N	\N
1829	1825	\N	\N	\N	\N	row 1825\t1825	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xed519dacc89b2bead3f453b0b05a4a8b	\N	\N	\N	\N	\N	\N	\N
1830	1826	\N	\N	\N	\N	row 1826\t1826	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf442d33fa06832082290ad8544a8da27	\N	\N	\N	\N	\N	\N	\N
1831	1827	\N	\N	\N	\N	row 1827\t1827	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfface8385abbf94b4593a0ed53a0c70f	\N	\N	\N	\N	\N	\N	\N
1832	1828	\N	\N	\N	\N	row 1828\t1828	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4496bf24afe7fab6f046bf4923da8de6	\N	\N	\N	\N	\N	\N	\N
1833	1829	\N	\N	\N	\N	row 1829\t1829	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaa2a77371374094fe9e0bc1de3f94ed9	\N	\N	\N	\N	\N	\N	\N
1834	1830	\N	\N	\N	\N	row 1830\t1830	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x069654d5ce089c13f642d19f09a3d1c0	\N	\N	\N	\N	\N	\N	\N
1835	1831	\N	\N	\N	\N	row 1831\t1831	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0ab531ec312161511493b002f9be2ee	\N	\N	\N	\N	\N	\N	\N
1836	1832	\N	\N	\N	\N	row 1832\t1832	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x61b1fb3f59e28c67f3925f3c79be81a1	\N	\N	\N	\N	\N	\N	\N
1837	1833	\N	\N	\N	\N	row 1833\t1833	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a1de01f893e0d2551ecbb7ce4dc963e	\N	\N	\N	\N	\N	\N	\N
1838	1834	\N	\N	\N	\N	row 1834\t1834	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd757719ed7c2b66dd17dcee2a3cb29f4	\N	\N	\N	\N	\N	\N	\N
1839	1835	\N	\N	\N	\N	row 1835\t1835	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdfce06801e1a85d6d06f1fdd4475dacd	\N	\N	\N	\N	\N	\N	\N
1840	1836	\N	\N	\N	\N	row 1836\t1836	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf26dab9bf6a137c3b6782e562794c2f2	\N	\N	\N	\N	\N	\N	\N
1841	1837	\N	\N	\N	\N	row 1837\t1837	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x85f007f8c50dd25f5a45fca73cad64bd	\N	\N	\N	\N	\N	\N	\N
1842	1838	\N	\N	\N	\N	row 1838\t1838	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd7657583058394c828ee150fada65345	\N	\N	\N	\N	\N	\N	\N
1843	1839	\N	\N	\N	\N	row 1839\t1839	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x728f206c2a01bf572b5940d7d9a8fa4c	\N	\N	\N	\N	\N	\N	\N
1844	1840	\N	\N	\N	\N	row 1840\t1840	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x201d7288b4c18a679e48b31c72c30ded	\N	\N	\N	\N	\N	\N	\N
1845	1841	\N	\N	\N	\N	row 1841\t1841	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe8dfff4676a47048d6f0c4ef899593dd	\N	\N	\N	\N	\N	\N	\N
1846	1842	\N	\N	\N	\N	row 1842\t1842	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x57c0531e13f40b91b3b0f1a30b529a1d	\N	\N	\N	\N	\N	\N	\N
1847	1843	\N	\N	\N	\N	row 1843\t1843	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4888241374e8c62ddd9b4c3cfd091f96	\N	\N	\N	\N	\N	\N	\N
1848	1844	\N	\N	\N	\N	row 1844\t1844	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06a15eb1c3836723b53e4abca8d9b879	\N	\N	\N	\N	\N	\N	\N
1849	1845	\N	\N	\N	\N	row 1845\t1845	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x59bcda7c438bad7d2afffe9e2fed00be	\N	\N	\N	\N	\N	\N	\N
1850	1846	\N	\N	\N	\N	row 1846\t1846	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf45a1078feb35de77d26b3f7a52ef502	\N	\N	\N	\N	\N	\N	\N
1851	1847	\N	\N	\N	\N	row 1847\t1847	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82cadb0649a3af4968404c9f6031b233	\N	\N	\N	\N	\N	\N	\N
1852	1848	\N	\N	\N	\N	row 1848\t1848	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7385db9a3f11415bc0e9e2625fae3734	\N	\N	\N	\N	\N	\N	\N
1853	1849	\N	\N	\N	\N	row 1849\t1849	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd63a3eec3319fd9c84c942a08316e00	\N	\N	\N	\N	\N	\N	\N
1854	1850	\N	\N	\N	\N	row 1850\t1850	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c3039bd5842dca3d944faab91447818	\N	\N	\N	\N	\N	\N	\N
1855	1851	\N	\N	\N	\N	row 1851\t1851	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xff1418e8cc993fe8abcfe3ce2003e5c5	\N	\N	\N	\N	\N	\N	\N
1856	1852	\N	\N	\N	\N	row 1852\t1852	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb1e78328c46506b46a4ac4a1e378b91	\N	\N	\N	\N	\N	\N	\N
1857	1853	\N	\N	\N	\N	row 1853\t1853	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7503cfacd12053d309b6bed5c89de212	\N	\N	\N	\N	\N	\N	\N
1858	1854	\N	\N	\N	\N	row 1854\t1854	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49ad23d1ec9fa4bd8d77d02681df5cfa	\N	\N	\N	\N	\N	\N	\N
1859	1855	\N	\N	\N	\N	row 1855\t1855	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ae07dcb33ec3b7c814df797cbda0f87	\N	\N	\N	\N	\N	\N	\N
1860	1856	\N	\N	\N	\N	row 1856\t1856	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3c947bc2f7ff007b86a9428b74654de5	\N	\N	\N	\N	\N	\N	\N
1861	1857	\N	\N	\N	\N	row 1857\t1857	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3545bd79d31f9a72d3a78690adf73fc	\N	\N	\N	\N	\N	\N	\N
1862	1858	\N	\N	\N	\N	row 1858\t1858	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd7fd118e6f226a71b5f1ffe10efd0a78	\N	\N	\N	\N	\N	\N	\N
1863	1859	\N	\N	\N	\N	row 1859\t1859	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x537de305e941fccdbba5627e3eefbb24	\N	\N	\N	\N	\N	\N	\N
1864	1860	\N	\N	\N	\N	row 1860\t1860	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96c5c28becf18e71190460a9955aa4d8	\N	\N	\N	\N	\N	\N	\N
1865	1861	\N	\N	\N	\N	row 1861\t1861	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf9d1152547c0bde01830b7e8bd60024c	\N	\N	\N	\N	\N	\N	\N
1866	1862	\N	\N	\N	\N	row 1862\t1862	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e87337f366f72daa424dae11df0538c	\N	\N	\N	\N	\N	\N	\N
1867	1863	\N	\N	\N	\N	row 1863\t1863	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x09fb05dd477d4ae6479985ca56c5a12d	\N	\N	\N	\N	\N	\N	\N
1868	1864	\N	\N	\N	\N	row 1864\t1864	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd072677d210ac4c03ba046120f0802ec	\N	\N	\N	\N	\N	\N	\N
1869	1865	\N	\N	\N	\N	row 1865\t1865	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69d1fc78dbda242c43ad6590368912d4	\N	\N	\N	\N	\N	\N	\N
1870	1866	\N	\N	\N	\N	row 1866\t1866	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x19de10adbaa1b2ee13f77f679fa1483a	\N	\N	\N	\N	\N	\N	\N
1871	1867	\N	\N	\N	\N	row 1867\t1867	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa19acd7d2689207f9047f8cb01357370	\N	\N	\N	\N	\N	\N	\N
1872	1868	\N	\N	\N	\N	row 1868\t1868	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc164bbc9d6c72a52c599bbb43d8db8e1	\N	\N	\N	\N	\N	\N	\N
1873	1869	\N	\N	\N	\N	row 1869\t1869	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68c694de94e6c110f42e587e8e48d852	\N	\N	\N	\N	\N	\N	\N
1874	1870	\N	\N	\N	\N	row 1870\t1870	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd305281faf947ca7acade9ad5c8c818c	\N	\N	\N	\N	\N	\N	\N
1875	1871	\N	\N	\N	\N	row 1871\t1871	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb8feff253bb6c834deb61ec76baa893	\N	\N	\N	\N	\N	\N	\N
1876	1872	\N	\N	\N	\N	row 1872\t1872	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f25f6e326adb93c5787175dda209ab6	\N	\N	\N	\N	\N	\N	\N
1877	1873	\N	\N	\N	\N	row 1873\t1873	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd4b2aeb2453bdadaa45cbe9882ffefcf	\N	\N	\N	\N	\N	\N	\N
1878	1874	\N	\N	\N	\N	row 1874\t1874	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x958adb57686c2fdec5796398de5f317a	\N	\N	\N	\N	\N	\N	\N
1879	1875	\N	\N	\N	\N	row 1875\t1875	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e9e346dc5fd268b49bf418523af8679	\N	\N	\N	\N	\N	\N	\N
1880	1876	\N	\N	\N	\N	row 1876\t1876	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xba9a56ce0a9bfa26e8ed9e10b2cc8f46	\N	\N	\N	\N	\N	\N	\N
1881	1877	\N	\N	\N	\N	row 1877\t1877	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf31b20466ae89669f9741e047487eb37	\N	\N	\N	\N	\N	\N	\N
1882	1878	\N	\N	\N	\N	row 1878\t1878	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc5d637ed5e62c36ecb73b654b05ba2a	\N	\N	\N	\N	\N	\N	\N
1883	1879	\N	\N	\N	\N	row 1879\t1879	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x44a2e0804995faf8d2e3b084a1e2db1d	\N	\N	\N	\N	\N	\N	\N
1884	1880	\N	\N	\N	\N	row 1880\t1880	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3214a6d842cc69597f9edf26df552e43	\N	\N	\N	\N	\N	\N	\N
1885	1881	\N	\N	\N	\N	row 1881\t1881	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4568df26077653eeadf29596708c94b	\N	\N	\N	\N	\N	\N	\N
1886	1882	\N	\N	\N	\N	row 1882\t1882	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe1314fc026da60d837353d20aefaf054	\N	\N	\N	\N	\N	\N	\N
1887	1883	\N	\N	\N	\N	row 1883\t1883	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc45008212f7bdf6eab6050c2a564435a	\N	\N	\N	\N	\N	\N	\N
1888	1884	\N	\N	\N	\N	row 1884\t1884	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0fcf351df4eb6786e9bb6fc4e2dee02	\N	\N	\N	\N	\N	\N	\N
1889	1885	\N	\N	\N	\N	row 1885\t1885	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd523773c6b194f37b938d340d5d02232	\N	\N	\N	\N	\N	\N	\N
1890	1886	\N	\N	\N	\N	row 1886\t1886	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc366c2c97d47b02b24c3ecade4c40a01	\N	\N	\N	\N	\N	\N	\N
1891	1887	\N	\N	\N	\N	row 1887\t1887	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7302e3f5e7c072aea8801faf8a492be0	\N	\N	\N	\N	\N	\N	\N
1892	1888	\N	\N	\N	\N	row 1888\t1888	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d1b2a5ff364606ff041650887723470	\N	\N	\N	\N	\N	\N	\N
1893	1889	\N	\N	\N	\N	row 1889\t1889	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68148596109e38cf9367d27875e185be	\N	\N	\N	\N	\N	\N	\N
1894	1890	\N	\N	\N	\N	row 1890\t1890	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x865dfbde8a344b44095495f3591f7407	\N	\N	\N	\N	\N	\N	\N
1895	1891	\N	\N	\N	\N	row 1891\t1891	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x13168e6a2e6c84b4b7de9390c0ef5ec5	\N	\N	\N	\N	\N	\N	\N
1896	1892	\N	\N	\N	\N	row 1892\t1892	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca460332316d6da84b08b9bcf39b687b	\N	\N	\N	\N	\N	\N	\N
1897	1893	\N	\N	\N	\N	row 1893\t1893	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x56f9f88906aebf4ad985aaec7fa01313	\N	\N	\N	\N	\N	\N	\N
1898	1894	\N	\N	\N	\N	row 1894\t1894	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5fa9e41bfec0725742cc9d15ef594120	\N	\N	\N	\N	\N	\N	\N
1899	1895	\N	\N	\N	\N	row 1895\t1895	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x059fdcd96baeb75112f09fa1dcc740cc	\N	\N	\N	\N	\N	\N	\N
1900	1896	\N	\N	\N	\N	row 1896\t1896	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe06f967fb0d355592be4e7674fa31d26	\N	\N	\N	\N	\N	\N	\N
1901	1897	\N	\N	\N	\N	row 1897\t1897	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaf3303f852abeccd793068486a391626	\N	\N	\N	\N	\N	\N	\N
1902	1898	\N	\N	\N	\N	row 1898\t1898	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x11f524c3fbfeeca4aa916edcb6b6392e	\N	\N	\N	\N	\N	\N	\N
1903	1899	\N	\N	\N	\N	row 1899\t1899	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6be5336db2c119736cf48f475e051bfe	\N	\N	\N	\N	\N	\N	\N
1904	1900	\N	\N	\N	\N	row 1900\t1900	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9fdb62f932adf55af2c0e09e55861964	\N	\N	\N	\N	\N	\N	\N
1905	1901	\N	\N	\N	\N	row 1901\t1901	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd54e99a6c03704e95e6965532dec148b	\N	\N	\N	\N	\N	\N	\N
1906	1902	\N	\N	\N	\N	row 1902\t1902	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc4ddc15f9f4b4b06ef7844d6bb53abf	\N	\N	\N	\N	\N	\N	\N
1907	1903	\N	\N	\N	\N	row 1903\t1903	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x944626adf9e3b76a3919b50dc0b080a4	\N	\N	\N	\N	\N	\N	\N
1908	1904	\N	\N	\N	\N	row 1904\t1904	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc91591a8d461c2869b9f535ded3e213e	\N	\N	\N	\N	\N	\N	\N
1909	1905	\N	\N	\N	\N	row 1905\t1905	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x73e0f7487b8e5297182c5a711d20bf26	\N	\N	\N	\N	\N	\N	\N
1910	1906	\N	\N	\N	\N	row 1906\t1906	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdea9ddb25cbf2352cf4dec30222a02a5	\N	\N	\N	\N	\N	\N	\N
1911	1907	\N	\N	\N	\N	row 1907\t1907	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x77369e37b2aa1404f416275183ab055f	\N	\N	\N	\N	\N	\N	\N
1912	1908	\N	\N	\N	\N	row 1908\t1908	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65699726a3c601b9f31bf04019c8593c	\N	\N	\N	\N	\N	\N	\N
1913	1909	\N	\N	\N	\N	row 1909\t1909	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0609154fa35b3194026346c9cac2a248	\N	\N	\N	\N	\N	\N	\N
1914	1910	\N	\N	\N	\N	row 1910\t1910	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab7314887865c4265e896c6e209d1cd6	\N	\N	\N	\N	\N	\N	\N
1915	1911	\N	\N	\N	\N	row 1911\t1911	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x04df4d434d481c5bb723be1b6df1ee65	\N	\N	\N	\N	\N	\N	\N
1916	1912	\N	\N	\N	\N	row 1912\t1912	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xff7d0f525b3be596a51fb919492c099c	\N	\N	\N	\N	\N	\N	\N
1917	1913	\N	\N	\N	\N	row 1913\t1913	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc44799b04a1c72e3c8593a53e8000c78	\N	\N	\N	\N	\N	\N	\N
1918	1914	\N	\N	\N	\N	row 1914\t1914	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07a4e20a7bbeeb7a736682b26b16ebe8	\N	\N	\N	\N	\N	\N	\N
1919	1915	\N	\N	\N	\N	row 1915\t1915	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb432f34c5a997c8e7c806a895ecc5e25	\N	\N	\N	\N	\N	\N	\N
1920	1916	\N	\N	\N	\N	row 1916\t1916	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65fc52ed8f88c81323a418ca94cec2ed	\N	\N	\N	\N	\N	\N	\N
1921	1917	\N	\N	\N	\N	row 1917\t1917	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcb79f8fa58b91d3af6c9c991f63962d3	\N	\N	\N	\N	\N	\N	\N
1922	1918	\N	\N	\N	\N	row 1918\t1918	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe74c0d42b4433905293aab661fcf8ddb	\N	\N	\N	\N	\N	\N	\N
1923	1919	\N	\N	\N	\N	row 1919\t1919	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c8a58fa97c205ff222de3685497742c	\N	\N	\N	\N	\N	\N	\N
1924	1920	\N	\N	\N	\N	row 1920\t1920	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x44968aece94f667e4095002d140b5896	\N	\N	\N	\N	\N	\N	\N
1925	1921	\N	\N	\N	\N	row 1921\t1921	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f6992966d4c363ea0162a056cb45fe5	\N	\N	\N	\N	\N	\N	\N
1926	1922	\N	\N	\N	\N	row 1922\t1922	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x333222170ab9edca4785c39f55221fe7	\N	\N	\N	\N	\N	\N	\N
1927	1923	\N	\N	\N	\N	row 1923\t1923	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x414e773d5b7e5c06d564f594bf6384d0	\N	\N	\N	\N	\N	\N	\N
1928	1924	\N	\N	\N	\N	row 1924\t1924	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb139e104214a08ae3f2ebcce149cdf6e	\N	\N	\N	\N	\N	\N	\N
1929	1925	\N	\N	\N	\N	row 1925\t1925	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0950ca92a4dcf426067cfd2246bb5ff3	\N	\N	\N	\N	\N	\N	\N
1930	1926	\N	\N	\N	\N	row 1926\t1926	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5103c3584b063c431bd1268e9b5e76fb	\N	\N	\N	\N	\N	\N	\N
1931	1927	\N	\N	\N	\N	row 1927\t1927	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe5b294b70c9647dcf804d7baa1903918	\N	\N	\N	\N	\N	\N	\N
1932	1928	\N	\N	\N	\N	row 1928\t1928	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5bce843dd76db8c939d5323dd3e54ec9	\N	\N	\N	\N	\N	\N	\N
1933	1929	\N	\N	\N	\N	row 1929\t1929	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x139f0874f2ded2e41b0393c4ac5644f7	\N	\N	\N	\N	\N	\N	\N
1934	1930	\N	\N	\N	\N	row 1930\t1930	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x29530de21430b7540ec3f65135f7323c	\N	\N	\N	\N	\N	\N	\N
1935	1931	\N	\N	\N	\N	row 1931\t1931	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x15d185eaa7c954e77f5343d941e25fbd	\N	\N	\N	\N	\N	\N	\N
1936	1932	\N	\N	\N	\N	row 1932\t1932	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52d2752b150f9c35ccb6869cbf074e48	\N	\N	\N	\N	\N	\N	\N
1937	1933	\N	\N	\N	\N	row 1933\t1933	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e913e1b06ead0b66e30b6867bf63549	\N	\N	\N	\N	\N	\N	\N
1938	1934	\N	\N	\N	\N	row 1934\t1934	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8562ae5e286544710b2e7ebe9858833b	\N	\N	\N	\N	\N	\N	\N
1939	1935	\N	\N	\N	\N	row 1935\t1935	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d55a249e6baa5c06772297520da2051	\N	\N	\N	\N	\N	\N	\N
1940	1936	\N	\N	\N	\N	row 1936\t1936	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x11108a3dbfe4636cb40b84b803b2fff6	\N	\N	\N	\N	\N	\N	\N
1941	1937	\N	\N	\N	\N	row 1937\t1937	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x136f951362dab62e64eb8e841183c2a9	\N	\N	\N	\N	\N	\N	\N
1942	1938	\N	\N	\N	\N	row 1938\t1938	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad4cc1fb9b068faecfb70914acc63395	\N	\N	\N	\N	\N	\N	\N
1943	1939	\N	\N	\N	\N	row 1939\t1939	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf22e4747da1aa27e363d86d40ff442fe	\N	\N	\N	\N	\N	\N	\N
1944	1940	\N	\N	\N	\N	row 1940\t1940	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x95e6834d0a3d99e9ea8811855ae9229d	\N	\N	\N	\N	\N	\N	\N
1945	1941	\N	\N	\N	\N	row 1941\t1941	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7af6266cc52234b5aa339b16695f7fc4	\N	\N	\N	\N	\N	\N	\N
1946	1942	\N	\N	\N	\N	row 1942\t1942	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x519c84155964659375821f7ca576f095	\N	\N	\N	\N	\N	\N	\N
1947	1943	\N	\N	\N	\N	row 1943\t1943	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3395dd46c34fa7fd8d729d8cf88b7a8	\N	\N	\N	\N	\N	\N	\N
1948	1944	\N	\N	\N	\N	row 1944\t1944	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f2688a5fce7d48c8d19762b88c32c3b	\N	\N	\N	\N	\N	\N	\N
1949	1945	\N	\N	\N	\N	row 1945\t1945	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d00f43f07911355d4151f13925ff292	\N	\N	\N	\N	\N	\N	\N
1950	1946	\N	\N	\N	\N	row 1946\t1946	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f71e393b3809197ed66df836fe833e5	\N	\N	\N	\N	\N	\N	\N
1951	1947	\N	\N	\N	\N	row 1947\t1947	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xde03beffeed9da5f3639a621bcab5dd4	\N	\N	\N	\N	\N	\N	\N
1952	1948	\N	\N	\N	\N	row 1948\t1948	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7ca57a9f85a19a6e4b9a248c1daca185	\N	\N	\N	\N	\N	\N	\N
1953	1949	\N	\N	\N	\N	row 1949\t1949	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x36ac8e558ac7690b6f44e2cb5ef93322	\N	\N	\N	\N	\N	\N	\N
1954	1950	\N	\N	\N	\N	row 1950\t1950	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03e7d2ebec1e820ac34d054df7e68f48	\N	\N	\N	\N	\N	\N	\N
1955	1951	\N	\N	\N	\N	row 1951\t1951	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a508a60aa3bf9510ea6acb021c94b48	\N	\N	\N	\N	\N	\N	\N
1956	1952	\N	\N	\N	\N	row 1952\t1952	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1113d7a76ffceca1bb350bfe145467c6	\N	\N	\N	\N	\N	\N	\N
1957	1953	\N	\N	\N	\N	row 1953\t1953	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa38b16173474ba8b1a95bcbc30d3b8a5	\N	\N	\N	\N	\N	\N	\N
1958	1954	\N	\N	\N	\N	row 1954\t1954	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a7f963e5e0504740c3a6b10bb6d4fa5	\N	\N	\N	\N	\N	\N	\N
1959	1955	\N	\N	\N	\N	row 1955\t1955	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x378a063b8fdb1db941e34f4bde584c7d	\N	\N	\N	\N	\N	\N	\N
1960	1956	\N	\N	\N	\N	row 1956\t1956	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe3408432c1a48a52fb6c74d926b38886	\N	\N	\N	\N	\N	\N	\N
1961	1957	\N	\N	\N	\N	row 1957\t1957	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x277a78fc05c8864a170e9a56ceeabc4c	\N	\N	\N	\N	\N	\N	\N
1962	1958	\N	\N	\N	\N	row 1958\t1958	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd77f00766fd3be3f2189c843a6af3fb2	\N	\N	\N	\N	\N	\N	\N
1963	1959	\N	\N	\N	\N	row 1959\t1959	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe4dd5528f7596dcdf871aa55cfccc53c	\N	\N	\N	\N	\N	\N	\N
1964	1960	\N	\N	\N	\N	row 1960\t1960	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f16109f1619fd7a733daf5a84c708c1	\N	\N	\N	\N	\N	\N	\N
1965	1961	\N	\N	\N	\N	row 1961\t1961	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf106b7f99d2cb30c3db1c3cc0fde9ccb	\N	\N	\N	\N	\N	\N	\N
1966	1962	\N	\N	\N	\N	row 1962\t1962	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x95f6870ff3dcd442254e334a9033d349	\N	\N	\N	\N	\N	\N	\N
1967	1963	\N	\N	\N	\N	row 1963\t1963	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc215b446bcdf956d848a8419c1b5a920	\N	\N	\N	\N	\N	\N	\N
1968	1964	\N	\N	\N	\N	row 1964\t1964	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x39dcaf7a053dc372fbc391d4e6b5d693	\N	\N	\N	\N	\N	\N	\N
1969	1965	\N	\N	\N	\N	row 1965\t1965	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd46e1fcf4c07ce4a69ee07e4134bcef1	\N	\N	\N	\N	\N	\N	\N
1970	1966	\N	\N	\N	\N	row 1966\t1966	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3683af9d6f6c06acee72992f2977f67e	\N	\N	\N	\N	\N	\N	\N
1971	1967	\N	\N	\N	\N	row 1967\t1967	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa82d922b133be19c1171534e6594f754	\N	\N	\N	\N	\N	\N	\N
1972	1968	\N	\N	\N	\N	row 1968\t1968	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98c7242894844ecd6ec94af67ac8247d	\N	\N	\N	\N	\N	\N	\N
1973	1969	\N	\N	\N	\N	row 1969\t1969	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4d8556695c262ab91ff51a943fdd6058	\N	\N	\N	\N	\N	\N	\N
1974	1970	\N	\N	\N	\N	row 1970\t1970	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0004d0b59e19461ff126e3a08a814c33	\N	\N	\N	\N	\N	\N	\N
1975	1971	\N	\N	\N	\N	row 1971\t1971	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xde73998802680548b916f1947ffbad76	\N	\N	\N	\N	\N	\N	\N
1976	1972	\N	\N	\N	\N	row 1972\t1972	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4de8ced6214345614d33fb0b16a8acd	\N	\N	\N	\N	\N	\N	\N
1977	1973	\N	\N	\N	\N	row 1973\t1973	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdeb54ffb41e085fd7f69a75b6359c989	\N	\N	\N	\N	\N	\N	\N
1978	1974	\N	\N	\N	\N	row 1974\t1974	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3d863b367aa379f71c7afc0c9cdca41d	\N	\N	\N	\N	\N	\N	\N
1979	1975	\N	\N	\N	\N	row 1975\t1975	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7d2b92b6726c241134dae6cd3fb8c182	\N	\N	\N	\N	\N	\N	\N
1980	1976	\N	\N	\N	\N	row 1976\t1976	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd055f53a45702fe05e449c30ac80df9	\N	\N	\N	\N	\N	\N	\N
1981	1977	\N	\N	\N	\N	row 1977\t1977	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4afd521d77158e02aed37e2274b90c9c	\N	\N	\N	\N	\N	\N	\N
1982	1978	\N	\N	\N	\N	row 1978\t1978	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x405e28906322882c5be9b4b27f4c35fd	\N	\N	\N	\N	\N	\N	\N
1983	1979	\N	\N	\N	\N	row 1979\t1979	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x798cebccb32617ad94123450fd137104	\N	\N	\N	\N	\N	\N	\N
1984	1980	\N	\N	\N	\N	row 1980\t1980	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf80bf05527157a8c2a7bb63b22f49aaa	\N	\N	\N	\N	\N	\N	\N
1985	1981	\N	\N	\N	\N	row 1981\t1981	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3b4d2dbedc99fe843fd3dedb02f086f	\N	\N	\N	\N	\N	\N	\N
1986	1982	\N	\N	\N	\N	row 1982\t1982	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb87582825f9d28a8d42c5e5e5e8b23d	\N	\N	\N	\N	\N	\N	\N
1987	1983	\N	\N	\N	\N	row 1983\t1983	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e4d36177d71bbb3558e43af9577d70e	\N	\N	\N	\N	\N	\N	\N
1988	1984	\N	\N	\N	\N	row 1984\t1984	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1b36ea1c9b7a1c3ad668b8bb5df7963f	\N	\N	\N	\N	\N	\N	\N
1989	1985	\N	\N	\N	\N	row 1985\t1985	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f36c15d6a3d18d52e8d493bc8187cb9	\N	\N	\N	\N	\N	\N	\N
1990	1986	\N	\N	\N	\N	row 1986\t1986	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c249675aea6c3cbd91661bbae767ff1	\N	\N	\N	\N	\N	\N	\N
1991	1987	\N	\N	\N	\N	row 1987\t1987	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd68a18275455ae3eaa2c291eebb46e6d	\N	\N	\N	\N	\N	\N	\N
1992	1988	\N	\N	\N	\N	row 1988\t1988	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9d7311ba459f9e45ed746755a32dcd11	\N	\N	\N	\N	\N	\N	\N
1993	1989	\N	\N	\N	\N	row 1989\t1989	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a3e00961a08879c34f91ca0070ea2f5	\N	\N	\N	\N	\N	\N	\N
1994	1990	\N	\N	\N	\N	row 1990\t1990	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc513ea4fbdaa7a14786ffdebc4ef64e	\N	\N	\N	\N	\N	\N	\N
1995	1991	\N	\N	\N	\N	row 1991\t1991	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96055f5b06bf9381ac43879351642cf5	\N	\N	\N	\N	\N	\N	\N
1996	1992	\N	\N	\N	\N	row 1992\t1992	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd5c186983b52c4551ee00f72316c6eaa	\N	\N	\N	\N	\N	\N	\N
1997	1993	\N	\N	\N	\N	row 1993\t1993	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5a4e7e6882845ea7bb4d9462868219b	\N	\N	\N	\N	\N	\N	\N
1998	1994	\N	\N	\N	\N	row 1994\t1994	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x008bd5ad93b754d500338c253d9c1770	\N	\N	\N	\N	\N	\N	\N
1999	1995	\N	\N	\N	\N	row 1995\t1995	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3f088ebeda03513be71d34d214291986	\N	\N	\N	\N	\N	\N	\N
2000	1996	\N	\N	\N	\N	row 1996\t1996	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6351bf9dce654515bf1ddbd6426dfa97	\N	\N	\N	\N	\N	\N	\N
2001	1997	\N	\N	\N	\N	row 1997\t1997	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06964dce9addb1c5cb5d6e3d9838f733	\N	\N	\N	\N	\N	\N	\N
2002	1998	\N	\N	\N	\N	row 1998\t1998	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5b2cebf15b205503560c4e8e6d1ea78	\N	\N	\N	\N	\N	\N	\N
2003	1999	\N	\N	\N	\N	row 1999\t1999	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ec829debe54b19a5f78d9a65b900a39	\N	\N	\N	\N	\N	\N	\N
2004	2000	\N	\N	\N	\N	row 2000\t2000	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08f90c1a417155361a5c4b8d297e0d78	\N	\N	\N	\N	\N	\N	\N
2005	2001	\N	\N	\N	\N	row 2001\t2001	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd0fb963ff976f9c37fc81fe03c21ea7b	\N	\N	\N	\N	\N	\N	\N
2006	2002	\N	\N	\N	\N	row 2002\t2002	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ba29b9f9e5732ed33761840f4ba6c53	\N	\N	\N	\N	\N	\N	\N
2007	2003	\N	\N	\N	\N	row 2003\t2003	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa591024321c5e2bdbd23ed35f0574dde	\N	\N	\N	\N	\N	\N	\N
2008	2004	\N	\N	\N	\N	row 2004\t2004	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb8b4b727d6f5d1b61fff7be687f7970f	\N	\N	\N	\N	\N	\N	\N
2009	2005	\N	\N	\N	\N	row 2005\t2005	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd47268e9db2e9aa3827bba3afb7ff94a	\N	\N	\N	\N	\N	\N	\N
2010	2006	\N	\N	\N	\N	row 2006\t2006	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea5a486c712a91e48443cd802642223d	\N	\N	\N	\N	\N	\N	\N
2011	2007	\N	\N	\N	\N	row 2007\t2007	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa00e5eb0973d24649a4a920fc53d9564	\N	\N	\N	\N	\N	\N	\N
2012	2008	\N	\N	\N	\N	row 2008\t2008	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef8446f35513a8d6aa2308357a268a7e	\N	\N	\N	\N	\N	\N	\N
2013	2009	\N	\N	\N	\N	row 2009\t2009	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf1981e4bd8a0d6d8462016d2fc6276b3	\N	\N	\N	\N	\N	\N	\N
2014	2010	\N	\N	\N	\N	row 2010\t2010	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd7a84628c025d30f7b2c52c958767e76	\N	\N	\N	\N	\N	\N	\N
2015	2011	\N	\N	\N	\N	row 2011\t2011	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8758b517083196f05ac29810b924aca	\N	\N	\N	\N	\N	\N	\N
2016	2012	\N	\N	\N	\N	row 2012\t2012	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x253614bbac999b38b5b60cae531c4969	\N	\N	\N	\N	\N	\N	\N
2017	2013	\N	\N	\N	\N	row 2013\t2013	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8038da89e49ac5eabb489cfc6cea9fc1	\N	\N	\N	\N	\N	\N	\N
2018	2014	\N	\N	\N	\N	row 2014\t2014	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcee8d6b7ce52554fd70354e37bbf44a2	\N	\N	\N	\N	\N	\N	\N
2019	2015	\N	\N	\N	\N	row 2015\t2015	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65d2ea03425887a717c435081cfc5dbb	\N	\N	\N	\N	\N	\N	\N
2020	2016	\N	\N	\N	\N	row 2016\t2016	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x95192c98732387165bf8e396c0f2dad2	\N	\N	\N	\N	\N	\N	\N
2021	2017	\N	\N	\N	\N	row 2017\t2017	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d8818c8e140c64c743113f563cf750f	\N	\N	\N	\N	\N	\N	\N
2022	2018	\N	\N	\N	\N	row 2018\t2018	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84ddfb34126fc3a48ee38d7044e87276	\N	\N	\N	\N	\N	\N	\N
2023	2019	\N	\N	\N	\N	row 2019\t2019	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea6b2efbdd4255a9f1b3bbc6399b58f4	\N	\N	\N	\N	\N	\N	\N
2024	2020	\N	\N	\N	\N	row 2020\t2020	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b7a53e239400a13bd6be6c91c4f6c4e	\N	\N	\N	\N	\N	\N	\N
2025	2021	\N	\N	\N	\N	row 2021\t2021	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x05a5cf06982ba7892ed2a6d38fe832d6	\N	\N	\N	\N	\N	\N	\N
2026	2022	\N	\N	\N	\N	row 2022\t2022	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a824154b16ed7dab899bf000b80eeee	\N	\N	\N	\N	\N	\N	\N
2027	2023	\N	\N	\N	\N	row 2023\t2023	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5531a5834816222280f20d1ef9e95f69	\N	\N	\N	\N	\N	\N	\N
2028	2024	\N	\N	\N	\N	row 2024\t2024	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07811dc6c422334ce36a09ff5cd6fe71	\N	\N	\N	\N	\N	\N	\N
2029	2025	\N	\N	\N	\N	row 2025\t2025	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x312351bff07989769097660a56395065	\N	\N	\N	\N	\N	\N	\N
2030	2026	\N	\N	\N	\N	row 2026\t2026	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc92a10324374fac681719d63979d00fe	\N	\N	\N	\N	\N	\N	\N
2031	2027	\N	\N	\N	\N	row 2027\t2027	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f62b8625f914a002496335037e9ad97	\N	\N	\N	\N	\N	\N	\N
2032	2028	\N	\N	\N	\N	row 2028\t2028	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd860edd1dd83b36f02ce52bde626c653	\N	\N	\N	\N	\N	\N	\N
2033	2029	\N	\N	\N	\N	row 2029\t2029	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x093b60fd0557804c8ba0cbf1453da22f	\N	\N	\N	\N	\N	\N	\N
2034	2030	\N	\N	\N	\N	row 2030\t2030	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d579dc29360d8bbfbb4aa541de5afa9	\N	\N	\N	\N	\N	\N	\N
2035	2031	\N	\N	\N	\N	row 2031\t2031	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x88ef51f0bf911e452e8dbb1d807a81ab	\N	\N	\N	\N	\N	\N	\N
2036	2032	\N	\N	\N	\N	row 2032\t2032	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5352696a9ca3397beb79f116f3a33991	\N	\N	\N	\N	\N	\N	\N
2037	2033	\N	\N	\N	\N	row 2033\t2033	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa5a61717dddc3501cfdf7a4e22d7dbaa	\N	\N	\N	\N	\N	\N	\N
2038	2034	\N	\N	\N	\N	row 2034\t2034	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd198bd736a97e7cecfdf8f4f2027ef80	\N	\N	\N	\N	\N	\N	\N
2039	2035	\N	\N	\N	\N	row 2035\t2035	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b0f658cbffd284984fb11d90254081f	\N	\N	\N	\N	\N	\N	\N
2040	2036	\N	\N	\N	\N	row 2036\t2036	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf48c04ffab49ff0e5d1176244fdfb65c	\N	\N	\N	\N	\N	\N	\N
2041	2037	\N	\N	\N	\N	row 2037\t2037	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x23d2e1578544b172cca332ff74bddf5f	\N	\N	\N	\N	\N	\N	\N
2042	2038	\N	\N	\N	\N	row 2038\t2038	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2557911c1bf75c2b643afb4ecbfc8ec2	\N	\N	\N	\N	\N	\N	\N
2043	2039	\N	\N	\N	\N	row 2039\t2039	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa48564053b3c7b54800246348c7fa4a0	\N	\N	\N	\N	\N	\N	\N
2044	2040	\N	\N	\N	\N	row 2040\t2040	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c144c47ecba6f8318128703ca9e2601	\N	\N	\N	\N	\N	\N	\N
2045	2041	\N	\N	\N	\N	row 2041\t2041	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x89885ff2c83a10305ee08bd507c1049c	\N	\N	\N	\N	\N	\N	\N
2046	2042	\N	\N	\N	\N	row 2042\t2042	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71e09b16e21f7b6919bbfc43f6a5b2f0	\N	\N	\N	\N	\N	\N	\N
2047	2043	\N	\N	\N	\N	row 2043\t2043	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd79c6256b9bdac53a55801a066b70da3	\N	\N	\N	\N	\N	\N	\N
2048	2044	\N	\N	\N	\N	row 2044\t2044	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd8330f857a17c53d217014ee776bfd50	\N	\N	\N	\N	\N	\N	\N
2049	2045	\N	\N	\N	\N	row 2045\t2045	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0189caa552598b845b29b17a427692d1	\N	\N	\N	\N	\N	\N	\N
2050	2046	\N	\N	\N	\N	row 2046\t2046	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3875115bacc48cca24ac51ee4b0e7975	\N	\N	\N	\N	\N	\N	\N
2051	2047	\N	\N	\N	\N	row 2047\t2047	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa501bebf79d570651ff601788ea9d16d	\N	\N	\N	\N	\N	\N	\N
2052	2048	\N	\N	\N	\N	row 2048\t2048	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x051928341be67dcba03f0e04104d9047	\N	\N	\N	\N	\N	\N	\N
2053	2049	\N	\N	\N	\N	row 2049\t2049	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06b1338ba02add2b5d2da67663b19ebe	\N	\N	\N	\N	\N	\N	\N
2054	2050	\N	\N	\N	\N	row 2050\t2050	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaebf7782a3d445f43cf30ee2c0d84dee	\N	\N	\N	\N	\N	\N	\N
2055	2051	\N	\N	\N	\N	row 2051\t2051	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9813e9550fee3110373c21fa012eee7	\N	\N	\N	\N	\N	\N	\N
2056	2052	\N	\N	\N	\N	row 2052\t2052	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x584b98aac2dddf59ee2cf19ca4ccb75e	\N	\N	\N	\N	\N	\N	\N
2057	2053	\N	\N	\N	\N	row 2053\t2053	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3e52c300b822a8123e7ace55fe15c08	\N	\N	\N	\N	\N	\N	\N
2058	2054	\N	\N	\N	\N	row 2054\t2054	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x955cb567b6e38f4c6b3f28cc857fc38c	\N	\N	\N	\N	\N	\N	\N
2059	2055	\N	\N	\N	\N	row 2055\t2055	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9afefc52942cb83c7c1f14b2139b09ba	\N	\N	\N	\N	\N	\N	\N
2060	2056	\N	\N	\N	\N	row 2056\t2056	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa96d3afec184766bfeca7a9f989fc7e7	\N	\N	\N	\N	\N	\N	\N
2061	2057	\N	\N	\N	\N	row 2057\t2057	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf4fe8a8bcd5c95cdb640aa9793bb32b	\N	\N	\N	\N	\N	\N	\N
2062	2058	\N	\N	\N	\N	row 2058\t2058	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1359aa933b48b754a2f54adb688bfa77	\N	\N	\N	\N	\N	\N	\N
2063	2059	\N	\N	\N	\N	row 2059\t2059	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2eace51d8f796d04991c831a07059758	\N	\N	\N	\N	\N	\N	\N
2064	2060	\N	\N	\N	\N	row 2060\t2060	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf8c0c968632845cd133308b1a494967f	\N	\N	\N	\N	\N	\N	\N
2065	2061	\N	\N	\N	\N	row 2061\t2061	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52dbb0686f8bd0c0c757acf716e28ec0	\N	\N	\N	\N	\N	\N	\N
2066	2062	\N	\N	\N	\N	row 2062\t2062	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d405b367158e3f12d7c1e31a96b3af3	\N	\N	\N	\N	\N	\N	\N
2067	2063	\N	\N	\N	\N	row 2063\t2063	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x16ba72172e6a4f1de54d11ab6967e371	\N	\N	\N	\N	\N	\N	\N
2068	2064	\N	\N	\N	\N	row 2064\t2064	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf8bf09f5fceaea80e1f864a1b48938bf	\N	\N	\N	\N	\N	\N	\N
2069	2065	\N	\N	\N	\N	row 2065\t2065	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0ae3f79a30234b6c45a6f7d298ba1310	\N	\N	\N	\N	\N	\N	\N
2070	2066	\N	\N	\N	\N	row 2066\t2066	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f4920ea25403ec77bee9efce43ea25e	\N	\N	\N	\N	\N	\N	\N
2071	2067	\N	\N	\N	\N	row 2067\t2067	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5f1e8fb36cd7fbeb7988e8639ac79e9	\N	\N	\N	\N	\N	\N	\N
2072	2068	\N	\N	\N	\N	row 2068\t2068	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x814a9c18f5abff398787c9cfcbf3d80c	\N	\N	\N	\N	\N	\N	\N
2073	2069	\N	\N	\N	\N	row 2069\t2069	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x325995af77a0e8b06d1204a171010b3a	\N	\N	\N	\N	\N	\N	\N
2074	2070	\N	\N	\N	\N	row 2070\t2070	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x296472c9542ad4d4788d543508116cbc	\N	\N	\N	\N	\N	\N	\N
2075	2071	\N	\N	\N	\N	row 2071\t2071	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb2e203234df6dee15934e448ee88971	\N	\N	\N	\N	\N	\N	\N
2076	2072	\N	\N	\N	\N	row 2072\t2072	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07cb5f86508f146774a2fac4373a8e50	\N	\N	\N	\N	\N	\N	\N
2077	2073	\N	\N	\N	\N	row 2073\t2073	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b86abe48d358ecf194c56c69108433e	\N	\N	\N	\N	\N	\N	\N
2078	2074	\N	\N	\N	\N	row 2074\t2074	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f4fe6a4411edc2ff625888b4093e917	\N	\N	\N	\N	\N	\N	\N
2079	2075	\N	\N	\N	\N	row 2075\t2075	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcbef46321026d8404bc3216d4774c8a9	\N	\N	\N	\N	\N	\N	\N
2080	2076	\N	\N	\N	\N	row 2076\t2076	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6492d38d732122c58b44e3fdc3e9e9f3	\N	\N	\N	\N	\N	\N	\N
2081	2077	\N	\N	\N	\N	row 2077\t2077	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x819e3d6c1381eac87c17617e5165f38c	\N	\N	\N	\N	\N	\N	\N
2082	2078	\N	\N	\N	\N	row 2078\t2078	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf410588e48dc83f2822a880a68f78923	\N	\N	\N	\N	\N	\N	\N
2083	2079	\N	\N	\N	\N	row 2079\t2079	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x654ad60ebd1ae29cedc37da04b6b0672	\N	\N	\N	\N	\N	\N	\N
2084	2080	\N	\N	\N	\N	row 2080\t2080	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54ff9e9e3a2ec0300d4ce11261f5169f	\N	\N	\N	\N	\N	\N	\N
2085	2081	\N	\N	\N	\N	row 2081\t2081	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0070d23b06b1486a538c0eaa45dd167a	\N	\N	\N	\N	\N	\N	\N
2086	2082	\N	\N	\N	\N	row 2082\t2082	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x850af92f8d9903e7a4e0559a98ecc857	\N	\N	\N	\N	\N	\N	\N
2087	2083	\N	\N	\N	\N	row 2083\t2083	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e9e39fed3b8369ed940f52cf300cf88	\N	\N	\N	\N	\N	\N	\N
2088	2084	\N	\N	\N	\N	row 2084\t2084	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa088ea2078cd92b0b8a0e78a32c5c082	\N	\N	\N	\N	\N	\N	\N
2089	2085	\N	\N	\N	\N	row 2085\t2085	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0a209539d1e74ab9fe46b9e01a19a97	\N	\N	\N	\N	\N	\N	\N
2090	2086	\N	\N	\N	\N	row 2086\t2086	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf80ff32e08a25270b5f252ce39522f72	\N	\N	\N	\N	\N	\N	\N
2091	2087	\N	\N	\N	\N	row 2087\t2087	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4d6b3e38b952600251ee92fe603170ff	\N	\N	\N	\N	\N	\N	\N
2092	2088	\N	\N	\N	\N	row 2088\t2088	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd3a7f48c12e697d50c8a7ae7684644ef	\N	\N	\N	\N	\N	\N	\N
2093	2089	\N	\N	\N	\N	row 2089\t2089	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbf424cb7b0dea050a42b9739eb261a3a	\N	\N	\N	\N	\N	\N	\N
2094	2090	\N	\N	\N	\N	row 2090\t2090	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26f5bd4aa64fdadf96152ca6e6408068	\N	\N	\N	\N	\N	\N	\N
2095	2091	\N	\N	\N	\N	row 2091\t2091	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0b1ec366924b26fc98fa7b71a9c249cf	\N	\N	\N	\N	\N	\N	\N
2096	2092	\N	\N	\N	\N	row 2092\t2092	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x801272ee79cfde7fa5960571fee36b9b	\N	\N	\N	\N	\N	\N	\N
2097	2093	\N	\N	\N	\N	row 2093\t2093	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2ab001909a8a6f04b51920306046ce5	\N	\N	\N	\N	\N	\N	\N
2098	2094	\N	\N	\N	\N	row 2094\t2094	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf2226ddd41b1a2d0ae51dab54d32c36	\N	\N	\N	\N	\N	\N	\N
2099	2095	\N	\N	\N	\N	row 2095\t2095	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2cd4e8a2ce081c3d7c32c3cde4312ef7	\N	\N	\N	\N	\N	\N	\N
2100	2096	\N	\N	\N	\N	row 2096\t2096	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x194cf6c2de8e00c05fcf16c498adc7bf	\N	\N	\N	\N	\N	\N	\N
2101	2097	\N	\N	\N	\N	row 2097\t2097	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa03fa30821986dff10fc66647c84c9c3	\N	\N	\N	\N	\N	\N	\N
2102	2098	\N	\N	\N	\N	row 2098\t2098	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa1d7311f2a312426d710e1c617fcbc8c	\N	\N	\N	\N	\N	\N	\N
2103	2099	\N	\N	\N	\N	row 2099\t2099	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x978d76676f5e7918f81d28e7d092ca0d	\N	\N	\N	\N	\N	\N	\N
2104	2100	\N	\N	\N	\N	row 2100\t2100	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2cad8fa47bbef282badbb8de5374b894	\N	\N	\N	\N	\N	\N	\N
2105	2101	\N	\N	\N	\N	row 2101\t2101	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5866e93cab1776890fe343c9e7063fb	\N	\N	\N	\N	\N	\N	\N
2106	2102	\N	\N	\N	\N	row 2102\t2102	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8232e119d8f59aa83050a741631803a6	\N	\N	\N	\N	\N	\N	\N
2107	2103	\N	\N	\N	\N	row 2103\t2103	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b1ce3d73b70f1a7246e7b76a35fb552	\N	\N	\N	\N	\N	\N	\N
2108	2104	\N	\N	\N	\N	row 2104\t2104	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe7e23670481ac78b3c4122a99ba60573	\N	\N	\N	\N	\N	\N	\N
2109	2105	\N	\N	\N	\N	row 2105\t2105	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24f0d2c90473b2bc949ad962e61d9bcb	\N	\N	\N	\N	\N	\N	\N
2110	2106	\N	\N	\N	\N	row 2106\t2106	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc6335734dbc0b1ded766421cfc611750	\N	\N	\N	\N	\N	\N	\N
2111	2107	\N	\N	\N	\N	row 2107\t2107	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9185f3ec501c674c7c788464a36e7fb3	\N	\N	\N	\N	\N	\N	\N
2112	2108	\N	\N	\N	\N	row 2108\t2108	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x931af583573227f0220bc568c65ce104	\N	\N	\N	\N	\N	\N	\N
2113	2109	\N	\N	\N	\N	row 2109\t2109	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x05546b0e38ab9175cd905eebcc6ebb76	\N	\N	\N	\N	\N	\N	\N
2114	2110	\N	\N	\N	\N	row 2110\t2110	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3535febaff29fcb7c0d20cbe94391c7	\N	\N	\N	\N	\N	\N	\N
2115	2111	\N	\N	\N	\N	row 2111\t2111	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1a0a283bfe7c549dee6c638a05200e32	\N	\N	\N	\N	\N	\N	\N
2116	2112	\N	\N	\N	\N	row 2112\t2112	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa29d1598024f9e87beab4b98411d48ce	\N	\N	\N	\N	\N	\N	\N
2117	2113	\N	\N	\N	\N	row 2113\t2113	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01931a6925d3de09e5f87419d9d55055	\N	\N	\N	\N	\N	\N	\N
2118	2114	\N	\N	\N	\N	row 2114\t2114	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x51174add1c52758f33d414ceaf3fe6ba	\N	\N	\N	\N	\N	\N	\N
2119	2115	\N	\N	\N	\N	row 2115\t2115	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbdc4626aa1d1df8e14d80d345b2a442d	\N	\N	\N	\N	\N	\N	\N
2120	2116	\N	\N	\N	\N	row 2116\t2116	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ba3c163cd1efd4c14e3a415fa0a3010	\N	\N	\N	\N	\N	\N	\N
2121	2117	\N	\N	\N	\N	row 2117\t2117	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3937230de3c8041e4da6ac3246a888e8	\N	\N	\N	\N	\N	\N	\N
2122	2118	\N	\N	\N	\N	row 2118\t2118	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92bbd31f8e0e43a7da8a6295b251725f	\N	\N	\N	\N	\N	\N	\N
2123	2119	\N	\N	\N	\N	row 2119\t2119	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1b5230e3ea6d7123847ad55a1e06fffd	\N	\N	\N	\N	\N	\N	\N
2124	2120	\N	\N	\N	\N	row 2120\t2120	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x44cd7a8f7f9f85129b9953950665064d	\N	\N	\N	\N	\N	\N	\N
2125	2121	\N	\N	\N	\N	row 2121\t2121	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02b1be0d48924c327124732726097157	\N	\N	\N	\N	\N	\N	\N
2126	2122	\N	\N	\N	\N	row 2122\t2122	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xabdbeb4d8dbe30df8430a8394b7218ef	\N	\N	\N	\N	\N	\N	\N
2127	2123	\N	\N	\N	\N	row 2123\t2123	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a1e3a5aede16d438c38862cac1a78db	\N	\N	\N	\N	\N	\N	\N
2128	2124	\N	\N	\N	\N	row 2124\t2124	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef41d488755367316f04fc0e0e9dc9fc	\N	\N	\N	\N	\N	\N	\N
2129	2125	\N	\N	\N	\N	row 2125\t2125	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa012869311d64a44b5a0d567cd20de04	\N	\N	\N	\N	\N	\N	\N
2130	2126	\N	\N	\N	\N	row 2126\t2126	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3b92d18aa7a6176dd37d372bc2f1eb71	\N	\N	\N	\N	\N	\N	\N
2131	2127	\N	\N	\N	\N	row 2127\t2127	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5227b6aaf294f5f027273aebf16015f2	\N	\N	\N	\N	\N	\N	\N
2132	2128	\N	\N	\N	\N	row 2128\t2128	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd5af7cd922fd2603be4ee3dc43b0b77	\N	\N	\N	\N	\N	\N	\N
2133	2129	\N	\N	\N	\N	row 2129\t2129	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd4bb35c75ba84b4f39e547b1416fd35	\N	\N	\N	\N	\N	\N	\N
2134	2130	\N	\N	\N	\N	row 2130\t2130	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf15d337c70078947cfe1b5d6f0ed3f13	\N	\N	\N	\N	\N	\N	\N
2135	2131	\N	\N	\N	\N	row 2131\t2131	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa869ccbcbd9568808b8497e28275c7c8	\N	\N	\N	\N	\N	\N	\N
2136	2132	\N	\N	\N	\N	row 2132\t2132	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf6e794a75c5d51de081dbefa224304f9	\N	\N	\N	\N	\N	\N	\N
2137	2133	\N	\N	\N	\N	row 2133\t2133	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc902b497eb972281fb5b4e206db38ee6	\N	\N	\N	\N	\N	\N	\N
2138	2134	\N	\N	\N	\N	row 2134\t2134	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfca0789e7891cbc0583298a238316122	\N	\N	\N	\N	\N	\N	\N
2139	2135	\N	\N	\N	\N	row 2135\t2135	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a49a25d845a483fae4be7e341368e36	\N	\N	\N	\N	\N	\N	\N
2140	2136	\N	\N	\N	\N	row 2136\t2136	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e62e752ae53fb6a6eebd0f6146aa702	\N	\N	\N	\N	\N	\N	\N
2141	2137	\N	\N	\N	\N	row 2137\t2137	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9bb6dee73b8b0ca97466ccb24fff3139	\N	\N	\N	\N	\N	\N	\N
2142	2138	\N	\N	\N	\N	row 2138\t2138	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1943102704f8f8f3302c2b730728e023	\N	\N	\N	\N	\N	\N	\N
2143	2139	\N	\N	\N	\N	row 2139\t2139	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x37d097caf1299d9aa79c2c2b843d2d78	\N	\N	\N	\N	\N	\N	\N
2144	2140	\N	\N	\N	\N	row 2140\t2140	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x23c97e9cb93576e45d2feaf00d0e8502	\N	\N	\N	\N	\N	\N	\N
2145	2141	\N	\N	\N	\N	row 2141\t2141	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5d6646aad9bcc0be55b2c82f69750387	\N	\N	\N	\N	\N	\N	\N
2146	2142	\N	\N	\N	\N	row 2142\t2142	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a34abd6ebbd7fcf5a4421229c946c0a	\N	\N	\N	\N	\N	\N	\N
2147	2143	\N	\N	\N	\N	row 2143\t2143	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9f44e956e3a2b7b5598c625fcc802c36	\N	\N	\N	\N	\N	\N	\N
2148	2144	\N	\N	\N	\N	row 2144\t2144	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7dc1c7653ac42a05642a667959c12239	\N	\N	\N	\N	\N	\N	\N
2149	2145	\N	\N	\N	\N	row 2145\t2145	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc182f930a06317057d31c73bb2fedd4f	\N	\N	\N	\N	\N	\N	\N
2150	2146	\N	\N	\N	\N	row 2146\t2146	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x936a40b7e8eea0dc537e5f2edee1387a	\N	\N	\N	\N	\N	\N	\N
2151	2147	\N	\N	\N	\N	row 2147\t2147	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d73a25092e5c1c9769a9f3255caa65a	\N	\N	\N	\N	\N	\N	\N
2152	2148	\N	\N	\N	\N	row 2148\t2148	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe21e4e58ad9ab56e8a4634046da90113	\N	\N	\N	\N	\N	\N	\N
2153	2149	\N	\N	\N	\N	row 2149\t2149	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd30960ce77e83d896503d43ba249caf7	\N	\N	\N	\N	\N	\N	\N
2154	2150	\N	\N	\N	\N	row 2150\t2150	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24917db15c4e37e421866448c9ab23d8	\N	\N	\N	\N	\N	\N	\N
2155	2151	\N	\N	\N	\N	row 2151\t2151	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x350db081a661525235354dd3e19b8c05	\N	\N	\N	\N	\N	\N	\N
2156	2152	\N	\N	\N	\N	row 2152\t2152	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa486cd07e4ac3d270571622f4f316ec5	\N	\N	\N	\N	\N	\N	\N
2157	2153	\N	\N	\N	\N	row 2153\t2153	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcb8da6767461f2812ae4290eac7cbc42	\N	\N	\N	\N	\N	\N	\N
2158	2154	\N	\N	\N	\N	row 2154\t2154	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e8c391abfde9abea82d75a2d60278d4	\N	\N	\N	\N	\N	\N	\N
2159	2155	\N	\N	\N	\N	row 2155\t2155	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa381c2c35c9157f6b67fd07d5a200ae1	\N	\N	\N	\N	\N	\N	\N
2160	2156	\N	\N	\N	\N	row 2156\t2156	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xee26fc66b1369c7625333bedafbfcaf6	\N	\N	\N	\N	\N	\N	\N
2161	2157	\N	\N	\N	\N	row 2157\t2157	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd542599794c1cf067d90638b5d3911f3	\N	\N	\N	\N	\N	\N	\N
2162	2158	\N	\N	\N	\N	row 2158\t2158	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x697e382cfd25b07a3e62275d3ee132b3	\N	\N	\N	\N	\N	\N	\N
2163	2159	\N	\N	\N	\N	row 2159\t2159	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xddd9dda6bfaf0bb1525a8a27c3ee6131	\N	\N	\N	\N	\N	\N	\N
2164	2160	\N	\N	\N	\N	row 2160\t2160	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1819932ff5cf474f4f19e7c7024640c2	\N	\N	\N	\N	\N	\N	\N
2165	2161	\N	\N	\N	\N	row 2161\t2161	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x333ac5d90817d69113471fbb6e531bee	\N	\N	\N	\N	\N	\N	\N
2166	2162	\N	\N	\N	\N	row 2162\t2162	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86e78499eeb33fb9cac16b7555b50767	\N	\N	\N	\N	\N	\N	\N
2167	2163	\N	\N	\N	\N	row 2163\t2163	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e5025ccc7d638ae4e724da8938450a6	\N	\N	\N	\N	\N	\N	\N
2168	2164	\N	\N	\N	\N	row 2164\t2164	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3e4035af2a1cde9f21e1ae1951ac80b	\N	\N	\N	\N	\N	\N	\N
2169	2165	\N	\N	\N	\N	row 2165\t2165	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8929c70f8d710e412d38da624b21c3c8	\N	\N	\N	\N	\N	\N	\N
2170	2166	\N	\N	\N	\N	row 2166\t2166	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x32e05616c8ed659463f9af00b142dd6f	\N	\N	\N	\N	\N	\N	\N
2171	2167	\N	\N	\N	\N	row 2167\t2167	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2596a54cdbb555cfd09cd5d991da0f55	\N	\N	\N	\N	\N	\N	\N
2172	2168	\N	\N	\N	\N	row 2168\t2168	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x41e7637e7b6a9f27a98b84d3a185c7c0	\N	\N	\N	\N	\N	\N	\N
2173	2169	\N	\N	\N	\N	row 2169\t2169	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd0cc810b580b35884bd9df37c0e8b0f	\N	\N	\N	\N	\N	\N	\N
2174	2170	\N	\N	\N	\N	row 2170\t2170	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x88a839f2f6f1427879fc33ee4acf4f66	\N	\N	\N	\N	\N	\N	\N
2175	2171	\N	\N	\N	\N	row 2171\t2171	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf8e59f4b2fe7c5705bf878bbd494ccdf	\N	\N	\N	\N	\N	\N	\N
2176	2172	\N	\N	\N	\N	row 2172\t2172	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9978b7063e297d84bb2ac8e46c1c845f	\N	\N	\N	\N	\N	\N	\N
2177	2173	\N	\N	\N	\N	row 2173\t2173	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7bc1ec1d9c3426357e69acd5bf320061	\N	\N	\N	\N	\N	\N	\N
2178	2174	\N	\N	\N	\N	row 2174\t2174	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1a21da7bca4abff8b0b61b87597de73	\N	\N	\N	\N	\N	\N	\N
2179	2175	\N	\N	\N	\N	row 2175\t2175	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x211c1e0b83b9c69fa9c4bdede203c1e3	\N	\N	\N	\N	\N	\N	\N
2180	2176	\N	\N	\N	\N	row 2176\t2176	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0234c510bc6d908b28c70ff313743079	\N	\N	\N	\N	\N	\N	\N
2181	2177	\N	\N	\N	\N	row 2177\t2177	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbb1662b7c5f22a0f905fd59e718ca05e	\N	\N	\N	\N	\N	\N	\N
2182	2178	\N	\N	\N	\N	row 2178\t2178	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x169779d3852b32ce8b1a1724dbf5217d	\N	\N	\N	\N	\N	\N	\N
2183	2179	\N	\N	\N	\N	row 2179\t2179	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x12b1e42dc0746f22cf361267de07073f	\N	\N	\N	\N	\N	\N	\N
2184	2180	\N	\N	\N	\N	row 2180\t2180	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a1dd98341fafc1dfe9bcf36360e6b84	\N	\N	\N	\N	\N	\N	\N
2185	2181	\N	\N	\N	\N	row 2181\t2181	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x100d9f30ca54b18d14821dc88fea0631	\N	\N	\N	\N	\N	\N	\N
2186	2182	\N	\N	\N	\N	row 2182\t2182	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd51b416788b6ee70eb0c381c06efc9f1	\N	\N	\N	\N	\N	\N	\N
2187	2183	\N	\N	\N	\N	row 2183\t2183	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2056d8c1dec3d12cbce646b348d189d1	\N	\N	\N	\N	\N	\N	\N
2188	2184	\N	\N	\N	\N	row 2184\t2184	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x00a03ec6533ca7f5c644d198d815329c	\N	\N	\N	\N	\N	\N	\N
2189	2185	\N	\N	\N	\N	row 2185\t2185	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf12ee9734e1edf70ed02d9829018b3d9	\N	\N	\N	\N	\N	\N	\N
2190	2186	\N	\N	\N	\N	row 2186\t2186	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81b3833e2504647f9d794f7d7b9bf341	\N	\N	\N	\N	\N	\N	\N
2191	2187	\N	\N	\N	\N	row 2187\t2187	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2ad76f2326fbc6b56a45a56c59fafdb	\N	\N	\N	\N	\N	\N	\N
2192	2188	\N	\N	\N	\N	row 2188\t2188	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb440509a0106086a67bc2ea9df0a1dab	\N	\N	\N	\N	\N	\N	\N
2193	2189	\N	\N	\N	\N	row 2189\t2189	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c6a0198177bfcc9bd93f6aab94aad3c	\N	\N	\N	\N	\N	\N	\N
2194	2190	\N	\N	\N	\N	row 2190\t2190	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0a87257e5308197df43230edf4ad1dae	\N	\N	\N	\N	\N	\N	\N
2195	2191	\N	\N	\N	\N	row 2191\t2191	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71560ce98c8250ce57a6a970c9991a5f	\N	\N	\N	\N	\N	\N	\N
2196	2192	\N	\N	\N	\N	row 2192\t2192	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x14ea0d5b0cf49525d1866cb1e95ada5d	\N	\N	\N	\N	\N	\N	\N
2197	2193	\N	\N	\N	\N	row 2193\t2193	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca0daec69b5adc880fb464895726dbdf	\N	\N	\N	\N	\N	\N	\N
2198	2194	\N	\N	\N	\N	row 2194\t2194	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcdf1e288ca02272e717c9d5e4cb180bd	\N	\N	\N	\N	\N	\N	\N
2199	2195	\N	\N	\N	\N	row 2195\t2195	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c5f6ecd29a0eb234459190ca51c16dd	\N	\N	\N	\N	\N	\N	\N
2200	2196	\N	\N	\N	\N	row 2196\t2196	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25db67c5657914454081c6a18e93d6dd	\N	\N	\N	\N	\N	\N	\N
2201	2197	\N	\N	\N	\N	row 2197\t2197	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea119a40c1592979f51819b0bd38d39d	\N	\N	\N	\N	\N	\N	\N
2202	2198	\N	\N	\N	\N	row 2198\t2198	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6832a7b24bc06775d02b7406880b93fc	\N	\N	\N	\N	\N	\N	\N
2203	2199	\N	\N	\N	\N	row 2199\t2199	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1145a30ff80745b56fb0cecf65305017	\N	\N	\N	\N	\N	\N	\N
2204	2200	\N	\N	\N	\N	row 2200\t2200	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5249ee8e0cff02ad6b4cc0ee0e50b7d1	\N	\N	\N	\N	\N	\N	\N
2205	2201	\N	\N	\N	\N	row 2201\t2201	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe45823afe1e5120cec11fc4c379a0c67	\N	\N	\N	\N	\N	\N	\N
2206	2202	\N	\N	\N	\N	row 2202\t2202	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd28e50635038e9cf3a648c2dd17ad0a	\N	\N	\N	\N	\N	\N	\N
2207	2203	\N	\N	\N	\N	row 2203\t2203	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d969e2cee8cfa07ce7ca0bb13c7a36d	\N	\N	\N	\N	\N	\N	\N
2208	2204	\N	\N	\N	\N	row 2204\t2204	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b4edc2630fe75800ddc29a7b4070add	\N	\N	\N	\N	\N	\N	\N
2209	2205	\N	\N	\N	\N	row 2205\t2205	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06d5ae105ea1bea4d800bc96491876e9	\N	\N	\N	\N	\N	\N	\N
2210	2206	\N	\N	\N	\N	row 2206\t2206	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfea9c11c4ad9a395a636ed944a28b51a	\N	\N	\N	\N	\N	\N	\N
2211	2207	\N	\N	\N	\N	row 2207\t2207	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4aecfbe5d21e3f7912bf8eb29124423a	\N	\N	\N	\N	\N	\N	\N
2212	2208	\N	\N	\N	\N	row 2208\t2208	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd3afef9b8b89558cd56638c3631868a	\N	\N	\N	\N	\N	\N	\N
2213	2209	\N	\N	\N	\N	row 2209\t2209	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb116b39f7a3ac5366079b1d9fe249a5	\N	\N	\N	\N	\N	\N	\N
2214	2210	\N	\N	\N	\N	row 2210\t2210	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1368ba1ab6ed38bb1f26f36673739d54	\N	\N	\N	\N	\N	\N	\N
2215	2211	\N	\N	\N	\N	row 2211\t2211	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3323fe11e9595c09af38fe67567a9394	\N	\N	\N	\N	\N	\N	\N
2216	2212	\N	\N	\N	\N	row 2212\t2212	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x05a70454516ecd9194c293b0e415777f	\N	\N	\N	\N	\N	\N	\N
2217	2213	\N	\N	\N	\N	row 2213\t2213	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01894d6f048493d2cacde3c579c315a3	\N	\N	\N	\N	\N	\N	\N
2218	2214	\N	\N	\N	\N	row 2214\t2214	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3d9de86462c28781cbe5c47ef22c3e5	\N	\N	\N	\N	\N	\N	\N
2219	2215	\N	\N	\N	\N	row 2215\t2215	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02e656adee09f8394b402d9958389b7d	\N	\N	\N	\N	\N	\N	\N
2220	2216	\N	\N	\N	\N	row 2216\t2216	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5938b4d054136e5d59ada6ec9c295d7a	\N	\N	\N	\N	\N	\N	\N
2221	2217	\N	\N	\N	\N	row 2217\t2217	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5c01503041b70d41d80e3dbe31bbd8c	\N	\N	\N	\N	\N	\N	\N
2222	2218	\N	\N	\N	\N	row 2218\t2218	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb0df2270be9cb16c14537e5bc2f2d37b	\N	\N	\N	\N	\N	\N	\N
2223	2219	\N	\N	\N	\N	row 2219\t2219	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x13111c20aee51aeb480ecbd988cd8cc9	\N	\N	\N	\N	\N	\N	\N
2224	2220	\N	\N	\N	\N	row 2220\t2220	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd2a27e83d429f0dcae6b937cf440aeb1	\N	\N	\N	\N	\N	\N	\N
2225	2221	\N	\N	\N	\N	row 2221\t2221	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x598920e11d1eb2a49501d59fce5ecbb7	\N	\N	\N	\N	\N	\N	\N
2226	2222	\N	\N	\N	\N	row 2222\t2222	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x934b535800b1cba8f96a5d72f72f1611	\N	\N	\N	\N	\N	\N	\N
2227	2223	\N	\N	\N	\N	row 2223\t2223	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x04048aeca2c0f5d84639358008ed2ae7	\N	\N	\N	\N	\N	\N	\N
2228	2224	\N	\N	\N	\N	row 2224\t2224	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8ca8da41fe1ebc8d3ca31dc14f5fc56c	\N	\N	\N	\N	\N	\N	\N
2229	2225	\N	\N	\N	\N	row 2225\t2225	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x443dec3062d0286986e21dc0631734c9	\N	\N	\N	\N	\N	\N	\N
2230	2226	\N	\N	\N	\N	row 2226\t2226	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01eee509ee2f68dc6014898c309e86bf	\N	\N	\N	\N	\N	\N	\N
2231	2227	\N	\N	\N	\N	row 2227\t2227	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xefdf562ce2fb0ad460fd8e9d33e57f57	\N	\N	\N	\N	\N	\N	\N
2232	2228	\N	\N	\N	\N	row 2228\t2228	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ae67a7dd7e491f8fb6f9ea0cf25dfdb	\N	\N	\N	\N	\N	\N	\N
2233	2229	\N	\N	\N	\N	row 2229\t2229	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6cd9313ed34ef58bad3fdd504355e72c	\N	\N	\N	\N	\N	\N	\N
2234	2230	\N	\N	\N	\N	row 2230\t2230	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x329e6581efbc90bd92a1f22c4ba2103d	\N	\N	\N	\N	\N	\N	\N
2235	2231	\N	\N	\N	\N	row 2231\t2231	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a8a812400df8963b2e2ac0ed01b07b8	\N	\N	\N	\N	\N	\N	\N
2236	2232	\N	\N	\N	\N	row 2232\t2232	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e6260b81898beacda3d16db379ed329	\N	\N	\N	\N	\N	\N	\N
2237	2233	\N	\N	\N	\N	row 2233\t2233	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0f7a4d0ef9b84b83b693bbf3feb8e6e	\N	\N	\N	\N	\N	\N	\N
2238	2234	\N	\N	\N	\N	row 2234\t2234	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x653ac11ca60b3e021a8c609c7198acfc	\N	\N	\N	\N	\N	\N	\N
2239	2235	\N	\N	\N	\N	row 2235\t2235	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb0b79da57b95837f14be95aaa4d54cf8	\N	\N	\N	\N	\N	\N	\N
2240	2236	\N	\N	\N	\N	row 2236\t2236	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3dd9424294b0292b6e89ea2bba2e1144	\N	\N	\N	\N	\N	\N	\N
2241	2237	\N	\N	\N	\N	row 2237\t2237	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb166b57d195370cd41f80dd29ed523d9	\N	\N	\N	\N	\N	\N	\N
2242	2238	\N	\N	\N	\N	row 2238\t2238	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2952351097998ac1240cb2ab7333a3d2	\N	\N	\N	\N	\N	\N	\N
2243	2239	\N	\N	\N	\N	row 2239\t2239	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x487d4c6a324446b3fa45b30cfcee5337	\N	\N	\N	\N	\N	\N	\N
2244	2240	\N	\N	\N	\N	row 2240\t2240	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd4dd111a4fd973394238aca5c05bebe3	\N	\N	\N	\N	\N	\N	\N
2245	2241	\N	\N	\N	\N	row 2241\t2241	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6e32320fa6bc5a588b90183b95dc028	\N	\N	\N	\N	\N	\N	\N
2246	2242	\N	\N	\N	\N	row 2242\t2242	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1a3f91fead97497b1a96d6104ad339f6	\N	\N	\N	\N	\N	\N	\N
2247	2243	\N	\N	\N	\N	row 2243\t2243	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x90aef91f0d9e7c3be322bd7bae41617d	\N	\N	\N	\N	\N	\N	\N
2248	2244	\N	\N	\N	\N	row 2244\t2244	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3147da8ab4a0437c15ef51a5cc7f2dc4	\N	\N	\N	\N	\N	\N	\N
2249	2245	\N	\N	\N	\N	row 2245\t2245	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x10907813b97e249163587e6246612e21	\N	\N	\N	\N	\N	\N	\N
2250	2246	\N	\N	\N	\N	row 2246\t2246	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x758a06618c69880a6cee5314ee42d52f	\N	\N	\N	\N	\N	\N	\N
2251	2247	\N	\N	\N	\N	row 2247\t2247	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf1f1d20ee86704251795841e6a9405a	\N	\N	\N	\N	\N	\N	\N
2252	2248	\N	\N	\N	\N	row 2248\t2248	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe6c7b094f88532b6c6b35bbcd525ee8	\N	\N	\N	\N	\N	\N	\N
2253	2249	\N	\N	\N	\N	row 2249\t2249	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x243facb29564e7b448834a7c9d901201	\N	\N	\N	\N	\N	\N	\N
2254	2250	\N	\N	\N	\N	row 2250\t2250	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa07c2f3b3b907aaf8436a26c6d77f0a2	\N	\N	\N	\N	\N	\N	\N
2255	2251	\N	\N	\N	\N	row 2251\t2251	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd5e2c0adad503c91f91df240d0cd4e49	\N	\N	\N	\N	\N	\N	\N
2256	2252	\N	\N	\N	\N	row 2252\t2252	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x635440afdfc39fe37995fed127d7df4f	\N	\N	\N	\N	\N	\N	\N
2257	2253	\N	\N	\N	\N	row 2253\t2253	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xce6c92303f38d297e263c7180f03d402	\N	\N	\N	\N	\N	\N	\N
2258	2254	\N	\N	\N	\N	row 2254\t2254	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38651c4450f87348fcbe1f992746a954	\N	\N	\N	\N	\N	\N	\N
2259	2255	\N	\N	\N	\N	row 2255\t2255	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc2ba1bc54b239208cb37b901c0d3b363	\N	\N	\N	\N	\N	\N	\N
2260	2256	\N	\N	\N	\N	row 2256\t2256	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf6c79f4af478638c39b206ec30ab166b	\N	\N	\N	\N	\N	\N	\N
2261	2257	\N	\N	\N	\N	row 2257\t2257	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd6288499d0083cc34e60a077b7c4b3e1	\N	\N	\N	\N	\N	\N	\N
2262	2258	\N	\N	\N	\N	row 2258\t2258	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d3acd3e240c61820625fff66a19938f	\N	\N	\N	\N	\N	\N	\N
2263	2259	\N	\N	\N	\N	row 2259\t2259	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x04ad5632029cbfbed8e136e5f6f7ddfa	\N	\N	\N	\N	\N	\N	\N
2264	2260	\N	\N	\N	\N	row 2260\t2260	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4cb811134b9d39fc3104bd06ce75abad	\N	\N	\N	\N	\N	\N	\N
2265	2261	\N	\N	\N	\N	row 2261\t2261	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbbaa9d6a1445eac881750bea6053f564	\N	\N	\N	\N	\N	\N	\N
2266	2262	\N	\N	\N	\N	row 2262\t2262	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0233f3bb964cf325a30f8b1c2ed2da93	\N	\N	\N	\N	\N	\N	\N
2267	2263	\N	\N	\N	\N	row 2263\t2263	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x26505e0494662534f633586941b77d0c	\N	\N	\N	\N	\N	\N	\N
2268	2264	\N	\N	\N	\N	row 2264\t2264	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xccbd8ca962b80445df1f7f38c57759f0	\N	\N	\N	\N	\N	\N	\N
2269	2265	\N	\N	\N	\N	row 2265\t2265	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x66e8ba8216a1e152d72653d99a4f03ab	\N	\N	\N	\N	\N	\N	\N
2270	2266	\N	\N	\N	\N	row 2266\t2266	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb76c035d5d0a2bd2a0d0834b93c9c26	\N	\N	\N	\N	\N	\N	\N
2271	2267	\N	\N	\N	\N	row 2267\t2267	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53ed35c74a2ec275b837374f04396c03	\N	\N	\N	\N	\N	\N	\N
2272	2268	\N	\N	\N	\N	row 2268\t2268	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b8eba3cb0d0f1d761cb74d94a5ace36	\N	\N	\N	\N	\N	\N	\N
2273	2269	\N	\N	\N	\N	row 2269\t2269	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x51de85ddd068f0bc787691d356176df9	\N	\N	\N	\N	\N	\N	\N
2274	2270	\N	\N	\N	\N	row 2270\t2270	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd0f74b5955dc87fd0605745c4b49ee8	\N	\N	\N	\N	\N	\N	\N
2275	2271	\N	\N	\N	\N	row 2271\t2271	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa376033f78e144f494bfc743c0be3330	\N	\N	\N	\N	\N	\N	\N
2276	2272	\N	\N	\N	\N	row 2272\t2272	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x743394beff4b1282ba735e5e3723ed74	\N	\N	\N	\N	\N	\N	\N
2277	2273	\N	\N	\N	\N	row 2273\t2273	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x074177d3eb6371e32c16c55a3b8f706b	\N	\N	\N	\N	\N	\N	\N
2278	2274	\N	\N	\N	\N	row 2274\t2274	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x95f8d9901ca8878e291552f001f67692	\N	\N	\N	\N	\N	\N	\N
2279	2275	\N	\N	\N	\N	row 2275\t2275	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd0cbcc668fe4bc58e0af3cc7e0a653d	\N	\N	\N	\N	\N	\N	\N
2280	2276	\N	\N	\N	\N	row 2276\t2276	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6150ccc6069bea6b5716254057a194ef	\N	\N	\N	\N	\N	\N	\N
2281	2277	\N	\N	\N	\N	row 2277\t2277	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfe40fb944ee700392ed51bfe84dd4e3d	\N	\N	\N	\N	\N	\N	\N
2282	2278	\N	\N	\N	\N	row 2278\t2278	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcc7e2b878868cbae992d1fb743995d8f	\N	\N	\N	\N	\N	\N	\N
2283	2279	\N	\N	\N	\N	row 2279\t2279	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96671501524948bc3937b4b30d0e57b9	\N	\N	\N	\N	\N	\N	\N
2284	2280	\N	\N	\N	\N	row 2280\t2280	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc16622ddc767e6bc1200fe5df2fbdfb	\N	\N	\N	\N	\N	\N	\N
2285	2281	\N	\N	\N	\N	row 2281\t2281	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f46c64b74a6c964c674853a89796c8e	\N	\N	\N	\N	\N	\N	\N
2286	2282	\N	\N	\N	\N	row 2282\t2282	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd6bcb486f72ae7b5dc68b5b7df7ec887	\N	\N	\N	\N	\N	\N	\N
2287	2283	\N	\N	\N	\N	row 2283\t2283	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x716e1b8c6cd17b771da77391355749f3	\N	\N	\N	\N	\N	\N	\N
2288	2284	\N	\N	\N	\N	row 2284\t2284	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x80537a945c7aaa788ccfcdf1b99b5d8f	\N	\N	\N	\N	\N	\N	\N
2289	2285	\N	\N	\N	\N	row 2285\t2285	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xae1eaa32d10b6c886981755d579fb4d8	\N	\N	\N	\N	\N	\N	\N
2290	2286	\N	\N	\N	\N	row 2286\t2286	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa2431bf9d65058fe34e9713e32d60e6	\N	\N	\N	\N	\N	\N	\N
2291	2287	\N	\N	\N	\N	row 2287\t2287	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5b8e4fd39d9786228649a8a8bec4e008	\N	\N	\N	\N	\N	\N	\N
2292	2288	\N	\N	\N	\N	row 2288\t2288	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3614206a443012045cfd75d2600af2d	\N	\N	\N	\N	\N	\N	\N
2293	2289	\N	\N	\N	\N	row 2289\t2289	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43351f7bf9a215be70c2c2caa7555002	\N	\N	\N	\N	\N	\N	\N
2294	2290	\N	\N	\N	\N	row 2290\t2290	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1177967c7957072da3dc1db4ceb30e7a	\N	\N	\N	\N	\N	\N	\N
2295	2291	\N	\N	\N	\N	row 2291\t2291	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98e6f17209029f4ae6dc9d88ec8eac2c	\N	\N	\N	\N	\N	\N	\N
2296	2292	\N	\N	\N	\N	row 2292\t2292	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x47810f956e3d8fb8a32fb276448b464d	\N	\N	\N	\N	\N	\N	\N
2297	2293	\N	\N	\N	\N	row 2293\t2293	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5f6371c9126149517d9ba475def53139	\N	\N	\N	\N	\N	\N	\N
2298	2294	\N	\N	\N	\N	row 2294\t2294	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x229754d7799160502a143a72f6789927	\N	\N	\N	\N	\N	\N	\N
2299	2295	\N	\N	\N	\N	row 2295\t2295	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x16026d60ff9b54410b3435b403afd226	\N	\N	\N	\N	\N	\N	\N
2300	2296	\N	\N	\N	\N	row 2296\t2296	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x130f1a8e9e102707f3f91b010f151b0b	\N	\N	\N	\N	\N	\N	\N
2301	2297	\N	\N	\N	\N	row 2297\t2297	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe069ea4c9c233d36ff9c7f329bc08ff1	\N	\N	\N	\N	\N	\N	\N
2302	2298	\N	\N	\N	\N	row 2298\t2298	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3de568f8597b94bda53149c7d7f5958c	\N	\N	\N	\N	\N	\N	\N
2303	2299	\N	\N	\N	\N	row 2299\t2299	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x40b5f25a228570053bc64a043c3f1833	\N	\N	\N	\N	\N	\N	\N
2304	2300	\N	\N	\N	\N	row 2300\t2300	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46a558d97954d0692411c861cf78ef79	\N	\N	\N	\N	\N	\N	\N
2305	2301	\N	\N	\N	\N	row 2301\t2301	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b45c629e577731c4df84fc34f936a89	\N	\N	\N	\N	\N	\N	\N
2306	2302	\N	\N	\N	\N	row 2302\t2302	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xffedf5be3a86e2ee281d54cdc97bc1cf	\N	\N	\N	\N	\N	\N	\N
2307	2303	\N	\N	\N	\N	row 2303\t2303	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd827f12e35eae370ba9c65b7f6026695	\N	\N	\N	\N	\N	\N	\N
2308	2304	\N	\N	\N	\N	row 2304\t2304	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6c2dc3dee4a51dcec3a876aa2339a78	\N	\N	\N	\N	\N	\N	\N
2309	2305	\N	\N	\N	\N	row 2305\t2305	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d2ca7eedf739ef4c3800713ec482e1a	\N	\N	\N	\N	\N	\N	\N
2310	2306	\N	\N	\N	\N	row 2306\t2306	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf976b57bb9dd27aa2e7e7df2825893a6	\N	\N	\N	\N	\N	\N	\N
2311	2307	\N	\N	\N	\N	row 2307\t2307	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6211080fa89981f66b1a0c9d55c61d0f	\N	\N	\N	\N	\N	\N	\N
2312	2308	\N	\N	\N	\N	row 2308\t2308	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe58aea67b01fa747687f038dfde066f6	\N	\N	\N	\N	\N	\N	\N
2313	2309	\N	\N	\N	\N	row 2309\t2309	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf516dfb84b9051ed85b89cdc3a8ab7f5	\N	\N	\N	\N	\N	\N	\N
2314	2310	\N	\N	\N	\N	row 2310\t2310	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49c0b9d84c2a16fcaf9d25694fda75e1	\N	\N	\N	\N	\N	\N	\N
2315	2311	\N	\N	\N	\N	row 2311\t2311	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x046ddf96c233a273fd390c3d0b1a9aa4	\N	\N	\N	\N	\N	\N	\N
2316	2312	\N	\N	\N	\N	row 2312\t2312	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x69dafe8b58066478aea48f3d0f384820	\N	\N	\N	\N	\N	\N	\N
2317	2313	\N	\N	\N	\N	row 2313\t2313	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3ac63c91272f19ce97c7397825cc15f	\N	\N	\N	\N	\N	\N	\N
2318	2314	\N	\N	\N	\N	row 2314\t2314	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb9eeb7e678863649bce209842e0d164	\N	\N	\N	\N	\N	\N	\N
2319	2315	\N	\N	\N	\N	row 2315\t2315	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x88bfcf02e7f554f9e9ea350b699bc6a7	\N	\N	\N	\N	\N	\N	\N
2320	2316	\N	\N	\N	\N	row 2316\t2316	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x778609db5dc7e1a8315717a9cdd8fd6f	\N	\N	\N	\N	\N	\N	\N
2321	2317	\N	\N	\N	\N	row 2317\t2317	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x68d309812548887400e375eaa036d2f1	\N	\N	\N	\N	\N	\N	\N
2322	2318	\N	\N	\N	\N	row 2318\t2318	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x426f990b332ef8193a61cc90516c1245	\N	\N	\N	\N	\N	\N	\N
2323	2319	\N	\N	\N	\N	row 2319\t2319	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa11f9e533f28593768ebf87075ab34f2	\N	\N	\N	\N	\N	\N	\N
2324	2320	\N	\N	\N	\N	row 2320\t2320	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa70dc40477bc2adceef4d2c90f47eb82	\N	\N	\N	\N	\N	\N	\N
2325	2321	\N	\N	\N	\N	row 2321\t2321	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x761c7920f470038d4c8a619c79eddd62	\N	\N	\N	\N	\N	\N	\N
2326	2322	\N	\N	\N	\N	row 2322\t2322	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x228bbc2f87caeb21bb7f6949fddcb91d	\N	\N	\N	\N	\N	\N	\N
2327	2323	\N	\N	\N	\N	row 2323\t2323	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x149815eb972b3c370dee3b89d645ae14	\N	\N	\N	\N	\N	\N	\N
2328	2324	\N	\N	\N	\N	row 2324\t2324	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd5e2fbef30a4eb668a203060ec8e5eef	\N	\N	\N	\N	\N	\N	\N
2329	2325	\N	\N	\N	\N	row 2325\t2325	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c97cd07663b099253bc569fe8d342bb	\N	\N	\N	\N	\N	\N	\N
2330	2326	\N	\N	\N	\N	row 2326\t2326	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf1e2b2c9255d552500a833ac828cd635	\N	\N	\N	\N	\N	\N	\N
2331	2327	\N	\N	\N	\N	row 2327\t2327	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03255088ed63354a54e0e5ed957e9008	\N	\N	\N	\N	\N	\N	\N
2332	2328	\N	\N	\N	\N	row 2328\t2328	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfd69dbe29f156a7ef876a40a94f65599	\N	\N	\N	\N	\N	\N	\N
2333	2329	\N	\N	\N	\N	row 2329\t2329	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe53d253d6bc3258a8160556dda3e9b2	\N	\N	\N	\N	\N	\N	\N
2334	2330	\N	\N	\N	\N	row 2330\t2330	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x619205da514e83f869515c782a328d3c	\N	\N	\N	\N	\N	\N	\N
2335	2331	\N	\N	\N	\N	row 2331\t2331	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x273448411df1962cba1db6c05b3213c9	\N	\N	\N	\N	\N	\N	\N
2336	2332	\N	\N	\N	\N	row 2332\t2332	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe77dbaf6759253c7c6d0efc5690369c7	\N	\N	\N	\N	\N	\N	\N
2337	2333	\N	\N	\N	\N	row 2333\t2333	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7e0b956540676a129760a3eae309294	\N	\N	\N	\N	\N	\N	\N
2338	2334	\N	\N	\N	\N	row 2334\t2334	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e3b7a5bafcb0fa8e8dfe3ea6aca9186	\N	\N	\N	\N	\N	\N	\N
2339	2335	\N	\N	\N	\N	row 2335\t2335	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b4773c039d539af17c883eb9283dd14	\N	\N	\N	\N	\N	\N	\N
2340	2336	\N	\N	\N	\N	row 2336\t2336	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3eb043e7bf775de87763e9f8121c953	\N	\N	\N	\N	\N	\N	\N
2341	2337	\N	\N	\N	\N	row 2337\t2337	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x806fec5af7f5b48b8a31a003e171f3fb	\N	\N	\N	\N	\N	\N	\N
2342	2338	\N	\N	\N	\N	row 2338\t2338	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6cda17abb967ed28ec9610137aa45f7	\N	\N	\N	\N	\N	\N	\N
2343	2339	\N	\N	\N	\N	row 2339\t2339	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35936504a37d53e03abdfbc7318d9ec7	\N	\N	\N	\N	\N	\N	\N
2344	2340	\N	\N	\N	\N	row 2340\t2340	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x43e4e6a6f341e00671e123714de019a8	\N	\N	\N	\N	\N	\N	\N
2345	2341	\N	\N	\N	\N	row 2341\t2341	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8dfece5cc68249206e4690fc4737a8d	\N	\N	\N	\N	\N	\N	\N
2346	2342	\N	\N	\N	\N	row 2342\t2342	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2321994d85d661d792223f647000c65f	\N	\N	\N	\N	\N	\N	\N
2347	2343	\N	\N	\N	\N	row 2343\t2343	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7cc532d783a7461f227a5da8ea80bfe1	\N	\N	\N	\N	\N	\N	\N
2348	2344	\N	\N	\N	\N	row 2344\t2344	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf52854cc99ae1c1966b0a21d0127975b	\N	\N	\N	\N	\N	\N	\N
2349	2345	\N	\N	\N	\N	row 2345\t2345	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81b073de9370ea873f548e31b8adc081	\N	\N	\N	\N	\N	\N	\N
2350	2346	\N	\N	\N	\N	row 2346\t2346	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x777669af68dbccabc30c3b6bcaa81825	\N	\N	\N	\N	\N	\N	\N
2351	2347	\N	\N	\N	\N	row 2347\t2347	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb23975176653284f1f7356ba5539cfcb	\N	\N	\N	\N	\N	\N	\N
2352	2348	\N	\N	\N	\N	row 2348\t2348	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x20c9f5700da1088260df60fcc5df2b53	\N	\N	\N	\N	\N	\N	\N
2353	2349	\N	\N	\N	\N	row 2349\t2349	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70fcb77e6349f4467edd7227baa73222	\N	\N	\N	\N	\N	\N	\N
2354	2350	\N	\N	\N	\N	row 2350\t2350	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x326a8c055c0d04f5b06544665d8bb3ea	\N	\N	\N	\N	\N	\N	\N
2355	2351	\N	\N	\N	\N	row 2351\t2351	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0abdc563a06105aee3c6136871c9f4d1	\N	\N	\N	\N	\N	\N	\N
2356	2352	\N	\N	\N	\N	row 2352\t2352	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92049debbe566ca5782a3045cf300a3c	\N	\N	\N	\N	\N	\N	\N
2357	2353	\N	\N	\N	\N	row 2353\t2353	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x23af4b45f1e166141a790d1a3126e77a	\N	\N	\N	\N	\N	\N	\N
2358	2354	\N	\N	\N	\N	row 2354\t2354	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd254c8a084d4545bd80577481aa03076	\N	\N	\N	\N	\N	\N	\N
2359	2355	\N	\N	\N	\N	row 2355\t2355	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3f53d7190148675e3cd472fc826828c5	\N	\N	\N	\N	\N	\N	\N
2360	2356	\N	\N	\N	\N	row 2356\t2356	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea204361fe7f024b130143eb3e189a18	\N	\N	\N	\N	\N	\N	\N
2361	2357	\N	\N	\N	\N	row 2357\t2357	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd095a94d20dcaf7aa07301948549bede	\N	\N	\N	\N	\N	\N	\N
2362	2358	\N	\N	\N	\N	row 2358\t2358	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd20be76a86c0d71c75035fced631f874	\N	\N	\N	\N	\N	\N	\N
2363	2359	\N	\N	\N	\N	row 2359\t2359	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd69116f8b0140cdeb1f99a4d5096ffe4	\N	\N	\N	\N	\N	\N	\N
2364	2360	\N	\N	\N	\N	row 2360\t2360	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ebd440d99504722d80de606ea8507da	\N	\N	\N	\N	\N	\N	\N
2365	2361	\N	\N	\N	\N	row 2361\t2361	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x794288f252f45d35735a13853e605939	\N	\N	\N	\N	\N	\N	\N
2366	2362	\N	\N	\N	\N	row 2362\t2362	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8aec51422b30d61bce078b27f0babeb1	\N	\N	\N	\N	\N	\N	\N
2367	2363	\N	\N	\N	\N	row 2363\t2363	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x505259756244493872b7709a8a01b536	\N	\N	\N	\N	\N	\N	\N
2368	2364	\N	\N	\N	\N	row 2364\t2364	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7e2b2b75b04175610e5a00c1e221ebb	\N	\N	\N	\N	\N	\N	\N
2369	2365	\N	\N	\N	\N	row 2365\t2365	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9fb7b048c96d44a0337f049e0a61ff06	\N	\N	\N	\N	\N	\N	\N
2370	2366	\N	\N	\N	\N	row 2366\t2366	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd3b1fb02964aa64e257f9f26a31f72cf	\N	\N	\N	\N	\N	\N	\N
2371	2367	\N	\N	\N	\N	row 2367\t2367	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x300891a62162b960cf02ce3827bb363c	\N	\N	\N	\N	\N	\N	\N
2372	2368	\N	\N	\N	\N	row 2368\t2368	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x466accbac9a66b805ba50e42ad715740	\N	\N	\N	\N	\N	\N	\N
2373	2369	\N	\N	\N	\N	row 2369\t2369	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab8aa05e782481f55fc1412a97e7ac34	\N	\N	\N	\N	\N	\N	\N
2374	2370	\N	\N	\N	\N	row 2370\t2370	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xca43108ded5aabc7793d3f9b928cdd54	\N	\N	\N	\N	\N	\N	\N
2375	2371	\N	\N	\N	\N	row 2371\t2371	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0a65e195cb51418279b6fa8d96847a60	\N	\N	\N	\N	\N	\N	\N
2376	2372	\N	\N	\N	\N	row 2372\t2372	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c5bcfec8584af0d967f1ab10179ca4b	\N	\N	\N	\N	\N	\N	\N
2377	2373	\N	\N	\N	\N	row 2373\t2373	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5f14615696649541a025d3d0f8e0447f	\N	\N	\N	\N	\N	\N	\N
2378	2374	\N	\N	\N	\N	row 2374\t2374	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8cbd005a556ccd4211ce43f309bc0eac	\N	\N	\N	\N	\N	\N	\N
2379	2375	\N	\N	\N	\N	row 2375\t2375	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x123b7f02433572a0a560e620311a469c	\N	\N	\N	\N	\N	\N	\N
2380	2376	\N	\N	\N	\N	row 2376\t2376	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ee69d3769e832ec77c9584e0b7ba112	\N	\N	\N	\N	\N	\N	\N
2381	2377	\N	\N	\N	\N	row 2377\t2377	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x269d837afada308dd4aeab28ca2d57e4	\N	\N	\N	\N	\N	\N	\N
2382	2378	\N	\N	\N	\N	row 2378\t2378	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3837a451cd0abc5ce4069304c5442c87	\N	\N	\N	\N	\N	\N	\N
2383	2379	\N	\N	\N	\N	row 2379\t2379	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xadd217938e07bb1fd8796e0315b88c10	\N	\N	\N	\N	\N	\N	\N
2384	2380	\N	\N	\N	\N	row 2380\t2380	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xda4902cb0bc38210839714ebdcf0efc3	\N	\N	\N	\N	\N	\N	\N
2385	2381	\N	\N	\N	\N	row 2381\t2381	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b66b4fd401a271a1c7224027ce111bc	\N	\N	\N	\N	\N	\N	\N
2386	2382	\N	\N	\N	\N	row 2382\t2382	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xee8fe9093fbbb687bef15a38facc44d2	\N	\N	\N	\N	\N	\N	\N
2387	2383	\N	\N	\N	\N	row 2383\t2383	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3baa271bc35fe054c86928f7016e8ae6	\N	\N	\N	\N	\N	\N	\N
2388	2384	\N	\N	\N	\N	row 2384\t2384	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea159dc9788ffac311592613b7f71fbb	\N	\N	\N	\N	\N	\N	\N
2389	2385	\N	\N	\N	\N	row 2385\t2385	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1a68e5f4ade56ed1d4bf273e55510750	\N	\N	\N	\N	\N	\N	\N
2390	2386	\N	\N	\N	\N	row 2386\t2386	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x99f59c0842e83c808dd1813b48a37c6a	\N	\N	\N	\N	\N	\N	\N
2391	2387	\N	\N	\N	\N	row 2387\t2387	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b4224068a41c5d37f5e2d54f3995089	\N	\N	\N	\N	\N	\N	\N
2392	2388	\N	\N	\N	\N	row 2388\t2388	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd04863f100d59b3eb688a11f95b0ae60	\N	\N	\N	\N	\N	\N	\N
2393	2389	\N	\N	\N	\N	row 2389\t2389	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x063e26c670d07bb7c4d30e6fc69fe056	\N	\N	\N	\N	\N	\N	\N
2394	2390	\N	\N	\N	\N	row 2390\t2390	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x999600eb275cc7196161261972daa59b	\N	\N	\N	\N	\N	\N	\N
2395	2391	\N	\N	\N	\N	row 2391\t2391	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x102f0bb6efb3a6128a3c750dd16729be	\N	\N	\N	\N	\N	\N	\N
2396	2392	\N	\N	\N	\N	row 2392\t2392	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa554f89dd61cabd2ff833d3468e2008a	\N	\N	\N	\N	\N	\N	\N
2397	2393	\N	\N	\N	\N	row 2393\t2393	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x52cf49fea5ff66588408852f65cf8272	\N	\N	\N	\N	\N	\N	\N
2398	2394	\N	\N	\N	\N	row 2394\t2394	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd0921d442ee91b896ad95059d13df618	\N	\N	\N	\N	\N	\N	\N
2399	2395	\N	\N	\N	\N	row 2395\t2395	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb090409688550f3cc93f4ed88ec6cafb	\N	\N	\N	\N	\N	\N	\N
2400	2396	\N	\N	\N	\N	row 2396\t2396	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdcf6070a4ab7f3afbfd2809173e0824b	\N	\N	\N	\N	\N	\N	\N
2401	2397	\N	\N	\N	\N	row 2397\t2397	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x878d5691c824ee2aaf770f7d36c151d6	\N	\N	\N	\N	\N	\N	\N
2402	2398	\N	\N	\N	\N	row 2398\t2398	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x565030e1fce4e481f9823a7de3b8a047	\N	\N	\N	\N	\N	\N	\N
2403	2399	\N	\N	\N	\N	row 2399\t2399	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbc7f621451b4f5df308a8e098112185d	\N	\N	\N	\N	\N	\N	\N
2404	2400	\N	\N	\N	\N	row 2400\t2400	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03cf87174debaccd689c90c34577b82f	\N	\N	\N	\N	\N	\N	\N
2405	2401	\N	\N	\N	\N	row 2401\t2401	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x959ef477884b6ac2241b19ee4fb776ae	\N	\N	\N	\N	\N	\N	\N
2406	2402	\N	\N	\N	\N	row 2402\t2402	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4dd9cec1c21bc54eecb53786a2c5fa09	\N	\N	\N	\N	\N	\N	\N
2407	2403	\N	\N	\N	\N	row 2403\t2403	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd7db7397f7d83052f829816ecc7f004	\N	\N	\N	\N	\N	\N	\N
2408	2404	\N	\N	\N	\N	row 2404\t2404	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8208974663db80265e9bfe7b222dcb18	\N	\N	\N	\N	\N	\N	\N
2409	2405	\N	\N	\N	\N	row 2405\t2405	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb53477c2821c1bf0da5d40e57b870d35	\N	\N	\N	\N	\N	\N	\N
2410	2406	\N	\N	\N	\N	row 2406\t2406	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xde7092ba6df4276921d27a3704c57998	\N	\N	\N	\N	\N	\N	\N
2411	2407	\N	\N	\N	\N	row 2407\t2407	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x97416ac0f58056947e2eb5d5d253d4f2	\N	\N	\N	\N	\N	\N	\N
2412	2408	\N	\N	\N	\N	row 2408\t2408	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7cac11e2f46ed46c339ec3d569853759	\N	\N	\N	\N	\N	\N	\N
2413	2409	\N	\N	\N	\N	row 2409\t2409	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb3f61131b6eceeb2b14835fa648a48ff	\N	\N	\N	\N	\N	\N	\N
2414	2410	\N	\N	\N	\N	row 2410\t2410	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa6ea8471c120fe8cc35a2954c9b9c595	\N	\N	\N	\N	\N	\N	\N
2415	2411	\N	\N	\N	\N	row 2411\t2411	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xddeebdeefdb7e7e7a697e1c3e3d8ef54	\N	\N	\N	\N	\N	\N	\N
2416	2412	\N	\N	\N	\N	row 2412\t2412	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x186fb23a33995d91ce3c2212189178c8	\N	\N	\N	\N	\N	\N	\N
2417	2413	\N	\N	\N	\N	row 2413\t2413	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x72e6d3238361fe70f22fb0ac624a7072	\N	\N	\N	\N	\N	\N	\N
2418	2414	\N	\N	\N	\N	row 2414\t2414	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcb2c2041d9763d84d7d655e81178f444	\N	\N	\N	\N	\N	\N	\N
2419	2415	\N	\N	\N	\N	row 2415\t2415	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe3ca0449fa2ea7701a7ac53fb719c51a	\N	\N	\N	\N	\N	\N	\N
2420	2416	\N	\N	\N	\N	row 2416\t2416	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5dec707028b05bcbd3a1db5640f842c5	\N	\N	\N	\N	\N	\N	\N
2421	2417	\N	\N	\N	\N	row 2417\t2417	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xac1ad983e08ad3304a97e147f522747e	\N	\N	\N	\N	\N	\N	\N
2422	2418	\N	\N	\N	\N	row 2418\t2418	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb60b95decdeed944b4cd8685417cfdc	\N	\N	\N	\N	\N	\N	\N
2423	2419	\N	\N	\N	\N	row 2419\t2419	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x020bf2c45e7bb322f89a226bd2c5d41b	\N	\N	\N	\N	\N	\N	\N
2424	2420	\N	\N	\N	\N	row 2420\t2420	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7993e11204b215b27694b6f139e34ce8	\N	\N	\N	\N	\N	\N	\N
2425	2421	\N	\N	\N	\N	row 2421\t2421	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe139c454239bfde741e893edb46a06cc	\N	\N	\N	\N	\N	\N	\N
2426	2422	\N	\N	\N	\N	row 2422\t2422	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbe1df9a5d08724971f64a511e24fc904	\N	\N	\N	\N	\N	\N	\N
2427	2423	\N	\N	\N	\N	row 2423\t2423	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaf5d5ef24881f3c3049a7b9bfe74d58b	\N	\N	\N	\N	\N	\N	\N
2428	2424	\N	\N	\N	\N	row 2424\t2424	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a06d868d044c50af0cf9bc82d2fc19f	\N	\N	\N	\N	\N	\N	\N
2429	2425	\N	\N	\N	\N	row 2425\t2425	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf83630579d055dc5843ae693e7cdafe0	\N	\N	\N	\N	\N	\N	\N
2430	2426	\N	\N	\N	\N	row 2426\t2426	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc65d7bd70fe3e5e3a2f3de681edc193d	\N	\N	\N	\N	\N	\N	\N
2431	2427	\N	\N	\N	\N	row 2427\t2427	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2aaaddf27344ee54058548dc081c6541	\N	\N	\N	\N	\N	\N	\N
2432	2428	\N	\N	\N	\N	row 2428\t2428	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcc0991344c3d760ae42259064406bae1	\N	\N	\N	\N	\N	\N	\N
2433	2429	\N	\N	\N	\N	row 2429\t2429	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa9365bd906e11324065c35be476beb0c	\N	\N	\N	\N	\N	\N	\N
2434	2430	\N	\N	\N	\N	row 2430\t2430	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1fb2a1c37b18aa4611c3949d6148d0f8	\N	\N	\N	\N	\N	\N	\N
2435	2431	\N	\N	\N	\N	row 2431\t2431	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcbf8710b43df3f2c1553e649403426df	\N	\N	\N	\N	\N	\N	\N
2436	2432	\N	\N	\N	\N	row 2432\t2432	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd16509f6eaca1022bd8f28d6bc582cae	\N	\N	\N	\N	\N	\N	\N
2437	2433	\N	\N	\N	\N	row 2433\t2433	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0fe473396242072e84af286632d3f0ff	\N	\N	\N	\N	\N	\N	\N
2438	2434	\N	\N	\N	\N	row 2434\t2434	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf708f064faaf32a43e4d3c784e6af9ea	\N	\N	\N	\N	\N	\N	\N
2439	2435	\N	\N	\N	\N	row 2435\t2435	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1301141feffabac455e1f90a7de2054	\N	\N	\N	\N	\N	\N	\N
2440	2436	\N	\N	\N	\N	row 2436\t2436	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5314b9674c86e3f9d1ba25ef9bb32895	\N	\N	\N	\N	\N	\N	\N
2441	2437	\N	\N	\N	\N	row 2437\t2437	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6547884cea64550284728eb26b0947ef	\N	\N	\N	\N	\N	\N	\N
2442	2438	\N	\N	\N	\N	row 2438\t2438	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3cf2559725a9fdfa602ec8c887440f32	\N	\N	\N	\N	\N	\N	\N
2443	2439	\N	\N	\N	\N	row 2439\t2439	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc79250f8c5b804390e8da280b4cf06e	\N	\N	\N	\N	\N	\N	\N
2444	2440	\N	\N	\N	\N	row 2440\t2440	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfeecee9f1643651799ede2740927317a	\N	\N	\N	\N	\N	\N	\N
2445	2441	\N	\N	\N	\N	row 2441\t2441	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7a68443f5c80d181c42967cd71612af1	\N	\N	\N	\N	\N	\N	\N
2446	2442	\N	\N	\N	\N	row 2442\t2442	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6048ff4e8cb07aa60b6777b6f7384d52	\N	\N	\N	\N	\N	\N	\N
2447	2443	\N	\N	\N	\N	row 2443\t2443	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24e27b869b66e9e62724bd7725d5d9c1	\N	\N	\N	\N	\N	\N	\N
2448	2444	\N	\N	\N	\N	row 2444\t2444	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7fd804295ef7f6a2822bf4c61f9dc4a8	\N	\N	\N	\N	\N	\N	\N
2449	2445	\N	\N	\N	\N	row 2445\t2445	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9ed9328611fe3f45b3cce8ffe386ee97	\N	\N	\N	\N	\N	\N	\N
2450	2446	\N	\N	\N	\N	row 2446\t2446	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2f4fe03d77724a7217006e5d16728874	\N	\N	\N	\N	\N	\N	\N
2451	2447	\N	\N	\N	\N	row 2447\t2447	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2c3ddf4bf13852db711dd1901fb517fa	\N	\N	\N	\N	\N	\N	\N
2452	2448	\N	\N	\N	\N	row 2448\t2448	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x07a9d3fed4c5ea6b17e80258dee231fa	\N	\N	\N	\N	\N	\N	\N
2453	2449	\N	\N	\N	\N	row 2449\t2449	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x61d77652c97ef636343742fc3dcf3ba9	\N	\N	\N	\N	\N	\N	\N
2454	2450	\N	\N	\N	\N	row 2450\t2450	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x49d4b2faeb4b7b9e745775793141e2b2	\N	\N	\N	\N	\N	\N	\N
2455	2451	\N	\N	\N	\N	row 2451\t2451	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2dbf21633f03afcf882eaf10e4b5caca	\N	\N	\N	\N	\N	\N	\N
2456	2452	\N	\N	\N	\N	row 2452\t2452	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28b60a16b55fd531047c0c958ce14b95	\N	\N	\N	\N	\N	\N	\N
2457	2453	\N	\N	\N	\N	row 2453\t2453	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c9f32e03aeb2e3000825c8c875c4edd	\N	\N	\N	\N	\N	\N	\N
2458	2454	\N	\N	\N	\N	row 2454\t2454	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03e7ef47cee6fa4ae7567394b99912b7	\N	\N	\N	\N	\N	\N	\N
2459	2455	\N	\N	\N	\N	row 2455\t2455	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb427426b8acd2c2e53827970f2c2f526	\N	\N	\N	\N	\N	\N	\N
2460	2456	\N	\N	\N	\N	row 2456\t2456	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7cf64379eb6f29a4d25c4b6a2df713e4	\N	\N	\N	\N	\N	\N	\N
2461	2457	\N	\N	\N	\N	row 2457\t2457	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e05d6f828574fbc975a896b25bb011e	\N	\N	\N	\N	\N	\N	\N
2462	2458	\N	\N	\N	\N	row 2458\t2458	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x54b2b21af94108d83c2a909d5b0a6a50	\N	\N	\N	\N	\N	\N	\N
2463	2459	\N	\N	\N	\N	row 2459\t2459	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8bdb5058376143fa358981954e7626b8	\N	\N	\N	\N	\N	\N	\N
2464	2460	\N	\N	\N	\N	row 2460\t2460	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe9412ee564384b987d086df32d4ce6b7	\N	\N	\N	\N	\N	\N	\N
2465	2461	\N	\N	\N	\N	row 2461\t2461	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf05968255451bdefe3c5bc64d550517	\N	\N	\N	\N	\N	\N	\N
2466	2462	\N	\N	\N	\N	row 2462\t2462	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x10c66082c124f8afe3df4886f5e516e0	\N	\N	\N	\N	\N	\N	\N
2467	2463	\N	\N	\N	\N	row 2463\t2463	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1843e35d41ccf6e63273495ba42df3c1	\N	\N	\N	\N	\N	\N	\N
2468	2464	\N	\N	\N	\N	row 2464\t2464	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x70c445ee64b1ed0583367a12a79a9ef2	\N	\N	\N	\N	\N	\N	\N
2469	2465	\N	\N	\N	\N	row 2465\t2465	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1e0a84051e6a4a7381473328f43c4884	\N	\N	\N	\N	\N	\N	\N
2470	2466	\N	\N	\N	\N	row 2466\t2466	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7b41bfa5085806dfa24b8c9de0ce567f	\N	\N	\N	\N	\N	\N	\N
2471	2467	\N	\N	\N	\N	row 2467\t2467	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x250413d2982f1f83aa62a3a323cd2a87	\N	\N	\N	\N	\N	\N	\N
2472	2468	\N	\N	\N	\N	row 2468\t2468	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe82c4b19b8151ddc25d4d93baf7b908f	\N	\N	\N	\N	\N	\N	\N
2473	2469	\N	\N	\N	\N	row 2469\t2469	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x57bafb2c2dfeefba931bb03a835b1fa9	\N	\N	\N	\N	\N	\N	\N
2474	2470	\N	\N	\N	\N	row 2470\t2470	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7cc234202e98d2722580858573fd0817	\N	\N	\N	\N	\N	\N	\N
2475	2471	\N	\N	\N	\N	row 2471\t2471	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd9ff90f4000eacd3a6c9cb27f78994cf	\N	\N	\N	\N	\N	\N	\N
2476	2472	\N	\N	\N	\N	row 2472\t2472	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x73f490f3f868edbcd80b5d3f7cedc403	\N	\N	\N	\N	\N	\N	\N
2477	2473	\N	\N	\N	\N	row 2473\t2473	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5e6bd7a6970cd4325e587f02667f7f73	\N	\N	\N	\N	\N	\N	\N
2478	2474	\N	\N	\N	\N	row 2474\t2474	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0bf727e907c5fc9d5356f11e4c45d613	\N	\N	\N	\N	\N	\N	\N
2479	2475	\N	\N	\N	\N	row 2475\t2475	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfec87a37cdeec1c6ecf8181c0aa2d3bf	\N	\N	\N	\N	\N	\N	\N
2480	2476	\N	\N	\N	\N	row 2476\t2476	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc8067ad1937f728f51288b3eb986afaa	\N	\N	\N	\N	\N	\N	\N
2481	2477	\N	\N	\N	\N	row 2477\t2477	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4c8c76b39d294759a9000cbda3a6571a	\N	\N	\N	\N	\N	\N	\N
2482	2478	\N	\N	\N	\N	row 2478\t2478	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53f0d7c537d99b3824f0f99d62ea2428	\N	\N	\N	\N	\N	\N	\N
2483	2479	\N	\N	\N	\N	row 2479\t2479	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1f34004ebcb05f9acda6016d5cc52d5e	\N	\N	\N	\N	\N	\N	\N
2484	2480	\N	\N	\N	\N	row 2480\t2480	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb06b5541a62ed438f956b662b4e1ec28	\N	\N	\N	\N	\N	\N	\N
2485	2481	\N	\N	\N	\N	row 2481\t2481	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6b5754d737784b51ec5075c0dc437bf0	\N	\N	\N	\N	\N	\N	\N
2486	2482	\N	\N	\N	\N	row 2482\t2482	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf55cadb97eaff2ba1980e001b0bd9842	\N	\N	\N	\N	\N	\N	\N
2487	2483	\N	\N	\N	\N	row 2483\t2483	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2c6ae45a3e88aee548c0714fad7f8269	\N	\N	\N	\N	\N	\N	\N
2488	2484	\N	\N	\N	\N	row 2484\t2484	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4baaff0e2f11b5356193849021d641f	\N	\N	\N	\N	\N	\N	\N
2489	2485	\N	\N	\N	\N	row 2485\t2485	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xea4eb49329550caaa1d2044105223721	\N	\N	\N	\N	\N	\N	\N
2490	2486	\N	\N	\N	\N	row 2486\t2486	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbb03e43ffe34eeb242a2ee4a4f125e56	\N	\N	\N	\N	\N	\N	\N
2491	2487	\N	\N	\N	\N	row 2487\t2487	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6a4cbdaedcbda0fa8ddc7ea32073c475	\N	\N	\N	\N	\N	\N	\N
2492	2488	\N	\N	\N	\N	row 2488\t2488	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7989edad14ebcd3adfacc7344dc6b739	\N	\N	\N	\N	\N	\N	\N
2493	2489	\N	\N	\N	\N	row 2489\t2489	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3430095c577593aad3c39c701712bcfe	\N	\N	\N	\N	\N	\N	\N
2494	2490	\N	\N	\N	\N	row 2490\t2490	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x347665597cbfaef834886adbb848011f	\N	\N	\N	\N	\N	\N	\N
2495	2491	\N	\N	\N	\N	row 2491\t2491	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x01a0683665f38d8e5e567b3b15ca98bf	\N	\N	\N	\N	\N	\N	\N
2496	2492	\N	\N	\N	\N	row 2492\t2492	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46515dcd99ea50dd0671bc6840830404	\N	\N	\N	\N	\N	\N	\N
2497	2493	\N	\N	\N	\N	row 2493\t2493	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8a20a8621978632d76c43dfd28b67767	\N	\N	\N	\N	\N	\N	\N
2498	2494	\N	\N	\N	\N	row 2494\t2494	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc30fb4dc55d801fc7473840b5b161dfa	\N	\N	\N	\N	\N	\N	\N
2499	2495	\N	\N	\N	\N	row 2495\t2495	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x33bb83720ba9d2b6da87114380314af5	\N	\N	\N	\N	\N	\N	\N
2500	2496	\N	\N	\N	\N	row 2496\t2496	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x12ffb0968f2f56e51a59a6beb37b2859	\N	\N	\N	\N	\N	\N	\N
2501	2497	\N	\N	\N	\N	row 2497\t2497	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd9fc0cdb67638d50f411432d0d41d0ba	\N	\N	\N	\N	\N	\N	\N
2502	2498	\N	\N	\N	\N	row 2498\t2498	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9af76329c78e28c977ab1bcd1c3fe9b8	\N	\N	\N	\N	\N	\N	\N
2503	2499	\N	\N	\N	\N	row 2499\t2499	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcd10c7f376188a4a2ca3e8fea2c03aeb	\N	\N	\N	\N	\N	\N	\N
2504	2500	\N	\N	\N	\N	row 2500\t2500	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7696a9b362ac5a51c3dc8f098b73923	\N	\N	\N	\N	\N	\N	\N
2505	2501	\N	\N	\N	\N	row 2501\t2501	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3f998e713a6e02287c374fd26835d87e	\N	\N	\N	\N	\N	\N	\N
2506	2502	\N	\N	\N	\N	row 2502\t2502	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x696b35cc35e710279b9c2dedc08e22d7	\N	\N	\N	\N	\N	\N	\N
2507	2503	\N	\N	\N	\N	row 2503\t2503	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe71e5cd119bbc5797164fb0cd7fd94a4	\N	\N	\N	\N	\N	\N	\N
2508	2504	\N	\N	\N	\N	row 2504\t2504	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7884a9652e94555c70f96b6be63be216	\N	\N	\N	\N	\N	\N	\N
2509	2505	\N	\N	\N	\N	row 2505\t2505	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c1b6fa97c4288a4514365198566c6fa	\N	\N	\N	\N	\N	\N	\N
2510	2506	\N	\N	\N	\N	row 2506\t2506	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x87682805257e619d49b8e0dfdc14affa	\N	\N	\N	\N	\N	\N	\N
2511	2507	\N	\N	\N	\N	row 2507\t2507	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x83691715fdc5baf20ed0742b0b85785b	\N	\N	\N	\N	\N	\N	\N
2512	2508	\N	\N	\N	\N	row 2508\t2508	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x30aaf34d6afd4b11cc3b3ac4704c7908	\N	\N	\N	\N	\N	\N	\N
2513	2509	\N	\N	\N	\N	row 2509\t2509	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8db9264228dc48fbf47535e888c02ae0	\N	\N	\N	\N	\N	\N	\N
2514	2510	\N	\N	\N	\N	row 2510\t2510	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e0223a87610176ef0d24ef6d2dcde3a	\N	\N	\N	\N	\N	\N	\N
2515	2511	\N	\N	\N	\N	row 2511\t2511	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf8b932c70d0b2e6bf071729a4fa68dfc	\N	\N	\N	\N	\N	\N	\N
2516	2512	\N	\N	\N	\N	row 2512\t2512	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x831caa1b600f852b7844499430ecac17	\N	\N	\N	\N	\N	\N	\N
2517	2513	\N	\N	\N	\N	row 2513\t2513	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x84b20b1f5a0d103f5710bb67a043cd78	\N	\N	\N	\N	\N	\N	\N
2518	2514	\N	\N	\N	\N	row 2514\t2514	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb06f50d1f89bd8b2a0fb771c1a69c2b0	\N	\N	\N	\N	\N	\N	\N
2519	2515	\N	\N	\N	\N	row 2515\t2515	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x415e1af7ea95f89f4e375162b21ae38c	\N	\N	\N	\N	\N	\N	\N
2520	2516	\N	\N	\N	\N	row 2516\t2516	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8d09e4b85c783cbc30c9b8ae175f2d33	\N	\N	\N	\N	\N	\N	\N
2521	2517	\N	\N	\N	\N	row 2517\t2517	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5dc3e08849bec07e33ca353de62ea04	\N	\N	\N	\N	\N	\N	\N
2522	2518	\N	\N	\N	\N	row 2518\t2518	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6ef80bb237adf4b6f77d0700e1255907	\N	\N	\N	\N	\N	\N	\N
2523	2519	\N	\N	\N	\N	row 2519\t2519	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a8423d5e91fda00bb7e46540e2b0cf1	\N	\N	\N	\N	\N	\N	\N
2524	2520	\N	\N	\N	\N	row 2520\t2520	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x070dbb6024b5ef93784428afc71f2146	\N	\N	\N	\N	\N	\N	\N
2525	2521	\N	\N	\N	\N	row 2521\t2521	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a1590df1d5968d41b855005bb8b67bf	\N	\N	\N	\N	\N	\N	\N
2526	2522	\N	\N	\N	\N	row 2522\t2522	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d7363894acdee742caf7fe4e97c4d49	\N	\N	\N	\N	\N	\N	\N
2527	2523	\N	\N	\N	\N	row 2523\t2523	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa6d259bfbfa2062843ef543e21d7ec8e	\N	\N	\N	\N	\N	\N	\N
2528	2524	\N	\N	\N	\N	row 2524\t2524	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x31c97cbb941d3e92d0e6f9925e9bc4d7	\N	\N	\N	\N	\N	\N	\N
2529	2525	\N	\N	\N	\N	row 2525\t2525	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9407c826d8e3c07ad37cb2d13d1cb641	\N	\N	\N	\N	\N	\N	\N
2530	2526	\N	\N	\N	\N	row 2526\t2526	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x234833147b97bb6aed53a8f4f1c7a7d8	\N	\N	\N	\N	\N	\N	\N
2531	2527	\N	\N	\N	\N	row 2527\t2527	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xba3e9b6a519cfddc560b5d53210df1bd	\N	\N	\N	\N	\N	\N	\N
2532	2528	\N	\N	\N	\N	row 2528\t2528	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6be93f7a96fed60c477d30ae1de032fd	\N	\N	\N	\N	\N	\N	\N
2533	2529	\N	\N	\N	\N	row 2529\t2529	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x82ca5dd156cc926b2992f73c2896f761	\N	\N	\N	\N	\N	\N	\N
2534	2530	\N	\N	\N	\N	row 2530\t2530	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x55a988dfb00a914717b3000a3374694c	\N	\N	\N	\N	\N	\N	\N
2535	2531	\N	\N	\N	\N	row 2531\t2531	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x217c0e01c1828e7279051f1b6675745d	\N	\N	\N	\N	\N	\N	\N
2536	2532	\N	\N	\N	\N	row 2532\t2532	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9824f9c1543628a85bb51d2dd6fcf8a3	\N	\N	\N	\N	\N	\N	\N
2537	2533	\N	\N	\N	\N	row 2533\t2533	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4de754248c196c85ee4fbdcee89179bd	\N	\N	\N	\N	\N	\N	\N
2538	2534	\N	\N	\N	\N	row 2534\t2534	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7827d1ec626c891d4b61a15c9dff296e	\N	\N	\N	\N	\N	\N	\N
2539	2535	\N	\N	\N	\N	row 2535\t2535	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0747b9be4f90056c30eb5241f06bfe9b	\N	\N	\N	\N	\N	\N	\N
2540	2536	\N	\N	\N	\N	row 2536\t2536	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf7ac67a9aa8d255282de7d11391e1b69	\N	\N	\N	\N	\N	\N	\N
2541	2537	\N	\N	\N	\N	row 2537\t2537	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x40c48dab939a482f04dcecde07e27de6	\N	\N	\N	\N	\N	\N	\N
2542	2538	\N	\N	\N	\N	row 2538\t2538	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1bf0c59238dd24a7f09a889483a50e8f	\N	\N	\N	\N	\N	\N	\N
2543	2539	\N	\N	\N	\N	row 2539\t2539	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2aedcba61ca55ceb62d785c6b7f10a83	\N	\N	\N	\N	\N	\N	\N
2544	2540	\N	\N	\N	\N	row 2540\t2540	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9657c1fffd38824e5ab0472e022e577e	\N	\N	\N	\N	\N	\N	\N
2545	2541	\N	\N	\N	\N	row 2541\t2541	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe92d74ccacdc984afa0c517ad0d557a6	\N	\N	\N	\N	\N	\N	\N
2546	2542	\N	\N	\N	\N	row 2542\t2542	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3a690be93aa602ee2dc0ccab5b7b67e	\N	\N	\N	\N	\N	\N	\N
2547	2543	\N	\N	\N	\N	row 2543\t2543	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1b113258af3968aaf3969ca67e744ff8	\N	\N	\N	\N	\N	\N	\N
2548	2544	\N	\N	\N	\N	row 2544\t2544	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf0f6ba4b5e0000340312d33c212c3ae8	\N	\N	\N	\N	\N	\N	\N
2549	2545	\N	\N	\N	\N	row 2545\t2545	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9d28de8ff9bb6a3fa41fddfdc28f3bc1	\N	\N	\N	\N	\N	\N	\N
2550	2546	\N	\N	\N	\N	row 2546\t2546	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92a0e7a415d64ebafcb16a8ca817cde4	\N	\N	\N	\N	\N	\N	\N
2551	2547	\N	\N	\N	\N	row 2547\t2547	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86ecfcbc1e9f1ae5ee2d71910877da36	\N	\N	\N	\N	\N	\N	\N
2552	2548	\N	\N	\N	\N	row 2548\t2548	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e4a2c65bdaddd66a53422d93daebe68	\N	\N	\N	\N	\N	\N	\N
2553	2549	\N	\N	\N	\N	row 2549\t2549	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb21f9f98829dea9a48fd8aaddc1f159d	\N	\N	\N	\N	\N	\N	\N
2554	2550	\N	\N	\N	\N	row 2550\t2550	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x85353d3b2f39b9c9b5ee3576578c04b7	\N	\N	\N	\N	\N	\N	\N
2555	2551	\N	\N	\N	\N	row 2551\t2551	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x921c2dc40d0b979c2910298d2f880152	\N	\N	\N	\N	\N	\N	\N
2556	2552	\N	\N	\N	\N	row 2552\t2552	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4be5a36cbaca8ab9d2066debfe4e65c1	\N	\N	\N	\N	\N	\N	\N
2557	2553	\N	\N	\N	\N	row 2553\t2553	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd7619beb6eb189509885fbc192d2874b	\N	\N	\N	\N	\N	\N	\N
2558	2554	\N	\N	\N	\N	row 2554\t2554	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8c59fd6fbe0e9793ec2b27971221cace	\N	\N	\N	\N	\N	\N	\N
2559	2555	\N	\N	\N	\N	row 2555\t2555	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5acdc9ca5d99ae66afdfe1eea0e3b26b	\N	\N	\N	\N	\N	\N	\N
2560	2556	\N	\N	\N	\N	row 2556\t2556	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1d94108e907bb8311d8802b48fd54b4a	\N	\N	\N	\N	\N	\N	\N
2561	2557	\N	\N	\N	\N	row 2557\t2557	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1680829293f2a8541efa2647a0290f88	\N	\N	\N	\N	\N	\N	\N
2562	2558	\N	\N	\N	\N	row 2558\t2558	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2288f691b58edecadcc9a8691762b4fd	\N	\N	\N	\N	\N	\N	\N
2563	2559	\N	\N	\N	\N	row 2559\t2559	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5baa9c23ac3e015ad287b17a3d4afa3	\N	\N	\N	\N	\N	\N	\N
2564	2560	\N	\N	\N	\N	row 2560\t2560	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb0ecdb070a1a0ac46de0cd733d39cf3	\N	\N	\N	\N	\N	\N	\N
2565	2561	\N	\N	\N	\N	row 2561\t2561	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x59eb5dd36914c29b299c84b7ddaf08ec	\N	\N	\N	\N	\N	\N	\N
2566	2562	\N	\N	\N	\N	row 2562\t2562	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdbab2adc8f9d078009ee3fa810bea142	\N	\N	\N	\N	\N	\N	\N
2567	2563	\N	\N	\N	\N	row 2563\t2563	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdbd22ba3bd0df8f385bdac3e9f8be207	\N	\N	\N	\N	\N	\N	\N
2568	2564	\N	\N	\N	\N	row 2564\t2564	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8169e05e2a0debcb15458f2cc1eff0ea	\N	\N	\N	\N	\N	\N	\N
2569	2565	\N	\N	\N	\N	row 2565\t2565	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6acf4b0f69f6f6e60e9a815938aa1ff	\N	\N	\N	\N	\N	\N	\N
2570	2566	\N	\N	\N	\N	row 2566\t2566	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42fe880812925e520249e808937738d2	\N	\N	\N	\N	\N	\N	\N
2571	2567	\N	\N	\N	\N	row 2567\t2567	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdda04f9d634145a9c68d5dfe53b21272	\N	\N	\N	\N	\N	\N	\N
2572	2568	\N	\N	\N	\N	row 2568\t2568	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x48c3ec5c3a93a9e294a8a6392ccedeb4	\N	\N	\N	\N	\N	\N	\N
2573	2569	\N	\N	\N	\N	row 2569\t2569	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02f657d55eaf1c4840ce8d66fcdaf90c	\N	\N	\N	\N	\N	\N	\N
2574	2570	\N	\N	\N	\N	row 2570\t2570	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x852c44ddce7e0c7e4c64d86147300831	\N	\N	\N	\N	\N	\N	\N
2575	2571	\N	\N	\N	\N	row 2571\t2571	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x283085d30e10513624c8cece7993f4de	\N	\N	\N	\N	\N	\N	\N
2576	2572	\N	\N	\N	\N	row 2572\t2572	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0e90532fb42ac6de18e25e95db73047	\N	\N	\N	\N	\N	\N	\N
2577	2573	\N	\N	\N	\N	row 2573\t2573	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x60519c3dd22587d6de04d5f1e28bd41d	\N	\N	\N	\N	\N	\N	\N
2578	2574	\N	\N	\N	\N	row 2574\t2574	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8f125da0b3432ed853c0b6f7ee5aaa6b	\N	\N	\N	\N	\N	\N	\N
2579	2575	\N	\N	\N	\N	row 2575\t2575	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfecf2c550171d3195c879d115440ae45	\N	\N	\N	\N	\N	\N	\N
2580	2576	\N	\N	\N	\N	row 2576\t2576	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef1e491a766ce3127556063d49bc2f98	\N	\N	\N	\N	\N	\N	\N
2581	2577	\N	\N	\N	\N	row 2577\t2577	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x74934548253bcab8490ebd74afed7031	\N	\N	\N	\N	\N	\N	\N
2582	2578	\N	\N	\N	\N	row 2578\t2578	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9457fc28ceb408103e13533e4a5b6bd1	\N	\N	\N	\N	\N	\N	\N
2583	2579	\N	\N	\N	\N	row 2579\t2579	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5b168fdba5ee5ea262cc2d4c0b457697	\N	\N	\N	\N	\N	\N	\N
2584	2580	\N	\N	\N	\N	row 2580\t2580	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17b3c7061788dbe82de5abe9f6fe22b3	\N	\N	\N	\N	\N	\N	\N
2585	2581	\N	\N	\N	\N	row 2581\t2581	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x309a8e73b2cdb95fc1affa8845504e87	\N	\N	\N	\N	\N	\N	\N
2586	2582	\N	\N	\N	\N	row 2582\t2582	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e83722522e8aeb7512b7075311316b7	\N	\N	\N	\N	\N	\N	\N
2587	2583	\N	\N	\N	\N	row 2583\t2583	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeaa52f3366768bca401dca9ea5b181dd	\N	\N	\N	\N	\N	\N	\N
2588	2584	\N	\N	\N	\N	row 2584\t2584	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92426b262d11b0ade77387cf8416e153	\N	\N	\N	\N	\N	\N	\N
2589	2585	\N	\N	\N	\N	row 2585\t2585	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x36e729ec173b94133d8fa552e4029f8b	\N	\N	\N	\N	\N	\N	\N
2590	2586	\N	\N	\N	\N	row 2586\t2586	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc57168a952f5d46724cf35dfc3d48a7f	\N	\N	\N	\N	\N	\N	\N
2591	2587	\N	\N	\N	\N	row 2587\t2587	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef0917ea498b1665ad6c701057155abe	\N	\N	\N	\N	\N	\N	\N
2592	2588	\N	\N	\N	\N	row 2588\t2588	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb89fd138b104dcf8e2077ad2a23954d	\N	\N	\N	\N	\N	\N	\N
2593	2589	\N	\N	\N	\N	row 2589\t2589	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x743c41a921516b04afde48bb48e28ce6	\N	\N	\N	\N	\N	\N	\N
2594	2590	\N	\N	\N	\N	row 2590\t2590	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7876acb66640bad41f1e1371ef30c180	\N	\N	\N	\N	\N	\N	\N
2595	2591	\N	\N	\N	\N	row 2591\t2591	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x978fce5bcc4eccc88ad48ce3914124a2	\N	\N	\N	\N	\N	\N	\N
2596	2592	\N	\N	\N	\N	row 2592\t2592	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x18bb68e2b38e4a8ce7cf4f6b2625768c	\N	\N	\N	\N	\N	\N	\N
2597	2593	\N	\N	\N	\N	row 2593\t2593	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x026a39ae63343c68b5223a95f3e17616	\N	\N	\N	\N	\N	\N	\N
2598	2594	\N	\N	\N	\N	row 2594\t2594	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xce758408f6ef98d7c7a7b786eca7b3a8	\N	\N	\N	\N	\N	\N	\N
2599	2595	\N	\N	\N	\N	row 2595\t2595	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x453fadbd8a1a3af50a9df4df899537b5	\N	\N	\N	\N	\N	\N	\N
2600	2596	\N	\N	\N	\N	row 2596\t2596	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd70364a8fcba02366697df66f50b4d4	\N	\N	\N	\N	\N	\N	\N
2601	2597	\N	\N	\N	\N	row 2597\t2597	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xed57844fa5e051809ead5aa7e3e1d555	\N	\N	\N	\N	\N	\N	\N
2602	2598	\N	\N	\N	\N	row 2598\t2598	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ebccfb3e317c7789f04f7a558df4537	\N	\N	\N	\N	\N	\N	\N
2603	2599	\N	\N	\N	\N	row 2599\t2599	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x50abc3e730e36b387ca8e02c26dc0a22	\N	\N	\N	\N	\N	\N	\N
2604	2600	\N	\N	\N	\N	row 2600\t2600	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x32b991e5d77ad140559ffb95522992d0	\N	\N	\N	\N	\N	\N	\N
2605	2601	\N	\N	\N	\N	row 2601\t2601	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe02e27e04fdff967ba7d76fb24b8069d	\N	\N	\N	\N	\N	\N	\N
2606	2602	\N	\N	\N	\N	row 2602\t2602	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6403675579f6114559c90de0014cd3d6	\N	\N	\N	\N	\N	\N	\N
2607	2603	\N	\N	\N	\N	row 2603\t2603	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92f54963fc39a9d87c2253186808ea61	\N	\N	\N	\N	\N	\N	\N
2608	2604	\N	\N	\N	\N	row 2604\t2604	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x880610aa9f9de9ea7c545169c716f477	\N	\N	\N	\N	\N	\N	\N
2609	2605	\N	\N	\N	\N	row 2605\t2605	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd3fad7d3634dbfb61018813546edbccb	\N	\N	\N	\N	\N	\N	\N
2610	2606	\N	\N	\N	\N	row 2606\t2606	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa431d70133ef6cf688bc4f6093922b48	\N	\N	\N	\N	\N	\N	\N
2611	2607	\N	\N	\N	\N	row 2607\t2607	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x53c6de78244e9f528eb3e1cda69699bb	\N	\N	\N	\N	\N	\N	\N
2612	2608	\N	\N	\N	\N	row 2608\t2608	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd756d3d2b9dac72449a6a6926534558a	\N	\N	\N	\N	\N	\N	\N
2613	2609	\N	\N	\N	\N	row 2609\t2609	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x339a18def9898dd60a634b2ad8fbbd58	\N	\N	\N	\N	\N	\N	\N
2614	2610	\N	\N	\N	\N	row 2610\t2610	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8dc5983b8c4ef1d8fcd5f325f9a65511	\N	\N	\N	\N	\N	\N	\N
2615	2611	\N	\N	\N	\N	row 2611\t2611	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x321cf86b4c9f5ddd04881a44067c2a5a	\N	\N	\N	\N	\N	\N	\N
2616	2612	\N	\N	\N	\N	row 2612\t2612	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1175defd049d3301e047ce50d93e9c7a	\N	\N	\N	\N	\N	\N	\N
2617	2613	\N	\N	\N	\N	row 2613\t2613	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6aed000af86a084f9cb0264161e29dd3	\N	\N	\N	\N	\N	\N	\N
2618	2614	\N	\N	\N	\N	row 2614\t2614	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5df07ecf4cea616e3eb384a9be3511bb	\N	\N	\N	\N	\N	\N	\N
2619	2615	\N	\N	\N	\N	row 2615\t2615	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc4f796afbc6267501964b46427b3f6ba	\N	\N	\N	\N	\N	\N	\N
2620	2616	\N	\N	\N	\N	row 2616\t2616	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3d06db1f8c85b2837b4603a51834425	\N	\N	\N	\N	\N	\N	\N
2621	2617	\N	\N	\N	\N	row 2617\t2617	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x75e33da9b103b7b91dcd8da0abe1354b	\N	\N	\N	\N	\N	\N	\N
2622	2618	\N	\N	\N	\N	row 2618\t2618	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17f98ddf040204eda0af36a108cbdea4	\N	\N	\N	\N	\N	\N	\N
2623	2619	\N	\N	\N	\N	row 2619\t2619	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x40173ea48d9567f1f393b20c855bb40b	\N	\N	\N	\N	\N	\N	\N
2624	2620	\N	\N	\N	\N	row 2620\t2620	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8bd39eae38511daad6152e84545e504d	\N	\N	\N	\N	\N	\N	\N
2625	2621	\N	\N	\N	\N	row 2621\t2621	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcc70903297fe1e25537ae50aea186306	\N	\N	\N	\N	\N	\N	\N
2626	2622	\N	\N	\N	\N	row 2622\t2622	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06fe1c234519f6812fc4c1baae25d6af	\N	\N	\N	\N	\N	\N	\N
2627	2623	\N	\N	\N	\N	row 2623\t2623	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e68c3c7bf14ad0bcaba52babfa470bd	\N	\N	\N	\N	\N	\N	\N
2628	2624	\N	\N	\N	\N	row 2624\t2624	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf1748d6b0fd9d439f71450117eba2725	\N	\N	\N	\N	\N	\N	\N
2629	2625	\N	\N	\N	\N	row 2625\t2625	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6412fef87392ae8c987b0ecc79da1902	\N	\N	\N	\N	\N	\N	\N
2630	2626	\N	\N	\N	\N	row 2626\t2626	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe354fd90b2d5c777bfec87a352a18976	\N	\N	\N	\N	\N	\N	\N
2631	2627	\N	\N	\N	\N	row 2627\t2627	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4de81d9105c85bca6e6e4666e6dd536a	\N	\N	\N	\N	\N	\N	\N
2632	2628	\N	\N	\N	\N	row 2628\t2628	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e065119c74efe3a47aec8796964cf8b	\N	\N	\N	\N	\N	\N	\N
2633	2629	\N	\N	\N	\N	row 2629\t2629	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8cff9bf6694dccfc3b6a613d05d51d16	\N	\N	\N	\N	\N	\N	\N
2634	2630	\N	\N	\N	\N	row 2630\t2630	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdd17e652cd2a08fdb8bf7f68e2ad3814	\N	\N	\N	\N	\N	\N	\N
2635	2631	\N	\N	\N	\N	row 2631\t2631	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe113bb92c69391dd39e2488f9f588382	\N	\N	\N	\N	\N	\N	\N
2636	2632	\N	\N	\N	\N	row 2632\t2632	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x75455e062929d32a333868084286bb68	\N	\N	\N	\N	\N	\N	\N
2637	2633	\N	\N	\N	\N	row 2633\t2633	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc03d48253286a798f5116ec00e99b2b	\N	\N	\N	\N	\N	\N	\N
2638	2634	\N	\N	\N	\N	row 2634\t2634	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb75bd27b5a48a1b48987a18d831f6336	\N	\N	\N	\N	\N	\N	\N
2639	2635	\N	\N	\N	\N	row 2635\t2635	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xed277964a8959e72a0d987e598dfbe72	\N	\N	\N	\N	\N	\N	\N
2640	2636	\N	\N	\N	\N	row 2636\t2636	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc61fbef63df5ff317aecdc3670094472	\N	\N	\N	\N	\N	\N	\N
2641	2637	\N	\N	\N	\N	row 2637\t2637	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc60d870eaad6a3946ab3e8734466e532	\N	\N	\N	\N	\N	\N	\N
2642	2638	\N	\N	\N	\N	row 2638\t2638	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x06c284d3f757b15c02f47f3ff06dc275	\N	\N	\N	\N	\N	\N	\N
2643	2639	\N	\N	\N	\N	row 2639\t2639	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x09a5e2a11bea20817477e0b1dfe2cc21	\N	\N	\N	\N	\N	\N	\N
2644	2640	\N	\N	\N	\N	row 2640\t2640	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a5748a2fbaa6564d05d7f2ae29a9355	\N	\N	\N	\N	\N	\N	\N
2645	2641	\N	\N	\N	\N	row 2641\t2641	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf21e255f89e0f258accbe4e984eef486	\N	\N	\N	\N	\N	\N	\N
2646	2642	\N	\N	\N	\N	row 2642\t2642	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf12f2b34a0c3174269c19e21c07dee68	\N	\N	\N	\N	\N	\N	\N
2647	2643	\N	\N	\N	\N	row 2643\t2643	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x38181d991caac98be8fb2ecb8bd0f166	\N	\N	\N	\N	\N	\N	\N
2648	2644	\N	\N	\N	\N	row 2644\t2644	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf35a2bc72dfdc2aae569a0c7370bd7f5	\N	\N	\N	\N	\N	\N	\N
2649	2645	\N	\N	\N	\N	row 2645\t2645	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa7789ef88d599b8df86bbee632b2994d	\N	\N	\N	\N	\N	\N	\N
2650	2646	\N	\N	\N	\N	row 2646\t2646	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf2e43fa3400d826df4195a9ac70dca62	\N	\N	\N	\N	\N	\N	\N
2651	2647	\N	\N	\N	\N	row 2647\t2647	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0b7e926154c1274e8b602ff0d7c133d7	\N	\N	\N	\N	\N	\N	\N
2652	2648	\N	\N	\N	\N	row 2648\t2648	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb06b9db06012a7a4179b8f3cb5384d3	\N	\N	\N	\N	\N	\N	\N
2653	2649	\N	\N	\N	\N	row 2649\t2649	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x30f8f6b940d1073d8b6a5eebc46dd6e5	\N	\N	\N	\N	\N	\N	\N
2654	2650	\N	\N	\N	\N	row 2650\t2650	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd8bf84be3800d12f74d8b05e9b89836f	\N	\N	\N	\N	\N	\N	\N
2655	2651	\N	\N	\N	\N	row 2651\t2651	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x148260a1ce4fe4907df4cd475c442e28	\N	\N	\N	\N	\N	\N	\N
2656	2652	\N	\N	\N	\N	row 2652\t2652	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c215f194276000be6a6df6528067151	\N	\N	\N	\N	\N	\N	\N
2657	2653	\N	\N	\N	\N	row 2653\t2653	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x217e342fc01668b10cb1188d40d3370e	\N	\N	\N	\N	\N	\N	\N
2658	2654	\N	\N	\N	\N	row 2654\t2654	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7180cffd6a8e829dacfc2a31b3f72ece	\N	\N	\N	\N	\N	\N	\N
2659	2655	\N	\N	\N	\N	row 2655\t2655	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe0688d13958a19e087e123148555e4b4	\N	\N	\N	\N	\N	\N	\N
2660	2656	\N	\N	\N	\N	row 2656\t2656	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1680e9fa7b4dd5d62ece800239bb53bd	\N	\N	\N	\N	\N	\N	\N
2661	2657	\N	\N	\N	\N	row 2657\t2657	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb096577e264d1ebd6b41041f392eec23	\N	\N	\N	\N	\N	\N	\N
2662	2658	\N	\N	\N	\N	row 2658\t2658	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x18ad9899f3f21a5a1583584d5f11c0c0	\N	\N	\N	\N	\N	\N	\N
2663	2659	\N	\N	\N	\N	row 2659\t2659	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x358aee4cc897452c00244351e4d91f69	\N	\N	\N	\N	\N	\N	\N
2664	2660	\N	\N	\N	\N	row 2660\t2660	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1b9812b99fe2672af746cefda86be5f9	\N	\N	\N	\N	\N	\N	\N
2665	2661	\N	\N	\N	\N	row 2661\t2661	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2417dc8af8570f274e6775d4d60496da	\N	\N	\N	\N	\N	\N	\N
2666	2662	\N	\N	\N	\N	row 2662\t2662	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98b418276d571e623651fc1d471c7811	\N	\N	\N	\N	\N	\N	\N
2667	2663	\N	\N	\N	\N	row 2663\t2663	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x908a6f6a6c131a850ecb0e3f11b08189	\N	\N	\N	\N	\N	\N	\N
2668	2664	\N	\N	\N	\N	row 2664\t2664	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdaaaf13651380465fc284db6940d8478	\N	\N	\N	\N	\N	\N	\N
2669	2665	\N	\N	\N	\N	row 2665\t2665	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe727fa59ddefcefb5d39501167623132	\N	\N	\N	\N	\N	\N	\N
2670	2666	\N	\N	\N	\N	row 2666\t2666	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1102a326d5f7c9e04fc3c89d0ede88c9	\N	\N	\N	\N	\N	\N	\N
2671	2667	\N	\N	\N	\N	row 2667\t2667	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7edccc661418aeb5761dbcdc06ad490c	\N	\N	\N	\N	\N	\N	\N
2672	2668	\N	\N	\N	\N	row 2668\t2668	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5ac8bb8a7d745102a978c5f8ccdb61b8	\N	\N	\N	\N	\N	\N	\N
2673	2669	\N	\N	\N	\N	row 2669\t2669	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0bed45bd5774ffddc95ffe500024f628	\N	\N	\N	\N	\N	\N	\N
2674	2670	\N	\N	\N	\N	row 2670\t2670	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x028ee724157b05d04e7bdcf237d12e60	\N	\N	\N	\N	\N	\N	\N
2675	2671	\N	\N	\N	\N	row 2671\t2671	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf8da71e562ff44a2bc7edf3578c593da	\N	\N	\N	\N	\N	\N	\N
2676	2672	\N	\N	\N	\N	row 2672\t2672	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0e900ad84f63618452210ab8baae0218	\N	\N	\N	\N	\N	\N	\N
2677	2673	\N	\N	\N	\N	row 2673\t2673	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x88fee0421317424e4469f33a48f50cb0	\N	\N	\N	\N	\N	\N	\N
2678	2674	\N	\N	\N	\N	row 2674\t2674	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8345c3bb9e3896ea538ce77ffaf2c20	\N	\N	\N	\N	\N	\N	\N
2679	2675	\N	\N	\N	\N	row 2675\t2675	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa8aa681aaa4588a8dbd3b42b26d59a1a	\N	\N	\N	\N	\N	\N	\N
2680	2676	\N	\N	\N	\N	row 2676\t2676	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd89a66c7c80a29b1bdbab0f2a1a94af8	\N	\N	\N	\N	\N	\N	\N
2681	2677	\N	\N	\N	\N	row 2677\t2677	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe97c864e8ac67f7aed5ce53ec28638f5	\N	\N	\N	\N	\N	\N	\N
2682	2678	\N	\N	\N	\N	row 2678\t2678	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x94aef38441efa3380a3bed3faf1f9d5d	\N	\N	\N	\N	\N	\N	\N
2683	2679	\N	\N	\N	\N	row 2679\t2679	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9813b270ed0288e7c0388f0fd4ec68f5	\N	\N	\N	\N	\N	\N	\N
2684	2680	\N	\N	\N	\N	row 2680\t2680	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x220a7f49d42406598587a66f02584ac3	\N	\N	\N	\N	\N	\N	\N
2685	2681	\N	\N	\N	\N	row 2681\t2681	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdcda54e29207294d8e7e1b537338b1c0	\N	\N	\N	\N	\N	\N	\N
2686	2682	\N	\N	\N	\N	row 2682\t2682	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf15eda31a2da646eea513b0f81a5414d	\N	\N	\N	\N	\N	\N	\N
2687	2683	\N	\N	\N	\N	row 2683\t2683	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8420d359404024567b5aefda1231af24	\N	\N	\N	\N	\N	\N	\N
2688	2684	\N	\N	\N	\N	row 2684\t2684	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7c4bf50b715509a963ce81b168ca674b	\N	\N	\N	\N	\N	\N	\N
2689	2685	\N	\N	\N	\N	row 2685\t2685	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x41ab1b1d6bf108f388dfb5cd282fb76c	\N	\N	\N	\N	\N	\N	\N
2690	2686	\N	\N	\N	\N	row 2686\t2686	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3a0844cee4fcf57de0c71e9ad3035478	\N	\N	\N	\N	\N	\N	\N
2691	2687	\N	\N	\N	\N	row 2687\t2687	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x573eec40e4ef4f2089531dd5cbf629f8	\N	\N	\N	\N	\N	\N	\N
2692	2688	\N	\N	\N	\N	row 2688\t2688	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb38e5ff5f816ac6e4169bce9314b2996	\N	\N	\N	\N	\N	\N	\N
2693	2689	\N	\N	\N	\N	row 2689\t2689	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x577fd60255d4bb0f466464849ffe6d8e	\N	\N	\N	\N	\N	\N	\N
2694	2690	\N	\N	\N	\N	row 2690\t2690	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf6185f0ef02dcaec414a3171cd01c697	\N	\N	\N	\N	\N	\N	\N
2695	2691	\N	\N	\N	\N	row 2691\t2691	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x110eec23201d80e40d0c4a48954e2ff5	\N	\N	\N	\N	\N	\N	\N
2696	2692	\N	\N	\N	\N	row 2692\t2692	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd790c9e6c0b5e02c87b375e782ac01bc	\N	\N	\N	\N	\N	\N	\N
2697	2693	\N	\N	\N	\N	row 2693\t2693	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3bd4017318837e92a66298c7855f4427	\N	\N	\N	\N	\N	\N	\N
2698	2694	\N	\N	\N	\N	row 2694\t2694	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcf9b2d0406020c56599f9a93708832b5	\N	\N	\N	\N	\N	\N	\N
2699	2695	\N	\N	\N	\N	row 2695\t2695	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdbbf603ff0e99629dda5d75b6f75f966	\N	\N	\N	\N	\N	\N	\N
2700	2696	\N	\N	\N	\N	row 2696\t2696	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc2b690516158a874dd8aabe1365c6a0	\N	\N	\N	\N	\N	\N	\N
2701	2697	\N	\N	\N	\N	row 2697\t2697	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xab452534c5ce28c4fbb0e102d4a4fb2e	\N	\N	\N	\N	\N	\N	\N
2702	2698	\N	\N	\N	\N	row 2698\t2698	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb4ab556bc42d6f0ee0f9e24ec4d1af0	\N	\N	\N	\N	\N	\N	\N
2703	2699	\N	\N	\N	\N	row 2699\t2699	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0415740eaa4d9decbc8da001d3fd805f	\N	\N	\N	\N	\N	\N	\N
2704	2700	\N	\N	\N	\N	row 2700\t2700	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf1b0775946bc0329b35b823b86eeb5f5	\N	\N	\N	\N	\N	\N	\N
2705	2701	\N	\N	\N	\N	row 2701\t2701	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdf0e09d6f25a15a815563df9827f48fa	\N	\N	\N	\N	\N	\N	\N
2706	2702	\N	\N	\N	\N	row 2702\t2702	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2e7ceec8361275c4e31fee5fe422740b	\N	\N	\N	\N	\N	\N	\N
2707	2703	\N	\N	\N	\N	row 2703\t2703	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x220c77af02f8ad8561b150d93000ddff	\N	\N	\N	\N	\N	\N	\N
2708	2704	\N	\N	\N	\N	row 2704\t2704	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x81c2f886f91e18fe16d6f4e865877cb6	\N	\N	\N	\N	\N	\N	\N
2709	2705	\N	\N	\N	\N	row 2705\t2705	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x825f9cd5f0390bc77c1fed3c94885c87	\N	\N	\N	\N	\N	\N	\N
2710	2706	\N	\N	\N	\N	row 2706\t2706	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2e74c2cf88f68a68c84e9509abc7ea56	\N	\N	\N	\N	\N	\N	\N
2711	2707	\N	\N	\N	\N	row 2707\t2707	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65f2a94c8c2d56d5b43a1a3d9d811102	\N	\N	\N	\N	\N	\N	\N
2712	2708	\N	\N	\N	\N	row 2708\t2708	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x03fa2f7502f5f6b9169e67d17cbf51bb	\N	\N	\N	\N	\N	\N	\N
2713	2709	\N	\N	\N	\N	row 2709\t2709	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a99158e0c52f9e7d290906c9d08268d	\N	\N	\N	\N	\N	\N	\N
2714	2710	\N	\N	\N	\N	row 2710\t2710	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xde594ef5c314372edec29b93cab9d72e	\N	\N	\N	\N	\N	\N	\N
2715	2711	\N	\N	\N	\N	row 2711\t2711	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65fc9fb4897a89789352e211ca2d398f	\N	\N	\N	\N	\N	\N	\N
2716	2712	\N	\N	\N	\N	row 2712\t2712	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbbeb0c1b1fd44e392c7ce2fdbd137e87	\N	\N	\N	\N	\N	\N	\N
2717	2713	\N	\N	\N	\N	row 2713\t2713	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x403ea2e851b9ab04a996beab4a480a30	\N	\N	\N	\N	\N	\N	\N
2718	2714	\N	\N	\N	\N	row 2714\t2714	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb628386c9b92481fab68fbf284bd6a64	\N	\N	\N	\N	\N	\N	\N
2719	2715	\N	\N	\N	\N	row 2715\t2715	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xff2cc3b8c7caeaa068f2abbc234583f5	\N	\N	\N	\N	\N	\N	\N
2720	2716	\N	\N	\N	\N	row 2716\t2716	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcdd96eedd7f695f4d61802f8105ba2b0	\N	\N	\N	\N	\N	\N	\N
2721	2717	\N	\N	\N	\N	row 2717\t2717	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x058d6f2fbe951a5a56d96b1f1a6bca1c	\N	\N	\N	\N	\N	\N	\N
2722	2718	\N	\N	\N	\N	row 2718\t2718	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad47a008a2f806aa6eb1b53852cd8b37	\N	\N	\N	\N	\N	\N	\N
2723	2719	\N	\N	\N	\N	row 2719\t2719	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7aee26c309def8c5a2a076eb250b8f36	\N	\N	\N	\N	\N	\N	\N
2724	2720	\N	\N	\N	\N	row 2720\t2720	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfa2e8c4385712f9a1d24c363a2cbe5b8	\N	\N	\N	\N	\N	\N	\N
2725	2721	\N	\N	\N	\N	row 2721\t2721	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x362387494f6be6613daea643a7706a42	\N	\N	\N	\N	\N	\N	\N
2726	2722	\N	\N	\N	\N	row 2722\t2722	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x33267e5dc58fad346e92471c43fcccdc	\N	\N	\N	\N	\N	\N	\N
2727	2723	\N	\N	\N	\N	row 2723\t2723	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc315f0320b7cd4ec85756fac52d78076	\N	\N	\N	\N	\N	\N	\N
2728	2724	\N	\N	\N	\N	row 2724\t2724	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x64a08e5f1e6c39faeb90108c430eb120	\N	\N	\N	\N	\N	\N	\N
2729	2725	\N	\N	\N	\N	row 2725\t2725	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4bbdcc0e821637155ac4217bdab70d2e	\N	\N	\N	\N	\N	\N	\N
2730	2726	\N	\N	\N	\N	row 2726\t2726	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1c00bcd4b5183705c134b3365f8c45e	\N	\N	\N	\N	\N	\N	\N
2731	2727	\N	\N	\N	\N	row 2727\t2727	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x23fc4cba066f390a8cc729c7592b6ee8	\N	\N	\N	\N	\N	\N	\N
2732	2728	\N	\N	\N	\N	row 2728\t2728	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5e751896e527c862bf67251a474b3819	\N	\N	\N	\N	\N	\N	\N
2733	2729	\N	\N	\N	\N	row 2729\t2729	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb7f1f29db7c23648f2bb8d6a8ee0469b	\N	\N	\N	\N	\N	\N	\N
2734	2730	\N	\N	\N	\N	row 2730\t2730	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x421b3ac5c24ee992edd6087611c60dbb	\N	\N	\N	\N	\N	\N	\N
2735	2731	\N	\N	\N	\N	row 2731\t2731	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x08f38e0434442128fab5ead6217ca759	\N	\N	\N	\N	\N	\N	\N
2736	2732	\N	\N	\N	\N	row 2732\t2732	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x361440528766bbaaaa1901845cf4152b	\N	\N	\N	\N	\N	\N	\N
2737	2733	\N	\N	\N	\N	row 2733\t2733	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec1f850d934f440cfa8e4a18d2cf5463	\N	\N	\N	\N	\N	\N	\N
2738	2734	\N	\N	\N	\N	row 2734\t2734	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f7c351ee977c765aa8cd5c7020bc38f	\N	\N	\N	\N	\N	\N	\N
2739	2735	\N	\N	\N	\N	row 2735\t2735	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1d49780520898fe37f0cd6b41c5311bf	\N	\N	\N	\N	\N	\N	\N
2740	2736	\N	\N	\N	\N	row 2736\t2736	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x47fd3c87f42f55d4b233417d49c34783	\N	\N	\N	\N	\N	\N	\N
2741	2737	\N	\N	\N	\N	row 2737\t2737	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9ff7c9eb9d37f434db778f59178012da	\N	\N	\N	\N	\N	\N	\N
2742	2738	\N	\N	\N	\N	row 2738\t2738	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa4613e8d72a61b3b69b32d040f89ad81	\N	\N	\N	\N	\N	\N	\N
2743	2739	\N	\N	\N	\N	row 2739\t2739	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x56584778d5a8ab88d6393cc4cd11e090	\N	\N	\N	\N	\N	\N	\N
2744	2740	\N	\N	\N	\N	row 2740\t2740	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x96f2b50b5d3613adf9c27049b2a888c7	\N	\N	\N	\N	\N	\N	\N
2745	2741	\N	\N	\N	\N	row 2741\t2741	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcdcb2f5c7b071143529ef7f2705dfbc4	\N	\N	\N	\N	\N	\N	\N
2746	2742	\N	\N	\N	\N	row 2742\t2742	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x78f7d96ea21ccae89a7b581295f34135	\N	\N	\N	\N	\N	\N	\N
2747	2743	\N	\N	\N	\N	row 2743\t2743	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x22b1f2e0983160db6f7bb9f62f4dbb39	\N	\N	\N	\N	\N	\N	\N
2748	2744	\N	\N	\N	\N	row 2744\t2744	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a45828dead8c065099cb653a2185df1	\N	\N	\N	\N	\N	\N	\N
2749	2745	\N	\N	\N	\N	row 2745\t2745	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x531db99cb00833bcd414459069dc7387	\N	\N	\N	\N	\N	\N	\N
2750	2746	\N	\N	\N	\N	row 2746\t2746	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd37124c4c79f357cb02c655671a432fa	\N	\N	\N	\N	\N	\N	\N
2751	2747	\N	\N	\N	\N	row 2747\t2747	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x868b7df964b1af24c8c0a9e43a330c6a	\N	\N	\N	\N	\N	\N	\N
2752	2748	\N	\N	\N	\N	row 2748\t2748	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1006ff12c465532f8c574aeaa4461b16	\N	\N	\N	\N	\N	\N	\N
2753	2749	\N	\N	\N	\N	row 2749\t2749	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd37b3ca37106b2bfdeaa12647e3bb1c9	\N	\N	\N	\N	\N	\N	\N
2754	2750	\N	\N	\N	\N	row 2750\t2750	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfc192b0c0d270dbf41870a63a8c76c2f	\N	\N	\N	\N	\N	\N	\N
2755	2751	\N	\N	\N	\N	row 2751\t2751	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x030e65da2b1c944090548d36b244b28d	\N	\N	\N	\N	\N	\N	\N
2756	2752	\N	\N	\N	\N	row 2752\t2752	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb2ea5e977c5fc1ccfa74171a9723dd61	\N	\N	\N	\N	\N	\N	\N
2757	2753	\N	\N	\N	\N	row 2753\t2753	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9dc372713683fd865d366d5d9ee810ba	\N	\N	\N	\N	\N	\N	\N
2758	2754	\N	\N	\N	\N	row 2754\t2754	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x044a23cadb567653eb51d4eb40acaa88	\N	\N	\N	\N	\N	\N	\N
2759	2755	\N	\N	\N	\N	row 2755\t2755	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17693c91d9204b7a7646284bb3adb603	\N	\N	\N	\N	\N	\N	\N
2760	2756	\N	\N	\N	\N	row 2756\t2756	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9a11883317fde3aef2e2432a58c86779	\N	\N	\N	\N	\N	\N	\N
2761	2757	\N	\N	\N	\N	row 2757\t2757	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd58e2f077670f4de9cd7963c857f2534	\N	\N	\N	\N	\N	\N	\N
2762	2758	\N	\N	\N	\N	row 2758\t2758	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f141cf8e7136ce8701dc6636c2a6fe4	\N	\N	\N	\N	\N	\N	\N
2763	2759	\N	\N	\N	\N	row 2759\t2759	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x35c5a2cb362c4d214156f930e7d13252	\N	\N	\N	\N	\N	\N	\N
2764	2760	\N	\N	\N	\N	row 2760\t2760	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb0bef4c9a6e50d43880191492d4fc827	\N	\N	\N	\N	\N	\N	\N
2765	2761	\N	\N	\N	\N	row 2761\t2761	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x566a9968b43628588e76be5a85a0f9e8	\N	\N	\N	\N	\N	\N	\N
2766	2762	\N	\N	\N	\N	row 2762\t2762	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b6921f2c64dee16ba21ebf17f3c2c92	\N	\N	\N	\N	\N	\N	\N
2767	2763	\N	\N	\N	\N	row 2763\t2763	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf804d21145597e42851fa736e221da3f	\N	\N	\N	\N	\N	\N	\N
2768	2764	\N	\N	\N	\N	row 2764\t2764	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x98d8a23fd60826a2a474c5b4f5811707	\N	\N	\N	\N	\N	\N	\N
2769	2765	\N	\N	\N	\N	row 2765\t2765	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x370bfb31abd222b582245b977ea5f25a	\N	\N	\N	\N	\N	\N	\N
2770	2766	\N	\N	\N	\N	row 2766\t2766	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x045cf83ab0722e782cf72d14e44adf98	\N	\N	\N	\N	\N	\N	\N
2771	2767	\N	\N	\N	\N	row 2767\t2767	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf75526659f31040afeb61cb7133e4e6d	\N	\N	\N	\N	\N	\N	\N
2772	2768	\N	\N	\N	\N	row 2768\t2768	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf499d34bd87b42948b3960b8f6b82e74	\N	\N	\N	\N	\N	\N	\N
2773	2769	\N	\N	\N	\N	row 2769\t2769	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x44ac09ac6a149136a4102ee4b4103ae6	\N	\N	\N	\N	\N	\N	\N
2774	2770	\N	\N	\N	\N	row 2770\t2770	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa7a3d70c6d17a73140918996d03c014f	\N	\N	\N	\N	\N	\N	\N
2775	2771	\N	\N	\N	\N	row 2771\t2771	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd8e1344e27a5b08cdfd5d027d9b8d6de	\N	\N	\N	\N	\N	\N	\N
2776	2772	\N	\N	\N	\N	row 2772\t2772	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x92bf5e6240737e0326ea59846a83e076	\N	\N	\N	\N	\N	\N	\N
2777	2773	\N	\N	\N	\N	row 2773\t2773	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf565bb9efccaf6986443db0bf01018bc	\N	\N	\N	\N	\N	\N	\N
2778	2774	\N	\N	\N	\N	row 2774\t2774	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1cd138d0499a68f4bb72bee04bbec2d7	\N	\N	\N	\N	\N	\N	\N
2779	2775	\N	\N	\N	\N	row 2775\t2775	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4a5876b450b45371f6cfe5047ac8cd45	\N	\N	\N	\N	\N	\N	\N
2780	2776	\N	\N	\N	\N	row 2776\t2776	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6244b2ba957c48bc64582cf2bcec3d04	\N	\N	\N	\N	\N	\N	\N
2781	2777	\N	\N	\N	\N	row 2777\t2777	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4a721cfb62f5d19ec61575114d8a2d1	\N	\N	\N	\N	\N	\N	\N
2782	2778	\N	\N	\N	\N	row 2778\t2778	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfd4f21f2556dad0ea8b7a5c04eabebda	\N	\N	\N	\N	\N	\N	\N
2783	2779	\N	\N	\N	\N	row 2779\t2779	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1300291698eadedb559786c809cc592	\N	\N	\N	\N	\N	\N	\N
2784	2780	\N	\N	\N	\N	row 2780\t2780	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd47844673f2db74d78da8687d794523d	\N	\N	\N	\N	\N	\N	\N
2785	2781	\N	\N	\N	\N	row 2781\t2781	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xae587cfeea5ac21a8f1c1ea51027fef0	\N	\N	\N	\N	\N	\N	\N
2786	2782	\N	\N	\N	\N	row 2782\t2782	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x60243f9b1ac2dba11ff8131c8f4431e0	\N	\N	\N	\N	\N	\N	\N
2787	2783	\N	\N	\N	\N	row 2783\t2783	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xccd45007df44dd0f12098f486e7e8a0f	\N	\N	\N	\N	\N	\N	\N
2788	2784	\N	\N	\N	\N	row 2784\t2784	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaeefb050911334869a7a5d9e4d0e1689	\N	\N	\N	\N	\N	\N	\N
2789	2785	\N	\N	\N	\N	row 2785\t2785	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5be278a9e02bed9248a4674ff62fea2c	\N	\N	\N	\N	\N	\N	\N
2790	2786	\N	\N	\N	\N	row 2786\t2786	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfb3f76858cb38e5b7fd113e0bc1c0721	\N	\N	\N	\N	\N	\N	\N
2791	2787	\N	\N	\N	\N	row 2787\t2787	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2e0bff759d057e28460eaa5b2cb118e5	\N	\N	\N	\N	\N	\N	\N
2792	2788	\N	\N	\N	\N	row 2788\t2788	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd210cf373cf002a04ec72ee395f66306	\N	\N	\N	\N	\N	\N	\N
2793	2789	\N	\N	\N	\N	row 2789\t2789	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb19aa25ff58940d974234b48391b9549	\N	\N	\N	\N	\N	\N	\N
2794	2790	\N	\N	\N	\N	row 2790\t2790	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec0bfd000f253eff3acb1043e1c06979	\N	\N	\N	\N	\N	\N	\N
2795	2791	\N	\N	\N	\N	row 2791\t2791	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad82140cafe816c41a9c9974e9240b7a	\N	\N	\N	\N	\N	\N	\N
2796	2792	\N	\N	\N	\N	row 2792\t2792	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1264a061d82a2edae1574b07249800d6	\N	\N	\N	\N	\N	\N	\N
2797	2793	\N	\N	\N	\N	row 2793\t2793	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4191ef5f6c1576762869ac49281130c9	\N	\N	\N	\N	\N	\N	\N
2798	2794	\N	\N	\N	\N	row 2794\t2794	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe465ae46b07058f4ab5e96b98f101756	\N	\N	\N	\N	\N	\N	\N
2799	2795	\N	\N	\N	\N	row 2795\t2795	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa7f592cef8b130a6967a90617db5681b	\N	\N	\N	\N	\N	\N	\N
2800	2796	\N	\N	\N	\N	row 2796\t2796	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe27a949795bbe863f31c3b79a2686770	\N	\N	\N	\N	\N	\N	\N
2801	2797	\N	\N	\N	\N	row 2797\t2797	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x74378afe5e8b20910cf1f939e57f0480	\N	\N	\N	\N	\N	\N	\N
2802	2798	\N	\N	\N	\N	row 2798\t2798	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x952c3ff98a6acdc36497d839e31aa57c	\N	\N	\N	\N	\N	\N	\N
2803	2799	\N	\N	\N	\N	row 2799\t2799	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0d9095b0d6bbe98ea0c9c02b11b59ee3	\N	\N	\N	\N	\N	\N	\N
2804	2800	\N	\N	\N	\N	row 2800\t2800	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0fc170ecbb8ff1afb2c6de48ea5343e7	\N	\N	\N	\N	\N	\N	\N
2805	2801	\N	\N	\N	\N	row 2801\t2801	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa3788c8c64fd65c470e23e7534c3ebc8	\N	\N	\N	\N	\N	\N	\N
2806	2802	\N	\N	\N	\N	row 2802\t2802	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2eb5657d37f474e4c4cf01e4882b8962	\N	\N	\N	\N	\N	\N	\N
2807	2803	\N	\N	\N	\N	row 2803\t2803	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x64c31821603ab476a318839606743bd6	\N	\N	\N	\N	\N	\N	\N
2808	2804	\N	\N	\N	\N	row 2804\t2804	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ab52371762b735317125e6446a51e8f	\N	\N	\N	\N	\N	\N	\N
2809	2805	\N	\N	\N	\N	row 2805\t2805	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x564645fbd0332f066cbd9d083ddd077c	\N	\N	\N	\N	\N	\N	\N
2810	2806	\N	\N	\N	\N	row 2806\t2806	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc0f971d8cd24364f2029fcb9ac7b71f5	\N	\N	\N	\N	\N	\N	\N
2811	2807	\N	\N	\N	\N	row 2807\t2807	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x765d5fb115a9f6a3e0b23b80a5b2e4c4	\N	\N	\N	\N	\N	\N	\N
2812	2808	\N	\N	\N	\N	row 2808\t2808	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd0010a6f34908640a4a6da2389772a78	\N	\N	\N	\N	\N	\N	\N
2813	2809	\N	\N	\N	\N	row 2809\t2809	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4fd1d2cb085390fbbadae65e07876a7	\N	\N	\N	\N	\N	\N	\N
2814	2810	\N	\N	\N	\N	row 2810\t2810	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x663772ea088360f95bac3dc7ffb841be	\N	\N	\N	\N	\N	\N	\N
2815	2811	\N	\N	\N	\N	row 2811\t2811	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x227f6afd3b7f89b96c4bb91f95d50f6d	\N	\N	\N	\N	\N	\N	\N
2816	2812	\N	\N	\N	\N	row 2812\t2812	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf3b7e5d3eb074cde5b76e26bc0fb5776	\N	\N	\N	\N	\N	\N	\N
2817	2813	\N	\N	\N	\N	row 2813\t2813	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x39d352b0395ba768e18f042c6e2a8621	\N	\N	\N	\N	\N	\N	\N
2818	2814	\N	\N	\N	\N	row 2814\t2814	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e987cf1b2f1f6ffa6a43066798b4b7f	\N	\N	\N	\N	\N	\N	\N
2819	2815	\N	\N	\N	\N	row 2815\t2815	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf5b1b89d98b7286673128a5fb112cb9a	\N	\N	\N	\N	\N	\N	\N
2820	2816	\N	\N	\N	\N	row 2816\t2816	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4e2a6330465c8ffcaa696a5a16639176	\N	\N	\N	\N	\N	\N	\N
2821	2817	\N	\N	\N	\N	row 2817\t2817	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x182e6c2d3d78eef40e5dac7da77a748f	\N	\N	\N	\N	\N	\N	\N
2822	2818	\N	\N	\N	\N	row 2818\t2818	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd53697441ef12a45422f6660202f9840	\N	\N	\N	\N	\N	\N	\N
2823	2819	\N	\N	\N	\N	row 2819\t2819	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x28acfe2da49d2b9a7f177458256f2540	\N	\N	\N	\N	\N	\N	\N
2824	2820	\N	\N	\N	\N	row 2820\t2820	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaee92f16efd522b9326c25cc3237ac15	\N	\N	\N	\N	\N	\N	\N
2825	2821	\N	\N	\N	\N	row 2821\t2821	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x56cb94cb34617aeadff1e79b53f38354	\N	\N	\N	\N	\N	\N	\N
2826	2822	\N	\N	\N	\N	row 2822\t2822	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0172d289da48c48de8c5ebf3de9f7ee1	\N	\N	\N	\N	\N	\N	\N
2827	2823	\N	\N	\N	\N	row 2823\t2823	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46f76a4bda9a9579eab38a8f6eabcda1	\N	\N	\N	\N	\N	\N	\N
2828	2824	\N	\N	\N	\N	row 2824\t2824	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb030afbb3a8af8fb0759241c97466ee4	\N	\N	\N	\N	\N	\N	\N
2829	2825	\N	\N	\N	\N	row 2825\t2825	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3fc2c60b5782f641f76bcefc39fb2392	\N	\N	\N	\N	\N	\N	\N
2830	2826	\N	\N	\N	\N	row 2826\t2826	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x12311d05c9aa67765703984239511212	\N	\N	\N	\N	\N	\N	\N
2831	2827	\N	\N	\N	\N	row 2827\t2827	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x09b69adcd7cbae914c6204984097d2da	\N	\N	\N	\N	\N	\N	\N
2832	2828	\N	\N	\N	\N	row 2828\t2828	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb139aeda1c2914e3b579aafd3ceeb1bd	\N	\N	\N	\N	\N	\N	\N
2833	2829	\N	\N	\N	\N	row 2829\t2829	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x46b2644cbdf489fac0e2d192212d206d	\N	\N	\N	\N	\N	\N	\N
2834	2830	\N	\N	\N	\N	row 2830\t2830	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0738069b244a1c43c83112b735140a16	\N	\N	\N	\N	\N	\N	\N
2835	2831	\N	\N	\N	\N	row 2831\t2831	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4ea6a546c19499318091a9df40a13181	\N	\N	\N	\N	\N	\N	\N
2836	2832	\N	\N	\N	\N	row 2832\t2832	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2bc8ae25856bc2a6a1333d1331a3b7a6	\N	\N	\N	\N	\N	\N	\N
2837	2833	\N	\N	\N	\N	row 2833\t2833	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xade55409d1224074754035a5a937d2e0	\N	\N	\N	\N	\N	\N	\N
2838	2834	\N	\N	\N	\N	row 2834\t2834	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9752d873fa71c19dc602bf2a0696f9b5	\N	\N	\N	\N	\N	\N	\N
2839	2835	\N	\N	\N	\N	row 2835\t2835	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6775a0635c302542da2c32aa19d86be0	\N	\N	\N	\N	\N	\N	\N
2840	2836	\N	\N	\N	\N	row 2836\t2836	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e0e24295e8a86282cb559b860416812	\N	\N	\N	\N	\N	\N	\N
2841	2837	\N	\N	\N	\N	row 2837\t2837	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x353de26971b93af88da102641069b440	\N	\N	\N	\N	\N	\N	\N
2842	2838	\N	\N	\N	\N	row 2838\t2838	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd0bb8259d8fe3c7df4554dab9d7da3c9	\N	\N	\N	\N	\N	\N	\N
2843	2839	\N	\N	\N	\N	row 2839\t2839	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5d75b942ab4bd730bc2e819df9c9a4b5	\N	\N	\N	\N	\N	\N	\N
2844	2840	\N	\N	\N	\N	row 2840\t2840	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa78482ce76496fcf49085f2190e675b4	\N	\N	\N	\N	\N	\N	\N
2845	2841	\N	\N	\N	\N	row 2841\t2841	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd71fa38b648d86602d14ac610f2e6194	\N	\N	\N	\N	\N	\N	\N
2846	2842	\N	\N	\N	\N	row 2842\t2842	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3812f9a59b634c2a9c574610eaba5bed	\N	\N	\N	\N	\N	\N	\N
2847	2843	\N	\N	\N	\N	row 2843\t2843	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbf2fb7d1825a1df3ca308ad0bf48591e	\N	\N	\N	\N	\N	\N	\N
2848	2844	\N	\N	\N	\N	row 2844\t2844	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6f1d0705c91c2145201df18a1a0c7345	\N	\N	\N	\N	\N	\N	\N
2849	2845	\N	\N	\N	\N	row 2845\t2845	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b29fa4efe4fb7bc667c7b301b74d52d	\N	\N	\N	\N	\N	\N	\N
2850	2846	\N	\N	\N	\N	row 2846\t2846	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xeb9fc349601c69352c859c1faa287874	\N	\N	\N	\N	\N	\N	\N
2851	2847	\N	\N	\N	\N	row 2847\t2847	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfdf1bc5669e8ff5ba45d02fded729feb	\N	\N	\N	\N	\N	\N	\N
2852	2848	\N	\N	\N	\N	row 2848\t2848	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5a2756a3cb9cde852cad3c97e120b656	\N	\N	\N	\N	\N	\N	\N
2853	2849	\N	\N	\N	\N	row 2849\t2849	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2217ad1dd50c1017d3df6b44b7c45508	\N	\N	\N	\N	\N	\N	\N
2854	2850	\N	\N	\N	\N	row 2850\t2850	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe833e042f509c996b1b25324d56659fb	\N	\N	\N	\N	\N	\N	\N
2855	2851	\N	\N	\N	\N	row 2851\t2851	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd3d80b656929a5bc0fa34381bf42fbdd	\N	\N	\N	\N	\N	\N	\N
2856	2852	\N	\N	\N	\N	row 2852\t2852	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x881c6efa917cff1c97a74e03e15f43e8	\N	\N	\N	\N	\N	\N	\N
2857	2853	\N	\N	\N	\N	row 2853\t2853	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd3aeec875c479e55d1cdeea161842ec6	\N	\N	\N	\N	\N	\N	\N
2858	2854	\N	\N	\N	\N	row 2854\t2854	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3070e6addcd702cb58de5d7897bfdae1	\N	\N	\N	\N	\N	\N	\N
2859	2855	\N	\N	\N	\N	row 2855\t2855	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1a6727711b84fd1efbb87fc565199d13	\N	\N	\N	\N	\N	\N	\N
2860	2856	\N	\N	\N	\N	row 2856\t2856	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1397386b7a1507535c59764a15ee0c98	\N	\N	\N	\N	\N	\N	\N
2861	2857	\N	\N	\N	\N	row 2857\t2857	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4491777b1aa8b5b32c2e8666dbe1a495	\N	\N	\N	\N	\N	\N	\N
2862	2858	\N	\N	\N	\N	row 2858\t2858	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42a6845a557bef704ad8ac9cb4461d43	\N	\N	\N	\N	\N	\N	\N
2863	2859	\N	\N	\N	\N	row 2859\t2859	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa226e450e214f350856e2980b6e55ac9	\N	\N	\N	\N	\N	\N	\N
2864	2860	\N	\N	\N	\N	row 2860\t2860	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x894db62f7b7a6ed2f2a277dae56a017c	\N	\N	\N	\N	\N	\N	\N
2865	2861	\N	\N	\N	\N	row 2861\t2861	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbd1354624fbae3b2149878941c60df99	\N	\N	\N	\N	\N	\N	\N
2866	2862	\N	\N	\N	\N	row 2862\t2862	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1ec3e7af38e33222bde173fecaef6bfa	\N	\N	\N	\N	\N	\N	\N
2867	2863	\N	\N	\N	\N	row 2863\t2863	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6cbc650cd5798a05dfd0f51d14cde5c	\N	\N	\N	\N	\N	\N	\N
2868	2864	\N	\N	\N	\N	row 2864\t2864	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef0d17b3bdb4ee2aa741ba28c7255c53	\N	\N	\N	\N	\N	\N	\N
2869	2865	\N	\N	\N	\N	row 2865\t2865	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x85690f81aadc1749175c187784afc9ee	\N	\N	\N	\N	\N	\N	\N
2870	2866	\N	\N	\N	\N	row 2866\t2866	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x801fd8c2a4e79c1d24a40dc735c051ae	\N	\N	\N	\N	\N	\N	\N
2871	2867	\N	\N	\N	\N	row 2867\t2867	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1a99f6821980ac99136dcd2f1e9c8740	\N	\N	\N	\N	\N	\N	\N
2872	2868	\N	\N	\N	\N	row 2868\t2868	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8b3bac12926cc1d9fb5d68783376971d	\N	\N	\N	\N	\N	\N	\N
2873	2869	\N	\N	\N	\N	row 2869\t2869	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2c61965b5e23b47b77d7c51611b6d7f	\N	\N	\N	\N	\N	\N	\N
2874	2870	\N	\N	\N	\N	row 2870\t2870	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x327708dd10d68b1361ad3addbaca01f2	\N	\N	\N	\N	\N	\N	\N
2875	2871	\N	\N	\N	\N	row 2871\t2871	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2650d6089a6d640c5e85b2b88265dc2b	\N	\N	\N	\N	\N	\N	\N
2876	2872	\N	\N	\N	\N	row 2872\t2872	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7e0a0209b929d097bd3e8ef30567a5c1	\N	\N	\N	\N	\N	\N	\N
2877	2873	\N	\N	\N	\N	row 2873\t2873	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xefd7e9ed0e5e694ba6df444d84dfa37d	\N	\N	\N	\N	\N	\N	\N
2878	2874	\N	\N	\N	\N	row 2874\t2874	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe6af401c28c1790eaef7d55c92ab6ab6	\N	\N	\N	\N	\N	\N	\N
2879	2875	\N	\N	\N	\N	row 2875\t2875	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4f1f29888cabf5d45f866fe457737a23	\N	\N	\N	\N	\N	\N	\N
2880	2876	\N	\N	\N	\N	row 2876\t2876	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x12a1d073d5ed3fa12169c67c4e2ce415	\N	\N	\N	\N	\N	\N	\N
2881	2877	\N	\N	\N	\N	row 2877\t2877	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf076073b2082f8741a9cd07b789c77a0	\N	\N	\N	\N	\N	\N	\N
2882	2878	\N	\N	\N	\N	row 2878\t2878	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa6db4ed04f1621a119799fd3d7545d3d	\N	\N	\N	\N	\N	\N	\N
2883	2879	\N	\N	\N	\N	row 2879\t2879	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec8b57b0be908301f5748fb04b0714c7	\N	\N	\N	\N	\N	\N	\N
2884	2880	\N	\N	\N	\N	row 2880\t2880	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc61f571dbd2fb949d3fe5ae1608dd48b	\N	\N	\N	\N	\N	\N	\N
2885	2881	\N	\N	\N	\N	row 2881\t2881	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x445e1050156c6ae8c082a8422bb7dfc0	\N	\N	\N	\N	\N	\N	\N
2886	2882	\N	\N	\N	\N	row 2882\t2882	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ef35a8b78b572a47f56846acbeef5d3	\N	\N	\N	\N	\N	\N	\N
2887	2883	\N	\N	\N	\N	row 2883\t2883	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc3008b2c6f5370b744850a98a95b73ad	\N	\N	\N	\N	\N	\N	\N
2888	2884	\N	\N	\N	\N	row 2884\t2884	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x780965ae22ea6aee11935f3fb73da841	\N	\N	\N	\N	\N	\N	\N
2889	2885	\N	\N	\N	\N	row 2885\t2885	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe98741479a7b998f88b8f8c9f0b6b6f1	\N	\N	\N	\N	\N	\N	\N
2890	2886	\N	\N	\N	\N	row 2886\t2886	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x15cf76466b97264765356fcc56d801d1	\N	\N	\N	\N	\N	\N	\N
2891	2887	\N	\N	\N	\N	row 2887\t2887	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1dba5eed8838571e1c80af145184e515	\N	\N	\N	\N	\N	\N	\N
2892	2888	\N	\N	\N	\N	row 2888\t2888	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x488c1e0332065eb80e1129139a67d6e0	\N	\N	\N	\N	\N	\N	\N
2893	2889	\N	\N	\N	\N	row 2889\t2889	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7f018eb7b301a66658931cb8a93fd6e8	\N	\N	\N	\N	\N	\N	\N
2894	2890	\N	\N	\N	\N	row 2890\t2890	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb4944963b5c83d545c3d3022bcf03282	\N	\N	\N	\N	\N	\N	\N
2895	2891	\N	\N	\N	\N	row 2891\t2891	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x7a006957be65e608e863301eb98e1808	\N	\N	\N	\N	\N	\N	\N
2896	2892	\N	\N	\N	\N	row 2892\t2892	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6fe131632103526e3a6e8114c78eb1e1	\N	\N	\N	\N	\N	\N	\N
2897	2893	\N	\N	\N	\N	row 2893\t2893	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9719a00ed0c5709d80dfef33795dcef3	\N	\N	\N	\N	\N	\N	\N
2898	2894	\N	\N	\N	\N	row 2894\t2894	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5b4130c9e891d39891289001cc97d86b	\N	\N	\N	\N	\N	\N	\N
2899	2895	\N	\N	\N	\N	row 2895\t2895	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6b8b8e3bd6ad94b985c1b1f1b7a94cb2	\N	\N	\N	\N	\N	\N	\N
2900	2896	\N	\N	\N	\N	row 2896\t2896	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe8f2779682fd11fa2067beffc27a9192	\N	\N	\N	\N	\N	\N	\N
2901	2897	\N	\N	\N	\N	row 2897\t2897	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e3197aae95c2ff8fcab35cb730f6a86	\N	\N	\N	\N	\N	\N	\N
2902	2898	\N	\N	\N	\N	row 2898\t2898	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25ef0d887bc7a2b30089a025618e1c62	\N	\N	\N	\N	\N	\N	\N
2903	2899	\N	\N	\N	\N	row 2899\t2899	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x332647f433a1c10fa2e2ae04abfdf83e	\N	\N	\N	\N	\N	\N	\N
2904	2900	\N	\N	\N	\N	row 2900\t2900	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf9fd2624beefbc7808e4e405d73f57ab	\N	\N	\N	\N	\N	\N	\N
2905	2901	\N	\N	\N	\N	row 2901\t2901	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa57e8915461b83adefb011530b711704	\N	\N	\N	\N	\N	\N	\N
2906	2902	\N	\N	\N	\N	row 2902\t2902	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x379a7ba015d8bf1c70b8add2c287c6fa	\N	\N	\N	\N	\N	\N	\N
2907	2903	\N	\N	\N	\N	row 2903\t2903	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3c333aadfc3ee8ecb8d77ee31197d96a	\N	\N	\N	\N	\N	\N	\N
2908	2904	\N	\N	\N	\N	row 2904\t2904	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb8b9c74ac526fffbeb2d39ab038d1cd7	\N	\N	\N	\N	\N	\N	\N
2909	2905	\N	\N	\N	\N	row 2905\t2905	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x314450613369e0ee72d0da7f6fee773c	\N	\N	\N	\N	\N	\N	\N
2910	2906	\N	\N	\N	\N	row 2906\t2906	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9e82757e9a1c12cb710ad680db11f6f1	\N	\N	\N	\N	\N	\N	\N
2911	2907	\N	\N	\N	\N	row 2907\t2907	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc7558e9d1f956b016d1fdba7ea132378	\N	\N	\N	\N	\N	\N	\N
2912	2908	\N	\N	\N	\N	row 2908\t2908	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x73b817090081cef1bca77232f4532c5d	\N	\N	\N	\N	\N	\N	\N
2913	2909	\N	\N	\N	\N	row 2909\t2909	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb5b03f06271f8917685d14cea7c6c50a	\N	\N	\N	\N	\N	\N	\N
2914	2910	\N	\N	\N	\N	row 2910\t2910	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdba31bb5c75992690f20c2d3b370ec7c	\N	\N	\N	\N	\N	\N	\N
2915	2911	\N	\N	\N	\N	row 2911\t2911	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xef67f7c2d86352c2c42e19d20f881f53	\N	\N	\N	\N	\N	\N	\N
2916	2912	\N	\N	\N	\N	row 2912\t2912	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc68c9c8258ea7d85472dd6fd0015f047	\N	\N	\N	\N	\N	\N	\N
2917	2913	\N	\N	\N	\N	row 2913\t2913	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb31df16a88ce00fed951f24b46e08649	\N	\N	\N	\N	\N	\N	\N
2918	2914	\N	\N	\N	\N	row 2914\t2914	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17eb7ecc4c38e4705361cccd903ad8c6	\N	\N	\N	\N	\N	\N	\N
2919	2915	\N	\N	\N	\N	row 2915\t2915	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe924517087669cf201ea91bd737a4ff4	\N	\N	\N	\N	\N	\N	\N
2920	2916	\N	\N	\N	\N	row 2916\t2916	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x340a39045c40d50dda207bcfdece883a	\N	\N	\N	\N	\N	\N	\N
2921	2917	\N	\N	\N	\N	row 2917\t2917	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdfb84a11f431c62436cfb760e30a34fe	\N	\N	\N	\N	\N	\N	\N
2922	2918	\N	\N	\N	\N	row 2918\t2918	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf6c9dc70ecfd8f90ba8598aa2401cd1a	\N	\N	\N	\N	\N	\N	\N
2923	2919	\N	\N	\N	\N	row 2919\t2919	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6271faadeedd7626d661856b7a004e27	\N	\N	\N	\N	\N	\N	\N
2924	2920	\N	\N	\N	\N	row 2920\t2920	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x465636eb4a7ff4b267f3b765d07a02da	\N	\N	\N	\N	\N	\N	\N
2925	2921	\N	\N	\N	\N	row 2921\t2921	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x17d8da815fa21c57af9829fb0a869602	\N	\N	\N	\N	\N	\N	\N
2926	2922	\N	\N	\N	\N	row 2922\t2922	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6d19c113404cee55b4036fce1a37c058	\N	\N	\N	\N	\N	\N	\N
2927	2923	\N	\N	\N	\N	row 2923\t2923	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa4666cd9e1ab0e4abf05a0fb232f4ad3	\N	\N	\N	\N	\N	\N	\N
2928	2924	\N	\N	\N	\N	row 2924\t2924	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3953630da28e5181cffca1278517e3cf	\N	\N	\N	\N	\N	\N	\N
2929	2925	\N	\N	\N	\N	row 2925\t2925	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xac34ae1fda29b8fe781ac8d6d32a6bc7	\N	\N	\N	\N	\N	\N	\N
2930	2926	\N	\N	\N	\N	row 2926\t2926	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x56c82ccd658e09e829f16bb99457bcbc	\N	\N	\N	\N	\N	\N	\N
2931	2927	\N	\N	\N	\N	row 2927\t2927	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2b64c2f19d868305aa8bbc2d72902cc5	\N	\N	\N	\N	\N	\N	\N
2932	2928	\N	\N	\N	\N	row 2928\t2928	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9087b0efc7c7acd1ef7e153678809c77	\N	\N	\N	\N	\N	\N	\N
2933	2929	\N	\N	\N	\N	row 2929\t2929	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa36b0dcd1e6384abc0e1867860ad3ee3	\N	\N	\N	\N	\N	\N	\N
2934	2930	\N	\N	\N	\N	row 2930\t2930	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6624b6d8217cf71640993409df58204f	\N	\N	\N	\N	\N	\N	\N
2935	2931	\N	\N	\N	\N	row 2931\t2931	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x86c4ad52768c511046fea7b2d42b300c	\N	\N	\N	\N	\N	\N	\N
2936	2932	\N	\N	\N	\N	row 2932\t2932	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc429429bf1f2af051f2021dc92a8ebea	\N	\N	\N	\N	\N	\N	\N
2937	2933	\N	\N	\N	\N	row 2933\t2933	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x25766f01628f3d34b93a36a2301dffc9	\N	\N	\N	\N	\N	\N	\N
2938	2934	\N	\N	\N	\N	row 2934\t2934	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5dc126b503e374b0e08231344a7f493f	\N	\N	\N	\N	\N	\N	\N
2939	2935	\N	\N	\N	\N	row 2935\t2935	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb6617980ce90f637e68c3ebe8b9be745	\N	\N	\N	\N	\N	\N	\N
2940	2936	\N	\N	\N	\N	row 2936\t2936	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec7f346604f518906d35ef0492709f78	\N	\N	\N	\N	\N	\N	\N
2941	2937	\N	\N	\N	\N	row 2937\t2937	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8fc687aa152e8199fe9e73304d407bca	\N	\N	\N	\N	\N	\N	\N
2942	2938	\N	\N	\N	\N	row 2938\t2938	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x42853a61b26fef79e2ae788d97356799	\N	\N	\N	\N	\N	\N	\N
2943	2939	\N	\N	\N	\N	row 2939\t2939	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6c990b7aca7bc7058f5e98ea909e924b	\N	\N	\N	\N	\N	\N	\N
2944	2940	\N	\N	\N	\N	row 2940\t2940	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x8e930496927757aac0dbd2438cb3f4f6	\N	\N	\N	\N	\N	\N	\N
2945	2941	\N	\N	\N	\N	row 2941\t2941	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x4b21cf96d4cf612f239a6c322b10c8fe	\N	\N	\N	\N	\N	\N	\N
2946	2942	\N	\N	\N	\N	row 2942\t2942	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2a0f97f81755e2878b264adf39cba68e	\N	\N	\N	\N	\N	\N	\N
2947	2943	\N	\N	\N	\N	row 2943\t2943	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6e82873a32b95af115de1c414a1849cb	\N	\N	\N	\N	\N	\N	\N
2948	2944	\N	\N	\N	\N	row 2944\t2944	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0c1c995b77ea7312f887ddd9f9d35de5	\N	\N	\N	\N	\N	\N	\N
2949	2945	\N	\N	\N	\N	row 2945\t2945	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x892c3b1c6dccd52936e27cbd0ff683d6	\N	\N	\N	\N	\N	\N	\N
2950	2946	\N	\N	\N	\N	row 2946\t2946	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc9efe5f26cd17ba6216bbe2a7d26d490	\N	\N	\N	\N	\N	\N	\N
2951	2947	\N	\N	\N	\N	row 2947\t2947	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xad8e88c0f76fa4fc8e5474384142a00a	\N	\N	\N	\N	\N	\N	\N
2952	2948	\N	\N	\N	\N	row 2948\t2948	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x15c00b5250ddedaabc203b67f8b034fd	\N	\N	\N	\N	\N	\N	\N
2953	2949	\N	\N	\N	\N	row 2949\t2949	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe07bceab69529b0f0b43625953fbf2a0	\N	\N	\N	\N	\N	\N	\N
2954	2950	\N	\N	\N	\N	row 2950\t2950	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xbc4e356fee1972242c8f7eabf4dff517	\N	\N	\N	\N	\N	\N	\N
2955	2951	\N	\N	\N	\N	row 2951\t2951	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x02180771a9b609a26dcea07f272e141f	\N	\N	\N	\N	\N	\N	\N
2956	2952	\N	\N	\N	\N	row 2952\t2952	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1b79b52d1bf6f71b2b1eb7ca08ed0776	\N	\N	\N	\N	\N	\N	\N
2957	2953	\N	\N	\N	\N	row 2953\t2953	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe2f9247929b404b2fe98ba6f32301e3b	\N	\N	\N	\N	\N	\N	\N
2958	2954	\N	\N	\N	\N	row 2954\t2954	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdc20d1211f3e7a99d775b26052e0163e	\N	\N	\N	\N	\N	\N	\N
2959	2955	\N	\N	\N	\N	row 2955\t2955	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb44afe91b8a427a6be2078cc89bd6f9b	\N	\N	\N	\N	\N	\N	\N
2960	2956	\N	\N	\N	\N	row 2956\t2956	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xdb5cea26ca37aa09e5365f3e7f5dd9eb	\N	\N	\N	\N	\N	\N	\N
2961	2957	\N	\N	\N	\N	row 2957\t2957	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe22cb9d6bbb4c290a94e4fff4d68a831	\N	\N	\N	\N	\N	\N	\N
2962	2958	\N	\N	\N	\N	row 2958\t2958	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb91b1facf3b3a7890177f02ac188f14c	\N	\N	\N	\N	\N	\N	\N
2963	2959	\N	\N	\N	\N	row 2959\t2959	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x779efbd24d5a7e37ce8dc93e7c04d572	\N	\N	\N	\N	\N	\N	\N
2964	2960	\N	\N	\N	\N	row 2960\t2960	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xd1c373ab1570cfb9a7dbb53c186b37a2	\N	\N	\N	\N	\N	\N	\N
2965	2961	\N	\N	\N	\N	row 2961\t2961	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3e60e09c222f206c725385f53d7e567c	\N	\N	\N	\N	\N	\N	\N
2966	2962	\N	\N	\N	\N	row 2962\t2962	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x3b2d8f129ae2f408f2153cd9ce663043	\N	\N	\N	\N	\N	\N	\N
2967	2963	\N	\N	\N	\N	row 2963\t2963	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb887d8d5e65ac4dec3934028fe23ad72	\N	\N	\N	\N	\N	\N	\N
2968	2964	\N	\N	\N	\N	row 2964\t2964	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x60ad83801910ec976590f69f638e0d6d	\N	\N	\N	\N	\N	\N	\N
2969	2965	\N	\N	\N	\N	row 2965\t2965	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c303b0eed3133200cf715285011b4e4	\N	\N	\N	\N	\N	\N	\N
2970	2966	\N	\N	\N	\N	row 2966\t2966	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x65a31da7ede4dc9b03fb5bbf8f442ce9	\N	\N	\N	\N	\N	\N	\N
2971	2967	\N	\N	\N	\N	row 2967\t2967	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x63f44623dd8686aba388944c8810087f	\N	\N	\N	\N	\N	\N	\N
2972	2968	\N	\N	\N	\N	row 2968\t2968	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x62da8c91ce7b10846231921795d6059e	\N	\N	\N	\N	\N	\N	\N
2973	2969	\N	\N	\N	\N	row 2969\t2969	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x466473650870501e3600d9a1b4ee5d44	\N	\N	\N	\N	\N	\N	\N
2974	2970	\N	\N	\N	\N	row 2970\t2970	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6db291ac9963003618ca6aa15063c4d6	\N	\N	\N	\N	\N	\N	\N
2975	2971	\N	\N	\N	\N	row 2971\t2971	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaf44c4c56f385c43f2529f9b1b018f6a	\N	\N	\N	\N	\N	\N	\N
2976	2972	\N	\N	\N	\N	row 2972\t2972	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x0f21f0349462cacdc5796990d37760ae	\N	\N	\N	\N	\N	\N	\N
2977	2973	\N	\N	\N	\N	row 2973\t2973	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe37b08dd3015330dcbb5d6663667b8b8	\N	\N	\N	\N	\N	\N	\N
2978	2974	\N	\N	\N	\N	row 2974\t2974	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x6788076842014c83cedadbe6b0ba0314	\N	\N	\N	\N	\N	\N	\N
2979	2975	\N	\N	\N	\N	row 2975\t2975	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2ef3e50fd7c1091dda165f25be7f64fd	\N	\N	\N	\N	\N	\N	\N
2980	2976	\N	\N	\N	\N	row 2976\t2976	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa209ca7b50dcaab2db7c2d4d1223d4d5	\N	\N	\N	\N	\N	\N	\N
2981	2977	\N	\N	\N	\N	row 2977\t2977	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2bd2e3373dce441c6c3bfadd1daa953e	\N	\N	\N	\N	\N	\N	\N
2982	2978	\N	\N	\N	\N	row 2978\t2978	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9edcc1391c208ba0b503fe9a22574251	\N	\N	\N	\N	\N	\N	\N
2983	2979	\N	\N	\N	\N	row 2979\t2979	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x2d71b2ae158c7c5912cc0bbde2bb9d95	\N	\N	\N	\N	\N	\N	\N
2984	2980	\N	\N	\N	\N	row 2980\t2980	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xaa6b7ad9d68bf3443c35d23de844463b	\N	\N	\N	\N	\N	\N	\N
2985	2981	\N	\N	\N	\N	row 2981\t2981	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x9ff0525c64bf3d4c9957a1d4397f1b40	\N	\N	\N	\N	\N	\N	\N
2986	2982	\N	\N	\N	\N	row 2982\t2982	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa11ce019e96a4c60832eadd755a17a58	\N	\N	\N	\N	\N	\N	\N
2987	2983	\N	\N	\N	\N	row 2983\t2983	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xb1b0432ceafb0ce714426e9114852ac7	\N	\N	\N	\N	\N	\N	\N
2988	2984	\N	\N	\N	\N	row 2984\t2984	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x1c67df9e0a5cfefa030b853983324004	\N	\N	\N	\N	\N	\N	\N
2989	2985	\N	\N	\N	\N	row 2985\t2985	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x275d7fb2fd45098ad5c3ece2ed4a2824	\N	\N	\N	\N	\N	\N	\N
2990	2986	\N	\N	\N	\N	row 2986\t2986	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x769675d7c11f336ae6573e7e533570ec	\N	\N	\N	\N	\N	\N	\N
2991	2987	\N	\N	\N	\N	row 2987\t2987	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xae1d2c2d957a01dcb3f3b39685cdb4fa	\N	\N	\N	\N	\N	\N	\N
2992	2988	\N	\N	\N	\N	row 2988\t2988	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xfaa453efde4ac6a36849ba381feb9e87	\N	\N	\N	\N	\N	\N	\N
2993	2989	\N	\N	\N	\N	row 2989\t2989	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x5848ad959570f87753a60ce8be1567f3	\N	\N	\N	\N	\N	\N	\N
2994	2990	\N	\N	\N	\N	row 2990\t2990	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf6b5f8c32c65fee991049a55dc97d1ce	\N	\N	\N	\N	\N	\N	\N
2995	2991	\N	\N	\N	\N	row 2991\t2991	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xc5c1cb0bebd56ae38817b251ad72bedb	\N	\N	\N	\N	\N	\N	\N
2996	2992	\N	\N	\N	\N	row 2992\t2992	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x24b43fb034a10d78bec71274033b4096	\N	\N	\N	\N	\N	\N	\N
2997	2993	\N	\N	\N	\N	row 2993\t2993	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x58aaee7ae94b52697ad3b9275d46ec7f	\N	\N	\N	\N	\N	\N	\N
2998	2994	\N	\N	\N	\N	row 2994\t2994	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xec47a5de1ebd60f559fee4afd739d59b	\N	\N	\N	\N	\N	\N	\N
2999	2995	\N	\N	\N	\N	row 2995\t2995	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xcb12d7f933e7d102c52231bf62b8a678	\N	\N	\N	\N	\N	\N	\N
3000	2996	\N	\N	\N	\N	row 2996\t2996	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xf40438b554cc0e3d96ee6064c5798f55	\N	\N	\N	\N	\N	\N	\N
3001	2997	\N	\N	\N	\N	row 2997\t2997	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa0b83c02d720415dada82e08bc09e9f3	\N	\N	\N	\N	\N	\N	\N
3002	2998	\N	\N	\N	\N	row 2998\t2998	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\x71887f62f073a78511cbac56f8cab53f	\N	\N	\N	\N	\N	\N	\N
3003	2999	\N	\N	\N	\N	row 2999\t2999	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xa36e841c5230a79c2102036d2e259848	\N	\N	\N	\N	\N	\N	\N
3004	3000	\N	\N	\N	\N	row 3000\t3000	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\\xe93028bdc1aacdfb3687181f2031765d	\N	\N	\N	\N	\N	\N	\N
\.


--
-- Data for Name: parted_2024; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.parted_2024 (id, at) FROM stdin;
1	2024-05-05
2	2024-12-31
\.


--
-- Data for Name: parted_2025; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.parted_2025 (id, at) FROM stdin;
3	2025-06-01
\.


--
-- Name: counter; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.counter', 42, true);


--
-- Name: everything_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.everything_id_seq', 3004, true);


--
-- Name: t2 t2_pkey; Type: CONSTRAINT; Schema: other; Owner: postgres
--

ALTER TABLE ONLY other.t2
    ADD CONSTRAINT t2_pkey PRIMARY KEY (x);


--
-- Name: everything everything_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.everything
    ADD CONSTRAINT everything_pkey PRIMARY KEY (id);


--
-- Name: everything_t; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX everything_t ON public.everything USING btree (t);


--
-- Name: everything everything_trg; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER everything_trg BEFORE INSERT ON public.everything FOR EACH ROW EXECUTE FUNCTION public.trg();


--
-- Name: Mixed Case Mixed Case_ref_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Mixed Case"
    ADD CONSTRAINT "Mixed Case_ref_fkey" FOREIGN KEY (ref) REFERENCES public.everything(id);


--
-- Name: mv; Type: MATERIALIZED VIEW DATA; Schema: public; Owner: postgres
--

REFRESH MATERIALIZED VIEW public.mv;


--
-- PostgreSQL database dump complete
--

