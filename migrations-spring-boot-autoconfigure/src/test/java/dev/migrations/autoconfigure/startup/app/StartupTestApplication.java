package dev.migrations.autoconfigure.startup.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A JPA application whose schema comes from its revisions in the {@code migrations} sub-package. */
@SpringBootApplication
public class StartupTestApplication {

	/** Bean names in the order their initialization finished. */
	public static final List<String> INITIALIZED = new CopyOnWriteArrayList<>();

	@Bean
	static BeanPostProcessor initializationOrderRecorder() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				INITIALIZED.add(beanName);
				return bean;
			}
		};
	}

}
