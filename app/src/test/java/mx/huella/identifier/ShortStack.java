package mx.huella.identifier;

import java.lang.reflect.Method;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs each case of a parameterized test on one long-lived thread of its own, for cases that throw by the hundred:
 * an exception records the stack it was thrown on, and a parameterized test runs some 150 frames deep.
 */
final class ShortStack implements InvocationInterceptor {

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "short-stack");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext)
            throws Throwable {
        Throwable thrown = THREAD.submit(() -> {
                    try {
                        invocation.proceed();
                        return null;
                    } catch (Throwable t) {
                        return t;
                    }
                })
                .get();
        if (thrown != null) {
            throw thrown;
        }
    }
}
