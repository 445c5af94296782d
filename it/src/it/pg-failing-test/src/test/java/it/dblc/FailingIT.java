package it.dblc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FailingIT {
    @Test
    void fails() {
        assertEquals(1, 2, "this test fails on purpose");
    }
}
