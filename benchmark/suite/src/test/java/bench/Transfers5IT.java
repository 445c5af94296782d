package bench;

class Transfers5IT extends TransferWorkload {}
