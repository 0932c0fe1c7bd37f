package dev.migrations.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialsTest {

	@Test
	void masksAPasswordParameterOfAJdbcUrl() {
		assertThat(Credentials.mask("Cannot reach jdbc:postgresql://db/app?user=app&password=s3cr3t&ssl=true"))
			.isEqualTo("Cannot reach jdbc:postgresql://db/app?user=app&password=******&ssl=true");
	}

	@Test
	void masksThePasswordOfUserInfoInAUrl() {
		assertThat(Credentials.mask("postgresql://app:s3cr3t@db:5432/app refused"))
			.isEqualTo("postgresql://app:******@db:5432/app refused");
	}

	@Test
	void masksPasswordsWhateverTheirSpelling() {
		assertThat(Credentials.mask("PASSWORD=a; pwd = b, Passwd: c"))
			.isEqualTo("PASSWORD=******; pwd = ******, Passwd: ******");
	}

	@Test
	void leavesAMessageWithoutCredentialsAsItIs() {
		String message = "FATAL: password authentication failed for user \"app\"";
		assertThat(Credentials.mask(message)).isEqualTo(message);
		assertThat(Credentials.mask(null)).isNull();
	}

}
