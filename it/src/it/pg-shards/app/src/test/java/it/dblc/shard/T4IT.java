package it.dblc.shard;

class T4IT extends AbstractBaseIT {
    @Override
    long millis() {
        return 300;
    }
}
