package dev.migrations.sample.user;

/**
 * The body of {@code POST /users}.
 *
 * @param email the email, required; stored lower-case
 * @param phoneNumber the phone number, optional
 */
record NewUser(String email, String phoneNumber) {

}
