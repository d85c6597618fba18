package com.msprecon.http;

import java.util.Objects;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * One request to an API: its method, how messages name it, whether it may be sent again after a failure that
 * leaves its outcome open, and what to build on the client (URI, headers, body).
 *
 * @param method the HTTP method
 * @param description how messages name the request, e.g. {@code GET /company/companies page 2}
 * @param idempotency by default what the method promises; {@link #readOnly()} and {@link #idempotent()} declare
 * more
 * @param spec sets URI, headers and body on the request started with {@code method}
 * @param advice what to tell the operator for a refused request; {@code null}: the API's general advice
 */
public record ApiRequest(HttpMethod method, String description, Idempotency idempotency,
		Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> spec, ApiErrorAdvice advice) {

	public ApiRequest {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(idempotency, "idempotency");
		Objects.requireNonNull(spec, "spec");
	}

	public static ApiRequest of(HttpMethod method, String description,
			Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> spec) {
		return new ApiRequest(method, description, Idempotency.of(method), spec, null);
	}

	public static ApiRequest get(String description,
			Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> spec) {
		return of(HttpMethod.GET, description, spec);
	}

	/** A POST, which is not idempotent unless declared {@link #readOnly()} or {@link #idempotent()}. */
	public static ApiRequest post(String description,
			Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> spec) {
		return of(HttpMethod.POST, description, spec);
	}

	/** A PATCH, which is not idempotent unless declared {@link #idempotent()} (it sets absolute values). */
	public static ApiRequest patch(String description,
			Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> spec) {
		return of(HttpMethod.PATCH, description, spec);
	}

	public static ApiRequest put(String description,
			Function<RestClient.RequestBodyUriSpec, RestClient.RequestHeadersSpec<?>> spec) {
		return of(HttpMethod.PUT, description, spec);
	}

	/** This request changes nothing on the server, whatever its method (e.g. Mimecast's lookups are POSTs). */
	public ApiRequest readOnly() {
		return new ApiRequest(method, description, Idempotency.SAFE, spec, advice);
	}

	/** Sending this request twice has the effect of sending it once (it sets absolute values). */
	public ApiRequest idempotent() {
		return new ApiRequest(method, description, Idempotency.IDEMPOTENT, spec, advice);
	}

	/** This request's refusals mean something else than the API's usual ones (e.g. a token endpoint's). */
	public ApiRequest advisedBy(ApiErrorAdvice otherAdvice) {
		return new ApiRequest(method, description, idempotency, spec, otherAdvice);
	}

	RestClient.RequestHeadersSpec<?> build(RestClient client) {
		return spec.apply(client.method(method));
	}

}
