package dev.migrations.bench.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts, lets the migration tool check the database on the way, and ends: there is nothing else to run. */
@SpringBootApplication
public class BenchApplication {

	public static void main(String[] arguments) {
		SpringApplication.run(BenchApplication.class, arguments);
	}

}
