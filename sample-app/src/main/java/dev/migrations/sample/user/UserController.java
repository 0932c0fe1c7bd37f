package dev.migrations.sample.user;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /users}: register users, read one, list them. */
@RestController
@RequestMapping("/users")
class UserController {

	private final UserRepository users;

	private final UserRegistration registration;

	UserController(UserRepository users, UserRegistration registration) {
		this.users = users;
		this.registration = registration;
	}

	@PostMapping
	ResponseEntity<UserView> register(@RequestBody NewUser request,
			@RequestHeader(name = "X-Actor", defaultValue = "anonymous") String actor) {
		User user = this.registration.register(request, actor);
		return ResponseEntity.created(URI.create("/users/" + user.getId())).body(UserView.of(user));
	}

	@GetMapping("/{id}")
	ResponseEntity<UserView> get(@PathVariable UUID id) {
		return ResponseEntity.of(this.users.findById(id).map(UserView::of));
	}

	@GetMapping
	List<UserView> list() {
		return this.users.findAll(Sort.by("createdAt")).stream().map(UserView::of).toList();
	}

}
