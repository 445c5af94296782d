package it.dblc.shard;

class T6IT extends AbstractBaseIT {
    @Override
    long millis() {
        return 300;
    }
}
