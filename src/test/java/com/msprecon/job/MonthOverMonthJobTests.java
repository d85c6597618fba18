package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.output.OutputExporter;
import com.msprecon.history.AccountChange;
import com.msprecon.history.AccountChangeClass;
import com.msprecon.history.ChangeClass;
import com.msprecon.history.CompareWithPreviousRunTasklet;
import com.msprecon.history.HistoryReader;
import com.msprecon.history.LineChange;
import com.msprecon.history.MonthOverMonth;
import com.msprecon.history.PeriodRevenue;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.results.ResultReader.StatusTotals;
import com.msprecon.run.RunContext;
import com.msprecon.run.RunKey;
import com.msprecon.support.ReconDataGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * docs/rules.md R9 over months of generated data: each month's inputs are the month before's, perturbed from a seed
 * (seats, accounts gone and new, a map row pointing elsewhere, PSA quantities). What {@code compareWithPreviousRunStep}
 * stored is checked against a comparison this test computes on its own, from the CSV outputs of every run: which run
 * is the previous one, each key's class and months open (counted by walking back period by period), the account
 * changes, the counts, the previous run's totals and the revenue of the last 12 periods. Subclasses choose the
 * database.
 */
abstract class MonthOverMonthJobTests extends JobTestSupport {

	private static final String OTHER = "other";

	private static final Set<String> PER_ACCOUNT = Set.of("UNMATCHED", "EXCLUDED", "UNMAPPED_SERVICE");

	@Autowired
	private OutputExporter exporter;

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	@Autowired
	private TransactionTemplate transactions;

	/** the completed runs so far, as this test saw their outputs */
	private final List<Outputs> completed = new ArrayList<>();

	@Test
	void eachRunIsComparedWithTheLatestCompletedRunOfTheNearestEarlierPeriodOfItsMsp() throws Exception {
		Path base = Files.createTempDirectory("mom-base");
		ReconDataGenerator.write(base, 11, 40);
		Path march = perturbed(base, 1);
		Path aprilFirst = perturbed(march, 2);
		Path aprilSecond = perturbed(aprilFirst, 3);
		Path aprilFailed = perturbed(aprilSecond, 4);
		Path may = perturbed(aprilSecond, 6);
		Path july = perturbed(may, 7);
		Path august = perturbed(july, 8);
		Path otherApril = Files.createTempDirectory("mom-other");
		ReconDataGenerator.write(otherApril, 99, 25);
		Path otherMay = perturbed(otherApril, 5);

		// March: the first run of the MSP, nothing to compare with
		Outputs a = run(march, RunKey.of(LocalDate.of(2026, 3, 31), 1));
		MonthOverMonth first = checkAgainstOutputs(a);
		assertThat(first.nothingToCompareWith()).isTrue();
		assertThat(first.lines()).isNotEmpty().allSatisfy(l -> {
			assertThat(l.changeClass()).isEqualTo(ChangeClass.NEW);
			assertThat(l.monthsOpen()).isEqualTo(1);
		});
		assertThat(first.accounts()).isEmpty();

		// April: two completed attempts, then a third that fails; another MSP's runs in between
		Outputs b1 = run(aprilFirst, RunKey.of(LocalDate.of(2026, 4, 30), 1));
		checkAgainstOutputs(b1);
		Outputs b2 = run(aprilSecond, RunKey.of(LocalDate.of(2026, 4, 30), 2));
		checkAgainstOutputs(b2);
		useInputs(aprilFailed);
		faults.arm("reconcileCompaniesStep", 2);
		JobExecution failed = jobOperator.start(reconciliationJob, RunKey.of(LocalDate.of(2026, 4, 30), 3).toJobParameters());
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(rows("recon_line", runId(failed), "line_key")).as("the failed attempt stored some lines").isNotEmpty();
		Outputs o1 = run(otherApril, new RunKey(OTHER, LocalDate.of(2026, 4, 15), 1));
		assertThat(checkAgainstOutputs(o1).nothingToCompareWith()).as("another MSP's runs are never compared").isTrue();
		Outputs o2 = run(otherMay, new RunKey(OTHER, LocalDate.of(2026, 5, 15), 1));
		assertThat(checkAgainstOutputs(o2).previousRun()).hasValueSatisfying(p -> assertThat(p.runId()).isEqualTo(o1.runId()));

		// May: compared with April's second attempt, the latest completed one
		Outputs c = run(may, RunKey.of(LocalDate.of(2026, 5, 31), 1));
		MonthOverMonth mayComparison = checkAgainstOutputs(c);
		assertThat(mayComparison.previousRun()).hasValueSatisfying(p -> {
			assertThat(p.runId()).isEqualTo(b2.runId());
			assertThat(p.period()).isEqualTo(YearMonth.of(2026, 4));
			assertThat(p.attempt()).isEqualTo(2);
			assertThat(p.adjacent()).isTrue();
		});
		assertThat(expected(c, b1)).as("the first attempt would give another comparison").isNotEqualTo(expected(c, b2));
		assertThat(mayComparison.counts()).as("the data has every class").allSatisfy((k, n) -> assertThat(n).as(k.name()).isPositive());
		assertThat(mayComparison.accountCounts()).allSatisfy((k, n) -> assertThat(n).as(k.name()).isPositive());
		assertThat(mayComparison.lines()).as("open since March").anySatisfy(l -> assertThat(l.monthsOpen()).isEqualTo(3));
		assertThat(new HistoryReader(namedJdbc, c.runId()).previousTotals()).hasValueSatisfying(totals -> {
			for (Map.Entry<LineStatus, StatusTotals> t : totals.entrySet()) {
				assertThat(t.getValue().lines()).as(t.getKey().name()).isEqualTo(b2.linesWithStatus(t.getKey().name()));
			}
		});

		// July, after a month without a run: still compared with May, but every count starts again
		Outputs d = run(july, RunKey.of(LocalDate.of(2026, 7, 31), 1));
		MonthOverMonth afterGap = checkAgainstOutputs(d);
		assertThat(afterGap.previousRun()).hasValueSatisfying(p -> {
			assertThat(p.runId()).isEqualTo(c.runId());
			assertThat(p.adjacent()).isFalse();
		});
		assertThat(afterGap.counts().get(ChangeClass.PERSISTING)).isPositive();
		assertThat(afterGap.lines()).allSatisfy(l -> assertThat(l.monthsOpen()).isIn(1, null));

		// August: back to back with July again
		Outputs e = run(august, RunKey.of(LocalDate.of(2026, 8, 31), 1));
		MonthOverMonth august2 = checkAgainstOutputs(e);
		assertThat(august2.lines()).anySatisfy(l -> assertThat(l.monthsOpen()).isEqualTo(2))
			.allSatisfy(l -> assertThat(l.monthsOpen()).isIn(1, 2, null));
		List<PeriodRevenue> revenue = new HistoryReader(namedJdbc, e.runId()).recoverableRevenue();
		assertThat(revenue).extracting(PeriodRevenue::hasRun)
			.as("September 2025 to August 2026: runs in March, April, May, July, August")
			.containsExactly(false, false, false, false, false, false, true, true, true, false, true, true);
	}

	@Test
	void aRerunOfTheStepReplacesWhatItStoredInsteadOfAddingToIt() throws Exception {
		Path june = Files.createTempDirectory("mom-june");
		ReconDataGenerator.write(june, 5, 15);
		Path july = perturbed(june, 9);
		String msp = "rerun";
		run(june, new RunKey(msp, LocalDate.of(2026, 6, 30), 1));
		RunKey julyKey = new RunKey(msp, LocalDate.of(2026, 7, 31), 1);
		Outputs second = run(july, julyKey);
		Map<String, List<Map<String, Object>>> stored = history(second.runId());
		assertThat(stored.get("history_line")).isNotEmpty();

		var tasklet = new CompareWithPreviousRunTasklet(namedJdbc,
				new RunContext(second.runId(), ReconciliationJobConfiguration.JOB_NAME, julyKey));
		transactions.executeWithoutResult(status -> tasklet.execute(null, null));

		assertThat(history(second.runId())).isEqualTo(stored);
	}

	// --- the expected comparison, from the CSV outputs

	private MonthOverMonth checkAgainstOutputs(Outputs run) {
		MonthOverMonth stored = new HistoryReader(namedJdbc, run.runId()).read().orElseThrow();
		Optional<Outputs> previous = previousOf(run);
		assertThat(stored.previousRun().map(p -> p.runId())).isEqualTo(previous.map(Outputs::runId));

		Map<Key, String> storedLines = new TreeMap<>();
		for (LineChange line : stored.lines()) {
			storedLines.put(new Key(line.kind().name(), line.keyId(), line.keyItem()),
					line.changeClass() + " " + line.monthsOpen() + " " + status(line.previous()) + " -> "
							+ status(line.current()));
		}
		Expected expected = expected(run, previous.orElse(null));
		assertThat(storedLines).as("the lines of run %s", run.key()).isEqualTo(expected.lines());
		previous.ifPresent(p -> checkPreviousSide(stored, p.runId()));
		// reconciliation-lines.csv carries each present line's class and months open (RESOLVED: a match again)
		Map<Key, String> expectedColumns = new TreeMap<>();
		run.lines().keySet().forEach(key -> expectedColumns.put(key, Optional.ofNullable(expected.lines().get(key))
			.map(e -> e.split(" ")[0] + " " + (e.split(" ")[1].equals("null") ? "" : e.split(" ")[1]))
			.orElse(" ")));
		assertThat(run.sinceLastMonth()).as("since_last_month and months_open of run %s", run.key())
			.isEqualTo(expectedColumns);

		Map<String, String> storedAccounts = new TreeMap<>();
		for (AccountChange account : stored.accounts()) {
			storedAccounts.put(account.accountCode(),
					account.changeClass() + " " + company(account.previousMethod(), account.previousCompanyId()) + " -> "
							+ company(account.currentMethod(), account.currentCompanyId()));
		}
		assertThat(storedAccounts).as("the accounts of run %s", run.key()).isEqualTo(expected.accounts());

		Map<ChangeClass, Long> counts = new EnumMap<>(ChangeClass.class);
		for (ChangeClass c : ChangeClass.values()) {
			counts.put(c, expected.lines().values().stream().filter(v -> v.startsWith(c.name() + " ")).count());
		}
		assertThat(stored.counts()).isEqualTo(counts);
		Map<AccountChangeClass, Long> accountCounts = new EnumMap<>(AccountChangeClass.class);
		for (AccountChangeClass c : AccountChangeClass.values()) {
			accountCounts.put(c, expected.accounts().values().stream().filter(v -> v.startsWith(c.name() + " ")).count());
		}
		assertThat(stored.accountCounts()).isEqualTo(accountCounts);

		List<String> revenue = new HistoryReader(namedJdbc, run.runId()).recoverableRevenue()
			.stream()
			.map(r -> r.period() + " " + r.runId() + " " + (r.recoverable() == null ? "-" : r.recoverable().stripTrailingZeros().toPlainString()))
			.toList();
		List<String> expectedRevenue = new ArrayList<>();
		for (int back = 11; back >= 0; back--) {
			YearMonth period = run.period().minusMonths(back);
			Optional<Outputs> source = back == 0 ? Optional.of(run) : latestCompleted(run.key().msp(), period);
			expectedRevenue.add(period + " " + source.map(o -> String.valueOf(o.runId())).orElse("null") + " "
					+ source.map(o -> o.recoverable().stripTrailingZeros().toPlainString()).orElse("-"));
		}
		assertThat(revenue).as("the revenue history of run %s", run.key()).isEqualTo(expectedRevenue);
		return stored;
	}

	/**
	 * What the comparison shows of the previous run is that run's stored lines and resolutions: a line's account
	 * codes, quantities and impact, and the company of a line or account that is gone now.
	 */
	private void checkPreviousSide(MonthOverMonth stored, long previousRunId) {
		int checked = 0;
		for (LineChange line : stored.lines()) {
			if (line.previous() == null) {
				continue;
			}
			Map<String, Object> before = namedJdbc.getJdbcTemplate()
				.queryForMap("select account_codes, vendor_qty, monthly_impact, company_name from recon_line "
						+ "where run_id = ? and line_key = ?", previousRunId, line.previous().lineKey());
			assertThat(line.previous().accountCodes()).isEqualTo(before.get("account_codes"));
			assertThat(line.previous().vendorQty()).isEqualByComparingTo((BigDecimal) before.get("vendor_qty"));
			assertThat(Optional.ofNullable(line.previous().monthlyImpact()).map(BigDecimal::stripTrailingZeros))
				.isEqualTo(Optional.ofNullable((BigDecimal) before.get("monthly_impact")).map(BigDecimal::stripTrailingZeros));
			if (line.current() == null) {
				assertThat(line.companyName()).isEqualTo(before.get("company_name"));
			}
			checked++;
		}
		assertThat(checked).as("lines with a previous side").isPositive();
		for (AccountChange account : stored.accounts()) {
			if (account.previousCompanyId() != null) {
				assertThat(account.previousCompanyName()).isEqualTo(namedJdbc.getJdbcTemplate()
					.queryForObject("select company_name from account_resolution where run_id = ? and account_code = ?",
							String.class, previousRunId, account.accountCode()));
			}
		}
	}

	/** The comparison of {@code run} with {@code previous} ({@code null}: none), computed here from the CSV files. */
	private Expected expected(Outputs run, Outputs previous) {
		Map<Key, String> lines = new TreeMap<>();
		Set<Key> keys = new HashSet<>(run.lines().keySet());
		if (previous != null) {
			keys.addAll(previous.lines().keySet());
		}
		for (Key key : keys) {
			Line now = run.lines().get(key);
			Line before = previous == null ? null : previous.lines().get(key);
			boolean is = now != null && now.isDiscrepancy();
			boolean was = before != null && before.isDiscrepancy();
			if (is && !was) {
				lines.put(key, "NEW 1 - -> " + now.status());
			}
			else if (is) {
				boolean same = now.status().equals(before.status()) && now.sameDelta(before);
				lines.put(key, (same ? "PERSISTING " : "CHANGED ") + monthsOpen(run, key) + " " + before.status() + " -> "
						+ now.status());
			}
			else if (was) {
				lines.put(key, "RESOLVED null " + before.status() + " -> " + (now == null ? "-" : now.status()));
			}
		}
		Map<String, String> accounts = new TreeMap<>();
		if (previous != null) {
			Set<String> codes = new HashSet<>(run.accounts().keySet());
			codes.addAll(previous.accounts().keySet());
			for (String code : codes) {
				String now = run.accounts().get(code);
				String before = previous.accounts().get(code);
				if (before == null) {
					accounts.put(code, "NEW - -> " + now);
				}
				else if (now == null) {
					accounts.put(code, "GONE " + before + " -> -");
				}
				else if (!now.equals(before)) {
					accounts.put(code, "REMATCHED " + before + " -> " + now);
				}
			}
		}
		return new Expected(lines, accounts);
	}

	/** This run, plus one for every period right before it whose latest completed run has the key as a discrepancy. */
	private int monthsOpen(Outputs run, Key key) {
		int months = 1;
		for (YearMonth period = run.period().minusMonths(1);; period = period.minusMonths(1)) {
			Optional<Outputs> earlier = latestCompleted(run.key().msp(), period);
			if (earlier.isEmpty() || earlier.get().lines().get(key) == null || !earlier.get().lines().get(key).isDiscrepancy()) {
				return months;
			}
			months++;
		}
	}

	private Optional<Outputs> previousOf(Outputs run) {
		return completed.stream()
			.filter(o -> o.key().msp().equals(run.key().msp()) && o.period().isBefore(run.period()))
			.max(LATEST);
	}

	private Optional<Outputs> latestCompleted(String msp, YearMonth period) {
		return completed.stream().filter(o -> o.key().msp().equals(msp) && o.period().equals(period)).max(LATEST);
	}

	private static final Comparator<Outputs> LATEST = Comparator.comparing(Outputs::period)
		.thenComparing(o -> o.key().asOfDate())
		.thenComparing(o -> o.key().attempt());

	private static String status(com.msprecon.history.LineState state) {
		return state == null ? "-" : state.status().name();
	}

	/** '-' for no resolution (the account is not in that run), '' for a resolution to no company */
	private static String company(com.msprecon.reconciliation.ResolutionMethod method, String companyId) {
		return method == null ? "-" : companyId == null ? "" : companyId;
	}

	// --- running a month and reading its outputs

	private Outputs run(Path inputs, RunKey key) throws Exception {
		useInputs(inputs);
		JobExecution execution = jobOperator.start(reconciliationJob, key.toJobParameters());
		assertThat(execution.getStatus()).as("run %s", key).isEqualTo(BatchStatus.COMPLETED);
		Path dir = new com.msprecon.output.FolderOutputSink(outputDir()).pathOf(com.msprecon.output.OutputFolder.of(RunContext.of(execution).key()));
		Map<Key, Line> lines = new HashMap<>();
		Map<Key, String> sinceLastMonth = new TreeMap<>();
		BigDecimal recoverable = BigDecimal.ZERO;
		for (CSVRecord r : csv(dir.resolve("reconciliation-lines.csv"))) {
			String status = r.get("status");
			Key lineKey = PER_ACCOUNT.contains(status) ? new Key("ACCOUNT", r.get("account_codes"), r.get("product_identifier"))
					: new Key("COMPANY", r.get("company_id"), r.get("product_identifier"));
			Line previous = lines.put(lineKey, new Line(status, decimal(r.get("delta"))));
			sinceLastMonth.put(lineKey, r.get("since_last_month") + " " + r.get("months_open"));
			assertThat(previous).as("one line per key: %s", lineKey).isNull();
			if ((status.equals("UNDER_BILLED") || status.equals("NOT_BILLED")) && !r.get("monthly_impact").isEmpty()) {
				recoverable = recoverable.add(new BigDecimal(r.get("monthly_impact")));
			}
		}
		Map<String, String> accounts = new HashMap<>();
		for (CSVRecord r : csv(dir.resolve("account-matches.csv"))) {
			accounts.put(r.get("account_code"), r.get("company_id"));
		}
		Outputs outputs = new Outputs(runId(execution), key, lines, accounts, recoverable, sinceLastMonth);
		completed.add(outputs);
		return outputs;
	}

	private Map<String, List<Map<String, Object>>> history(long runId) {
		Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		tables.put("history_comparison", rows("history_comparison", runId, "run_id"));
		tables.put("history_line", rows("history_line", runId, "key_kind, key_id, key_item"));
		tables.put("history_account", rows("history_account", runId, "account_code"));
		tables.put("history_revenue", rows("history_revenue", runId, "period"));
		return tables;
	}

	private static List<CSVRecord> csv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static BigDecimal decimal(String text) {
		return text.isEmpty() ? null : new BigDecimal(text);
	}

	// --- next month's inputs

	/**
	 * A copy of {@code from} changed from a seed: about one account in eight gets other seats, one in fifteen is
	 * gone (last month's new account with the unknown package among them), two new accounts arrive (named like a PSA company, one with a package the service map does not know), one
	 * mapped account is mapped to another company and one more account is mapped, and one PSA addition in twelve gets
	 * another quantity.
	 */
	private static Path perturbed(Path from, long seed) throws IOException {
		Random random = new Random(seed);
		Path to = Files.createTempDirectory("mom-" + seed);
		for (String file : List.of("psa-companies.csv", "psa-agreements.csv", "service-map.csv")) {
			Files.copy(from.resolve(file), to.resolve(file));
		}
		List<String> companies = csv(from.resolve("psa-companies.csv")).stream().map(r -> r.get("company_id")).toList();
		List<String> companyNames = csv(from.resolve("psa-companies.csv")).stream().map(r -> r.get("name")).toList();

		List<List<String>> accounts = new ArrayList<>();
		for (CSVRecord r : csv(from.resolve("mimecast-accounts.csv"))) {
			// gone: some accounts, and last month's new account with the unmapped package (its line is RESOLVED)
			if (random.nextInt(15) == 0 || r.get(0).matches("N\\d+X1")) {
				continue;
			}
			List<String> row = new ArrayList<>(r.toList());
			if (random.nextInt(8) == 0) {
				int change = random.nextBoolean() ? 1 + random.nextInt(8) : -(1 + random.nextInt(5));
				row.set(2, String.valueOf(Math.max(0, Integer.parseInt(row.get(2)) + change)));
				if (!row.get(5).isEmpty()) {
					row.set(5, String.valueOf(Math.max(0, Integer.parseInt(row.get(5)) + change)));
				}
			}
			accounts.add(row);
		}
		for (int i = 0; i < 2; i++) {
			int company = random.nextInt(companies.size());
			accounts.add(List.of("N" + seed + "X" + i, companyNames.get(company), String.valueOf(5 + random.nextInt(30)),
					i == 0 ? "Email Security Cloud Gateway [1001]" : "Email Security Cloud Gateway [1001];Web Security [1111]",
					"", ""));
		}
		write(to.resolve("mimecast-accounts.csv"), "account_code,account_name,user_count,packages,domains,actual_users",
				accounts);

		List<List<String>> map = new ArrayList<>();
		List<CSVRecord> mapRows = csv(from.resolve("account-map.csv"));
		int moved = random.nextInt(mapRows.size());
		for (int i = 0; i < mapRows.size(); i++) {
			List<String> row = new ArrayList<>(mapRows.get(i).toList());
			if (i == moved && !row.get(1).equals("EXCLUDE")) {
				row.set(1, companies.get(random.nextInt(companies.size())));
				row.set(2, "moved");
			}
			map.add(row);
		}
		String newlyMapped = accounts.get(random.nextInt(accounts.size())).get(0);
		if (mapRows.stream().noneMatch(r -> r.get(0).equalsIgnoreCase(newlyMapped))) {
			map.add(List.of(newlyMapped, companies.get(random.nextInt(companies.size())), "mapped by hand"));
		}
		write(to.resolve("account-map.csv"), "vendor_account_code,psa_company_id,note", map);

		List<List<String>> additions = new ArrayList<>();
		for (CSVRecord r : csv(from.resolve("psa-additions.csv"))) {
			List<String> row = new ArrayList<>(r.toList());
			if (random.nextInt(12) == 0) {
				row.set(3, String.valueOf(Math.max(0, new BigDecimal(row.get(3)).intValue() + random.nextInt(11) - 5)));
			}
			additions.add(row);
		}
		write(to.resolve("psa-additions.csv"), "addition_id,agreement_id,product_identifier,quantity,less_included,"
				+ "unit_price,unit_cost,bill_customer,effective_date,cancelled_date", additions);
		return to;
	}

	private static void write(Path file, String header, List<List<String>> rows) {
		try (Writer out = Files.newBufferedWriter(file);
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
			printer.printRecord((Object[]) header.split(","));
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// --- what the test keeps of each run

	private record Key(String kind, String id, String item) implements Comparable<Key> {

		@Override
		public int compareTo(Key other) {
			return Comparator.comparing(Key::kind).thenComparing(Key::id).thenComparing(Key::item).compare(this, other);
		}

	}

	private record Line(String status, BigDecimal delta) {

		boolean isDiscrepancy() {
			return !status.equals("MATCH") && !status.equals("EXCLUDED");
		}

		boolean sameDelta(Line other) {
			return delta == null ? other.delta == null : other.delta != null && delta.compareTo(other.delta) == 0;
		}

	}

	/**
	 * @param accounts account code to company id ('' for none)
	 * @param sinceLastMonth each line's {@code since_last_month} and {@code months_open}, as the CSV gives them
	 */
	private record Outputs(long runId, RunKey key, Map<Key, Line> lines, Map<String, String> accounts,
			BigDecimal recoverable, Map<Key, String> sinceLastMonth) {

		YearMonth period() {
			return key.yearMonth();
		}

		long linesWithStatus(String status) {
			return lines.values().stream().filter(l -> l.status().equals(status)).count();
		}

	}

	private record Expected(Map<Key, String> lines, Map<String, String> accounts) {

	}

}
