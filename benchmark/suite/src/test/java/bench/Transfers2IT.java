package bench;

class Transfers2IT extends TransferWorkload {}
