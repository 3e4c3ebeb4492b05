package org.sahelsim.core;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@link Param} declarations of parameter records, and builds records from resolved {@link Parameters}. */
public final class ParameterRecords {
    private ParameterRecords() {}

    /** The parameters a record declares, in component order. */
    public static List<ParameterInfo> describe(Class<? extends Record> type) {
        ParamGroup g = group(type);
        List<ParameterInfo> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Param p = c.getAnnotation(Param.class);
            if (p == null || c.getType() != double.class) {
                throw new IllegalStateException(type.getName() + "." + c.getName() + " is not a double annotated @Param");
            }
            out.add(new ParameterInfo(g.prefix() + "." + c.getName(), g.rule(), p.value(), p.min(), p.max(), p.unit(), p.about(), p.source()));
        }
        return out;
    }

    /** The record of a group with its values from resolved parameters. */
    public static <R extends Record> R bind(Class<R> type, Parameters parameters) {
        ParamGroup g = group(type);
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            values[i] = parameters.get(g.prefix() + "." + cs[i].getName());
        }
        try {
            Constructor<R> k = type.getDeclaredConstructor(types);
            k.setAccessible(true);
            return k.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
        }
    }

    private static ParamGroup group(Class<? extends Record> type) {
        ParamGroup g = type.getAnnotation(ParamGroup.class);
        if (g == null) {
            throw new IllegalStateException(type.getName() + " is not annotated @ParamGroup");
        }
        return g;
    }
}
