package com.msprecon.vendor.file;

import com.msprecon.input.CsvRow;
import com.msprecon.input.FieldException;
import com.msprecon.vendor.VendorAccount;
import java.util.List;
import java.util.Locale;

/** The {@code mimecast-accounts.csv} format of docs/rules.md §3. */
final class VendorAccountCsv {

	static final String FILE = "mimecast-accounts.csv";

	static final List<String> COLUMNS = List.of("account_code", "account_name", "user_count", "packages", "domains",
			"actual_users");

	private VendorAccountCsv() {
	}

	static VendorAccount map(CsvRow row) {
		String code = row.required("account_code");
		String name = row.required("account_name");
		int userCount = row.requiredCount("user_count");
		List<String> packages = row.list("packages");
		List<String> domains = row.list("domains").stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
		for (String domain : domains) {
			if (domain.contains(" ") || !domain.contains(".")) {
				throw new FieldException("domains", "'" + domain + "' is not an internet domain");
			}
		}
		return new VendorAccount(code, name, userCount, packages, domains, row.optionalCount("actual_users"));
	}

}
