package dev.migrations.sample.oauth;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /users/{id}/connections}: connect a user to an OAuth provider account. */
@RestController
class ConnectionController {

	private final ProviderSignIn signIn;

	ConnectionController(ProviderSignIn signIn) {
		this.signIn = signIn;
	}

	@PostMapping("/users/{userId}/connections")
	@ResponseStatus(HttpStatus.CREATED)
	ConnectionView connect(@PathVariable UUID userId, @RequestBody NewConnection request,
			@RequestHeader(name = "X-Actor", defaultValue = "anonymous") String actor) {
		return this.signIn.connect(userId, request, actor);
	}

}
