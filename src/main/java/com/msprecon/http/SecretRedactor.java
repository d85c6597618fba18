package com.msprecon.http;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Removes secrets from text that came from outside (server error messages) before it goes into an exception or
 * a log line. Takes suppliers, so that secrets obtained later (access tokens) are covered too.
 */
public final class SecretRedactor {

	private static final String MASK = "****";

	private final List<Supplier<String>> secrets;

	public SecretRedactor(List<Supplier<String>> secrets) {
		this.secrets = List.copyOf(secrets);
	}

	public String redact(String text) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (Supplier<String> secret : secrets) {
			String value = secret.get();
			// very short values would mask ordinary words; real secrets are long
			if (value != null && value.length() >= 4) {
				result = result.replace(value, MASK);
			}
		}
		return result;
	}

	/** For {@code toString()} of settings: shows whether a secret is set, never its value. */
	public static String mask(String secret) {
		return Objects.requireNonNullElse(secret, "").isEmpty() ? "(not set)" : MASK;
	}

}
