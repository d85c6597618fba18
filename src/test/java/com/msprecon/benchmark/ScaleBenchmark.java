package com.msprecon.benchmark;

import com.msprecon.support.ReconDataGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.springframework.util.FileSystemUtils;

/**
 * How the reconciliation job grows with the data (issue 16): for each size it generates the seeded data, measures
 * the floor (the same six CSV files loaded into plain PostgreSQL tables with {@code COPY} and every row selected
 * back once), then runs the job of a jar in a process of its own with {@code -Xmx1g} on PostgreSQL and on H2, and
 * prints per step times (from Spring Batch's {@code batch_step_execution} of the run), the time per company, the
 * peak heap (the largest heap in use before a collection, from the JVM's GC log) and the ratio to the floor, then
 * the goals of the issue as met or not. With a baseline jar it also runs that on the same data and compares the
 * CSV outputs byte for byte. Not a test: {@code docs/benchmark-scale.sh} builds the jar and runs it.
 *
 * <p>Arguments: this build's jar, optionally {@code --baseline <jar>}, then the sizes (companies). Environment:
 * {@code BENCH_DATABASES} (default {@code postgresql,h2}), {@code TEST_POSTGRES_URL}, {@code TEST_POSTGRES_USER},
 * {@code TEST_POSTGRES_PASSWORD} (handed to the job in its environment, never on a command line).
 */
public final class ScaleBenchmark {

	private static final long SEED = 20261203L;

	private static final String PG_URL = System.getenv()
		.getOrDefault("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	private static final String PG_USER = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");

	private static final String PG_PASSWORD = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");

	/** the six inputs of {@link ReconDataGenerator} */
	private static final List<String> FILES = List.of("mimecast-accounts.csv", "psa-companies.csv",
			"psa-agreements.csv", "psa-additions.csv", "account-map.csv", "service-map.csv");

	/** G1/serial/parallel log line of a collection: {@code ... 123M->45M(256M) 1.234ms} */
	private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private ScaleBenchmark() {
	}

	/** One job run: process time, job time, steps in order, peak heap. */
	record Run(long processMs, long jobMs, Map<String, Long> stepMs, long peakHeapMb, Path out, String load) {

		long staging() {
			return stepMs.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith("stage") || e.getKey().equals("loadMappingsStep"))
				.mapToLong(Map.Entry::getValue)
				.sum();
		}

	}

	record Floor(long loadMs, long scanMs, long rows) {

		long total() {
			return loadMs + scanMs;
		}

	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]).toAbsolutePath();
		int first = 1;
		Path baseline = null;
		if (args.length > 2 && args[1].equals("--baseline")) {
			baseline = Path.of(args[2]).toAbsolutePath();
			first = 3;
		}
		List<Integer> sizes = Arrays.stream(args, first, args.length).map(Integer::valueOf).toList();
		List<String> databases = List.of(System.getenv().getOrDefault("BENCH_DATABASES", "postgresql,h2").split(","));
		Path work = Files.createTempDirectory("scale-benchmark");
		System.out.printf("scale benchmark: %s, sizes %s, databases %s, %d cores, %s, work in %s%n",
				jar.getFileName(), sizes, databases, Runtime.getRuntime().availableProcessors(),
				BenchJavaOptions.describe(), work);
		Map<String, Map<Integer, Run>> runs = new LinkedHashMap<>();
		Map<Integer, Floor> floors = new TreeMap<>();
		boolean allEqual = true;
		for (int companies : sizes) {
			Path data = work.resolve("data-" + companies);
			ReconDataGenerator.write(data, SEED, companies);
			Floor floor = floor(data);
			floors.put(companies, floor);
			System.out.printf("%n%,d companies: floor (COPY of the six files, then every row selected once): load %d ms"
					+ " + scan %d ms = %d ms, %,d rows%n", companies, floor.loadMs, floor.scanMs, floor.total(),
					floor.rows);
			for (String database : databases) {
				Run run = run(jar, database, data, work.resolve(database + "-" + companies));
				runs.computeIfAbsent(database, d -> new TreeMap<>()).put(companies, run);
				System.out.printf("  %-10s process %,7d ms, job %,7d ms, %.3f ms/company, peak heap %,d MB, "
						+ "process/floor %.1f, staging/load floor %.1f (load average %s)%n", database, run.processMs,
						run.jobMs, (double) run.jobMs / companies, run.peakHeapMb,
						(double) run.processMs / floor.total(), (double) run.staging() / floor.loadMs, run.load);
				if (baseline != null) {
					Run base = run(baseline, database, data, work.resolve(database + "-" + companies + "-baseline"));
					List<String> differences = compareCsv(base.out, run.out);
					allEqual &= differences.isEmpty();
					System.out.printf("  %-10s baseline process %,7d ms, job %,7d ms: CSV outputs %s%n", "",
							base.processMs, base.jobMs, differences.isEmpty() ? "byte-identical"
									: "DIFFER: " + differences);
				}
			}
		}
		for (var perDatabase : runs.entrySet()) {
			printSteps(perDatabase.getKey(), perDatabase.getValue());
		}
		printGoals(runs, floors);
		if (baseline != null) {
			System.out.println("outputs equal to the baseline's at every size: " + (allEqual ? "yes" : "NO"));
		}
		// every run succeeded (a failure throws before this): its data, outputs and databases go
		FileSystemUtils.deleteRecursively(work);
	}

	// --- the floor

	/**
	 * The same files into plain tables of text columns with {@code COPY ... FROM STDIN} (pgjdbc's CopyManager),
	 * then every row selected back once, on a schema of its own that is dropped afterwards.
	 */
	static Floor floor(Path data) throws SQLException, IOException {
		String schema = "floor_" + Long.toHexString(System.nanoTime());
		try (Connection c = postgres(null)) {
			try (Statement s = c.createStatement()) {
				s.execute("create schema " + schema);
				for (String file : FILES) {
					String header;
					try (BufferedReader in = Files.newBufferedReader(data.resolve(file))) {
						header = in.readLine();
					}
					String columns = String.join(", ",
							Arrays.stream(header.split(",")).map(col -> col.strip() + " text").toList());
					s.execute("create table " + schema + "." + table(file) + " (" + columns + ")");
				}
			}
			long start = System.nanoTime();
			var copy = c.unwrap(PGConnection.class).getCopyAPI();
			for (String file : FILES) {
				try (Reader in = Files.newBufferedReader(data.resolve(file), StandardCharsets.UTF_8)) {
					copy.copyIn("copy " + schema + "." + table(file) + " from stdin (format csv, header true)", in);
				}
			}
			long loaded = System.nanoTime();
			long rows = 0;
			c.setAutoCommit(false);
			for (String file : FILES) {
				try (Statement s = c.createStatement()) {
					s.setFetchSize(10_000);
					try (ResultSet rs = s.executeQuery("select * from " + schema + "." + table(file))) {
						int n = rs.getMetaData().getColumnCount();
						while (rs.next()) {
							for (int i = 1; i <= n; i++) {
								rs.getString(i);
							}
							rows++;
						}
					}
				}
			}
			c.commit();
			long scanned = System.nanoTime();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				s.execute("drop schema " + schema + " cascade");
			}
			return new Floor((loaded - start) / 1_000_000, (scanned - loaded) / 1_000_000, rows);
		}
	}

	private static String table(String file) {
		return file.replace(".csv", "").replace('-', '_');
	}

	// --- one job run

	static Run run(Path jar, String database, Path data, Path dir) throws Exception {
		Files.createDirectories(dir);
		boolean postgres = database.equals("postgresql");
		String schema = "bench_" + Long.toHexString(System.nanoTime());
		String h2Url = "jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
				+ "DEFAULT_NULL_ORDERING=HIGH";
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx1g", "-Xlog:gc:file=" + dir.resolve("gc.log")));
		command.addAll(BenchJavaOptions.fromEnvironment());
		command.addAll(List.of("-jar", jar.toString(), "asOfDate=2026-11-15", "--recon.input-dir=" + data,
				"--recon.output-dir=" + dir.resolve("out"), "--logging.level.root=WARN"));
		if (postgres) {
			command.addAll(List.of("--spring.datasource.url=" + pgUrl(schema),
					"--spring.datasource.username=" + PG_USER, "--spring.flyway.schemas=" + schema,
					"--spring.flyway.default-schema=" + schema));
		}
		else {
			command.add("--spring.datasource.url=" + h2Url);
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dir.resolve("run.log").toFile());
		// a password goes to the job through its environment, never on a command line others can list
		builder.environment().put("SPRING_DATASOURCE_PASSWORD", PG_PASSWORD);
		String load = loadAverage();
		long start = System.nanoTime();
		int exit = builder.start().waitFor();
		long processMs = (System.nanoTime() - start) / 1_000_000;
		if (exit != 0) {
			throw new IllegalStateException(jar + " exited with " + exit + ": see " + dir.resolve("run.log"));
		}
		Map<String, Long> steps = new LinkedHashMap<>();
		long jobMs;
		try (Connection c = postgres ? postgres(schema) : DriverManager.getConnection(h2Url, "sa", "")) {
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select step_name, start_time, end_time from batch_step_execution "
							+ "order by step_execution_id")) {
				while (rs.next()) {
					steps.merge(rs.getString(1), millis(rs.getTimestamp(2), rs.getTimestamp(3)), Long::sum);
				}
			}
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select start_time, end_time from batch_job_execution")) {
				rs.next();
				jobMs = millis(rs.getTimestamp(1), rs.getTimestamp(2));
			}
			if (postgres) {
				try (Statement s = c.createStatement()) {
					s.execute("drop schema " + schema + " cascade");
				}
			}
		}
		return new Run(processMs, jobMs, steps, peakHeapMb(dir.resolve("gc.log")), dir.resolve("out"), load);
	}

	/** The machine's load average of the last minute before a run: a figure taken on a busy machine says so. */
	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException ex) {
			return "?";
		}
	}

	private static long millis(Timestamp start, Timestamp end) {
		return end.getTime() - start.getTime();
	}

	/** The largest heap in use that a collection saw (before collecting), in MB; the committed size if larger. */
	static long peakHeapMb(Path gcLog) throws IOException {
		long peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher m = GC.matcher(line);
			if (m.find()) {
				peak = Math.max(peak, Long.parseLong(m.group(1)));
			}
		}
		return peak;
	}

	private static String pgUrl(String schema) {
		return schema == null ? PG_URL : PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	private static Connection postgres(String schema) throws SQLException {
		Properties p = new Properties();
		p.setProperty("user", PG_USER);
		p.setProperty("password", PG_PASSWORD);
		return DriverManager.getConnection(pgUrl(schema), p);
	}

	/** The CSV files of two runs' output folders that are not byte for byte the same (or only in one). */
	static List<String> compareCsv(Path expected, Path actual) throws IOException {
		Map<Path, Path> left = csvFiles(expected);
		Map<Path, Path> right = csvFiles(actual);
		List<String> differences = new ArrayList<>();
		for (var e : left.entrySet()) {
			Path other = right.get(e.getKey());
			if (other == null) {
				differences.add("only in the baseline: " + e.getKey());
			}
			else if (Files.mismatch(e.getValue(), other) != -1) {
				differences.add(e.getKey().toString());
			}
		}
		right.keySet().stream().filter(k -> !left.containsKey(k)).forEach(k -> differences.add("new: " + k));
		return differences;
	}

	private static Map<Path, Path> csvFiles(Path dir) throws IOException {
		Map<Path, Path> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(dir)) {
			all.filter(p -> p.toString().endsWith(".csv")).forEach(p -> files.put(dir.relativize(p), p));
		}
		return files;
	}

	// --- the report

	private static void printSteps(String database, Map<Integer, Run> runs) {
		System.out.printf("%n%s: ms per step (wall time of the step as Spring Batch recorded it)%n", database);
		List<String> steps = runs.values().stream().flatMap(r -> r.stepMs.keySet().stream()).distinct().toList();
		StringBuilder header = new StringBuilder(String.format("%-28s", "step"));
		runs.keySet().forEach(size -> header.append(String.format("%10s", String.format("%,d", size))));
		System.out.println(header);
		for (String step : steps) {
			StringBuilder line = new StringBuilder(String.format("%-28s", step));
			runs.values().forEach(r -> line.append(String.format("%,10d", r.stepMs.getOrDefault(step, 0L))));
			System.out.println(line);
		}
		StringBuilder job = new StringBuilder(String.format("%-28s", "job (start to end)"));
		runs.values().forEach(r -> job.append(String.format("%,10d", r.jobMs)));
		System.out.println(job);
		StringBuilder process = new StringBuilder(String.format("%-28s", "process (start to exit)"));
		runs.values().forEach(r -> process.append(String.format("%,10d", r.processMs)));
		System.out.println(process);
		StringBuilder perCompany = new StringBuilder(String.format("%-28s", "job ms per company"));
		runs.forEach((size, r) -> perCompany.append(String.format("%10.3f", (double) r.jobMs / size)));
		System.out.println(perCompany);
		StringBuilder heap = new StringBuilder(String.format("%-28s", "peak heap MB"));
		runs.values().forEach(r -> heap.append(String.format("%,10d", r.peakHeapMb)));
		System.out.println(heap);
	}

	private static void printGoals(Map<String, Map<Integer, Run>> runs, Map<Integer, Floor> floors) {
		System.out.printf("%ngoals of issue 16%n");
		Map<Integer, Run> pg = runs.getOrDefault("postgresql", Map.of());
		Run pg50 = pg.get(50_000);
		if (pg50 != null) {
			Floor floor = floors.get(50_000);
			goal("50k companies on PostgreSQL <= 15 s end to end (process)", pg50.processMs / 1000.0 + " s",
					pg50.processMs <= 15_000);
			double ratio = (double) pg50.processMs / floor.total();
			goal("50k on PostgreSQL <= 25 x the COPY-and-scan floor (process time)", String.format("%.1f x", ratio), ratio <= 25);
			goal("50k on PostgreSQL heap <= 1 GiB", pg50.peakHeapMb + " MB", pg50.peakHeapMb <= 1024);
			double staging = (double) pg50.staging() / floor.loadMs;
			goal("50k on PostgreSQL staging <= 3 x the load floor", String.format("%.1f x", staging), staging <= 3);
		}
		else {
			System.out.println("  (50,000 companies not run: the 50k goals are not measured)");
		}
		for (var perDatabase : runs.entrySet()) {
			List<Double> perCompany = perDatabase.getValue()
				.entrySet()
				.stream()
				.filter(e -> e.getKey() >= 5_000)
				.map(e -> (double) e.getValue().jobMs / e.getKey())
				.toList();
			if (perCompany.size() >= 2) {
				double[] sorted = perCompany.stream().mapToDouble(Double::doubleValue).sorted().toArray();
				int middle = sorted.length / 2;
				double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
				double spread = Math.max(sorted[sorted.length - 1] / median - 1, 1 - sorted[0] / median);
				goal(perDatabase.getKey() + ": time per company constant within 25 % from 5k up",
						String.format("%.3f..%.3f ms, +-%.0f %% of the median", sorted[0], sorted[sorted.length - 1],
								spread * 100),
						spread <= 0.25);
			}
			Run typical = perDatabase.getValue().get(1_000);
			if (typical != null) {
				goal(perDatabase.getKey() + ": 1,000 companies <= 2 s after the JVM started (job time)",
						typical.jobMs + " ms", typical.jobMs <= 2_000);
			}
		}
	}

	private static void goal(String goal, String measured, boolean met) {
		System.out.printf("  %-72s %-34s %s%n", goal, measured, met ? "met" : "NOT met");
	}

}
