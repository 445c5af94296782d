package bench;

class Transfers6IT extends TransferWorkload {}
