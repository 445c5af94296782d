package bench;

class Transfers4IT extends TransferWorkload {}
