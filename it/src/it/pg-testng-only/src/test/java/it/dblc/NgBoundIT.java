package it.dblc;

import static org.testng.Assert.assertNotNull;

import org.testng.annotations.Test;

public class NgBoundIT {
    @Test
    public void bound() {
        assertNotNull(System.getProperty("db-lifecycle.url"));
    }
}
