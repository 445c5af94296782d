package it.dblc.shard;

class T5IT extends AbstractBaseIT {
    @Override
    long millis() {
        return 300;
    }
}
