package it.dblc;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

class MangoIT {
    @Test
    void bound() {
        assertNotNull(System.getProperty("db-lifecycle.database"));
    }
}
