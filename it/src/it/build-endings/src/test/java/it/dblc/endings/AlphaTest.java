package it.dblc.endings;

import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void runsOnItsClone() throws Exception {
        Probe.run(getClass().getSimpleName());
    }
}
