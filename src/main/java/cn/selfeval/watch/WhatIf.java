package cn.selfeval.watch;

import cn.selfeval.model.Fact;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Map;

/**
 * A fact as it would be if some of its dates were other days: "if procurement starts on the planned day and the intent
 * is published on the last day", for asking a check what it would record. Facts are records; the copy is built with
 * the canonical constructor, so every derived value follows the changed dates.
 */
final class WhatIf {

    private WhatIf() {
    }

    /** @param changes record component name → new value (a top-level field of the fact) */
    static Fact with(Fact fact, Map<String, Object> changes) {
        RecordComponent[] components = fact.getClass().getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(fact.getClass().getSimpleName() + " is not a record");
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                types[i] = components[i].getType();
                values[i] = changes.containsKey(name) ? changes.get(name) : components[i].getAccessor().invoke(fact);
            }
            Constructor<?> canonical = fact.getClass().getDeclaredConstructor(types);
            return (Fact) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("无法假设 " + fact.getClass().getSimpleName() + " 的日期：" + cause, cause);
        }
    }
}
