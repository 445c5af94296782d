package it.dblc.boot;

class AlphaIT extends BootCloneCheck {}
