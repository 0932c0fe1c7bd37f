package dev.migrations.autoconfigure.actuate.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Runs {@link ActuatorTestApplication} on a random port with the {@code health}, {@code migrations} and
 * {@code metrics} endpoints exposed and health details shown, and injects a {@code RestTestClient} bound to it. The
 * context is closed after the test class, with the class's database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = ActuatorTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "management.endpoints.web.exposure.include=health,migrations,metrics",
				"management.endpoint.health.show-details=always" })
@AutoConfigureRestTestClient
@DirtiesContext
public @interface ActuatorAppTest {

}
