package io.github.dblifecycle.core.mysql;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * A connection whose statements retry a CREATE … DEFINER=x that the account may not run without the DEFINER
 * clause ({@link Definers}): dumps made with mysqldump carry DEFINER clauses in every trigger, view and routine,
 * and an account without SUPER would otherwise fail on the first of them.
 */
final class DefinerTolerantConnection {
    private DefinerTolerantConnection() {}

    static Connection wrap(Connection connection, Consumer<String> stripped) {
        return (Connection) Proxy.newProxyInstance(
                DefinerTolerantConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (method.getName().equals("createStatement") && result instanceof Statement s) {
                        return statement(s, stripped);
                    }
                    return result;
                });
    }

    private static Statement statement(Statement statement, Consumer<String> stripped) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("execute")
                    && args != null
                    && args.length == 1
                    && args[0] instanceof String sql) {
                boolean withoutDefiner = Definers.execute(statement, sql);
                if (withoutDefiner) {
                    stripped.accept(sql);
                }
                // execute() tells whether a result set came back; a CREATE never returns one.
                return statement.getResultSet() != null;
            }
            return invoke(statement, method, args);
        };
        return (Statement) Proxy.newProxyInstance(
                DefinerTolerantConnection.class.getClassLoader(), new Class<?>[] {Statement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
