package it.dblc;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class PassingIT {
    @Test
    void isBound() {
        assertNotNull(System.getProperty("db-lifecycle.database"));
    }
}
