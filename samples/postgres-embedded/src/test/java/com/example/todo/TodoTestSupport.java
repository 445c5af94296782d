package com.example.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

/**
 * Every test starts from the template's three rows and changes them. Were two forks to share one database, their
 * changes would collide and the counts below would be wrong; each fork has its own clone, so they are not.
 */
abstract class TodoTestSupport {
    protected final TodoRepository todos = new TodoRepository(System.getProperty("db-lifecycle.url"), System.getProperty("db-lifecycle.username"));

    /** Stands in for a slow database-bound test, so the two forks visibly run at the same time. */
    protected static void work() throws InterruptedException {
        Thread.sleep(1500);
    }

    protected void assertCount(int expected) throws SQLException {
        assertEquals(expected, todos.count(), "rows in " + System.getProperty("db-lifecycle.database"));
    }
}
