package it.dblc.boot;

class DeltaIT extends BootCloneCheck {}
