package com.msprecon.http;

import java.net.http.HttpClient;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Builds the {@link RestClient} of an API from its settings. */
public final class RestClients {

	private RestClients() {
	}

	/**
	 * A client for {@code baseUrl} with the connect and read timeouts of the settings, which follows no redirect
	 * (a redirect would take the credential to wherever it points) and sends {@code defaultHeaders} with every
	 * request.
	 */
	public static RestClient create(String baseUrl, HttpSettings settings, Consumer<HttpHeaders> defaultHeaders) {
		HttpClient httpClient = HttpClient.newBuilder()
			.connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
		requestFactory.setReadTimeout(settings.readTimeout());
		return RestClient.builder()
			.baseUrl(baseUrl)
			.requestFactory(requestFactory)
			.defaultHeaders(defaultHeaders)
			.build();
	}

}
