package com.msprecon.benchmark;

import java.util.Arrays;
import java.util.List;

/**
 * JVM options for the job processes a benchmark starts, from {@code BENCH_JAVA_OPTIONS} (space-separated; none by
 * default, the full JIT). The Helm chart gives a process of one MSP {@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC} (docs/kubernetes.md §5): set them here to measure what it runs.
 */
final class BenchJavaOptions {

	private BenchJavaOptions() {
	}

	static List<String> fromEnvironment() {
		String options = System.getenv().getOrDefault("BENCH_JAVA_OPTIONS", "").strip();
		return options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
	}

	/** For the benchmark's header line. */
	static String describe() {
		List<String> options = fromEnvironment();
		return options.isEmpty() ? "JVM options: -Xmx1g (full JIT)" : "JVM options: -Xmx1g " + String.join(" ", options);
	}

}
