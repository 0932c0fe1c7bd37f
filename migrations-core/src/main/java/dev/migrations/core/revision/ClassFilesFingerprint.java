package dev.migrations.core.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of class files, each given with its class name, in name order, and of this library's version (which
 * renders the revisions' SQL): two equal fingerprints mean byte-identical revision classes rendered by the same
 * library. A build with another compiler changes the bytes and so the fingerprint, which only costs one full
 * validation.
 */
public final class ClassFilesFingerprint {

	private final MessageDigest digest;

	private String lastName = "";

	public ClassFilesFingerprint() {
		try {
			this.digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
		String version = ClassFilesFingerprint.class.getPackage().getImplementationVersion();
		update("library " + ((version != null) ? version : "unversioned"));
	}

	/** Adds a class file; classes must come in increasing name order, so the same set always gives the same value. */
	public ClassFilesFingerprint add(String className, byte[] classFile) {
		if (className.compareTo(this.lastName) <= 0) {
			throw new IllegalArgumentException(className + " comes after " + this.lastName + ", or twice");
		}
		this.lastName = className;
		update(className + " " + classFile.length);
		this.digest.update(classFile);
		return this;
	}

	/** The fingerprint, as 64 hexadecimal digits; the fingerprint cannot be added to afterwards. */
	public String value() {
		return HexFormat.of().formatHex(this.digest.digest());
	}

	private void update(String text) {
		this.digest.update(text.getBytes(StandardCharsets.UTF_8));
		this.digest.update((byte) '\n');
	}

}
