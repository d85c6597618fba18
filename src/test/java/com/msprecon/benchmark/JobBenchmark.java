package com.msprecon.benchmark;

import com.msprecon.support.ReconDataGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * The whole reconciliation job, from process start to exit, of this build against a baseline build, on the same
 * seeded data and the same kind of fresh embedded database, measured in the same run and interleaved (so that a
 * busy moment of the machine falls on both). It shows what a change did to the job's speed. Not a test:
 * {@code docs/benchmark-job.sh [baseline-commit] [companies...]} builds both jars and runs it
 * ({@code BENCH_DATABASE=postgresql} for PostgreSQL).
 *
 * <p>Arguments: the baseline jar, this build's jar, the repetitions, then the data set sizes (companies).
 */
public final class JobBenchmark {

	private JobBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path baselineJar = Path.of(args[0]).toAbsolutePath();
		Path currentJar = Path.of(args[1]).toAbsolutePath();
		int repetitions = Integer.parseInt(args[2]);
		List<Integer> sizes = Arrays.stream(args, 3, args.length).map(Integer::valueOf).toList();
		Path work = Files.createTempDirectory("job-benchmark");
		System.out.printf("reconciliation job on %s, process start to exit, %d runs each, median (min..max) ms%n",
				"postgresql".equals(System.getenv("BENCH_DATABASE")) ? "PostgreSQL" : "H2", repetitions);
		System.out.printf("%10s %22s %22s %8s%n", "companies", "baseline", "this build", "ratio");
		for (int companies : sizes) {
			Path data = work.resolve("data-" + companies);
			ReconDataGenerator.write(data, 20261203L, companies);
			long[] baseline = new long[repetitions];
			long[] current = new long[repetitions];
			for (int i = 0; i < repetitions; i++) {
				baseline[i] = run(baselineJar, data, work.resolve("b-" + companies + "-" + i));
				current[i] = run(currentJar, data, work.resolve("c-" + companies + "-" + i));
			}
			System.out.printf("%10d %22s %22s %8.2f%n", companies, figures(baseline), figures(current),
					(double) median(current) / median(baseline));
		}
		// the data and outputs of every run: gone once all succeeded (a failure leaves them to read)
		FileSystemUtils.deleteRecursively(work);
	}

	/** One run of the job on a database and output folder of its own; fails when the job does not end with 0. */
	private static long run(Path jar, Path data, Path dir) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx1g", "-jar", jar.toString(), "asOfDate=2026-11-15", "--recon.input-dir=" + data,
				"--recon.output-dir=" + dir.resolve("out"), "--logging.level.root=WARN"));
		String schema = "bench_" + Long.toHexString(System.nanoTime());
		command.addAll(database(dir, schema));
		long start = System.nanoTime();
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("run.log").toFile());
		// a password goes to the job through its environment, never on a command line others can list
		builder.environment()
			.put("SPRING_DATASOURCE_PASSWORD", System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""));
		Process process = builder.start();
		int exit = process.waitFor();
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (exit != 0) {
			throw new IllegalStateException(jar + " exited with " + exit + " on " + data + ": see "
					+ dir.resolve("run.log"));
		}
		dropSchema(schema);
		return millis;
	}

	/** Drops a run's PostgreSQL schema, so that the runs do not pile up on a shared server. */
	private static void dropSchema(String schema) {
		if (!"postgresql".equals(System.getenv("BENCH_DATABASE"))) {
			return;
		}
		try (Connection connection = DriverManager.getConnection(
				System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
				System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres"),
				System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""));
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not drop the benchmark schema " + schema + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A fresh embedded H2 database in the run's folder, or with {@code BENCH_DATABASE=postgresql} a new schema on
	 * the PostgreSQL of {@code TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
	 * {@code TEST_POSTGRES_USER}, default {@code postgres}, password {@code TEST_POSTGRES_PASSWORD}, handed on in the
 * environment).
	 */
	private static List<String> database(Path dir, String schema) {
		if (!"postgresql".equals(System.getenv("BENCH_DATABASE"))) {
			return List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		}
		String url = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
				"--spring.datasource.username=" + System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres"),
				"--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema);
	}

	private static String figures(long[] millis) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		return median(millis) + " (" + sorted[0] + ".." + sorted[sorted.length - 1] + ")";
	}

	private static long median(long[] millis) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
