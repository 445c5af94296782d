package io.github.dblifecycle.core;

/** A {@link BackendType} whose forks can load their clone into memory ({@link PrepareRequest#inMemory()}). */
public interface InMemoryClones {}
