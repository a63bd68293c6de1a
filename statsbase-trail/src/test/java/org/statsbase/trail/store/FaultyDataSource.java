package org.statsbase.trail.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections fail on cue, as a connection does when the network or the server
 * goes away mid-transaction: at an armed point the connection throws and is dead from then on (every
 * call but close fails; closing it closes the real connection, so the server rolls back what was not
 * committed, as it would for a dropped client). An armed action that does not throw just runs there,
 * e.g. another writer's insert between the store's check and its batch.
 */
final class FaultyDataSource implements DataSource {

    enum Point { EXECUTE_QUERY, EXECUTE_BATCH, COMMIT, AFTER_COMMIT }

    @FunctionalInterface
    interface Action {
        void run() throws SQLException;
    }

    private final DataSource target;
    private final Map<Point, Action> armed = new ConcurrentHashMap<>();
    private volatile String product;

    FaultyDataSource(DataSource target) {
        this.target = target;
    }

    /** Runs {@code action} once, the next time any connection reaches {@code point}. */
    void arm(Point point, Action action) {
        armed.put(point, action);
    }

    /** The failure a dropped connection gives (SQLState class 08: connection exception). */
    static Action drop() {
        return () -> {
            throw new SQLException("An I/O error occurred while sending to the backend (simulated drop)", "08006");
        };
    }

    /** Makes the connections' metadata call the database {@code name}, as another product would. */
    void reportProduct(String name) {
        this.product = name;
    }

    boolean fired(Point point) {
        return !armed.containsKey(point);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection real) {
        Dead dead = new Dead();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("close")) {
                        return invoke(real, method, args);
                    }
                    dead.check();
                    if (name.equals("commit")) {
                        fire(Point.COMMIT, dead);
                        Object result = invoke(real, method, args);
                        fire(Point.AFTER_COMMIT, dead);
                        return result;
                    }
                    Object result = invoke(real, method, args);
                    if (result instanceof DatabaseMetaData && product != null) {
                        return disguised((DatabaseMetaData) result, product);
                    }
                    if (result instanceof PreparedStatement) {
                        return statement(PreparedStatement.class, result, dead);
                    }
                    if (result instanceof Statement) {
                        return statement(Statement.class, result, dead);
                    }
                    return result;
                });
    }

    private static DatabaseMetaData disguised(DatabaseMetaData real, String product) {
        return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) ->
                        method.getName().equals("getDatabaseProductName") ? product : invoke(real, method, args));
    }

    private Object statement(Class<?> type, Object real, Dead dead) {
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (!name.equals("close")) {
                dead.check();
            }
            if (name.equals("executeBatch")) {
                fire(Point.EXECUTE_BATCH, dead);
            } else if (name.equals("executeQuery")) {
                fire(Point.EXECUTE_QUERY, dead);
            }
            return invoke(real, method, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private void fire(Point point, Dead dead) throws SQLException {
        Action action = armed.remove(point);
        if (action != null) {
            try {
                action.run();
            } catch (SQLException e) {
                dead.dead = true;
                throw e;
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final class Dead {
        volatile boolean dead;

        void check() throws SQLException {
            if (dead) {
                throw new SQLException("This connection has been closed (simulated drop)", "08003");
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
