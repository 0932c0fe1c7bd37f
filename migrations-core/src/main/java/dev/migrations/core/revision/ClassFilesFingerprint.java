package dev.migrations.core.revision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The fingerprint of class files, each given with its class name, in name order, and of this library's version
 * (which renders the revisions' SQL): the SHA-256 of each file's name, length and CRC-32 (the checksum Flyway keeps
 * for its scripts; native, so it costs next to nothing on a cold JVM, where SHA-256 over every byte does not). Equal
 * fingerprints mean the same revision classes rendered by the same library, short of a change that keeps a file's
 * length and CRC-32 (one chance in four billion for an accidental edit). A build with another compiler changes the
 * bytes and so the fingerprint, which only costs one full validation.
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
		CRC32 checksum = new CRC32();
		checksum.update(classFile);
		update(className + " " + classFile.length + " " + Long.toHexString(checksum.getValue()));
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
