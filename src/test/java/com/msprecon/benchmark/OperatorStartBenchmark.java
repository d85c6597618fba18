package com.msprecon.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long {@code runs} takes from process start to exit, with the chart's default JVM options (the baseline)
 * and with its quick-start options for every process of one MSP ({@code quickStartJavaOptions}), measured in
 * the same run on the same database. Not a test: run it after {@code ./mvnw package -DskipTests} with
 * {@code java -cp target/test-classes com.msprecon.benchmark.OperatorStartBenchmark [repetitions]}.
 */
public final class OperatorStartBenchmark {

	private static final List<String> BASELINE = List.of("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");

	private static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private OperatorStartBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path jar = Path.of("target", "licence-recon.jar").toAbsolutePath();
		Path work = Files.createTempDirectory("operator-start");
		// the first start creates the embedded database: not part of what is compared
		start(jar, work, BASELINE);
		long[] baseline = new long[repetitions];
		long[] quick = new long[repetitions];
		List<String> quickOptions = new ArrayList<>(BASELINE);
		quickOptions.addAll(QUICK_START);
		for (int i = 0; i < repetitions; i++) {
			// interleaved, so that a busy moment of the machine falls on both
			baseline[i] = start(jar, work, BASELINE);
			quick[i] = start(jar, work, quickOptions);
		}
		System.out.printf("runs, %d starts each, median (min..max) ms%n", repetitions);
		System.out.printf("  baseline    %s%n", figures(baseline));
		System.out.printf("  quick start %s  (%s)%n", figures(quick), String.join(" ", QUICK_START));
	}

	private static long start(Path jar, Path work, List<String> jvmOptions) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvmOptions);
		command.addAll(List.of("-jar", jar.toString(), "runs"));
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("runs.log").toFile())
			.start();
		int exit = process.waitFor();
		long millis = (System.nanoTime() - started) / 1_000_000;
		if (exit != 0) {
			throw new IllegalStateException("runs exited " + exit + "; see " + work.resolve("runs.log"));
		}
		return millis;
	}

	private static String figures(long[] millis) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		return "%5d (%d..%d)".formatted(sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
	}

}
