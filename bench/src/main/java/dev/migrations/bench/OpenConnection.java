package dev.migrations.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

import javax.sql.DataSource;

/**
 * A data source that hands out one connection opened before the clock starts, and keeps it open when its user
 * closes it: for floors that measure queries, not the connection handshake.
 */
final class OpenConnection {

	private OpenConnection() {
	}

	static DataSource of(Connection connection) {
		Connection unclosable = (Connection) Proxy.newProxyInstance(OpenConnection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (self, method, arguments) -> {
					if (method.getName().equals("close")) {
						return null;
					}
					try {
						return method.invoke(connection, arguments);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		return (DataSource) Proxy.newProxyInstance(OpenConnection.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (self, method, arguments) -> {
					if (method.getName().equals("getConnection")) {
						return unclosable;
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}

}
