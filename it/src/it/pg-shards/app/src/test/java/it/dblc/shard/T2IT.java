package it.dblc.shard;

class T2IT extends AbstractBaseIT {
    @Override
    long millis() {
        return 300;
    }
}
