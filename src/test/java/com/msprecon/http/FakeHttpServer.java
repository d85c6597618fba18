package com.msprecon.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A real HTTP server on 127.0.0.1 for tests: answers with a handler (the fake API), records every request, and
 * can be told to misbehave for the next matching request (an error status, a bad body, no answer at all, an
 * answer lost after the fake API acted on the request).
 */
public final class FakeHttpServer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

	private final ConcurrentLinkedDeque<Fault> faults = new ConcurrentLinkedDeque<>();

	private final CountDownLatch closing = new CountDownLatch(1);

	public FakeHttpServer(Function<Request, Response> handler) {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.setExecutor(executor);
		server.createContext("/", exchange -> handle(exchange, handler));
		server.start();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	public List<Request> requests() {
		synchronized (requests) {
			return List.copyOf(requests);
		}
	}

	public List<Request> requests(String path) {
		return requests().stream().filter(r -> r.path().equals(path)).toList();
	}

	/** The next request that matches gets this response instead of the fake API's. */
	public void failNext(Predicate<Request> when, Response response) {
		failNext(when, request -> response);
	}

	/** The next request that matches gets the response made from it (e.g. an error that echoes a header). */
	public void failNext(Predicate<Request> when, Function<Request, Response> response) {
		faults.add(new Fault(when, response, false, false));
	}

	/** The next request that matches gets no answer until the server closes (the client must time out). */
	public void hangNext(Predicate<Request> when) {
		faults.add(new Fault(when, null, true, false));
	}

	/**
	 * The next request that matches is carried out by the fake API, and then the connection is closed without an
	 * answer: the response is lost on its way back.
	 */
	public void loseResponseOfNext(Predicate<Request> when) {
		faults.add(new Fault(when, null, false, true));
	}

	public static Predicate<Request> path(String path) {
		return request -> request.path().equals(path);
	}

	private void handle(HttpExchange exchange, Function<Request, Response> handler) throws IOException {
		try (exchange) {
			Request request = Request.of(exchange);
			requests.add(request);
			Fault fault = takeFault(request);
			if (fault != null && fault.hang()) {
				// bounded: the test's read timeout is far shorter, and closing the server releases it at once
				awaitClosing();
				return;
			}
			if (fault != null && fault.loseResponse()) {
				handler.apply(request);
				// closing an exchange whose headers were not sent closes the connection: the client reads nothing
				return;
			}
			Response response = fault != null ? fault.response().apply(request) : handler.apply(request);
			response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
			byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
			if (body.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// the client went away (a timeout under test): nothing to answer
		}
	}

	private void awaitClosing() {
		try {
			closing.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Fault takeFault(Request request) {
		for (Fault fault : faults) {
			if (fault.when().test(request) && faults.remove(fault)) {
				return fault;
			}
		}
		return null;
	}

	@Override
	public void close() {
		closing.countDown();
		server.stop(0);
		executor.shutdownNow();
	}

	private record Fault(Predicate<Request> when, Function<Request, Response> response, boolean hang,
			boolean loseResponse) {
	}

	/** A request as the server saw it; query parameters decoded. */
	public record Request(String method, String path, Map<String, String> query, Map<String, List<String>> headers,
			String body) {

		static Request of(HttpExchange exchange) throws IOException {
			Map<String, String> query = new LinkedHashMap<>();
			String raw = exchange.getRequestURI().getRawQuery();
			if (raw != null) {
				for (String pair : raw.split("&")) {
					int eq = pair.indexOf('=');
					String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
					String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
					query.put(name, value);
				}
			}
			Map<String, List<String>> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query, headers, body);
		}

		public String header(String name) {
			List<String> values = headers.get(name.toLowerCase());
			return values == null || values.isEmpty() ? null : values.get(0);
		}

	}

	/** A response to send. */
	public record Response(int status, Map<String, String> headers, String body) {

		public static Response json(int status, String body) {
			return new Response(status, Map.of("Content-Type", "application/json"), body);
		}

		public Response with(String header, String value) {
			Map<String, String> all = new LinkedHashMap<>(headers);
			all.put(header, value);
			return new Response(status, all, body);
		}

	}

}
