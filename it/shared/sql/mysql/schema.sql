-- Template schema for the MySQL/MariaDB ITs, written for the mysql client.
/*!40101 SET NAMES utf8mb4 */;
SET FOREIGN_KEY_CHECKS = 0;
CREATE TABLE items (
    id   int NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name varchar(100) NOT NULL /* a comment; with a semicolon */
) ENGINE=InnoDB;

CREATE TABLE writers (
    pid        bigint       NOT NULL,
    test_class varchar(100) NOT NULL,
    written_at timestamp(3) NULL
) ENGINE=InnoDB;

# A stored program with semicolons in its body.
DELIMITER ;;
CREATE TRIGGER writers_stamp BEFORE INSERT ON writers FOR EACH ROW
BEGIN
    SET NEW.written_at = now(3); -- not the end of the statement
END;;
DELIMITER ;
