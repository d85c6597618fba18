package com.msprecon.output;

import com.msprecon.history.PeriodRevenue;
import com.msprecon.reconciliation.LineStatus;
import com.msprecon.results.ResultReader.StatusTotals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Summary's bar chart of the monthly impact by status (the priced statuses of docs/rules.md R6). SXSSF streams
 * rows but has no charts: the chart is drawn on the sheet's XSSF part, which SXSSF writes as it is. Its figures
 * refer to the table "Lines by status" and carry the values, so a reader that does not recalculate shows them too.
 * Beside it, where history exists, the recoverable revenue of the last 12 periods (R9), from its own table.
 */
final class SummaryChart {

	static final List<LineStatus> PRICED = List.of(LineStatus.UNDER_BILLED, LineStatus.OVER_BILLED,
			LineStatus.NOT_BILLED, LineStatus.NOT_IN_VENDOR);

	private SummaryChart() {
	}

	/**
	 * @param top the first row the chart covers
	 * @param bottom the row below the chart
	 * @param statusRow the row of the first status ({@code LineStatus} order) in the table "Lines by status"
	 * @param moneyFormat the number format of the amounts (the MSP's currency)
	 */
	static void draw(XSSFSheet sheet, XSSFDrawing drawing, int top, int bottom, int statusRow,
			Map<LineStatus, StatusTotals> totals, String moneyFormat) {
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, 3, bottom);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText("Monthly impact by status");
		chart.setTitleOverlay(false);

		int first = statusRow + PRICED.get(0).ordinal();
		int last = statusRow + PRICED.get(PRICED.size() - 1).ordinal();
		String[] names = PRICED.stream().map(Enum::name).toArray(String[]::new);
		Double[] impacts = PRICED.stream().map(s -> {
			BigDecimal impact = totals.get(s).monthlyImpact();
			return impact == null ? 0.0 : impact.doubleValue();
		}).toArray(Double[]::new);
		XDDFDataSource<String> statuses = XDDFDataSourcesFactory.fromArray(names,
				new CellRangeAddress(first, last, 0, 0).formatAsString(sheet.getSheetName(), true));
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(impacts,
				new CellRangeAddress(first, last, 5, 5).formatAsString(sheet.getSheetName(), true));

		plotBars(chart, statuses, values, "Monthly impact", PresetColor.STEEL_BLUE, moneyFormat);
	}

	/**
	 * The recoverable revenue per month of the last 12 periods, oldest first; a period without a completed run has
	 * no bar.
	 *
	 * @param headerRow the row of the table's header; the periods follow it, the amounts in its second column
	 */
	static void drawRevenue(XSSFSheet sheet, XSSFDrawing drawing, int top, int bottom, int headerRow,
			List<PeriodRevenue> revenue, String moneyFormat) {
		XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, top, 7, bottom));
		chart.setTitleText("Recoverable revenue per month, last 12 months");
		chart.setTitleOverlay(false);
		int first = headerRow + 1;
		int last = headerRow + revenue.size();
		String[] periods = revenue.stream().map(p -> p.period().toString()).toArray(String[]::new);
		Double[] amounts = revenue.stream()
			.map(p -> p.recoverable() == null ? null : p.recoverable().doubleValue())
			.toArray(Double[]::new);
		XDDFDataSource<String> months = XDDFDataSourcesFactory.fromArray(periods,
				new CellRangeAddress(first, last, 0, 0).formatAsString(sheet.getSheetName(), true));
		XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(amounts,
				new CellRangeAddress(first, last, 1, 1).formatAsString(sheet.getSheetName(), true));
		plotBars(chart, months, values, "Recoverable revenue", PresetColor.SEA_GREEN, moneyFormat);
	}

	/** One series of vertical bars over the categories, amounts in the MSP's currency. */
	private static void plotBars(XSSFChart chart, XDDFDataSource<String> names, XDDFNumericalDataSource<Double> values,
			String title, PresetColor colour, String moneyFormat) {
		XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
		// the names below the chart, not over the bars of a negative amount
		categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
		XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.LEFT);
		amounts.setCrosses(AxisCrosses.AUTO_ZERO);
		amounts.setNumberFormat(moneyFormat);
		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, amounts);
		bars.setBarDirection(BarDirection.COL);
		bars.setVaryColors(false);
		XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(names, values);
		series.setTitle(title, null);
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
		chart.plot(bars);
	}

}
