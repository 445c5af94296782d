package it.dblc.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each class checks that Spring's datasource is this fork's clone (not an embedded database, not the admin
 * database), reads the template's rows through JPA, writes one of its own, and records what the verify script
 * checks: worker, database, and the jar JUnit's launcher was loaded from (the project declares none).
 */
@SpringBootTest
abstract class BootCloneCheck {
    @Autowired
    PersonRepository people;

    @Autowired
    DataSource dataSource;

    @Test
    void runsOnThisForksOwnClone() throws Exception {
        String expected = System.getProperty("db-lifecycle.database");
        assertNotNull(expected, "db-lifecycle.database is not set: the provider did not bind this fork");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String product;
        try (var c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        String current = jdbc.queryForObject(
                product.equals("PostgreSQL") ? "select current_database()" : "select database()", String.class);
        assertEquals(expected, current, "Spring's datasource (" + product + ") is not this fork's clone");
        assertTrue(current.matches("[a-z][a-z0-9]*_[a-z0-9]{8}_[0-9]+"), current + " is not a db-lifecycle clone");

        long mine = 1000 + Long.parseLong(System.getProperty("db-lifecycle.worker")) * 10 + getClass().getSimpleName().length();
        assertTrue(people.findById(1L).isPresent(), "the template's rows are in the clone");
        people.save(new Person(mine, getClass().getSimpleName()));
        assertTrue(people.count() >= 4);
        record(product, current);
        Thread.sleep(2000); // lets the other fork take a class, so that both forks run
    }

    private void record(String product, String database) throws Exception {
        Path dir = Path.of(System.getProperty("basedir", ".")).resolve("target/dblc-it");
        Files.createDirectories(dir);
        Properties p = new Properties();
        p.setProperty("db-lifecycle.worker", System.getProperty("db-lifecycle.worker"));
        p.setProperty("db-lifecycle.database", database);
        p.setProperty("product", product);
        p.setProperty("launcher", Class.forName("org.junit.platform.launcher.core.LauncherFactory")
                .getProtectionDomain().getCodeSource().getLocation().toString());
        try (var out = Files.newBufferedWriter(dir.resolve(getClass().getSimpleName() + ".properties"))) {
            p.store(out, null);
        }
    }
}
