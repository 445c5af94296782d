package it.dblc.shard;

class T3IT extends AbstractBaseIT {
    @Override
    long millis() {
        return 300;
    }
}
