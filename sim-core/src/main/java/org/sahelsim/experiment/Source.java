package org.sahelsim.experiment;

import java.io.Serializable;
import java.util.function.Supplier;

/** A supplier that can travel to another JVM (e.g. one that parses a scenario from its text). */
@FunctionalInterface
public interface Source<T> extends Supplier<T>, Serializable {}
