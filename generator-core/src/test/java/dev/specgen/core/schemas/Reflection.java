package dev.specgen.core.schemas;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls a public method of a generated value by name, as a test reads generated code it cannot link against. */
final class Reflection {

    private Reflection() {}

    static Object call(Object target, String method, Object... args) {
        for (Method m : target.getClass().getMethods()) {
            if (m.getName().equals(method) && m.getParameterCount() == args.length) {
                try {
                    m.setAccessible(true);
                    return m.invoke(target, args);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(e.getCause());
                }
            }
        }
        throw new AssertionError("no method " + method + " with " + args.length + " arguments on " + target.getClass());
    }
}
