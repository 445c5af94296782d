package it.dblc.shard;

/** As long as all the others together. */
class BigIT extends AbstractBaseIT {
    @Override
    long millis() {
        return 1800;
    }
}
