package com.msprecon.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the six input files of one MSP (docs/rules.md §3) from a seed: the same seed and size give the same
 * bytes, so a data set can be regenerated instead of committed. The data has every case the rules know: exact
 * and decorated names, domain matches, mapped and excluded accounts, unmatched accounts, unmapped, ignored and
 * 1:N packages, actual users above and below the contract, agreements of every status, additions in force,
 * cancelled and not yet effective, several additions of one product, companies with two agreements.
 */
public final class ReconDataGenerator {

	private static final String[] WORDS = { "Acme", "Blue", "Ridge", "Cascade", "Summit", "Peak", "River", "Bend",
			"Silver", "Lake", "Kestrel", "Harbor", "Pine", "Cedar", "Oak", "Maple", "Granite", "Falcon", "Eagle",
			"Northwind", "Zephyr", "Orion", "Atlas", "Nova", "Delta", "Coastal", "Prairie", "Valley", "Meadow", "Stone" };

	private static final String[] TRADES = { "Dental", "Logistics", "Architects", "Credit Union", "Animal Hospital",
			"Construction", "Law", "Accounting", "Clinic", "Media", "Engineering", "Realty", "Bakery", "Motors" };

	private static final String[] FORMS = { "Inc", "LLC", "Ltd", "Pty Ltd", "GmbH", "PLLC", "Corp.", "" };

	private static final String[] PACKAGES = { "Email Security Cloud Gateway [1001]", "Email Archive [1020]",
			"Email Incident Response [1053]", "Awareness Training [1090]", "Large File Send [1075]",
			"Web Security [1111]" };

	private final Random random;

	private final int companies;

	private ReconDataGenerator(long seed, int companies) {
		this.random = new Random(seed);
		this.companies = companies;
	}

	/** Writes the data set of {@code companies} PSA companies (about as many vendor accounts) into {@code dir}. */
	public static void write(Path dir, long seed, int companies) {
		new ReconDataGenerator(seed, companies).writeAll(dir);
	}

	private void writeAll(Path dir) {
		try {
			Files.createDirectories(dir);
			try (Writer co = Files.newBufferedWriter(dir.resolve("psa-companies.csv"));
					Writer ag = Files.newBufferedWriter(dir.resolve("psa-agreements.csv"));
					Writer ad = Files.newBufferedWriter(dir.resolve("psa-additions.csv"));
					Writer va = Files.newBufferedWriter(dir.resolve("mimecast-accounts.csv"));
					Writer am = Files.newBufferedWriter(dir.resolve("account-map.csv"))) {
				co.write("company_id,identifier,name,website,status\n");
				ag.write("agreement_id,company_id,name,status\n");
				ad.write("addition_id,agreement_id,product_identifier,quantity,less_included,unit_price,unit_cost,"
						+ "bill_customer,effective_date,cancelled_date\n");
				va.write("account_code,account_name,user_count,packages,domains,actual_users\n");
				am.write("vendor_account_code,psa_company_id,note\n");
				long agreementId = 3000;
				long additionId = 70000;
				for (int i = 0; i < companies; i++) {
					long companyId = 10000 + i;
					String base = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " "
							+ TRADES[random.nextInt(TRADES.length)] + " " + (i + 1);
					String form = FORMS[random.nextInt(FORMS.length)];
					String name = form.isEmpty() ? base : base + " " + form;
					String domain = base.toLowerCase(Locale.ROOT).replace(" ", "") + ".com";
					String website = switch (random.nextInt(4)) {
						case 0 -> "www." + domain;
						case 1 -> "https://www." + domain;
						case 2 -> domain;
						default -> "";
					};
					String status = random.nextInt(40) == 0 ? "Inactive" : "Active";
					co.write(csv(companyId, "C" + companyId, name, website, status));
					int seats = 1 + random.nextInt(120);
					List<String> packages = packagesOfAccount();
					int agreements = random.nextInt(10) == 0 ? 2 : (random.nextInt(12) == 0 ? 0 : 1);
					for (int a = 0; a < agreements; a++) {
						agreementId++;
						String agStatus = random.nextInt(15) == 0 ? "Cancelled" : "Active";
						ag.write(csv(agreementId, companyId, a == 0 ? "Managed Services" : "Email Security", agStatus));
						for (String product : productsOf(packages)) {
							if (random.nextInt(8) == 0) {
								continue;
							}
							int additions = random.nextInt(6) == 0 ? 2 : 1;
							for (int k = 0; k < additions; k++) {
								additionId++;
								int qty = Math.max(0, seats + (random.nextInt(5) == 0 ? random.nextInt(21) - 10 : 0)
										- (additions > 1 && k == 0 ? seats / 2 : 0));
								String effective = random.nextInt(10) == 0 ? "" : "202" + (3 + random.nextInt(3)) + "-0"
										+ (1 + random.nextInt(9)) + "-01";
								if (random.nextInt(25) == 0) {
									effective = "2026-12-01"; // not yet in force on the as-of date
								}
								String cancelled = random.nextInt(20) == 0 ? "2026-0" + (1 + random.nextInt(9)) + "-15" : "";
								ad.write(csv(additionId, agreementId, product, qty, random.nextInt(10) == 0 ? "2" : "0",
										price(product), "1.00", random.nextInt(10) == 0 ? "DoNotBill" : "Billable",
										effective, cancelled));
							}
						}
					}
					writeAccount(va, am, i, companyId, base, name, domain, seats, packages);
				}
			}
			Files.writeString(dir.resolve("service-map.csv"), """
					vendor_package,psa_product_identifier,unit_price,note
					1001,MC-ECG,2.50,Email Security Cloud Gateway
					Email Archive,MC-ARCH,1.10,by name
					1053,MC-EIR,0.60,
					1053,MC-EIR-SUP,0.15,1:N
					1090,MC-SAT,1.25,
					1075,IGNORE,,bundled
					""");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeAccount(Writer va, Writer am, int i, long companyId, String base, String name, String domain,
			int seats, List<String> packages) throws IOException {
		String code = String.format("C%02d%s%05d", i % 97, (char) ('A' + i % 26), i);
		String accountName = switch (random.nextInt(6)) {
			case 0 -> name.toUpperCase(Locale.ROOT);
			case 1 -> base;
			case 2 -> "The " + base + " Limited";
			case 3 -> "Unrelated Customer " + i; // only the domain or the map can resolve it
			default -> name;
		};
		String domains = random.nextInt(5) == 0 ? "" : domain + (random.nextInt(6) == 0 ? ";" + "mail." + domain : "");
		int r = random.nextInt(10);
		String actual = r < 5 ? "" : String.valueOf(Math.max(0, seats + random.nextInt(9) - 4));
		va.write(csv(code, accountName, seats, String.join(";", packages), domains, actual));
		if (random.nextInt(8) == 0) {
			am.write(csv(code, companyId, "confirmed"));
		}
		else if (random.nextInt(60) == 0) {
			am.write(csv(code, "EXCLUDE", "internal"));
		}
		if (random.nextInt(30) == 0) { // a second tenant of the same customer
			va.write(csv(code + "X", accountName + " UK", 1 + random.nextInt(10), PACKAGES[0], "", ""));
		}
	}

	private List<String> packagesOfAccount() {
		List<String> packages = new ArrayList<>();
		packages.add(PACKAGES[0]);
		for (int p = 1; p < PACKAGES.length; p++) {
			if (random.nextInt(4) == 0) {
				packages.add(PACKAGES[p]);
			}
		}
		return packages;
	}

	private static List<String> productsOf(List<String> packages) {
		List<String> products = new ArrayList<>();
		for (String p : packages) {
			switch (p.substring(p.indexOf('[') + 1, p.indexOf(']'))) {
				case "1001" -> products.add("MC-ECG");
				case "1020" -> products.add("MC-ARCH");
				case "1053" -> products.add("MC-EIR");
				case "1090" -> products.add("MC-SAT");
				default -> {
				}
			}
		}
		return products;
	}

	private static String price(String product) {
		return switch (product) {
			case "MC-ECG" -> "2.50";
			case "MC-ARCH" -> "1.10";
			case "MC-EIR" -> "0.60";
			default -> "1.25";
		};
	}

	private static String csv(Object... values) {
		StringBuilder line = new StringBuilder();
		for (Object v : values) {
			if (line.length() > 0) {
				line.append(',');
			}
			String s = String.valueOf(v);
			line.append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
		}
		return line.append('\n').toString();
	}

}
