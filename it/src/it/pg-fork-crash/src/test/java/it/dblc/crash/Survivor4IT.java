package it.dblc.crash;

import org.junit.jupiter.api.Test;

class Survivor4IT {
    @Test
    void usesItsClone() throws Exception {
        Thread.sleep(1000); // the forks overlap, so both clones are in use at once
        Record.write(getClass().getSimpleName());
    }
}
