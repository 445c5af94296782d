package it.dblc.child;

import org.junit.jupiter.api.Test;

class Hold2IT {
    @Test
    void usesItsClone() throws Exception {
        Recorder.run(getClass().getSimpleName());
    }
}
