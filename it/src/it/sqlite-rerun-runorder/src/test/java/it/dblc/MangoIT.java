package it.dblc;

import org.junit.jupiter.api.Test;

class MangoIT {
    @Test
    void bound() throws Exception {
        BoundClone.check();
    }
}
