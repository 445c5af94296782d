package it.dblc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Fails on its first run in this JVM only: rerunFailingTestsCount must turn it into a flake, not a failure. */
class FlakyIT {
    private static int attempts;

    @Test
    void passesOnTheSecondAttempt() {
        attempts++;
        assertTrue(attempts > 1, "first attempt fails on purpose");
    }
}
