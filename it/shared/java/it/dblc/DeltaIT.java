package it.dblc;

class DeltaIT extends IsolationCheck {}
