package it.dblc;

import org.junit.jupiter.api.Test;

class AppleIT {
    @Test
    void bound() throws Exception {
        BoundClone.check();
    }
}
