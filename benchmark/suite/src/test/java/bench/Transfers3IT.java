package bench;

class Transfers3IT extends TransferWorkload {}
