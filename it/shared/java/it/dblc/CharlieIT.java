package it.dblc;

class CharlieIT extends IsolationCheck {}
