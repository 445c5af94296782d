package it.dblc;

import org.junit.jupiter.api.Test;

class ZucchiniIT {
    @Test
    void bound() throws Exception {
        BoundClone.check();
    }
}
