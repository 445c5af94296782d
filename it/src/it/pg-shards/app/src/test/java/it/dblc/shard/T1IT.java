package it.dblc.shard;

class T1IT extends AbstractBaseIT {
    @Override
    long millis() {
        return 300;
    }
}
