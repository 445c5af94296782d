package it.dblc.endings;

import org.junit.jupiter.api.Test;

class BravoTest {
    @Test
    void runsOnItsClone() throws Exception {
        Probe.run(getClass().getSimpleName());
    }
}
