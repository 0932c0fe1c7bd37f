package dev.migrations.core.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the statements executed through a connection: each {@code execute*} call on its statements is one. */
final class StatementCounter {

	private final AtomicInteger executed = new AtomicInteger();

	/** The connection, counting the statements executed through it. */
	Connection counting(Connection connection) {
		return proxy(Connection.class, connection);
	}

	int executed() {
		return this.executed.get();
	}

	private <T> T proxy(Class<T> type, T target) {
		Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
				(self, method, arguments) -> invoke(target, method, arguments));
		return type.cast(proxy);
	}

	private Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
		if (target instanceof Statement && method.getName().startsWith("execute")) {
			this.executed.incrementAndGet();
		}
		Object result;
		try {
			result = method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		Class<?> returned = method.getReturnType();
		return (result != null && Statement.class.isAssignableFrom(returned) && returned.isInterface())
				? proxy(castClass(returned), result) : result;
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> castClass(Class<?> type) {
		return (Class<Object>) type;
	}

}
