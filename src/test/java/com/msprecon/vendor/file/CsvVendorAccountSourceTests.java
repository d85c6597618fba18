package com.msprecon.vendor.file;

import static com.msprecon.input.CsvTestFiles.copyFixture;
import static com.msprecon.input.CsvTestFiles.onlyReject;
import static com.msprecon.input.CsvTestFiles.readAll;
import static com.msprecon.input.CsvTestFiles.rejects;
import static com.msprecon.input.CsvTestFiles.values;
import static com.msprecon.input.CsvTestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.tuple;

import com.msprecon.ReconProperties;
import com.msprecon.ReconProperties.SeatBasis;
import com.msprecon.input.InputFileException;
import com.msprecon.input.InputReject;
import com.msprecon.input.InputRow;
import com.msprecon.input.SourceInput;
import com.msprecon.vendor.VendorAccount;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Spec §2.1 / §3 {@code mimecast-accounts.csv} through {@link CsvVendorAccountSource}. */
class CsvVendorAccountSourceTests {

	private static final String FILE = "mimecast-accounts.csv";

	private static final String HEADER = "account_code,account_name,user_count,packages,domains,actual_users";

	@TempDir
	Path dir;

	private CsvVendorAccountSource source() {
		return new CsvVendorAccountSource(
				new ReconProperties(dir, dir.resolve("out"), ZoneId.of("UTC"), SeatBasis.ACTUAL_WHEN_KNOWN, 100,
						java.util.Currency.getInstance("USD")));
	}

	private List<InputRow<VendorAccount>> readFile(String... lines) {
		write(dir, FILE, lines);
		return readAll(source().reader());
	}

	@Test
	void mapsEveryColumn() {
		List<InputRow<VendorAccount>> rows = readFile(HEADER,
				"C12A34567,Acme Ltd,25,\"Email Security Cloud Gateway [1001]; Archive [1002];\",Acme.com; acme.co.uk,27",
				"C12A34568,Beta,10,,,");

		assertThat(values(rows)).containsExactly(
				new VendorAccount("C12A34567", "Acme Ltd", 25,
						List.of("Email Security Cloud Gateway [1001]", "Archive [1002]"),
						List.of("acme.com", "acme.co.uk"), 27),
				new VendorAccount("C12A34568", "Beta", 10, List.of(), List.of(), null));
	}

	@ParameterizedTest(name = "{0} = ''{1}'' is rejected")
	@CsvSource({ "account_code, '', required", "account_name, '', required", "user_count, '', required",
			"user_count, ten, not a whole number", "user_count, 2.5, not a whole number",
			"user_count, -4, negative", "actual_users, x, not a whole number", "actual_users, -1, negative",
			"domains, not a domain, not an internet domain", "domains, localhost, not an internet domain",
			"user_count, 1e1, not a whole number", "user_count, \u0663, not a whole number",
			"user_count, 3000000000, too large; a count is at most 2147483647",
			"actual_users, +5, not a whole number" })
	void badFieldIsARejectNamingTheColumn(String column, String value, String reason) {
		String code = column.equals("account_code") ? value : "C1";
		String name = column.equals("account_name") ? value : "Acme";
		String userCount = column.equals("user_count") ? value : "5";
		String domains = column.equals("domains") ? value : "acme.com";
		String actual = column.equals("actual_users") ? value : "";

		List<InputRow<VendorAccount>> rows = readFile(HEADER,
				String.join(",", code, name, userCount, "Archive [1002]", domains, actual));

		InputReject reject = onlyReject(rows);
		assertThat(reject.source()).isEqualTo(FILE);
		assertThat(reject.line()).isEqualTo(2);
		assertThat(reject.column()).isEqualTo(column);
		assertThat(reject.reason()).contains(reason);
	}

	@Test
	void duplicateAccountCodeNamesTheFirstLine() {
		List<InputRow<VendorAccount>> rows = readFile(HEADER, "C1,Acme,5,,,", "C2,Beta,5,,,", "C1,Acme again,5,,,");

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(4);
		assertThat(reject.column()).isEqualTo("account_code");
		assertThat(reject.reason()).contains("'C1'").contains("first on line 2");
	}

	@Test
	void codesDifferingOnlyInCaseAreOneAccountSoTheSecondIsADuplicate() {
		List<InputRow<VendorAccount>> rows = readFile(HEADER, "C1A,Acme,5,,,", "c1a,Acme UK,7,,,");

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(3);
		assertThat(reject.reason()).contains("duplicate account_code").contains("first on line 2");
	}

	@Test
	void valuesLongerThanTheLimitAreRejectsNamingTheColumn() {
		String longName = "N".repeat(256);
		String longPackage = "P".repeat(300) + " [1]";

		List<InputRow<VendorAccount>> rows = readFile(HEADER, "C1,Acme,5,Archive [1002],acme.com,",
				"C2," + longName + ",5,,,", "C3,Beta,5,Archive [1002];" + longPackage + ",,");

		assertThat(values(rows)).extracting(VendorAccount::accountCode).containsExactly("C1");
		assertThat(rejects(rows)).extracting(r -> r.reject().column(), r -> r.reject().line())
			.containsExactly(tuple("account_name", 3L), tuple("packages", 4L));
		assertThat(rejects(rows).get(0).reject().reason()).contains("256 characters long; at most 255");
		// a name exactly at the limit is taken
		assertThat(values(readFile(HEADER, "C4," + "N".repeat(255) + ",5,,,"))).hasSize(1);
	}

	@Test
	void missingColumnFailsAtOpenNamingIt() {
		write(dir, FILE, "account_code,account_name,user_count,packages,domains", "C1,Acme,5,,");
		var reader = source().reader();

		assertThatThrownBy(() -> reader.open(new ExecutionContext())).rootCause()
			.isInstanceOf(InputFileException.class)
			.hasMessageContaining(FILE)
			.hasMessageContaining("actual_users");
	}

	@Test
	void mixedFixtureRejectsEachBadRecordAtItsLineAndKeepsTheCount() {
		copyFixture(FILE, dir, FILE);

		List<InputRow<VendorAccount>> rows = readAll(source().reader());

		assertThat(rows).hasSize(9);
		assertThat(values(rows).size() + rejects(rows).size()).isEqualTo(rows.size());
		assertThat(rejects(rows)).extracting(r -> r.reject().line(), r -> r.reject().column())
			.containsExactly(tuple(4L, "user_count"), tuple(6L, "user_count"), tuple(7L, "actual_users"),
					tuple(8L, "account_code"), tuple(9L, "domains"));
		assertThat(values(rows)).extracting(VendorAccount::accountCode)
			.containsExactly("C12A34567", "C12A34568", "C12A34573", "C12A34574");
		assertThat(rows).filteredOn(InputRow::isAccepted)
			.extracting(InputRow::line)
			.as("the quoted two-line name on line 10 does not shift the next record")
			.containsExactly(2L, 3L, 10L, 12L);
		assertThat(values(rows).get(0).domains()).containsExactly("acme.com", "acme.co.uk");
		assertThat(values(rows).get(1).accountName()).isEqualTo("Beta, Inc.");
	}

	@Test
	void inputsNameTheFile() {
		assertThat(source().inputs()).extracting(SourceInput::name, SourceInput::file)
			.containsExactly(tuple(FILE, dir.resolve(FILE)));
	}

}
