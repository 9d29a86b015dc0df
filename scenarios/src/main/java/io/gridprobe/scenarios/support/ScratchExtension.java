package io.gridprobe.scenarios.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test its {@link Scratch}, kept in the store of the context that asked (the test, or the class for a
 * constructor), as JUnit's own temporary directories are. It is emptied when that context's test or class ends, before
 * the agents of that scope log out (a store closes only after these callbacks); closing the store again is harmless.
 */
public final class ScratchExtension implements ParameterResolver, AfterEachCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ScratchExtension.class);
    private static final String KEY = "scratch";

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Scratch.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getStore(NS).getOrComputeIfAbsent(KEY, k -> new Scratch(), Scratch.class);
    }

    @Override
    public void afterEach(ExtensionContext c) {
        emptyOwn(c);
    }

    @Override
    public void afterAll(ExtensionContext c) {
        emptyOwn(c);
    }

    /** Only this context's own scratch (a method's, not the class's it would inherit through the store). */
    private static void emptyOwn(ExtensionContext c) {
        Scratch own = c.getStore(NS).get(KEY, Scratch.class);
        Scratch inherited = c.getParent().map(parent -> parent.getStore(NS).get(KEY, Scratch.class)).orElse(null);
        if (own != null && own != inherited) {
            own.close();
        }
    }
}
