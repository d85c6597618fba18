package com.msprecon.benchmark;

import com.msprecon.support.ReconDataGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * The hosted scenario of issue 16: {@code run all-msps} over many MSPs of the same size, in one process (one JVM,
 * {@code -Xmx1g}), on a fresh H2 database or PostgreSQL schema. Prints the process's wall time, each MSP run's
 * time from the job repository (median, 95th percentile, maximum, and per company), the JVM's start-up (process
 * start to the first run's start), and the peak heap in use (the largest occupancy before a collection, from the
 * JVM's GC log). Not a test: {@code docs/benchmark-msps.sh [msps] [companies]} builds the jar and runs it
 * ({@code BENCH_DATABASE=postgresql} for PostgreSQL).
 *
 * <p>Arguments: the jar, the number of MSPs, the companies of each, and optionally the number of shards: that
 * many processes at once on the same database, each {@code --recon.shard=K/N} of the MSPs, as an Indexed Job with
 * that {@code parallelism} runs them on one node (wall time until the last ends, peak heap of the largest).
 */
public final class ManyMspsBenchmark {

	private ManyMspsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		int msps = Integer.parseInt(args[1]);
		int companies = Integer.parseInt(args[2]);
		int shards = args.length > 3 ? Integer.parseInt(args[3]) : 1;
		if (shards > 1 && !"postgresql".equals(System.getenv("BENCH_DATABASE"))) {
			throw new IllegalArgumentException("shards at once need PostgreSQL (BENCH_DATABASE=postgresql): one H2 file "
					+ "database opens in one process only");
		}
		Path work = Files.createTempDirectory("msps-benchmark");
		Path root = work.resolve("msps");
		long generating = System.nanoTime();
		for (int i = 0; i < msps; i++) {
			ReconDataGenerator.write(root.resolve(String.format("msp-%04d", i)), 20261203L + i, companies);
		}
		System.out.printf("%d MSPs x %d companies generated in %.1f s under %s%n", msps, companies,
				(System.nanoTime() - generating) / 1e9, root);

		Database database = Database.fresh(work);
		List<Process> processes = new ArrayList<>();
		LocalDateTime processStart = LocalDateTime.now();
		long start = System.nanoTime();
		try {
			for (int k = 0; k < shards; k++) {
				List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
					.toString(), "-Xmx1g", "-Xlog:gc:file=" + work.resolve("gc-" + k + ".log")));
				command.addAll(BenchJavaOptions.fromEnvironment());
				command.addAll(List.of("-jar", jar.toString(), "run", "all-msps", "asOfDate=2026-11-15", "--recon.msps.dir=" + root,
						"--recon.shard=" + k + "/" + shards, "--recon.output-dir=" + work.resolve("out"),
						"--logging.level.root=WARN", "--logging.level.com.msprecon=WARN"));
				command.addAll(database.arguments());
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(work.resolve("run-" + k + ".log").toFile());
				builder.environment()
					.put("SPRING_DATASOURCE_PASSWORD", System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""));
				processes.add(builder.start());
				if (k == 0 && shards > 1) {
					// the first process creates the schema (Flyway); the others start once its first run has
					awaitFirstRun(database, processes.get(0));
				}
			}
			for (int k = 0; k < shards; k++) {
				int exit = processes.get(k).waitFor();
				if (exit != 0) {
					throw new IllegalStateException("all-msps shard " + k + "/" + shards + " exited with " + exit
							+ ": see " + work.resolve("run-" + k + ".log"));
				}
			}
		}
		finally {
			processes.forEach(Process::destroyForcibly);
		}
		double wall = (System.nanoTime() - start) / 1e9;

		List<Double> runs = new ArrayList<>();
		LocalDateTime firstStart = null;
		LocalDateTime lastEnd = null;
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select start_time, end_time from batch_job_execution "
						+ "where status = 'COMPLETED' order by start_time")) {
			while (rows.next()) {
				LocalDateTime begin = rows.getTimestamp(1).toLocalDateTime();
				LocalDateTime end = rows.getTimestamp(2).toLocalDateTime();
				firstStart = firstStart == null ? begin : firstStart;
				lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
				runs.add(Duration.between(begin, end).toMillis() / 1000.0);
			}
		}
		if (runs.size() != msps) {
			throw new IllegalStateException(runs.size() + " of " + msps + " MSP runs completed");
		}
		java.util.Map<String, List<Double>> steps = new java.util.LinkedHashMap<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select step_name, start_time, end_time from "
						+ "batch_step_execution where status = 'COMPLETED' order by step_execution_id")) {
			while (rows.next()) {
				steps.computeIfAbsent(rows.getString(1), name -> new ArrayList<>())
					.add(Duration.between(rows.getTimestamp(2).toLocalDateTime(), rows.getTimestamp(3).toLocalDateTime())
						.toMillis() / 1000.0);
			}
		}
		List<Double> sorted = runs.stream().sorted().toList();
		double median = median(runs);
		System.out.printf("database %s, %d MSPs x %d companies, %s, %s each%n", database.name(), msps, companies,
				shards == 1 ? "one process" : shards + " shards at once (one process each)", BenchJavaOptions.describe());
		System.out.printf("  wall, process start to exit   %8.1f s   (%.2f s per MSP)%n", wall, wall / msps);
		System.out.printf("  JVM start to first run        %8.1f s%n",
				Duration.between(processStart, firstStart).toMillis() / 1000.0);
		// with shards at once a run takes longer, but more runs end per minute: the rate the machine reaches
		double running = Duration.between(firstStart, lastEnd).toMillis() / 1000.0;
		System.out.printf("  first run's start to last end %8.1f s   (%.2f s per MSP)%n", running, running / msps);
		System.out.printf("  one MSP's run: median %.2f s, p95 %.2f s, max %.2f s, first %.2f s; %.2f ms per company%n",
				median, sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.95) - 1)),
				sorted.get(sorted.size() - 1), runs.get(0), median * 1000 / companies);
		// a run must not grow with the runs before it: the first and the last tenth of the MSPs, in the order they ran
		int tenth = Math.max(1, runs.size() / 10);
		double first = median(runs.subList(0, tenth));
		double last = median(runs.subList(runs.size() - tenth, runs.size()));
		System.out.printf("  median run of the first %d MSPs %.2f s, of the last %d %.2f s (ratio %.2f)%n", tenth, first,
				tenth, last, last / first);
		long peakHeap = 0;
		for (int k = 0; k < shards; k++) {
			peakHeap = Math.max(peakHeap, ScaleBenchmark.peakHeapMb(work.resolve("gc-" + k + ".log")));
		}
		System.out.printf("  peak heap in use (before a GC) %7d MB%s%n", peakHeap, shards == 1 ? "" : " (largest shard)");
		System.out.printf("  per step, median of the MSPs' runs (s):%n");
		steps.forEach((step, times) -> System.out.printf("    %-28s %6.3f%n", step,
				median(times)));
		System.out.printf("  goals: 1,000 x 1,000 <= 600 s and 1 GiB heap; a 1,000-company MSP <= 2 s after start%n");
		// what a benchmark leaves would pile up on a shared machine: its schema, data and outputs go when it succeeded
		database.drop();
		FileSystemUtils.deleteRecursively(work);
	}

	private static void awaitFirstRun(Database database, Process first) throws InterruptedException {
		long deadline = System.nanoTime() + 180_000_000_000L;
		while (first.isAlive() && System.nanoTime() < deadline) {
			try (Connection connection = database.connect(); Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select count(*) from batch_job_execution")) {
				if (rows.next() && rows.getLong(1) > 0) {
					return;
				}
			}
			catch (Exception notYetMigrated) {
				// the schema or its tables are not there yet
			}
			Thread.sleep(200);
		}
	}

	private static double median(List<Double> times) {
		return times.stream().sorted().toList().get(times.size() / 2);
	}

	/** A fresh H2 file database in the work folder, or a fresh schema on the PostgreSQL of the tests. */
	private record Database(String name, String url, String user, String schema) {

		static Database fresh(Path work) {
			if (!"postgresql".equals(System.getenv("BENCH_DATABASE"))) {
				return new Database("H2", "jdbc:h2:file:" + work.resolve("db")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", null);
			}
			String url = System.getenv().getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
			return new Database("PostgreSQL", url, System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres"),
					"bench_" + Long.toHexString(System.nanoTime()));
		}

		List<String> arguments() {
			if (schema == null) {
				return List.of("--spring.datasource.url=" + url);
			}
			return List.of("--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
					"--spring.datasource.username=" + user, "--spring.flyway.schemas=" + schema,
					"--spring.flyway.default-schema=" + schema);
		}

		void drop() throws Exception {
			if (schema != null) {
				try (Connection connection = connect(); Statement statement = connection.createStatement()) {
					statement.execute("drop schema " + schema + " cascade");
				}
			}
		}

		Connection connect() throws Exception {
			if (schema == null) {
				return DriverManager.getConnection(url, user, "");
			}
			Connection connection = DriverManager.getConnection(url, user,
					System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", ""));
			connection.setSchema(schema);
			return connection;
		}

	}

}
