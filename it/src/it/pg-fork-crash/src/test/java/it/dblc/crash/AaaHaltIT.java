package it.dblc.crash;

import org.junit.jupiter.api.Test;

/** First in alphabetical order: its JVM dies holding its clone's lease, with no chance to release anything. */
class AaaHaltIT {
    @Test
    void dies() throws Exception {
        Record.write(getClass().getSimpleName());
        Runtime.getRuntime().halt(42);
    }
}
