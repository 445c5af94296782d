package it.dblc.boot;

class CharlieIT extends BootCloneCheck {}
