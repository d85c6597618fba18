package com.msprecon.psa.file;

import com.msprecon.psa.CompanyStatus;
import com.msprecon.psa.BillingMode;
import static com.msprecon.input.CsvTestFiles.copyFixture;
import static com.msprecon.input.CsvTestFiles.onlyReject;
import static com.msprecon.input.CsvTestFiles.readAll;
import static com.msprecon.input.CsvTestFiles.rejects;
import static com.msprecon.input.CsvTestFiles.values;
import static com.msprecon.input.CsvTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.msprecon.ReconProperties;
import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.input.InputFileException;
import com.msprecon.input.InputReject;
import com.msprecon.input.InputRow;
import com.msprecon.input.SourceInput;
import com.msprecon.psa.PsaAddition;
import com.msprecon.psa.PsaAgreement;
import com.msprecon.psa.PsaCompany;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Spec §2.2 / §3 PSA files through {@link CsvPsaSource}. */
class CsvPsaSourceTests {

	private static final String COMPANY_HEADER = "company_id,identifier,name,website,status";

	private static final String AGREEMENT_HEADER = "agreement_id,company_id,name,status";

	private static final String ADDITION_HEADER = "addition_id,agreement_id,product_identifier,quantity,less_included,"
			+ "unit_price,unit_cost,bill_customer,effective_date,cancelled_date";

	@TempDir
	Path dir;

	private CsvPsaSource source() {
		return new CsvPsaSource(
				new ReconProperties(dir, dir.resolve("out"), ZoneId.of("UTC"), SeatBasis.ACTUAL_WHEN_KNOWN, 100,
						java.util.Currency.getInstance("USD")));
	}

	private List<InputRow<PsaCompany>> companies(String... lines) {
		write(dir, PsaCsv.COMPANIES, lines);
		return readAll(source().companies());
	}

	private List<InputRow<PsaAgreement>> agreements(String... lines) {
		write(dir, PsaCsv.AGREEMENTS, lines);
		return readAll(source().agreements());
	}

	private List<InputRow<PsaAddition>> additions(String... lines) {
		write(dir, PsaCsv.ADDITIONS, lines);
		return readAll(source().additions());
	}

	private static void assertReject(InputReject reject, String file, long line, String column, String reason) {
		assertThat(reject.source()).isEqualTo(file);
		assertThat(reject.line()).isEqualTo(line);
		assertThat(reject.column()).isEqualTo(column);
		assertThat(reject.reason()).contains(reason);
	}

	// ---- companies ----

	@Test
	void companiesMapEveryColumnAndEmptyIsAbsent() {
		List<InputRow<PsaCompany>> rows = companies(COMPANY_HEADER, "C1,ACME,\"Acme, Ltd\",https://acme.com/,Active",
				"C2,,Beta,,");

		assertThat(values(rows)).containsExactly(new PsaCompany("C1", "ACME", "Acme, Ltd", "https://acme.com/", CompanyStatus.ACTIVE),
				new PsaCompany("C2", null, "Beta", null, CompanyStatus.ACTIVE));
	}

	@Test
	void companyWithoutNameOrWithDuplicateIdIsRejected() {
		List<InputRow<PsaCompany>> rows = companies(COMPANY_HEADER, "C1,ACME,Acme,,", "C2,BETA,,,", "C1,ACME2,Acme 2,,");

		assertThat(rejects(rows)).extracting(r -> r.reject().line(), r -> r.reject().column())
			.containsExactly(tuple(3L, "name"), tuple(4L, "company_id"));
		assertThat(rejects(rows).get(1).reject().reason()).contains("first on line 2");
	}

	// ---- agreements ----

	@ParameterizedTest(name = "agreement status ''{0}'' is accepted as {1}")
	@CsvSource({ "Active, Active", "active, Active", "CANCELLED, Cancelled", "Expired, Expired",
			"inactive, Inactive" })
	void agreementStatusIsOneOfTheFourCaseInsensitively(String status, String expected) {
		List<InputRow<PsaAgreement>> rows = agreements(AGREEMENT_HEADER, "AG1,C1,Managed Email," + status);

		assertThat(values(rows)).extracting(a -> a.status().label()).containsExactly(expected);
	}

	@ParameterizedTest(name = "agreement status ''{0}'' is rejected")
	@CsvSource({ "Pending, is not one of", "'', required", "Activ, is not one of" })
	void unknownOrEmptyAgreementStatusIsRejected(String status, String reason) {
		List<InputRow<PsaAgreement>> rows = agreements(AGREEMENT_HEADER, "AG1,C1,Managed Email," + status);

		assertReject(onlyReject(rows), PsaCsv.AGREEMENTS, 2, "status", reason);
	}

	@Test
	void duplicateAgreementIdNamesTheFirstLine() {
		List<InputRow<PsaAgreement>> rows = agreements(AGREEMENT_HEADER, "AG1,C1,A,Active", "AG1,C2,B,Active");

		assertReject(onlyReject(rows), PsaCsv.AGREEMENTS, 3, "agreement_id", "first on line 2");
	}

	// ---- additions ----

	@Test
	void additionsMapEveryColumn() {
		List<InputRow<PsaAddition>> rows = additions(ADDITION_HEADER,
				"A1,AG1,EMAIL-SEC,25,2,3.50,2.00,Billable,2024-01-01,2025-12-31", "A2,AG1,ARCHIVE,10.5,,,,,,");

		assertThat(values(rows)).containsExactly(
				new PsaAddition("A1", "AG1", "EMAIL-SEC", new BigDecimal("25"), new BigDecimal("2"),
						new BigDecimal("3.50"), new BigDecimal("2.00"), BillingMode.BILLABLE, LocalDate.of(2024, 1, 1),
						LocalDate.of(2025, 12, 31)),
				new PsaAddition("A2", "AG1", "ARCHIVE", new BigDecimal("10.5"), BigDecimal.ZERO, null, null, null,
						null, null));
	}

	@ParameterizedTest(name = "addition {0} = ''{1}'' is rejected")
	@CsvSource({ "quantity, abc, not a decimal", "quantity, '', required", "quantity, -1, negative",
			"quantity, '1,5', not a decimal", "less_included, -2, negative", "unit_price, 3.5x, not a decimal",
			"unit_cost, 'EUR 2', not a decimal", "bill_customer, Sometimes, is not one of",
			"effective_date, 01/02/2024, YYYY-MM-DD", "effective_date, 2024-13-01, YYYY-MM-DD",
			"cancelled_date, 2024-02-30, YYYY-MM-DD", "addition_id, '', required", "agreement_id, '', required",
			"product_identifier, '', required", "quantity, 1e1, not a decimal", "unit_price, 2.5E+1, not a decimal",
			"quantity, \u0663, not a decimal", "quantity, 1.000.5, not a decimal" })
	void badAdditionFieldIsARejectNamingTheColumn(String column, String value, String reason) {
		List<String> columns = List.of(ADDITION_HEADER.split(","));
		String[] fields = "A1,AG1,EMAIL-SEC,25,0,3.50,2.00,Billable,2024-01-01,".split(",", -1);
		fields[columns.indexOf(column)] = "\"" + value + "\"";

		List<InputRow<PsaAddition>> rows = additions(ADDITION_HEADER, String.join(",", fields));

		assertReject(onlyReject(rows), PsaCsv.ADDITIONS, 2, column, reason);
	}

	@ParameterizedTest(name = "bill_customer ''{0}'' is accepted as {1}")
	@CsvSource({ "Billable, Billable", "donotbill, DoNotBill", "NOCHARGE, NoCharge" })
	void billCustomerIsOneOfTheThreeCaseInsensitively(String value, String expected) {
		List<InputRow<PsaAddition>> rows = additions(ADDITION_HEADER, "A1,AG1,P,1,,,," + value + ",,");

		assertThat(values(rows)).extracting(a -> a.billCustomer() == null ? null : a.billCustomer().label())
			.containsExactly(expected);
	}

	@Test
	void mixedAdditionsFixtureRejectsEachBadRecordAndKeepsTheCount() {
		copyFixture(PsaCsv.ADDITIONS, dir, PsaCsv.ADDITIONS);

		List<InputRow<PsaAddition>> rows = readAll(source().additions());

		assertThat(rows).hasSize(8);
		assertThat(values(rows)).extracting(PsaAddition::additionId).containsExactly("A1", "A2", "A7");
		assertThat(rejects(rows)).extracting(r -> r.reject().line(), r -> r.reject().column())
			.containsExactly(tuple(4L, "quantity"), tuple(5L, "quantity"), tuple(6L, "bill_customer"),
					tuple(7L, "effective_date"), tuple(8L, "addition_id"));
		assertThat(rejects(rows).get(4).reject().reason()).contains("first on line 2");
		assertThat(values(rows).get(2).billCustomer()).isEqualTo(BillingMode.NO_CHARGE);
	}

	@ParameterizedTest(name = "{0} without column {1} fails at open naming it")
	@CsvSource({ "psa-companies.csv, status", "psa-agreements.csv, company_id", "psa-additions.csv, cancelled_date" })
	void missingColumnFailsAtOpenNamingIt(String file, String column) {
		String header = switch (file) {
			case PsaCsv.COMPANIES -> COMPANY_HEADER;
			case PsaCsv.AGREEMENTS -> AGREEMENT_HEADER;
			default -> ADDITION_HEADER;
		};
		write(dir, file, header.replace(column, "something_else"));
		var reader = switch (file) {
			case PsaCsv.COMPANIES -> source().companies();
			case PsaCsv.AGREEMENTS -> source().agreements();
			default -> source().additions();
		};

		assertThatThrownBy(() -> reader.open(new ExecutionContext())).rootCause()
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining(file)
			.hasMessageContaining("missing required column " + column);
	}

	@Test
	void inputsNameTheThreeFiles() {
		assertThat(source().inputs()).extracting(SourceInput::name)
			.containsExactly(PsaCsv.COMPANIES, PsaCsv.AGREEMENTS, PsaCsv.ADDITIONS);
	}

}
