package dev.migrations.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A cheap look for signs of a Docker engine, made before anything loads Testcontainers: without
 * any sign, Testcontainers would only spend time and log errors to find that there is none.
 */
final class DockerEnvironment {

    private DockerEnvironment() {
    }

    /** Whether a Docker engine may answer; Testcontainers has the final word. */
    static boolean mayBeAvailable() {
        if (System.getenv("DOCKER_HOST") != null || System.getenv("TESTCONTAINERS_HOST_OVERRIDE") != null) {
            return true;
        }
        String home = System.getProperty("user.home");
        String runtimeDirectory = System.getenv("XDG_RUNTIME_DIR");
        return Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || Files.exists(Path.of(home, ".docker", "run", "docker.sock"))
                || (runtimeDirectory != null && Files.exists(Path.of(runtimeDirectory, "docker.sock")));
    }
}
