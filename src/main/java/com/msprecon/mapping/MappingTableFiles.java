package com.msprecon.mapping;

import com.msprecon.input.CsvFile;
import com.msprecon.input.CsvRow;
import com.msprecon.input.FieldException;
import com.msprecon.input.InputFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code account-map.csv} and {@code service-map.csv}. Unlike the data files, a bad mapping row is not
 * skipped: it fails the run before anything is written, naming file, line, column and reason (docs/rules.md §3).
 */
public final class MappingTableFiles {

	public static final String ACCOUNT_MAP = "account-map.csv";

	public static final String SERVICE_MAP = "service-map.csv";

	static final List<String> ACCOUNT_COLUMNS = List.of("vendor_account_code", "psa_company_id", "note");

	static final List<String> SERVICE_COLUMNS = List.of("vendor_package", "psa_product_identifier", "unit_price",
			"note");

	private MappingTableFiles() {
	}

	public static MappingTables read(Path dir) {
		return new MappingTables(readAccountMap(dir.resolve(ACCOUNT_MAP)), readServiceMap(dir.resolve(SERVICE_MAP)));
	}

	static List<AccountMapEntry> readAccountMap(Path path) {
		List<AccountMapEntry> entries = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		try (CsvFile file = CsvFile.open(path, ACCOUNT_COLUMNS)) {
			for (CsvFile.Line line = file.next(); line != null; line = file.next()) {
				CsvRow row = row(file, line);
				String code = field(file, line, () -> row.required("vendor_account_code"));
				String company = field(file, line, () -> row.required("psa_company_id"));
				Long first = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), line.number());
				if (first != null) {
					throw error(file, line, "vendor_account_code",
							"duplicate vendor_account_code '" + code + "' (first on line " + first + ")");
				}
				boolean excluded = company.equalsIgnoreCase("EXCLUDE");
				entries.add(new AccountMapEntry(code, excluded ? null : company, excluded, field(file, line, () -> row.optionalNote("note")),
						line.number()));
			}
		}
		return entries;
	}

	static List<ServiceMapEntry> readServiceMap(Path path) {
		List<ServiceMapEntry> entries = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		try (CsvFile file = CsvFile.open(path, SERVICE_COLUMNS)) {
			for (CsvFile.Line line = file.next(); line != null; line = file.next()) {
				CsvRow row = row(file, line);
				String pkg = field(file, line, () -> row.required("vendor_package"));
				String product = field(file, line, () -> row.required("psa_product_identifier"));
				var price = field(file, line, () -> row.optionalDecimal("unit_price"));
				String key = ServiceMap.key(pkg) + "\u0000" + product.toUpperCase(Locale.ROOT);
				Long first = seen.putIfAbsent(key, line.number());
				if (first != null) {
					throw error(file, line, "psa_product_identifier", "duplicate mapping of '" + pkg + "' to '" + product
							+ "' (first on line " + first + ")");
				}
				boolean ignored = product.equalsIgnoreCase("IGNORE");
				entries.add(new ServiceMapEntry(pkg, ignored ? null : product, ignored, price, field(file, line, () -> row.optionalNote("note")),
						line.number()));
			}
		}
		return entries;
	}

	private static CsvRow row(CsvFile file, CsvFile.Line line) {
		return field(file, line, () -> file.row(line));
	}

	private static <T> T field(CsvFile file, CsvFile.Line line, java.util.function.Supplier<T> read) {
		try {
			return read.get();
		}
		catch (FieldException ex) {
			throw error(file, line, ex.column(), ex.getMessage());
		}
	}

	private static InputFileException error(CsvFile file, CsvFile.Line line, String column, String reason) {
		return new InputFileException(file.name() + " line " + line.number()
				+ (column.isEmpty() ? "" : ", column " + column) + ": " + reason);
	}

}
