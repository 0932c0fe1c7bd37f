package dev.migrations.autoconfigure.command;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.util.ClassUtils;

/**
 * The text command mode prints on standard error for a failure: the description of the first failure analyzer
 * that recognises it (this library's gives the message of a revision or migration exception, Spring Boot's explain
 * a DataSource without a URL, a missing bean, ...), otherwise the message of its most specific cause. Without the
 * stack trace and the bean creation exceptions wrapped around it.
 */
final class FailureMessage {

	private static final Log logger = LogFactory.getLog(FailureMessage.class);

	private FailureMessage() {
	}

	static String of(Throwable failure, ConfigurableApplicationContext context) {
		for (FailureAnalyzer analyzer : analyzers(context)) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis.getDescription();
			}
		}
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
		return (cause.getMessage() != null) ? cause.getMessage() : cause.toString();
	}

	private static Iterable<FailureAnalyzer> analyzers(ConfigurableApplicationContext context) {
		ClassLoader classLoader = (context != null) ? context.getClassLoader() : ClassUtils.getDefaultClassLoader();
		ArgumentResolver arguments = (context != null)
				? ArgumentResolver.of(BeanFactory.class, context.getBeanFactory())
					.and(Environment.class, context.getEnvironment())
				: ArgumentResolver.none();
		return SpringFactoriesLoader.forDefaultResourceLocation(classLoader)
			.load(FailureAnalyzer.class, arguments, FailureHandler.logging(logger));
	}

}
