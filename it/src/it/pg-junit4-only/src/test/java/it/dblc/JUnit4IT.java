package it.dblc;

import static org.junit.Assert.assertNotNull;

import org.junit.Test;

public class JUnit4IT {
    @Test
    public void bound() {
        assertNotNull(System.getProperty("db-lifecycle.url"));
    }
}
