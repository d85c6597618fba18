package com.msprecon.apply;

import com.msprecon.output.ApprovalColumns;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads finance's decisions (docs/rules.md R10) from {@code approvals.csv} ({@code order_key,decision,decided_by,
 * note}; a returned {@code psa-change-orders.csv} works too, its {@code decision_note} being the note) or from the
 * returned workbook's {@code PSA Change Orders} sheet ({@code Order key}, {@code Decision}, {@code Decided by},
 * {@code Decision note}). Columns are found by their header name (trimmed, any letter case), never by position,
 * so finance may move, hide or add columns. A row without a decision is no decision.
 */
public final class ApprovalFiles {

	static final List<String> CSV_COLUMNS = List.of("order_key", "decision", "decided_by");

	static final List<String> SHEET_COLUMNS = List.of(ApprovalColumns.ORDER_KEY, ApprovalColumns.DECISION,
			ApprovalColumns.DECIDED_BY, ApprovalColumns.DECISION_NOTE);

	private ApprovalFiles() {
	}

	/** One decision as written; {@code source} names file and line or cell. */
	public record Entry(String orderKey, String decision, String decidedBy, String note, String source) {

	}

	public static List<Entry> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new ApprovalFileException(file + ": not found or not a file (recon.apply.approvals)");
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			return name.endsWith(".xlsx") ? workbook(file) : csv(file);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ApprovalFileException approval) {
				throw approval;
			}
			throw new ApprovalFileException(file + ": cannot be read: " + ex.getMessage());
		}
	}

	private static List<Entry> csv(Path file) throws IOException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ApprovalFileException(file + ": is not UTF-8 text (save it as CSV UTF-8)");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Entry> entries = new ArrayList<>();
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			Map<String, String> columns = columns(file, parser.getHeaderNames(), CSV_COLUMNS, "line 1");
			// a returned psa-change-orders.csv has the order's own note too: the decision's is decision_note
			String note = parser.getHeaderNames()
				.stream()
				.filter(h -> h.strip().equalsIgnoreCase("decision_note"))
				.findFirst()
				.orElse(parser.getHeaderNames()
					.stream()
					.filter(h -> h.strip().equalsIgnoreCase("note"))
					.findFirst()
					.orElse(null));
			for (CSVRecord record : parser) {
				String source = file.getFileName() + " line " + (parser.getCurrentLineNumber());
				String decision = get(record, columns.get("decision"));
				if (decision.isEmpty()) {
					continue; // a blank line, or an order without a decision (yet)
				}
				entries.add(new Entry(get(record, columns.get("order_key")), decision,
						get(record, columns.get("decided_by")), note == null ? "" : get(record, note), source));
			}
		}
		catch (java.io.UncheckedIOException ex) {
			throw new ApprovalFileException(file + ": is not valid CSV: " + ex.getCause().getMessage());
		}
		return entries;
	}

	private static String get(CSVRecord record, String column) {
		return record.isSet(column) ? record.get(column).strip() : "";
	}

	private static List<Entry> workbook(Path file) throws IOException {
		List<Entry> entries = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			Sheet sheet = workbook.getSheet(ApprovalColumns.CHANGE_ORDER_SHEET);
			if (sheet == null) {
				throw new ApprovalFileException(file + ": has no sheet '" + ApprovalColumns.CHANGE_ORDER_SHEET
						+ "' (return the workbook the reconciliation run wrote, with the Decision column filled in)");
			}
			DataFormatter text = new DataFormatter(Locale.ROOT);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			List<String> names = new ArrayList<>();
			for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
				names.add(header.getCell(c) == null ? "" : text.formatCellValue(header.getCell(c)));
			}
			Map<String, String> columns = columns(file, names, SHEET_COLUMNS,
					"sheet '" + ApprovalColumns.CHANGE_ORDER_SHEET + "' row " + (sheet.getFirstRowNum() + 1));
			Map<String, Integer> index = new HashMap<>();
			columns.forEach((wanted, found) -> index.put(wanted, names.indexOf(found)));
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String decision = cell(row, index.get(ApprovalColumns.DECISION), text);
				if (decision.isEmpty()) {
					continue; // no decision on this order (yet)
				}
				entries.add(new Entry(cell(row, index.get(ApprovalColumns.ORDER_KEY), text), decision,
						cell(row, index.get(ApprovalColumns.DECIDED_BY), text),
						cell(row, index.get(ApprovalColumns.DECISION_NOTE), text),
						file.getFileName() + " sheet '" + ApprovalColumns.CHANGE_ORDER_SHEET + "' cell "
								+ new CellReference(r, index.get(ApprovalColumns.DECISION)).formatAsString(false)));
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
				| org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException ex) {
			throw new ApprovalFileException(file + ": is not an .xlsx workbook: " + ex.getMessage());
		}
		return entries;
	}

	private static String cell(Row row, Integer column, DataFormatter text) {
		Cell cell = column == null || column < 0 ? null : row.getCell(column);
		return cell == null ? "" : text.formatCellValue(cell).strip();
	}

	/** Each wanted column's header as the file spells it; a missing one fails with the columns there are. */
	private static Map<String, String> columns(Path file, List<String> headers, List<String> wanted, String where) {
		Map<String, String> found = new HashMap<>();
		for (String header : headers) {
			for (String column : wanted) {
				if (header.strip().equalsIgnoreCase(column)) {
					if (found.containsKey(column)) {
						throw new ApprovalFileException(file + " " + where + ": the column '" + column
								+ "' is there twice");
					}
					found.put(column, header);
				}
			}
		}
		List<String> missing = wanted.stream().filter(c -> !found.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new ApprovalFileException(file + " " + where + ": missing column" + (missing.size() == 1 ? " " : "s ")
					+ String.join(", ", missing) + " (the header has " + headers + ")");
		}
		return found;
	}

}
