package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.msprecon.apply.ApplyLaunch;
import com.msprecon.apply.ApplyMode;
import com.msprecon.apply.ApplyProperties;
import com.msprecon.output.ApprovalColumns;
import com.msprecon.http.FakeHttpServer.Request;
import com.msprecon.http.FakeHttpServer.Response;
import com.msprecon.psa.connectwise.FakeConnectWise;
import com.msprecon.run.ExitCodes;
import com.msprecon.run.RunKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10 on the real jobs (docs/rules.md R10–R12): the small data set's PSA served by a fake ConnectWise over
 * loopback HTTP, reconciled, approved, previewed and applied, with the faults the issue lists. "Exactly once" is
 * counted where it happens: the writes the fake ConnectWise carried out.
 */
abstract class ApplyJobTests extends JobTestSupport {

	private static final ServedPsa SERVED = new ServedPsa();

	private static final LocalDate NOV_15 = LocalDate.of(2026, 11, 15);

	@Autowired
	@Qualifier("applyChangeOrdersJob")
	private Job applyJob;

	@Autowired
	private NamedParameterJdbcTemplate namedJdbc;

	@TempDir
	Path dir;

	private FakeConnectWise psa;

	@DynamicPropertySource
	static void servedPsa(DynamicPropertyRegistry registry) {
		for (String property : SERVED.properties()) {
			int eq = property.indexOf('=');
			registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
		}
	}

	@BeforeEach
	void freshPsa() {
		psa = SERVED.reset(SMALL);
	}

	@Test
	void previewWritesNothingApplyWritesEachApprovedOrderOnceAndTheNextMonthSeesItApplied() throws Exception {
		long run = reconcile(NOV_15, 1);
		Map<String, Map<String, Object>> orders = orders(run);
		assertThat(orders).containsKeys("R" + run + "/100/9001", "R" + run + "/102/NEW:MC-SAT",
				"R" + run + "/103/NEW:MC-ECG");
		assertThat(Files.readString(outputs(NOV_15).resolve("psa-change-orders.csv")))
			.as("every order with its key")
			.startsWith("order_key,company_id,")
			.contains("R" + run + "/100/9001,100,Acme Widgets,500,");

		// finance returns the workbook with the Decision column filled in, after moving the columns about
		Path returned = returnedWorkbook(outputs(NOV_15).resolve("change-orders-2026-11.xlsx"), key -> {
			boolean appliable = orders.get(key).get("agreement_id") != null;
			return appliable ? "APPROVE" : "REJECT";
		});

		JobExecution preview = apply(NOV_15, 1, returned, ApplyMode.PREVIEW);
		assertThat(preview.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(psa.writes()).as("a preview writes nothing").isEmpty();
		Map<String, String> plan = states(runId(preview));
		assertThat(plan).hasSize(orders.size());
		orders.forEach((key, order) -> assertThat(plan.get(key)).as(key)
			.isEqualTo(order.get("agreement_id") == null ? "SKIPPED" : "PLANNED"));
		Path previewDir = outputs(NOV_15).resolve("apply-run-" + runId(preview) + "-preview");
		Path csv = previewDir.resolve("applied-changes-2026-11.csv");
		assertThat(Files.readAllLines(csv).get(0))
			.startsWith("order_key,company_id,agreement_id,addition_id,product_identifier,before,target,live,state,"
					+ "message,approved_by");
		assertThat(Files.readAllLines(csv)).hasSize(orders.size() + 1);
		assertThat(previewDir.resolve("applied-changes-2026-11.xlsx")).exists();

		JobExecution applied = apply(NOV_15, 1, returned, ApplyMode.APPLY);
		assertThat(applied.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Map<String, String> states = states(runId(applied));
		assertThat(states).as("the same plan, carried out")
			.isEqualTo(plan.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey,
						e -> e.getValue().equals("PLANNED") ? "APPLIED" : e.getValue())));
		List<String> writes = psa.writes();
		assertExactlyOneWritePerApprovedOrder(orders, writes);
		// the preview's file is still there, and it planned what the apply did: the same orders, each with the
		// same before, target and live value (the live value read before the write)
		Path appliedCsv = outputs(NOV_15).resolve("apply-run-" + runId(applied) + "-apply")
			.resolve("applied-changes-2026-11.csv");
		assertThat(plannedRows(appliedCsv)).isEqualTo(plannedRows(csv));
		assertThat(Files.readString(csv)).doesNotContain(",APPLIED,");

		// the same approvals again: refused before anything is written
		assertThatThrownBy(() -> launch(returned, ApplyMode.APPLY).parametersFor(RunKey.of(NOV_15, 1)))
			.hasMessageContaining("were applied to run " + run + " by apply run " + runId(applied));
		// the same decisions in another file (a new apply run): every order is skipped, nothing written
		Path csvApprovals = approvalsCsv(orders.keySet().stream()
			.filter(k -> orders.get(k).get("agreement_id") != null)
			.map(k -> k + ",APPROVE,controller@msp.example,")
			.toList());
		JobExecution again = apply(NOV_15, 1, csvApprovals, ApplyMode.APPLY);
		assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(states(runId(again)).values()).containsOnly("SKIPPED");
		assertThat(psa.writes()).isEqualTo(writes);

		// R12: a new attempt of the same month cannot count the new lines yet (they start on 1 December): their
		// orders come again; approved, they are skipped while the earlier line is in the PSA, never added twice
		long sameMonth = reconcile(NOV_15, 5);
		String newLine = "R" + sameMonth + "/102/NEW:MC-SAT";
		assertThat(orders(sameMonth)).containsKey(newLine).doesNotContainKey("R" + sameMonth + "/100/9001");
		// the run's own outputs say so, in the change-order file and on the sheet (R12)
		String earlier = "already added by order R" + run + "/102/NEW:MC-SAT (apply run " + runId(applied);
		assertThat(Files.readAllLines(outputs(NOV_15, 5).resolve("psa-change-orders.csv")))
			.filteredOn(l -> l.startsWith(newLine + ","))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains(earlier)
			.contains("starts on 2026-12-01");
		try (InputStream in = Files.newInputStream(outputs(NOV_15, 5).resolve("change-orders-2026-11.xlsx"));
				XSSFWorkbook book = new XSSFWorkbook(in)) {
			XSSFSheet sheet = book.getSheet(ApprovalColumns.CHANGE_ORDER_SHEET);
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
			int key = headers.indexOf(ApprovalColumns.ORDER_KEY);
			int appliedEarlier = headers.indexOf("Applied earlier");
			assertThat(appliedEarlier).isNotNegative();
			Map<String, String> shown = new LinkedHashMap<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(key) != null && !row.getCell(key).getStringCellValue().isBlank()) {
					shown.put(row.getCell(key).getStringCellValue(), row.getCell(appliedEarlier) == null ? ""
							: row.getCell(appliedEarlier).getStringCellValue());
				}
			}
			assertThat(shown.get(newLine)).contains(earlier);
			// company 102's two new lines were applied before; 103's never was (it names no agreement)
			assertThat(shown).as("only the orders carried out before")
				.allSatisfy((k, v) -> assertThat(v.isEmpty()).as(k).isEqualTo(!k.contains("/102/NEW:")));
		}
		JobExecution sameMonthApply = apply(NOV_15, 5, approvalsCsv(List.of(newLine + ",APPROVE,cfo@msp.example,")),
				ApplyMode.APPLY);
		assertThat(sameMonthApply.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(ledger(runId(sameMonthApply)).get(newLine)).containsEntry("state", "SKIPPED");
		assertThat((String) ledger(runId(sameMonthApply)).get(newLine).get("message"))
			.startsWith("the line was added by order R" + run + "/102/NEW:MC-SAT (apply run " + runId(applied))
			.contains("starts on 2026-12-01");
		assertThat(psa.writes()).isEqualTo(writes);

		// R12: next month's reconciliation finds the PSA at the targets (new lines start on 1 December)
		long december = reconcile(LocalDate.of(2026, 12, 15), 1);
		for (Map<String, Object> order : orders.values()) {
			String line = (String) order.get("line_key");
			String status = jdbc.queryForObject("select status from recon_line where run_id = ? and line_key = ?",
					String.class, december, line);
			if (line.equals("P|102|MC-SAT")) {
				// the data's addition 9007 (4 seats, dated 1 December) starts then too: a new finding, on top of
				// the 8 applied
				assertThat(status).isEqualTo("OVER_BILLED");
				assertThat(jdbc.queryForObject("select psa_qty from recon_line where run_id = ? and line_key = ?",
						BigDecimal.class, december, line)).isEqualByComparingTo("12");
			}
			else if (order.get("agreement_id") != null) {
				assertThat(status).as("%s in December", order.get("order_key")).isEqualTo("MATCH");
			}
		}
	}

	@Test
	void aConflictWritesNothingA503IsRetriedALostPostIsFoundByItsTagAndARefusedLineFailsUntilTheRerun()
			throws Exception {
		long run = reconcile(NOV_15, 2);
		String p = "R" + run + "/";
		// someone else changes 9001 between the reconciliation and the apply
		psa.setQuantity(500, 9001, "51");
		SERVED.server.failNext(request("PATCH", "/additions/9002"), Response.json(503, "{\"code\":\"Busy\"}"));
		SERVED.server.loseResponseOfNext(request("POST", "/agreements/502/additions").and(r -> r.body()
			.contains("\"id\":814")));
		psa.refuseProduct("MC-SAT-ADMIN");
		Path approvals = approvalsCsv(List.of(p + "100/9001,APPROVE,cfo@msp.example,",
				p + "100/9002,APPROVE,cfo@msp.example,",
				p + "102/NEW:MC-SAT,APPROVE,cfo@msp.example,new product",
				p + "102/NEW:MC-SAT-ADMIN,APPROVE,cfo@msp.example,"));

		JobExecution first = apply(NOV_15, 2, approvals, ApplyMode.APPLY);
		assertThat(ExitCodes.of(first.getStatus())).as("a FAILED order fails the run").isEqualTo(ExitCodes.FAILED);
		Map<String, Map<String, Object>> ledger = ledger(runId(first));
		assertThat(ledger.get(p + "100/9001")).containsEntry("state", "CONFLICT");
		assertThat((BigDecimal) ledger.get(p + "100/9001").get("live_qty")).isEqualByComparingTo("51");
		assertThat(ledger.get(p + "100/9002")).containsEntry("state", "APPLIED");
		assertThat(ledger.get(p + "102/NEW:MC-SAT")).containsEntry("state", "APPLIED");
		assertThat((String) ledger.get(p + "102/NEW:MC-SAT").get("message")).contains("found by its tag");
		assertThat(ledger.get(p + "102/NEW:MC-SAT-ADMIN")).containsEntry("state", "FAILED");
		assertThat((String) ledger.get(p + "102/NEW:MC-SAT-ADMIN").get("message")).contains("HTTP 400");
		assertThat(psa.quantity(500, 9001)).as("a conflict writes nothing").isEqualByComparingTo("51");
		assertThat(psa.writes()).containsExactly("PATCH 9002 55", "POST 502 9013 " + p + "102/NEW:MC-SAT");

		psa.acceptAllProducts();
		JobExecution rerun = apply(NOV_15, 2, approvals, ApplyMode.APPLY);
		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(runId(rerun)).as("the same apply run, resumed").isEqualTo(runId(first));
		assertThat(states(runId(rerun))).containsEntry(p + "100/9001", "CONFLICT")
			.containsEntry(p + "100/9002", "APPLIED")
			.containsEntry(p + "102/NEW:MC-SAT", "APPLIED")
			.containsEntry(p + "102/NEW:MC-SAT-ADMIN", "APPLIED");
		assertThat(psa.writes()).as("only the refused line is written by the rerun")
			.containsExactly("PATCH 9002 55", "POST 502 9013 " + p + "102/NEW:MC-SAT",
					"POST 502 9014 " + p + "102/NEW:MC-SAT-ADMIN");
		assertThat(psa.additionsOf(502).stream().filter(a -> a.path("product").path("identifier").asString()
			.equals("MC-SAT")).count()).as("no duplicate line").isEqualTo(2); // 9007 and the new one
	}

	@Test
	void writesWhoseLedgerUpdateWasLostAreSettledByTheLiveValueWithoutASecondWrite() throws Exception {
		long run = reconcile(NOV_15, 3);
		String p = "R" + run + "/";
		List<String> approved = List.of(p + "100/9001", p + "100/9002", p + "101/9004", p + "102/9005",
				p + "102/NEW:MC-SAT", p + "102/NEW:MC-SAT-ADMIN");
		Path approvals = approvalsCsv(approved.stream().map(k -> k + ",APPROVE,cfo@msp.example,").toList());
		// chunks of 2: the third chunk (the two new lines) dies after its writes, before its ledger update; its
		// first POST's answer is lost on the way too
		faults.arm("applyOrdersStep", 4);
		SERVED.server.loseResponseOfNext(request("POST", "/agreements/502/additions"));

		JobExecution crashed = apply(NOV_15, 3, approvals, ApplyMode.APPLY);
		assertThat(crashed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(states(runId(crashed))).containsEntry(p + "102/NEW:MC-SAT", "IN_FLIGHT")
			.containsEntry(p + "102/NEW:MC-SAT-ADMIN", "IN_FLIGHT")
			.containsEntry(p + "100/9001", "APPLIED");
		List<String> writes = psa.writes();
		assertThat(writes).hasSize(6);

		JobExecution rerun = apply(NOV_15, 3, approvals, ApplyMode.APPLY);
		assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(states(runId(rerun)).values()).containsOnly("APPLIED");
		assertThat((String) ledger(runId(rerun)).get(p + "102/NEW:MC-SAT-ADMIN").get("message")).startsWith("settled");
		assertThat(psa.writes()).as("no order written twice").isEqualTo(writes);
	}

	@Test
	void badApprovalsAreRefusedBeforeAnythingIsWrittenNamingFileLineAndReason() throws Exception {
		long run = reconcile(NOV_15, 4);
		String p = "R" + run + "/";
		Path approvals = approvalsCsv(List.of(p + "100/9001,APPROVE,cfo@msp.example,", p + "100/9001,REJECT,cfo,",
				p + "100/9999,APPROVE,cfo,", "R999999/100/9001,APPROVE,cfo,", p + "100/9002,MAYBE,cfo,",
				p + "101/9004,APPROVE,,", p + "103/NEW:MC-ECG,APPROVE,cfo,"));
		int ledgerRows = jdbc.queryForObject("select count(*) from psa_apply_ledger", Integer.class);

		assertThatThrownBy(() -> launch(approvals, ApplyMode.APPLY).parametersFor(RunKey.of(NOV_15, 4)))
			.hasMessageContaining("approvals.csv line 3: a decision contradicting " + p + "100/9001")
			.hasMessageContaining("approvals.csv line 4: unknown order key " + p + "100/9999")
			.hasMessageContaining("approvals.csv line 5: order key R999999/100/9001 is of run 999999, not of run " + run)
			.hasMessageContaining("approvals.csv line 6: decision 'MAYBE'")
			.hasMessageContaining("approvals.csv line 7: the decision on " + p + "101/9004 does not say who decided")
			.hasMessageContaining("approvals.csv line 8: the new line " + p + "103/NEW:MC-ECG cannot be applied");
		assertThat(psa.writes()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from psa_apply_ledger", Integer.class)).isEqualTo(ledgerRows);
		assertThatThrownBy(() -> launch(approvals, ApplyMode.APPLY).parametersFor(RunKey.of(NOV_15, 99)))
			.hasMessageContaining("there is no COMPLETED reconciliation run for asOfDate=2026-11-15 attempt=99");
	}

	private static void assertExactlyOneWritePerApprovedOrder(Map<String, Map<String, Object>> orders,
			List<String> writes) {
		List<String> expected = new ArrayList<>();
		for (Map<String, Object> order : orders.values()) {
			String target = ((BigDecimal) order.get("new_qty")).stripTrailingZeros().toPlainString();
			if (order.get("addition_id") != null) {
				expected.add("PATCH " + order.get("addition_id") + " " + target);
			}
			else if (order.get("agreement_id") != null) {
				expected.add("POST " + order.get("agreement_id") + " " + order.get("order_key"));
			}
		}
		assertThat(writes.stream().map(w -> w.startsWith("POST") ? w.replaceFirst("^(POST \\S+) \\S+", "$1") : w))
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	/** Per order: what the plan is made of (key, company, agreement, addition, product, before, target, live). */
	private static List<String> plannedRows(Path appliedChanges) throws IOException {
		try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(appliedChanges,
				java.nio.charset.StandardCharsets.UTF_8,
				org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.stream()
				.map(r -> String.join(",", r.get("order_key"), r.get("company_id"), r.get("agreement_id"),
						r.get("addition_id"), r.get("product_identifier"), r.get("before"), r.get("target"),
						r.get("live")))
				.toList();
		}
	}

	private long reconcile(LocalDate asOfDate, long attempt) throws Exception {
		JobExecution execution = run(asOfDate, attempt);
		assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
			.isEqualTo(BatchStatus.COMPLETED);
		return runId(execution);
	}

	private ApplyLaunch launch(Path approvals, ApplyMode mode) {
		return new ApplyLaunch(jobRepository, namedJdbc, new ApplyProperties(approvals, mode, false),
				Clock.systemUTC(), ReconciliationJobConfiguration.JOB_NAME, ApplyJobConfiguration.JOB_NAME);
	}

	private JobExecution apply(LocalDate asOfDate, long attempt, Path approvals, ApplyMode mode) throws Exception {
		return jobOperator.start(applyJob, launch(approvals, mode).parametersFor(RunKey.of(asOfDate, attempt)));
	}

	private Map<String, Map<String, Object>> orders(long run) {
		Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
		jdbc.queryForList("select * from psa_change_order where run_id = ? order by order_key", run)
			.forEach(o -> orders.put((String) o.get("order_key"), o));
		return orders;
	}

	private Map<String, Map<String, Object>> ledger(long applyRun) {
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		jdbc.queryForList("select * from psa_apply_ledger where apply_run_id = ? order by order_key", applyRun)
			.forEach(o -> rows.put((String) o.get("order_key"), o));
		return rows;
	}

	private Map<String, String> states(long applyRun) {
		Map<String, String> states = new LinkedHashMap<>();
		ledger(applyRun).forEach((key, row) -> states.put(key, (String) row.get("state")));
		return states;
	}

	private Path approvalsCsv(List<String> lines) throws IOException {
		Path file = dir.resolve("approvals.csv");
		Files.writeString(file, "order_key,decision,decided_by,note\n" + String.join("\n", lines) + "\n");
		return file;
	}

	/** The workbook as finance returns it: a column inserted in front, decisions filled in by the header names. */
	private Path returnedWorkbook(Path workbook, java.util.function.Function<String, String> decision)
			throws IOException {
		Path returned = dir.resolve("returned.xlsx");
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			XSSFSheet sheet = book.getSheet(ApprovalColumns.CHANGE_ORDER_SHEET);
			assertThat(sheet.getDataValidations()).as("the Decision drop-down")
				.anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
					.containsExactly("APPROVE", "REJECT"));
			sheet.shiftColumns(0, sheet.getRow(0).getLastCellNum(), 1);
			sheet.getRow(0).createCell(0).setCellValue("Checked");
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
			int key = headers.indexOf(ApprovalColumns.ORDER_KEY);
			int decided = headers.indexOf(ApprovalColumns.DECISION);
			int by = headers.indexOf(ApprovalColumns.DECIDED_BY);
			for (Row row : sheet) {
				// the sheet ends with a totals row, which names no order
				if (row.getRowNum() > 0 && row.getCell(key) != null && !row.getCell(key).getStringCellValue().isBlank()) {
					row.createCell(decided).setCellValue(decision.apply(row.getCell(key).getStringCellValue()));
					row.createCell(by).setCellValue("finance@msp.example");
				}
			}
			try (OutputStream out = Files.newOutputStream(returned)) {
				book.write(out);
			}
		}
		return returned;
	}

	private static Predicate<Request> request(String method, String pathEnd) {
		return r -> r.method().equals(method) && r.path().endsWith(pathEnd);
	}

}
