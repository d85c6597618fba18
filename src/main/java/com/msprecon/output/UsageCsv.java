package com.msprecon.output;

import com.msprecon.usage.AccountUsage;
import com.msprecon.usage.UsageTables;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code usage.csv}: where every vendor account's actual users came from (docs/rules.md §4.3), then the tenants and
 * usage rows that no account took. For people, so text a spreadsheet could evaluate gets a leading apostrophe.
 */
public final class UsageCsv {

	static final String[] HEADER = { "account_code", "tenant_id", "status", "link", "origin", "actual_users", "skus",
			"consumed_units", "note" };

	private UsageCsv() {
	}

	public static AtomicFiles.Content of(UsageTables usage) {
		return out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer)) {
				usage.accountUsage(u -> print(printer, u));
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		};
	}

	private static void print(CSVPrinter printer, AccountUsage u) {
		try {
			printer.printRecord(text(u.accountCode()), text(u.tenantId()), u.status().name(),
					u.link() == null ? null : u.link().name(), u.origin() == null ? null : u.origin().name(),
					u.actualUsers(), text(u.skus()), u.consumedUnits(), text(u.note()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Where the account's actual users came from, in one cell: origin, tenant, licences, cross-check. */
	static String describe(AccountUsage u) {
		if (u == null || u.origin() == null) {
			return null;
		}
		StringBuilder text = new StringBuilder(u.origin().name());
		if (u.tenantId() != null) {
			text.append(", tenant ").append(u.tenantId());
		}
		if (u.link() != null) {
			text.append(" by ").append(u.link().name());
		}
		if (u.skus() != null) {
			text.append(", SKUs ").append(u.skus());
		}
		if (u.consumedUnits() != null) {
			text.append(", consumed units ").append(u.consumedUnits());
		}
		return text.toString();
	}

	private static String text(String value) {
		return value == null ? null : SafeText.forCsv(value);
	}

}
