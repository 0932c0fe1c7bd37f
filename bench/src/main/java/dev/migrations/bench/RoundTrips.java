package dev.migrations.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Counts the SQL round trips a tool makes through a data source, by wrapping it and everything it hands out in
 * {@link Proxy proxies}. One round trip is: an {@code execute*} call on a statement (a whole {@code executeBatch}
 * counts once, as PostgreSQL's driver pipelines it), a metadata call that returns a result set, a connection call that
 * the PostgreSQL driver answers with a query ({@code getSchema}, {@code isValid}, ...), and a {@code commit} or
 * {@code rollback} that ends an open transaction (including the commit {@code setAutoCommit(true)} does then). New
 * connections are counted apart: each is a handshake of several messages.
 */
final class RoundTrips {

	/** Connection methods that the PostgreSQL driver answers by sending a query. */
	private static final Set<String> QUERYING_CONNECTION_METHODS = Set.of("getSchema", "setSchema", "isValid",
			"getTransactionIsolation", "setTransactionIsolation");

	private final AtomicLong roundTrips = new AtomicLong();

	private final AtomicLong connections = new AtomicLong();

	/** The data source, counting what goes through it. */
	DataSource counting(DataSource dataSource) {
		return proxy(DataSource.class, (self, method, arguments) -> {
			Object result = call(dataSource, method, arguments);
			if (result instanceof Connection connection) {
				this.connections.incrementAndGet();
				return new CountedConnection(connection).proxy();
			}
			return result;
		});
	}

	long roundTrips() {
		return this.roundTrips.get();
	}

	long connections() {
		return this.connections.get();
	}

	private static Object call(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static <T> T proxy(Class<T> type, InvocationHandler handler) {
		return type.cast(Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	/** One connection and whether it has a transaction open, which decides what ending it costs. */
	private final class CountedConnection {

		private final Connection connection;

		private boolean autoCommit;

		private boolean inTransaction;

		private Connection proxy;

		CountedConnection(Connection connection) throws SQLException {
			this.connection = connection;
			this.autoCommit = connection.getAutoCommit();
		}

		Connection proxy() {
			this.proxy = RoundTrips.proxy(Connection.class, (self, method, arguments) -> invoke(method, arguments));
			return this.proxy;
		}

		private Object invoke(Method method, Object[] arguments) throws Throwable {
			String name = method.getName();
			boolean endsTransaction = name.equals("commit") || name.equals("rollback")
					|| (name.equals("setAutoCommit") && (Boolean) arguments[0] && !this.autoCommit);
			if (endsTransaction && this.inTransaction) {
				RoundTrips.this.roundTrips.incrementAndGet();
				this.inTransaction = false;
			}
			if (QUERYING_CONNECTION_METHODS.contains(name)) {
				RoundTrips.this.roundTrips.incrementAndGet();
			}
			Object result = call(this.connection, method, arguments);
			if (name.equals("setAutoCommit")) {
				this.autoCommit = (Boolean) arguments[0];
			}
			if (result instanceof Statement statement) {
				return statementProxy(statement, method.getReturnType());
			}
			if (result instanceof DatabaseMetaData metaData) {
				return metaDataProxy(metaData);
			}
			return result;
		}

		private Object statementProxy(Statement statement, Class<?> type) {
			return Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] { type },
					(self, method, arguments) -> {
						if (method.getName().startsWith("execute")) {
							RoundTrips.this.roundTrips.incrementAndGet();
							this.inTransaction = !this.autoCommit;
						}
						return method.getName().equals("getConnection") ? this.proxy : call(statement, method, arguments);
					});
		}

		private DatabaseMetaData metaDataProxy(DatabaseMetaData metaData) {
			return RoundTrips.proxy(DatabaseMetaData.class, (self, method, arguments) -> {
				if (method.getReturnType() == ResultSet.class) {
					RoundTrips.this.roundTrips.incrementAndGet();
				}
				return method.getName().equals("getConnection") ? this.proxy : call(metaData, method, arguments);
			});
		}

	}

}
