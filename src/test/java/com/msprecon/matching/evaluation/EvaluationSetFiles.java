package com.msprecon.matching.evaluation;

import com.msprecon.matching.AccountToMatch;
import com.msprecon.matching.CompanyCandidate;
import com.msprecon.matching.evaluation.SyntheticMatchingData.Dataset;
import com.msprecon.matching.evaluation.SyntheticMatchingData.LabelledAccount;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The labelled evaluation set as CSV files in the formats of docs/rules.md §3 (plus the labels). */
public final class EvaluationSetFiles {

	public static final String COMPANIES = "psa-companies.csv";

	public static final String ACCOUNTS = "vendor-accounts-labelled.csv";

	private static final String[] COMPANY_COLUMNS = { "company_id", "identifier", "name", "website", "status" };

	private static final String[] ACCOUNT_COLUMNS = { "account_code", "account_name", "domains", "true_company_id",
			"variation" };

	private EvaluationSetFiles() {
	}

	public static String companiesCsv(Dataset dataset) {
		return csv(COMPANY_COLUMNS, dataset.companies().stream()
			.map(c -> List.of(c.companyId(), "C" + c.companyId(), c.name(), c.website() == null ? "" : c.website(), "Active"))
			.toList());
	}

	public static String accountsCsv(Dataset dataset) {
		return csv(ACCOUNT_COLUMNS, dataset.accounts().stream()
			.map(a -> List.of(a.account().accountCode(), a.account().accountName(), String.join(";", a.account().domains()),
					a.trueCompanyId(), a.variation()))
			.toList());
	}

	public static void write(Dataset dataset, Path directory) throws IOException {
		Files.createDirectories(directory);
		Files.writeString(directory.resolve(COMPANIES), companiesCsv(dataset), StandardCharsets.UTF_8);
		Files.writeString(directory.resolve(ACCOUNTS), accountsCsv(dataset), StandardCharsets.UTF_8);
	}

	public static Dataset read(Reader companies, Reader accounts) throws IOException {
		List<CompanyCandidate> companyList = new ArrayList<>();
		for (CSVRecord row : parse(companies)) {
			companyList.add(new CompanyCandidate(row.get("company_id"), row.get("name"), emptyToNull(row.get("website"))));
		}
		List<LabelledAccount> accountList = new ArrayList<>();
		for (CSVRecord row : parse(accounts)) {
			List<String> domains = row.get("domains").isEmpty() ? List.of() : Arrays.asList(row.get("domains").split(";"));
			accountList.add(new LabelledAccount(new AccountToMatch(row.get("account_code"), row.get("account_name"), domains),
					row.get("true_company_id"), row.get("variation")));
		}
		return new Dataset(companyList, accountList);
	}

	private static Iterable<CSVRecord> parse(Reader reader) throws IOException {
		return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
	}

	private static String csv(String[] header, List<List<String>> rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").get())) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
