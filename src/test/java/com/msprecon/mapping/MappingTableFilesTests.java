package com.msprecon.mapping;

import static com.msprecon.input.CsvTestFiles.write;
import static com.msprecon.input.CsvTestFiles.writeBytes;
import static com.msprecon.input.CsvTestFiles.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.msprecon.input.InputFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spec §2.3 / §3: the mapping tables are strict; any bad row fails the run naming file, line, column and reason. */
class MappingTableFilesTests {

	private static final String ACCOUNT_HEADER = "vendor_account_code,psa_company_id,note";

	private static final String SERVICE_HEADER = "vendor_package,psa_product_identifier,unit_price,note";

	@TempDir
	Path dir;

	private MappingTables readTables(String[] accountMap, String[] serviceMap) {
		write(dir, MappingTableFiles.ACCOUNT_MAP, accountMap);
		write(dir, MappingTableFiles.SERVICE_MAP, serviceMap);
		return MappingTableFiles.read(dir);
	}

	private static String[] lines(String... lines) {
		return lines;
	}

	private static final String[] GOOD_ACCOUNT_MAP = lines(ACCOUNT_HEADER, "C12A34567,C1,UK tenant",
			"c12a34568,exclude,internal", "C12A34569,C1,");

	private static final String[] GOOD_SERVICE_MAP = lines(SERVICE_HEADER, "1001,EMAIL-SEC,3.50,gateway",
			"Archive,ARCHIVE,,", "1004,AWARE,,", "1004,SAT,1.25,", "1005,ignore,,legacy");

	/** Reading the two tables fails; returns the message for further checks. */
	private AbstractStringAssert<?> assertFails(String[] accountMap, String[] serviceMap) {
		return assertThatThrownBy(() -> readTables(accountMap, serviceMap)).isInstanceOf(InputFileException.class)
			.message();
	}

	@Test
	void readsBothTablesWithExcludeAndIgnoreWords() {
		MappingTables tables = readTables(GOOD_ACCOUNT_MAP, GOOD_SERVICE_MAP);

		assertThat(tables.accountMap())
			.extracting(AccountMapEntry::vendorAccountCode, AccountMapEntry::psaCompanyId, AccountMapEntry::excluded,
					AccountMapEntry::note, AccountMapEntry::line)
			.containsExactly(tuple("C12A34567", "C1", false, "UK tenant", 2L),
					tuple("c12a34568", null, true, "internal", 3L), tuple("C12A34569", "C1", false, null, 4L));
		assertThat(tables.serviceMap())
			.extracting(ServiceMapEntry::vendorPackage, ServiceMapEntry::psaProductIdentifier, ServiceMapEntry::ignored,
					ServiceMapEntry::line)
			.containsExactly(tuple("1001", "EMAIL-SEC", false, 2L), tuple("Archive", "ARCHIVE", false, 3L),
					tuple("1004", "AWARE", false, 4L), tuple("1004", "SAT", false, 5L), tuple("1005", null, true, 6L));
		assertThat(tables.serviceMap().get(0).unitPrice()).isEqualByComparingTo("3.50");
		assertThat(tables.serviceMap().get(1).unitPrice()).isNull();
	}

	@Test
	void acceptsABomBlankLinesQuotingAndColumnsInAnotherOrder() {
		writeRaw(dir, MappingTableFiles.ACCOUNT_MAP,
				"\uFEFFnote,psa_company_id,vendor_account_code\n\n\"Acme, UK\",C1,C12A34567\n");
		write(dir, MappingTableFiles.SERVICE_MAP, GOOD_SERVICE_MAP);

		assertThat(MappingTableFiles.read(dir).accountMap()).singleElement().satisfies(e -> {
			assertThat(e.vendorAccountCode()).isEqualTo("C12A34567");
			assertThat(e.note()).isEqualTo("Acme, UK");
			assertThat(e.line()).isEqualTo(3);
		});
	}

	@ParameterizedTest(name = "service map unit_price ''{0}'' fails naming file, line, column")
	@CsvSource({ "'3,50'", "abc", "EUR 3", "3.5.0" })
	void badDecimalInUnitPrice(String price) {
		assertFails(GOOD_ACCOUNT_MAP, lines(SERVICE_HEADER, "1001,EMAIL-SEC,3.50,", "1002,ARCHIVE,\"" + price + "\","))
			.startsWith("service-map.csv line 3, column unit_price: ")
			.contains("'" + price + "'");
	}

	@Test
	void missingColumnOfTheAccountMap() {
		assertFails(lines("vendor_account_code,note", "C1,x"), GOOD_SERVICE_MAP).contains("account-map.csv")
			.contains("line 1")
			.contains("psa_company_id");
	}

	@Test
	void missingColumnOfTheServiceMap() {
		assertFails(GOOD_ACCOUNT_MAP, lines("vendor_package,psa_product_identifier,note", "1001,EMAIL-SEC,"))
			.contains("service-map.csv")
			.contains("line 1")
			.contains("unit_price");
	}

	@ParameterizedTest(name = "duplicate account code ''{0}'' fails naming both lines")
	@CsvSource({ "C12A34567", "c12a34567", "' C12A34567 '" })
	void duplicateAccountCode(String duplicate) {
		assertFails(lines(ACCOUNT_HEADER, "C12A34567,C1,", "C2,C2,", duplicate + ",C3,"), GOOD_SERVICE_MAP)
			.startsWith("account-map.csv line 4, column vendor_account_code: ")
			.contains("duplicate")
			.contains("first on line 2");
	}

	@ParameterizedTest(name = "duplicate mapping ''{0}'' -> ''{1}'' fails naming both lines")
	@CsvSource({ "1001, EMAIL-SEC", "' 1001 ', email-sec", "archive, ARCHIVE" })
	void duplicatePackageToProduct(String pkg, String product) {
		assertFails(GOOD_ACCOUNT_MAP, lines(SERVICE_HEADER, "1001,EMAIL-SEC,,", "Archive,ARCHIVE,,",
				"\"" + pkg + "\"," + product + ",,"))
			.startsWith("service-map.csv line 4, column psa_product_identifier: ")
			.contains("duplicate")
			.contains("first on line");
	}

	@Test
	void samePackageToTwoProductsIsOneToManyNotADuplicate() {
		assertThat(readTables(GOOD_ACCOUNT_MAP, GOOD_SERVICE_MAP).serviceMap()).filteredOn(e -> e.vendorPackage()
			.equals("1004")).hasSize(2);
	}

	@ParameterizedTest(name = "empty {0} fails naming the file and line 1")
	@CsvSource({ "account-map.csv", "service-map.csv" })
	void emptyFile(String file) {
		write(dir, MappingTableFiles.ACCOUNT_MAP, GOOD_ACCOUNT_MAP);
		write(dir, MappingTableFiles.SERVICE_MAP, GOOD_SERVICE_MAP);
		writeRaw(dir, file, "");

		assertThatThrownBy(() -> MappingTableFiles.read(dir)).isInstanceOf(InputFileException.class)
			.hasMessageStartingWith(file + " line 1: ")
			.hasMessageContaining("empty");
	}

	@Test
	void missingFileFailsNamingIt() {
		write(dir, MappingTableFiles.ACCOUNT_MAP, GOOD_ACCOUNT_MAP);

		assertThatThrownBy(() -> MappingTableFiles.read(dir)).isInstanceOf(InputFileException.class)
			.hasMessageContaining("service-map.csv")
			.hasMessageContaining("not found");
	}

	@Test
	void headerOnlyTablesAreEmptyNotAnError() {
		MappingTables tables = readTables(lines(ACCOUNT_HEADER), lines(SERVICE_HEADER));

		assertThat(tables.accountMap()).isEmpty();
		assertThat(tables.serviceMap()).isEmpty();
	}

	@ParameterizedTest(name = "{0} line ''{1}'' fails at column {2}")
	@CsvSource({ "account-map.csv, ',C1,', vendor_account_code", "account-map.csv, 'C1,,', psa_company_id",
			"service-map.csv, ',EMAIL-SEC,,', vendor_package", "service-map.csv, '1001,,,', psa_product_identifier" })
	void emptyRequiredField(String file, String badLine, String column) {
		boolean accountMap = file.equals(MappingTableFiles.ACCOUNT_MAP);
		String[] account = accountMap ? lines(ACCOUNT_HEADER, "C0,C0,", badLine) : GOOD_ACCOUNT_MAP;
		String[] service = accountMap ? GOOD_SERVICE_MAP : lines(SERVICE_HEADER, "1000,P0,,", badLine);

		assertFails(account, service).startsWith(file + " line 3, column " + column + ": ").contains("required");
	}

	@Test
	void tooFewFieldsFailsNamingFileAndLine() {
		assertFails(lines(ACCOUNT_HEADER, "C1,C1,", "C2"), GOOD_SERVICE_MAP)
			.startsWith("account-map.csv line 3, column psa_company_id: ")
			.contains("fields");
	}

	@Test
	void aNulInANoteFailsTheRunNamingLineAndColumn() {
		assertFails(lines(ACCOUNT_HEADER, "C1,C1,fine", "C2,C1,bad\u0000note"), GOOD_SERVICE_MAP)
			.startsWith("account-map.csv line 3, column note: ")
			.contains("NUL")
			.doesNotContain("\u0000");
	}

	@Test
	void bytesThatAreNotUtf8FailTheRunNamingLineAndColumn() {
		write(dir, MappingTableFiles.ACCOUNT_MAP, GOOD_ACCOUNT_MAP);
		writeBytes(dir, MappingTableFiles.SERVICE_MAP,
				(SERVICE_HEADER + "\n1001,EMAIL-SEC,3.50,Z\u00FCrich\n").getBytes(StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> MappingTableFiles.read(dir)).isInstanceOf(InputFileException.class)
			.message()
			.startsWith("service-map.csv line 2, column note: ")
			.contains("not valid UTF-8");
	}

	@Test
	void aNoteTooLongFailsTheRunNamingLineAndColumn() {
		assertFails(lines(ACCOUNT_HEADER, "C1,C1," + "x".repeat(2001)), GOOD_SERVICE_MAP)
			.startsWith("account-map.csv line 2, column note: ")
			.contains("2001 characters");
	}

}
