package it.dblc.boot;

class BravoIT extends BootCloneCheck {}
