package org.sahelsim.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a record whose components are the {@link Param}s of one rule: their key prefix and the rule's id. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParamGroup {
    /** Key prefix: {@code prefix.component}. */
    String prefix();

    /** The rule of domain-rules.md (R1..R21). */
    String rule();
}
