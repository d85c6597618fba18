package com.msprecon.usage;

import com.msprecon.input.CsvFile;
import com.msprecon.input.CsvRow;
import com.msprecon.input.FieldException;
import com.msprecon.input.InputFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tenant map {@code vendor_account_code,tenant_id} (docs/rules.md §4.3), a mapping table kept by the MSP:
 * it links accounts to tenants before any domain does, and lists the tenants to read when they are not
 * discovered. Like the other mapping tables, a bad row fails the run naming file, line, column and reason; an
 * account code twice is such a row (one account, two tenants is a contradiction, not a choice).
 */
public final class TenantMap {

	public static final String FILE = "tenant-map.csv";

	static final List<String> COLUMNS = List.of("vendor_account_code", "tenant_id");

	/** A GUID or a domain: what the token endpoint takes as {@code {tenant}}. */
	private static final Pattern TENANT = Pattern.compile("[0-9a-z][0-9a-z.-]*");

	private final List<TenantMapEntry> entries;

	private TenantMap(List<TenantMapEntry> entries) {
		this.entries = List.copyOf(entries);
	}

	public static TenantMap empty() {
		return new TenantMap(List.of());
	}

	public static TenantMap of(List<TenantMapEntry> entries) {
		return new TenantMap(entries);
	}

	/** The file's rows, or an empty map when {@code path} is {@code null} or the file does not exist. */
	public static TenantMap readIfPresent(Path path) {
		return path == null || !Files.exists(path) ? empty() : read(path);
	}

	public static TenantMap read(Path path) {
		List<TenantMapEntry> entries = new ArrayList<>();
		Map<String, Long> seen = new HashMap<>();
		try (CsvFile file = CsvFile.open(path, COLUMNS)) {
			for (CsvFile.Line line = file.next(); line != null; line = file.next()) {
				try {
					CsvRow row = file.row(line);
					String code = row.required("vendor_account_code");
					String tenant = row.required("tenant_id").toLowerCase(Locale.ROOT);
					if (!TENANT.matcher(tenant).matches()) {
						throw new FieldException("tenant_id",
								"'" + tenant + "' is not a tenant id (a GUID or a domain such as contoso.onmicrosoft.com)");
					}
					Long first = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), line.number());
					if (first != null) {
						throw new FieldException("vendor_account_code", "duplicate vendor_account_code '" + code
								+ "' (first on line " + first + "): one account has one tenant");
					}
					entries.add(new TenantMapEntry(code, tenant, line.number()));
				}
				catch (FieldException ex) {
					throw new InputFileException(file.name() + " line " + line.number() + ", column " + ex.column()
							+ ": " + ex.getMessage());
				}
			}
		}
		return new TenantMap(entries);
	}

	public List<TenantMapEntry> entries() {
		return entries;
	}

	/** The distinct tenants the map names, in file order. */
	public List<String> tenantIds() {
		return entries.stream().map(TenantMapEntry::tenantId).distinct().toList();
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

}
