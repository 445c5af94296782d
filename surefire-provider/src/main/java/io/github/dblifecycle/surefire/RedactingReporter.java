package io.github.dblifecycle.surefire;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;

import io.github.dblifecycle.core.Redact;
import org.apache.maven.plugin.surefire.log.api.ConsoleLogger;
import org.apache.maven.surefire.api.provider.ProviderParameters;
import org.apache.maven.surefire.api.report.ReporterFactory;
import org.apache.maven.surefire.api.report.TestSetReportEntry;

/**
 * Sits between the embedded stock provider and Surefire's reporting. Surefire writes the test JVM's system
 * properties into every TEST-*.xml (they travel with {@code testSetCompleted}); this masks the ones holding the
 * database password, and logs the fork's binding line through the first report listener (the only safe channel
 * in a fork: writing to System.out before capture corrupts the event stream). Dynamic proxies, so that methods
 * added to these Surefire interfaces in later versions pass straight through.
 */
final class RedactingReporter {
    static final String MASK = Redact.MASK;

    private volatile Set<String> secretKeys = Set.of();
    private volatile String secret = "";
    private volatile String pendingLogLine;
    private final Queue<String> announcements = new ConcurrentLinkedQueue<>();
    private volatile BiConsumer<String, Object[]> observer = (method, args) -> {};

    void arm(Set<String> secretKeys, String logLine) {
        arm(secretKeys, "", logLine);
    }

    /**
     * @param secret the password itself: it is also masked inside other properties' values (a URL that carries it,
     *     a framework property built from {@code {password}}), as are {@code password=} parameters of any URL
     */
    void arm(Set<String> secretKeys, String secret, String logLine) {
        this.secretKeys = Set.copyOf(secretKeys);
        this.secret = secret == null ? "" : secret;
        this.pendingLogLine = Redact.text(logLine, this.secret);
    }

    /** A further line to log through the first report listener, after the binding line. */
    void announce(String line) {
        announcements.add(line);
    }

    /** Also shows every report listener call (name, arguments) to {@code observer}, e.g. {@link ForkTimeline}. */
    void observe(BiConsumer<String, Object[]> observer) {
        this.observer = observer;
    }

    ProviderParameters wrap(ProviderParameters parameters) {
        return proxy(ProviderParameters.class, parameters, (method, args) -> {
            Object result = call(parameters, method, args);
            if ("getReporterFactory".equals(method.getName()) && result instanceof ReporterFactory) {
                return wrapFactory((ReporterFactory) result);
            }
            return result;
        });
    }

    ReporterFactory wrapFactory(ReporterFactory factory) {
        return proxy(ReporterFactory.class, factory, (method, args) -> {
            Object result = call(factory, method, args);
            if ("createTestReportListener".equals(method.getName()) && result != null) {
                logPending(result);
                return wrapListener(result);
            }
            return result;
        });
    }

    private void logPending(Object listener) {
        if (!(listener instanceof ConsoleLogger)) {
            return;
        }
        String line = pendingLogLine;
        if (line != null) {
            pendingLogLine = null;
            ((ConsoleLogger) listener).info(line);
        }
        for (String next = announcements.poll(); next != null; next = announcements.poll()) {
            ((ConsoleLogger) listener).info(next);
        }
    }

    Object wrapListener(Object listener) {
        return proxyAll(listener, (method, args) -> {
            observer.accept(method.getName(), args);
            if ("testSetCompleted".equals(method.getName())
                    && args != null
                    && args.length == 1
                    && args[0] instanceof TestSetReportEntry) {
                args = args.clone();
                args[0] = maskEntry((TestSetReportEntry) args[0]);
            }
            return call(listener, method, args);
        });
    }

    TestSetReportEntry maskEntry(TestSetReportEntry entry) {
        Map<String, String> original = entry.getSystemProperties();
        Set<String> keys = secretKeys;
        if (original == null) {
            return entry;
        }
        Map<String, String> masked = new LinkedHashMap<>(original);
        keys.forEach(key -> masked.computeIfPresent(key, (k, v) -> v.isEmpty() ? v : MASK));
        masked.replaceAll((k, v) -> v == null ? null : Redact.text(v, secret));
        if (masked.equals(original)) {
            return entry;
        }
        Map<String, String> view = java.util.Collections.unmodifiableMap(masked);
        return (TestSetReportEntry) proxyAll(entry, (method, args) -> {
            if ("getSystemProperties".equals(method.getName()) && (args == null || args.length == 0)) {
                return view;
            }
            return call(entry, method, args);
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        return type.cast(
                Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler(target, handler)));
    }

    /** A proxy with every public interface of the target's class, so that no instanceof check sees a difference. */
    private static Object proxyAll(Object target, Handler handler) {
        Set<Class<?>> interfaces = new LinkedHashSet<>();
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            collect(c.getInterfaces(), interfaces);
        }
        return Proxy.newProxyInstance(
                target.getClass().getClassLoader(), interfaces.toArray(new Class<?>[0]), handler(target, handler));
    }

    private static void collect(Class<?>[] types, Set<Class<?>> into) {
        for (Class<?> type : types) {
            if (Modifier.isPublic(type.getModifiers()) && into.add(type)) {
                collect(type.getInterfaces(), into);
            }
        }
    }

    private static InvocationHandler handler(Object target, Handler handler) {
        return (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                switch (method.getName()) {
                    case "equals":
                        return proxy == args[0];
                    case "hashCode":
                        return System.identityHashCode(proxy);
                    case "toString":
                        return target.toString();
                    default:
                        return call(target, method, args);
                }
            }
            return handler.handle(method, args);
        };
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            if (!method.canAccess(target)) {
                method.setAccessible(true);
            }
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
