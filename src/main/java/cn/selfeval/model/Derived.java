package cn.selfeval.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A value computed from a fact's own fields that checks written as data may use like a field (e.g. a project's
 * {@code outsideProcurementLaw}, a cost line's {@code executionPercent}). The method takes no argument, or the
 * evaluation year as its only {@code int} argument. {@code value} is its Chinese name for authors and messages.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Derived {
    String value();
}
