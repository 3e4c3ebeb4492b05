package org.sahelsim.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Says on the console why a test was skipped (aborted by an assumption, or disabled), so that a
 * skip is seen in the build output and not only in the surefire reports. Registered for every
 * test by auto-detection (src/test/resources/junit-platform.properties and META-INF/services).
 */
public final class SkipReporter implements TestWatcher {
    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        System.err.println("SKIPPED " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                + ": " + (cause == null ? "no reason given" : cause.getMessage()));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        System.err.println("SKIPPED " + context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName()
                + ": " + reason.orElse("disabled"));
    }
}
