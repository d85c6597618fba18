package com.msprecon.output;

import com.msprecon.reconciliation.LineStatus;
import com.msprecon.results.ResultReader.StatusTotals;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * Loads Apache POI in the background. POI's first workbook costs about a second (some thousand classes and its XML
 * schemas are loaded and initialised), which the first run of every process paid in its export step; a one-MSP
 * CronJob pays it every month. {@code ReconApplication} starts the warm-up before Spring starts, for a launch that
 * may write a workbook, so that it runs on the other core while the context starts; the jobs start it too (once per
 * JVM), for a context started otherwise. A thread writes a small workbook with every kind of cell the real sheets
 * use, and a chart, to nowhere; the export step then finds POI ready, or waits for the classes still being
 * initialised. Measured on a 1,000-company MSP, one run per process, six alternating runs each: the job took
 * 1.93 s instead of 2.70 s, but the process only 6.55 s instead of 6.66 s, because on the 2-core machine the
 * start-up already kept both cores busy; the gain in wall time is where the start-up waits (issue 16).
 *
 * <p>Nothing of the warm-up reaches a run: it writes no file but POI's own temporary ones, deleted when its workbook
 * closes (a process that exits within its first second may leave one in POI's temporary folder). A failure is logged
 * as a warning with its cause and otherwise ignored: a POI class whose initialisation failed stays unusable in the
 * JVM, and the export's own error would then no longer say why.
 */
public final class WorkbookWarmUp implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(WorkbookWarmUp.class);

	/** once per JVM: what is loaded is loaded for every context of the process */
	private static final AtomicBoolean started = new AtomicBoolean();

	private static final CountDownLatch done = new CountDownLatch(1);

	private static volatile Throwable failure;

	@Override
	public void beforeJob(JobExecution jobExecution) {
		startInBackground();
	}

	/** Starts the warm-up, unless it has started before in this JVM. */
	public static void startInBackground() {
		if (started.compareAndSet(false, true)) {
			Thread thread = new Thread(WorkbookWarmUp::warmUp, "workbook-warm-up");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** What made the warm-up fail, or null (for tests). */
	static Throwable failure() {
		return failure;
	}

	/** Whether the warm-up has ended within {@code timeout} (for tests). */
	static boolean awaitDone(Duration timeout) throws InterruptedException {
		return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	private static void warmUp() {
		long start = System.nanoTime();
		try {
			write(OutputStream.nullOutputStream());
			log.debug("Apache POI warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
		}
		catch (IOException | RuntimeException | LinkageError ex) {
			// a class whose initialisation failed here stays unusable in this JVM: the export's error would not
			// say why, so the cause is logged where an operator sees it
			failure = ex;
			log.warn("Warming up Apache POI failed: {}; a workbook written in this process may fail the same way",
					ex.toString(), ex);
		}
		finally {
			done.countDown();
		}
	}

	/** A small workbook of the real sheets' kinds of cells, styles, filters, drop-downs, print setup and chart. */
	static void write(OutputStream out) throws IOException {
		try (StreamingWorkbook workbook = new StreamingWorkbook()) {
			WorkbookStyles styles = new WorkbookStyles(workbook, Currency.getInstance("EUR"));
			SXSSFSheet sheet = workbook.createSheet("Warm-up");
			List<Column<Integer>> columns = List.of(
					Column.text("Text", 20, n -> n % 2 == 0 ? "=quoted " + n : "Company " + n),
					Column.status("Status", n -> LineStatus.values()[n % LineStatus.values().length].name()),
					Column.<Integer>quantity("Quantity", n -> n).emphasise().withTotal(),
					Column.<Integer>change("Change", n -> n - 2).withTotal(),
					Column.<Integer>money("Amount", n -> BigDecimal.valueOf(n * 125L, 2)).withTotal(),
					Column.date("Date", n -> LocalDate.of(2026, 1, 1).plusDays(n)),
					Column.score("Score", n -> n / 10.0), Column.yesNo("Yes", n -> n % 2 == 0),
					Column.decision("Decision", 12));
			SheetWriter<Integer> table = new SheetWriter<>(sheet, styles, columns);
			for (int n = 0; n < 4; n++) {
				table.row(n);
			}
			table.choices(8, List.of("approve", "reject"));
			table.finish("rows");
			XSSFSheet drawn = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
			XSSFDrawing drawing = drawn.createDrawingPatriarch();
			Map<LineStatus, StatusTotals> totals = Arrays.stream(LineStatus.values())
				.collect(Collectors.toMap(Function.identity(), status -> new StatusTotals(status, 1, BigDecimal.ONE,
						BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN)));
			SummaryChart.draw(drawn, drawing, 8, 16, 1, totals, styles.money.getDataFormatString());
			workbook.forEach(ChangeOrderWorkbook::printOnePageWide);
			workbook.write(out);
		}
	}

}
