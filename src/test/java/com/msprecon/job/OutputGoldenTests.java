package com.msprecon.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.msprecon.support.ReconDataGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * Guards refactoring: the outputs of the demo, the small set and two generated data sets must equal the golden
 * files in {@code src/test/resources/golden/<set>/} (made by the code before the change). The CSV files compare
 * byte for byte; the workbook compares as a dump of every cell (type, number format, displayed value), since an
 * xlsx file's zip entries carry times. Only the run id differs between databases and is masked (in the Summary
 * and in the order keys, which name their run).
 *
 * <p>A deliberate change of the outputs regenerates the files: {@code ./mvnw test -Dtest=OutputGoldenH2Tests
 * -Dgolden.update=true}; review the diff of {@code src/test/resources/golden} like code.
 */
abstract class OutputGoldenTests extends JobTestSupport {

	private static final Path GOLDEN = Path.of("src/test/resources/golden");

	private static final List<String> CSV_FILES = List.of("reconciliation-lines.csv", "account-matches.csv",
			"account-map.proposed.csv", "usage.csv", "psa-change-orders.csv");

	static Stream<Arguments> dataSets() {
		return Stream.of(Arguments.of("demo", LocalDate.of(2026, 11, 15)),
				Arguments.of("small", LocalDate.of(2026, 11, 15)),
				Arguments.of("generated-42", LocalDate.of(2026, 11, 15)),
				Arguments.of("generated-7", LocalDate.of(2026, 2, 28)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("dataSets")
	void outputsEqualTheGoldenFiles(String set, LocalDate asOfDate) throws Exception {
		switch (set) {
			case "demo" -> useInputs(DEMO);
			case "small" -> useInputs(SMALL);
			default -> ReconDataGenerator.write(inputDir(), Long.parseLong(set.substring(set.indexOf('-') + 1)),
					set.endsWith("42") ? 200 : 120);
		}
		JobExecution execution = run(asOfDate, 100 + dataSets().map(a -> a.get()[0]).toList().indexOf(set));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);

		Path out = outputs(execution);
		Path golden = GOLDEN.resolve(set);
		String period = com.msprecon.run.RunKey.of(asOfDate, 1).period();
		String workbook = dump(out.resolve("change-orders-" + period + ".xlsx"));
		if (Boolean.getBoolean("golden.update")) {
			Files.createDirectories(golden);
			for (String name : CSV_FILES) {
				Files.writeString(golden.resolve(name), withoutRun(Files.readString(out.resolve(name))));
			}
			Files.writeString(golden.resolve("workbook.txt"), workbook);
			return;
		}
		for (String name : CSV_FILES) {
			assertThat(withoutRun(Files.readString(out.resolve(name)))).as(set + "/" + name)
				.isEqualTo(Files.readString(golden.resolve(name)));
		}
		assertThat(workbook).as(set + " workbook").isEqualTo(Files.readString(golden.resolve("workbook.txt")));
	}

	/** The file with the run its order keys name masked (every key begins a line). */
	private static String withoutRun(String csv) {
		return csv.replaceAll("(?m)^R[0-9]+/", "R*/");
	}

	/** Every sheet's cells as lines of {@code sheet!A1 type format | value}; run id, attempt and start time masked. */
	static String dump(Path file) throws IOException {
		StringBuilder dump = new StringBuilder();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				dump.append("== ").append(sheet.getSheetName()).append('\n');
				for (Row row : sheet) {
					boolean identity = row.getCell(0) != null
							&& List.of("Run", "Attempt").contains(formatter.formatCellValue(row.getCell(0)));
					for (Cell cell : row) {
						Cell left = cell.getColumnIndex() > 0 ? row.getCell(cell.getColumnIndex() - 1) : null;
						boolean ranAt = left != null && "Ran".equals(formatter.formatCellValue(left));
						String value = (identity && cell.getColumnIndex() > 0) || ranAt ? "<masked>"
								: ResultTables.withoutRun(formatter.formatCellValue(cell));
						dump.append(cell.getAddress()).append(' ').append(cell.getCellType()).append(' ')
							.append(cell.getCellStyle().getDataFormatString()).append(" | ").append(value).append('\n');
					}
				}
			}
		}
		return dump.toString();
	}

}
