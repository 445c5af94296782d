package bench;

class Transfers7IT extends TransferWorkload {}
