package it.dblc;

class AlphaIT extends IsolationCheck {}
