-- A template with every kind of object the MySQL backend must copy, written as people write scripts for the
-- mysql client (and as mysqldump writes them).
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
SET FOREIGN_KEY_CHECKS=0;
# child is created before its parent: only works because the SET above applies to the rest of the script
CREATE TABLE child (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  parent_id int NOT NULL,
  note varchar(20),
  CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
) ENGINE=InnoDB;
CREATE TABLE parent (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(50) CHARACTER SET latin1 COLLATE latin1_german1_ci NOT NULL,
  name_upper varchar(50) AS (upper(name)) VIRTUAL,
  name_len int AS (char_length(name)) STORED,
  price decimal(12,4) NOT NULL DEFAULT 0 CHECK (price >= 0),
  flags bit(5),
  kind enum('a','b','c'),
  tags set('x','y','z'),
  doc json,
  blobby blob,
  created datetime(6),
  ts timestamp(3) NULL DEFAULT NULL,
  ratio double,
  KEY idx_name (name),
  UNIQUE KEY uq_len_id (name_len, id),
  CONSTRAINT chk_kind CHECK (kind <> 'c' OR price > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci AUTO_INCREMENT=100 COMMENT='parents; with a ; in the comment';
CREATE TABLE docs (id int PRIMARY KEY, body text, FULLTEXT KEY ft_body (body)) ENGINE=InnoDB;
CREATE TABLE places (id int PRIMARY KEY, pos point NOT NULL, SPATIAL KEY sp_pos (pos)) ENGINE=InnoDB;
CREATE TABLE events_log (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
  PARTITION BY RANGE (year(at)) (PARTITION p2023 VALUES LESS THAN (2024), PARTITION pmax VALUES LESS THAN MAXVALUE);
CREATE TABLE legacy (id int PRIMARY KEY, v varchar(10)) ENGINE=MyISAM;
CREATE TABLE scratchpad (id int PRIMARY KEY) ENGINE=Aria;
CREATE TABLE zero_ai (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, d date) ENGINE=InnoDB;
CREATE SEQUENCE seq_orders START WITH 1000 INCREMENT BY 5;

INSERT INTO parent (id, name, price, flags, kind, tags, doc, blobby, created, ts, ratio) VALUES
  (1, 'Müller; "quoted"', 10.5, b'10101', 'a', 'x,z', '{"k": [1, 2, {"n": null}]}', x'00FF10', '2024-03-31 02:30:00.123456', '2024-03-31 01:30:00.5', 0.1),
  (2, 'back\\slash', 0, NULL, 'b', '', NULL, NULL, NULL, NULL, -1e-300),
  (3, 'O''Brien', 9999.9999, b'11111', 'c', 'y', '[]', repeat(x'AB', 3000), '1000-01-01 00:00:00', '2038-01-19 03:14:07', NULL);
INSERT INTO parent (id, name) VALUES (120, 'gap'), (121, 'gone');
DELETE FROM parent WHERE id = 121;  -- AUTO_INCREMENT stays at 122, not max(id) + 1
INSERT INTO child (parent_id, note) VALUES (1, 'one'), (1, 'two'), (3, NULL);
INSERT INTO docs VALUES (1, 'the quick brown fox'), (2, 'jumps over; the lazy dog');
INSERT INTO places VALUES (1, ST_GeomFromText('POINT(1 2)')), (2, ST_GeomFromText('POINT(-3.5 4.25)'));
INSERT INTO events_log VALUES (1, '2023-06-01'), (2, '2025-01-01');
INSERT INTO legacy VALUES (1, 'myisam');
SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO');
INSERT INTO zero_ai VALUES (0, '0000-00-00'), (5, '2024-01-01');
SET SESSION sql_mode = REPLACE(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO', '');
SELECT NEXTVAL(seq_orders);

DELIMITER ;;
CREATE FUNCTION f_tax(p decimal(12,4)) RETURNS decimal(12,4)
  DETERMINISTIC
  COMMENT 'tax; with a semicolon'
BEGIN
  DECLARE r decimal(12,4);
  SET r = p * 0.19; -- a comment; inside
  RETURN r;
END;;
CREATE PROCEDURE p_add(IN n varchar(50), OUT new_id int)
  MODIFIES SQL DATA
BEGIN
  INSERT INTO parent (name) VALUES (n);
  SET new_id = LAST_INSERT_ID();
END;;
CREATE TRIGGER trg_child_ai AFTER INSERT ON child FOR EACH ROW
BEGIN
  UPDATE parent SET price = price + 1 WHERE id = NEW.parent_id;
END;;
CREATE DEFINER=`ghost_user`@`%` TRIGGER trg_child_bi BEFORE INSERT ON child FOR EACH ROW
  SET NEW.note = coalesce(NEW.note, 'auto');;
/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER trg_child_bi2 BEFORE INSERT ON child
  FOR EACH ROW FOLLOWS trg_child_bi BEGIN SET NEW.note = upper(NEW.note); END */;;
CREATE EVENT ev_cleanup ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00' DISABLE
  COMMENT 'never runs in tests' DO DELETE FROM legacy WHERE id < 0;;
DELIMITER ;
-- views on views, created in an order that alphabetical order would get wrong
CREATE VIEW v_z_base AS SELECT id, name, price FROM parent WHERE price >= 0;
CREATE SQL SECURITY INVOKER VIEW v_a_on_base AS SELECT id, price FROM v_z_base WHERE price > 1 WITH CHECK OPTION;
CREATE ALGORITHM=TEMPTABLE VIEW v_m_top AS SELECT count(*) AS n, f_tax(sum(price)) AS tax FROM v_a_on_base;

/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
