package org.sahelsim.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one rule parameter on a component of a parameter record (annotated {@link ParamGroup}):
 * its default, range, unit, what it does and where the default comes from. The key is the
 * group's prefix and the component's name ({@code sanctuary.searchRadiusKm}). This is the only
 * place a parameter is written: the catalogue, {@code --set}, the GUI's sliders, the docs and the
 * rules' values are all built from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** Default value. */
    double value();

    double min();

    double max();

    String unit();

    /** What it does, one sentence. */
    String about();

    /** Where the default comes from: a document ("004: ..."), a cited public figure, or "assumed". */
    String source();
}
