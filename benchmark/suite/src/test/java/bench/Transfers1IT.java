package bench;

class Transfers1IT extends TransferWorkload {}
