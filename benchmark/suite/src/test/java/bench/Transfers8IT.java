package bench;

class Transfers8IT extends TransferWorkload {}
