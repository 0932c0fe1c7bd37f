package dev.migrations.autoconfigure.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP server on a free local port that is not PostgreSQL: it either answers every connection as an HTTP server
 * answers a request it does not understand, or accepts connections and never says anything, as a proxy whose
 * database is down may. Closing it closes every connection it accepted.
 */
final class ForeignServer implements AutoCloseable {

	private final ServerSocket socket;

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	private ForeignServer(boolean answers) throws IOException {
		this.socket = new ServerSocket(0);
		Thread acceptor = new Thread(() -> serve(answers), "foreign-server");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	/** A server answering {@code 400 Bad Request} to whatever it receives. */
	static ForeignServer http() throws IOException {
		return new ForeignServer(true);
	}

	/** A server that accepts connections and never answers. */
	static ForeignServer silent() throws IOException {
		return new ForeignServer(false);
	}

	/** A JDBC URL for PostgreSQL that points at this server. */
	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.socket.getLocalPort() + "/app";
	}

	private void serve(boolean answers) {
		try {
			while (!this.socket.isClosed()) {
				Socket connection = this.socket.accept();
				this.accepted.add(connection);
				if (answers) {
					connection.getInputStream().read(new byte[1024]);
					connection.getOutputStream()
						.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
					connection.close();
				}
			}
		}
		catch (IOException ex) {
			// closed
		}
	}

	@Override
	public void close() {
		try {
			this.socket.close();
			for (Socket connection : this.accepted) {
				connection.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
