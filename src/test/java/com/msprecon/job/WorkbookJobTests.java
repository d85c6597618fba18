package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.msprecon.launch.GracefulStop;
import com.msprecon.launch.LaunchRunner;
import com.msprecon.launch.LaunchableJob;
import com.msprecon.output.OutputExporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import com.msprecon.run.RunKey;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * The workbook read back with Apache POI as finance would use it (docs/rules.md R8, §5): headers, cell types and
 * formats, sort order, totals and the figures. Subclasses choose the database.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class WorkbookJobTests extends JobTestSupport {

	private static final DataFormatter FORMATTER = new DataFormatter();

	@Autowired
	private Job matchOnlyJob;

	@Autowired
	private OutputExporter exporter;

	@Autowired
	private List<LaunchableJob> launchableJobs;

	@Autowired
	private GracefulStop gracefulStop;

	@Test
	void syncUpTakesTheNewTotalUpsellsFirstWithTheDownsellNoteAndTotals() throws Exception {
		XSSFWorkbook workbook = workbookOf(run(LocalDate.of(2026, 5, 15), 1));
		Sheet sheet = workbook.getSheet("Mimecast Sync-Up");

		assertThat(texts(sheet.getRow(0))).containsExactly("Account code", "Account", "Direction", "Current seats",
				"Change", "New total seats (enter in portal)", "Packages", "PSA company", "PSA company ID", "Note",
				"Usage source");
		// small data set: Acme 50 -> 55 (resolved), Smith, Jones & Co 10 -> 8 (unmatched)
		assertThat(texts(sheet.getRow(1))).startsWith("C10000001", "Acme Widgets Inc", "UPSELL", "50", "+5", "55",
				"Email Security Cloud Gateway [1001]; Email Archive [1020]; Email Continuity [1030]", "Acme Widgets",
				"100");
		assertThat(texts(sheet.getRow(2))).startsWith("C10000003", "Smith, Jones & Co", "DOWNSELL", "10", "-2", "8");
		assertThat(sheet.getRow(1).getCell(9)).as("an upsell has no note").isNull();
		assertThat(sheet.getRow(2).getCell(9).getStringCellValue())
			.contains("cannot be combined with a product change")
			.contains("cancellation deadline")
			.contains("next billing date");
		Cell newTotal = sheet.getRow(1).getCell(5);
		assertThat(newTotal.getNumericCellValue()).isEqualTo(55);
		assertThat(workbook.getFontAt(newTotal.getCellStyle().getFontIndex()).getBold())
			.as("the figure to enter stands out")
			.isTrue();
		assertThat(sheet.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("+#,##0;-#,##0;0");
		assertThat(sheet.getRow(3)).as("a blank row before the totals").isNull();
		// under Direction, Current seats and Change
		assertThat(texts(sheet.getRow(4))).containsExactly("", "", "Totals", "Accounts", "Seats");
		assertThat(texts(sheet.getRow(5))).containsExactly("", "", "Upsells", "1", "+5");
		assertThat(texts(sheet.getRow(6))).containsExactly("", "", "Downsells", "1", "-2");
		assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1);
		assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(-2);
	}

	@Test
	void syncUpOrderIsUpsellsThenDownsellsLargestChangeFirstThenAccountCode() throws Exception {
		useInputs(DEMO);
		Sheet sheet = workbookOf(run(LocalDate.of(2026, 6, 15), 1)).getSheet("Mimecast Sync-Up");

		List<Integer> changes = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int r = 1; sheet.getRow(r) != null; r++) {
			changes.add((int) sheet.getRow(r).getCell(4).getNumericCellValue());
			codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
		}
		assertThat(changes).hasSizeGreaterThan(10);
		for (int i = 1; i < changes.size(); i++) {
			int a = changes.get(i - 1);
			int b = changes.get(i);
			boolean upThenDown = a > 0 && b <= 0;
			boolean sameSideLargerFirst = (a > 0) == (b > 0)
					&& (Math.abs(a) > Math.abs(b) || Math.abs(a) == Math.abs(b) && codes.get(i - 1).compareTo(codes.get(i)) < 0);
			assertThat(upThenDown || sameSideLargerFirst).as("row %d (%d) after row %d (%d)", i + 1, b, i, a).isTrue();
		}
		assertThat(changes).first().isEqualTo(5);
		assertThat(changes).last().isEqualTo(-1);
		assertThat(codes).startsWith("C49K13209", "C69L02703");
	}

	@Test
	void changeOrdersReadAsADecisionListWithWhatStandsBehindEachOrder() throws Exception {
		XSSFWorkbook workbook = workbookOf(run(LocalDate.of(2026, 5, 20), 1));
		Sheet sheet = workbook.getSheet("PSA Change Orders");

		assertThat(texts(sheet.getRow(0))).containsExactly("Company", "Company ID", "PSA identifier", "Status",
				"Action", "Product", "Current qty", "New qty", "Delta", "Unit price", "Monthly impact",
				"Approval required", "Effective date", "Agreement", "Agreement ID", "Addition ID", "Mimecast accounts",
				"Candidate agreements", "Note", "Applied earlier", "Order key", "Decision", "Decided by",
				"Decision note");
		List<Row> orders = dataRows(sheet);
		// small data set: Harbor Clinic has two active agreements, so its new line names both
		Row harbor = only(orders, "Harbor Clinic", "MC-ECG");
		assertThat(texts(harbor)).startsWith("Harbor Clinic", "103", "Harbor", "NOT_BILLED", "ADD_LINE", "MC-ECG", "0",
				"12", "+12");
		assertThat(text(harbor, 13)).as("no agreement chosen").isEmpty();
		assertThat(text(harbor, 16)).isEqualTo("C10000006");
		assertThat(text(harbor, 17)).isEqualTo("Harbor Services (504); Harbor Projects (505)");
		Row blueSky = only(orders, "Blue Sky Dental LLC", "MC-ECG");
		assertThat(texts(blueSky)).startsWith("Blue Sky Dental LLC", "101", "BlueSky", "OVER_BILLED", "ADJUST",
				"MC-ECG", "10", "5", "-5", "$2.50", "-$12.50", "Yes");
		assertThat(text(blueSky, 17)).as("only a new line without agreement has candidates").isEmpty();
		assertThat(sheet.getRow(1).getCell(3).getCellStyle().getFillForegroundColor())
			.as("status colour-coded")
			.isNotEqualTo(blueSky.getCell(5).getCellStyle().getFillForegroundColor());

		List<Double> impacts = orders.stream().map(r -> r.getCell(10)).filter(java.util.Objects::nonNull)
			.map(Cell::getNumericCellValue).toList();
		assertThat(impacts).hasSizeGreaterThan(3);
		assertThat(impacts.stream().map(Math::abs).toList()).as("largest monthly impact first")
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
		Row total = sheet.getRow(orders.size() + 1);
		assertThat(text(total, 0)).isEqualTo("Total: " + orders.size() + " orders");
		assertThat(total.getCell(10).getNumericCellValue())
			.isCloseTo(impacts.stream().mapToDouble(Double::doubleValue).sum(), org.assertj.core.data.Offset.offset(1e-9));
		assertListSheet(sheet, orders.size());
	}

	@Test
	void allLinesPutTheDiscrepanciesFirstLargestImpactFirstAndTheMatchesLast() throws Exception {
		XSSFWorkbook workbook = workbookOf(run(LocalDate.of(2026, 5, 25), 1));
		Sheet sheet = workbook.getSheet("All Lines");

		assertThat(texts(sheet.getRow(0))).containsExactly("Status", "Company", "Product / package", "Vendor qty",
				"PSA qty", "Delta", "Monthly impact", "Account codes", "Company ID", "Note");
		List<Row> lines = dataRows(sheet);
		List<String> statuses = lines.stream().map(r -> text(r, 0)).toList();
		int firstMatch = statuses.indexOf("MATCH");
		assertThat(firstMatch).isPositive();
		assertThat(statuses.subList(firstMatch, statuses.size())).containsOnly("MATCH");
		List<Double> priced = lines.subList(0, firstMatch).stream().map(r -> r.getCell(6)).takeWhile(java.util.Objects::nonNull)
			.map(c -> Math.abs(c.getNumericCellValue())).toList();
		assertThat(priced).hasSizeGreaterThan(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(lines.subList(priced.size(), firstMatch)).as("the unpriced discrepancies follow the priced ones")
			.allSatisfy(r -> assertThat(r.getCell(6)).isNull());
		Row total = sheet.getRow(lines.size() + 1);
		assertThat(text(total, 0)).isEqualTo("Total: " + lines.size() + " lines");
		assertThat(total.getCell(6).getNumericCellValue()).as("the net monthly impact, as on the Summary").isEqualTo(46.0);
		assertListSheet(sheet, lines.size());
	}

	@Test
	void reviewIsOneSheetPerKindWithKeyColumnsFirstAndADecisionColumnWhereOneIsNeeded() throws Exception {
		XSSFWorkbook workbook = workbookOf(run(LocalDate.of(2026, 5, 28), 1));

		Sheet unmatched = workbook.getSheet("Unmatched Accounts");
		assertThat(texts(unmatched.getRow(0))).containsExactly("Account code", "Account", "Seats",
				"Decision: company ID to map (or EXCLUDE)", "Candidate 1", "Score 1", "Candidate 2", "Score 2",
				"Candidate 3", "Score 3", "Reason");
		// small data set: C10000005 (7 seats) and the formula-like name C10000008 (3 seats): the most seats first
		assertThat(dataRows(unmatched)).extracting(r -> text(r, 0)).containsExactly("C10000005", "C10000008");
		Cell decision = unmatched.getRow(1).getCell(3);
		assertThat(decision.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
		assertThat(decision.getCellStyle().getBorderBottom()).as("a box to fill in")
			.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
		assertThat(texts(unmatched.getRow(3))).startsWith("Total: 2 accounts", "", "10");

		Sheet auto = workbook.getSheet("Matches to Confirm");
		assertThat(texts(auto.getRow(0))).containsExactly("Account code", "Account", "Company", "Company ID", "Score",
				"Decision: CONFIRM or REJECT", "Seats", "Reason");
		List<Row> matches = dataRows(auto);
		assertThat(matches).extracting(r -> r.getCell(4).getNumericCellValue()).as("the least sure first")
			.isSorted();
		assertThat(matches).extracting(r -> text(r, 0))
			.containsExactlyInAnyOrder("C10000001", "C10000002", "C10000006", "C10000009");
		var validations = ((org.apache.poi.xssf.usermodel.XSSFSheet) auto).getDataValidations();
		assertThat(validations).singleElement().satisfies(v -> {
			assertThat(v.getValidationConstraint().getExplicitListValues()).containsExactly("CONFIRM", "REJECT");
			assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("F2:F5");
		});

		Sheet unmapped = workbook.getSheet("Unmapped Services");
		assertThat(texts(unmapped.getRow(0))).containsExactly("Package", "Account code", "Account", "Seats", "Company",
				"Company ID", "Note");
		assertThat(texts(unmapped.getRow(1))).startsWith("Secure Messaging [1090]", "C10000009", "Pine Street Bakery",
				"30", "Pine Street Bakery", "105");

		Sheet rejects = workbook.getSheet("Rejected Records");
		assertThat(texts(rejects.getRow(0))).containsExactly("Source file", "Line", "Column", "Reason", "Record");
		assertThat(dataRows(rejects)).extracting(r -> text(r, 0) + ":" + text(r, 1))
			.containsExactly("mimecast-accounts.csv:8", "mimecast-accounts.csv:9", "psa-additions.csv:10",
					"psa-additions.csv:11", "psa-agreements.csv:8");
		assertThat(rejects.getRow(1).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
		for (Sheet sheet : List.of(unmatched, auto, unmapped, rejects)) {
			assertListSheet(sheet, dataRows(sheet).size());
		}
	}

	@Test
	void sinceLastMonthShowsEveryDiscrepancyNewThenPersistingAndSaysWhatItComparedWith() throws Exception {
		// docs/rules.md R9: the same data two months running; the first month has nothing to compare with. An MSP
		// of its own, since history is per MSP and this context's other tests run months of the default MSP
		XSSFWorkbook june = workbookOf(
				jobOperator.start(reconciliationJob, new RunKey("r9-sheet", LocalDate.of(2025, 6, 15), 1).toJobParameters()));
		XSSFWorkbook july = workbookOf(
				jobOperator.start(reconciliationJob, new RunKey("r9-sheet", LocalDate.of(2025, 7, 15), 1).toJobParameters()));

		Sheet first = june.getSheet("Since Last Month");
		assertThat(texts(first.getRow(0))).startsWith("Since last month", "Months open", "Company / account");
		List<Row> firstRows = dataRows(first);
		assertThat(firstRows).isNotEmpty().allSatisfy(r -> assertThat(texts(r).get(0)).isEqualTo("NEW"));
		assertThat(sheetText(first)).contains("No earlier run of this MSP to compare with");
		Sheet second = july.getSheet("Since Last Month");
		List<Row> secondRows = dataRows(second);
		assertThat(secondRows).hasSameSizeAs(firstRows)
			.allSatisfy(r -> assertThat(texts(r).subList(0, 2)).containsExactly("PERSISTING", "2"));
		assertThat(sheetText(second)).contains("Compared with the run of 2025-06 (as of 2025-06-15, attempt 1)");
	}

	private static String sheetText(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach(row -> text.append(String.join("|", texts(row))).append('\n'));
		return text.toString();
	}

	@Test
	void everyRunKeepsItsOwnOutputsAndLatestTxtNamesTheLatestReconciliation() throws Exception {
		LocalDate first = LocalDate.of(2025, 3, 10);
		LocalDate later = LocalDate.of(2025, 3, 20);
		// the output directory is shared by the test contexts of one JVM: start the period empty
		org.springframework.util.FileSystemUtils.deleteRecursively(outputDir().resolve("2025-03"));
		org.springframework.util.FileSystemUtils.deleteRecursively(outputDir().resolve("acme-msp"));
		JobExecution attempt1 = run(first, 1);
		JobExecution attempt2 = run(first, 2);
		JobExecution laterDate = run(later, 1);
		JobExecution matchOnly = jobOperator.start(matchOnlyJob, RunKey.of(first, 1).toJobParameters());
		JobExecution otherMsp = jobOperator.start(reconciliationJob, new RunKey("acme-msp", first, 1).toJobParameters());

		Path period = outputDir().resolve("2025-03");
		try (var folders = Files.list(period)) {
			assertThat(folders.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
					"2025-03-10-attempt-1", "2025-03-10-attempt-2", "2025-03-20-attempt-1",
					"2025-03-10-attempt-1-match-only", "latest.txt");
		}
		for (JobExecution run : List.of(attempt1, attempt2, laterDate)) {
			assertThat(outputs(run).resolve("change-orders-2025-03.xlsx")).exists();
			assertThat(outputs(run).resolve("reconciliation-lines.csv")).exists();
		}
		assertThat(matchOnlyOutputs(first).resolve("account-review-2025-03.xlsx")).exists();
		assertThat(Files.readAllLines(period.resolve("latest.txt")).get(0)).isEqualTo("2025-03-20-attempt-1");
		assertThat(outputDir().resolve("acme-msp/2025-03/2025-03-10-attempt-1/change-orders-2025-03.xlsx"))
			.as("another MSP's outputs in a folder of its own (docs/rules.md §4.4)")
			.exists();
		assertThat(outputDir().resolve("acme-msp/2025-03/latest.txt")).content().startsWith("2025-03-10-attempt-1\n");
		assertThat(List.of(matchOnly.getStatus(), otherMsp.getStatus())).containsOnly(BatchStatus.COMPLETED);

		// writing an earlier run's outputs again (the export command) leaves the latest as it is
		exporter.export(com.msprecon.run.RunContext.of(attempt2));
		assertThat(Files.readAllLines(period.resolve("latest.txt")).get(0)).isEqualTo("2025-03-20-attempt-1");
		JobExecution attempt3 = run(later, 2);
		assertThat(Files.readAllLines(period.resolve("latest.txt")).get(0)).isEqualTo("2025-03-20-attempt-2");
		assertThat(attempt3.getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	@Test
	void theConsoleEndsWithTheHeadlineFiguresAndTheOutputFolder(CapturedOutput output) throws Exception {
		var runner = runner();

		runner.run(new DefaultApplicationArguments("asOfDate=2025-04-15"));

		assertThat(runner.getExitCode()).isZero();
		List<String> lines = output.getOut().lines().filter(l -> !l.isBlank()).toList();
		int summary = lines.size() - 1;
		while (!lines.get(summary).contains("Reconciliation 2025-04 (as of 2025-04-15")) {
			summary--;
		}
		assertThat(lines.subList(summary, lines.size())).as("nothing of the framework after the summary")
			.noneMatch(l -> l.contains("completed with the following parameters"));
		// small data set: +5 seats for Acme, -2 for Smith, Jones & Co
		assertThat(lines.get(lines.size() - 5)).contains("recoverable revenue  USD ").contains(" per month");
		assertThat(lines.get(lines.size() - 4)).contains("refunds due          USD ");
		assertThat(lines.get(lines.size() - 3)).contains("Mimecast seats       5 to add, 2 to remove");
		assertThat(lines.get(lines.size() - 2)).contains("2 unmatched accounts, 4 matches to confirm, "
				+ "1 unmapped services, 5 rejected input records");
		assertThat(lines.get(lines.size() - 1)).isEqualTo("Outputs: " + outputs(LocalDate.of(2025, 4, 15)).toAbsolutePath());
	}

	@Test
	void theSummaryTellsTheStoryInItsFirstTenRowsWithAChartOfTheMonthlyImpact() throws Exception {
		XSSFWorkbook workbook = workbookOf(run(LocalDate.of(2026, 5, 30), 1));
		Sheet summary = workbook.getSheet("Summary");

		assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Summary");
		assertThat(text(summary.getRow(0), 0)).isEqualTo("Licence reconciliation 2026-05, MSP default");
		assertThat(texts(summary.getRow(1))).startsWith("As-of date", "2026-05-30", "Ran");
		assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(summary.getRow(1).getCell(3))).isTrue();
		// small data set (see its README): UNDER_BILLED +32.50 and NOT_BILLED +38.00; OVER_BILLED -12.50 and
		// NOT_IN_VENDOR -12.00; Sync-Up +5 and -2; 2 unmatched, 4 automatic matches, 1 unmapped service, 5 rejects
		List<List<String>> headlines = new ArrayList<>();
		for (int r = 3; r <= 9; r++) {
			headlines.add(texts(summary.getRow(r)).subList(0, 2));
		}
		assertThat(headlines).containsExactly(List.of("Recoverable revenue per month", "$70.50"),
				List.of("Refunds due per month", "$24.50"), List.of("Mimecast seats to add", "5"),
				List.of("Mimecast seats to remove", "2"), List.of("Accounts to review", "6"),
				List.of("Services to review", "1"), List.of("Rejected input records", "5"));
		assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(70.5);
		assertThat(summary.getRow(3).getCell(1).getCellStyle().getDataFormatString()).startsWith("\"$\"");
		assertThat(text(summary.getRow(7), 3)).isEqualTo("2 to map (Unmatched Accounts), 4 automatic matches to "
				+ "confirm (Matches to Confirm)");

		var charts = ((org.apache.poi.xssf.usermodel.XSSFSheet) summary).getDrawingPatriarch().getCharts();
		assertThat(charts).first().satisfies(chart -> {
			assertThat(chart.getTitleText().getString()).isEqualTo("Monthly impact by status");
			var series = chart.getChartSeries().get(0).getSeries(0);
			assertThat(series.getCategoryData().getPointCount()).isEqualTo(4);
			assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$32:$A$35");
			assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$F$32:$F$35");
		});
		Row underBilled = summary.getRow(31);
		assertThat(texts(underBilled)).startsWith("UNDER_BILLED", "3");
		assertThat(underBilled.getCell(5).getNumericCellValue()).as("the cell the chart reads").isEqualTo(32.5);
	}

	@Test
	void theSummaryGivesEachHeadlinesChangeSinceLastMonthTheR9CountsAndTwelveMonthsOfRecoverableRevenue()
			throws Exception {
		// docs/rules.md R9 on the Summary, for an MSP of its own: May as the small data set, June with a new
		// customer account nobody can match and a record that is rejected, July as June
		String msp = "r9-summary";
		XSSFWorkbook may = workbookOf(
				jobOperator.start(reconciliationJob, new RunKey(msp, LocalDate.of(2025, 5, 15), 1).toJobParameters()));
		String accounts = Files.readString(inputDir().resolve("mimecast-accounts.csv"));
		writeInput("mimecast-accounts.csv", accounts + "C10000098,Zyxwv Quorplex Holdings,7,Email Security Cloud Gateway "
				+ "[1001],,\nC10000099,Bad Row,not-a-number,Email Security Cloud Gateway [1001],,\n");
		XSSFWorkbook june = workbookOf(
				jobOperator.start(reconciliationJob, new RunKey(msp, LocalDate.of(2025, 6, 15), 1).toJobParameters()));
		XSSFWorkbook july = workbookOf(
				jobOperator.start(reconciliationJob, new RunKey(msp, LocalDate.of(2025, 7, 15), 1).toJobParameters()));

		Sheet first = may.getSheet("Summary");
		assertThat(texts(first.getRow(2))).startsWith("Headline figures", "Per month / count", "Since last month",
				"What it is");
		for (int r = 3; r <= 9; r++) {
			assertThat(first.getRow(r).getCell(2)).as("no change without a previous run, row %s", r).isNull();
		}
		assertThat(sheetText(first)).contains("No earlier run of this MSP to compare with");

		Sheet second = june.getSheet("Summary");
		Map<String, String> change = new LinkedHashMap<>();
		for (int r = 3; r <= 9; r++) {
			// the change is this figure less May's, as May's own workbook shows it
			double expected = second.getRow(r).getCell(1).getNumericCellValue()
					- first.getRow(r).getCell(1).getNumericCellValue();
			assertThat(second.getRow(r).getCell(2).getNumericCellValue()).as(text(second.getRow(r), 0))
				.isCloseTo(expected, org.assertj.core.data.Offset.offset(0.001));
			change.put(text(second.getRow(r), 0), text(second.getRow(r), 2));
		}
		assertThat(change).containsEntry("Accounts to review", "+1")
			.containsEntry("Rejected input records", "+1")
			.containsEntry("Services to review", "0")
			.hasEntrySatisfying("Recoverable revenue per month", v -> assertThat(v).matches("[+-]?\\$[0-9,]+\\.[0-9]{2}"));
		String juneText = sheetText(second);
		assertThat(juneText).contains("Compared with the run of 2025-05 (as of 2025-05-15, attempt 1)")
			.contains("NEW discrepancies|1", "NEW vendor accounts|1", "GONE vendor accounts|0", "RESOLVED discrepancies|0");
		assertThat(juneText).containsPattern("PERSISTING discrepancies\\|[1-9]");

		Sheet third = july.getSheet("Summary");
		var charts = ((org.apache.poi.xssf.usermodel.XSSFSheet) third).getDrawingPatriarch().getCharts();
		assertThat(charts).hasSize(2);
		var revenue = charts.get(1);
		assertThat(revenue.getTitleText().getString()).isEqualTo("Recoverable revenue per month, last 12 months");
		var series = revenue.getChartSeries().get(0).getSeries(0);
		assertThat(series.getCategoryData().getPointCount()).isEqualTo(12);
		assertThat(series.getCategoryData().getPointAt(11)).isEqualTo("2025-07");
		// the amounts are the table's second column, beside the periods; a period without a run has no bar
		assertThat(series.getValuesData().getDataRangeReference())
			.isEqualTo(series.getCategoryData().getDataRangeReference().replace("$A$", "$B$"));
		assertThat(sheetText(third)).contains("Recoverable revenue per month|Amount|Run", "\n2024-08||\n",
				"\n2025-07|" + text(third.getRow(3), 1) + "|", "\n2025-05|" + text(first.getRow(3), 1) + "|");
		assertThat(may.getSheet("Summary").getDrawingPatriarch().getCharts()).as("one month has no history chart")
			.hasSize(1);
	}

	/** Frozen header, filters over header and rows, header repeated on printed pages, widths that fit. */
	private static void assertListSheet(Sheet sheet, int rows) {
		var xssf = (org.apache.poi.xssf.usermodel.XSSFSheet) sheet;
		assertThat(xssf.getPaneInformation().isFreezePane()).isTrue();
		assertThat(xssf.getCTWorksheet().getAutoFilter().getRef()).endsWith(String.valueOf(rows + 1));
		assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
		for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
			assertThat(sheet.getColumnWidth(c) / 256).as("width of column %d", c).isBetween(6, 60);
		}
	}

	private static List<Row> dataRows(Sheet sheet) {
		List<Row> rows = new ArrayList<>();
		for (int r = 1; sheet.getRow(r) != null && !text(sheet.getRow(r), 0).startsWith("Total"); r++) {
			rows.add(sheet.getRow(r));
		}
		return rows;
	}

	private static Row only(List<Row> rows, String... firstValues) {
		List<Row> found = rows.stream().filter(r -> {
			List<String> t = texts(r);
			return java.util.Arrays.stream(firstValues).allMatch(t::contains);
		}).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? "" : FORMATTER.formatCellValue(cell);
	}

	protected XSSFWorkbook workbookOf(JobExecution execution) throws IOException {
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		LocalDate date = com.msprecon.run.RunKey.from(execution.getJobParameters()).asOfDate();
		Path file = outputs(execution).resolve("change-orders-" + date.toString().substring(0, 7) + ".xlsx");
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < row.getLastCellNum(); c++) {
			Cell cell = row.getCell(c);
			texts.add(cell == null ? "" : FORMATTER.formatCellValue(cell));
		}
		return texts;
	}

}
