package com.aftersales.policy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader rule books are compiled and run with: the application's, with every answer to
 * {@code loadClass} remembered, misses included. MVEL resolves each identifier of a constraint against the
 * rule files' wildcard imports by asking for a class of that name in every imported package ({@code
 * com.aftersales.facts.input.amount}, …); in the packaged service each miss is a look-up in the jars that
 * reopens the jar's directory, which was a third of the CPU of compiling a rule book and of the first run after
 * it (MVEL compiles constraints at their first evaluation). The application's classes never change while it
 * runs, so the answers can be kept; classes that Drools generates live in its own loaders below this one.
 */
final class CachingClassLoader extends ClassLoader {

    /** Enough for every name the shipped rules and many uploads ask for; past it, answers are not kept. */
    private static final int MAX_ENTRIES = 200_000;

    private static final Map<ClassLoader, CachingClassLoader> BY_PARENT = new ConcurrentHashMap<>();

    static {
        registerAsParallelCapable();
    }

    private final Map<String, Optional<Class<?>>> answers = new ConcurrentHashMap<>();

    private CachingClassLoader(ClassLoader parent) {
        super("rule-books", parent);
    }

    /** The one caching loader in front of {@code parent}. */
    static ClassLoader over(ClassLoader parent) {
        return parent instanceof CachingClassLoader ? parent : BY_PARENT.computeIfAbsent(parent, CachingClassLoader::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        Optional<Class<?>> known = answers.get(name);
        if (known == null) {
            try {
                known = Optional.of(getParent().loadClass(name));
            } catch (ClassNotFoundException e) {
                known = Optional.empty();
            }
            if (answers.size() < MAX_ENTRIES) {
                answers.put(name, known);
            }
        }
        if (known.isEmpty()) {
            throw new ClassNotFoundException(name);
        }
        return known.get();
    }
}
