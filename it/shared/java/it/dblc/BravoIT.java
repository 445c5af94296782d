package it.dblc;

class BravoIT extends IsolationCheck {}
