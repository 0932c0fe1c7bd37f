package dev.migrations.autoconfigure.autogenerate.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A JPA application with entities and no revision yet: autogenerate writes its first one. */
@SpringBootApplication
public class AutogenerateTestApplication {

}
