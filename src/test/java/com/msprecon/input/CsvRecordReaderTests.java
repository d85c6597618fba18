package com.msprecon.input;

import static com.msprecon.input.CsvTestFiles.onlyReject;
import static com.msprecon.input.CsvTestFiles.read;
import static com.msprecon.input.CsvTestFiles.readAll;
import static com.msprecon.input.CsvTestFiles.rejects;
import static com.msprecon.input.CsvTestFiles.values;
import static com.msprecon.input.CsvTestFiles.write;
import static com.msprecon.input.CsvTestFiles.writeBytes;
import static com.msprecon.input.CsvTestFiles.writeRaw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

/**
 * Spec §3 file format through {@link CsvRecordReader} with a small three-column format: every record comes back
 * accepted or as a reject naming file, line, column and reason (read = used + rejected); whole-file problems fail
 * at open.
 */
class CsvRecordReaderTests {

	private static final String FILE = "items.csv";

	private static final String HEADER = "id,name,qty";

	record Item(String id, String name, int qty) {
	}

	@TempDir
	Path dir;

	private static CsvRecordReader<Item> reader(Path file) {
		return new CsvRecordReader<>("itemReader", file, List.of("id", "name", "qty"),
				row -> new Item(row.required("id"), row.required("name"), row.requiredCount("qty")), "id", Item::id);
	}

	private List<InputRow<Item>> readFile(String... lines) {
		return readAll(reader(write(dir, FILE, lines)));
	}

	private void assertFailsAtOpen(Path file, String... messageParts) {
		CsvRecordReader<Item> reader = reader(file);
		assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(ItemStreamException.class)
			.cause()
			.isInstanceOf(InputFileException.class)
			.message()
			.contains(messageParts);
	}

	private static List<Long> lines(List<InputRow<Item>> rows) {
		return rows.stream().map(InputRow::line).toList();
	}

	// ---- whole-file problems fail at open ----

	@Test
	void missingFileFailsAtOpenNamingTheFile() {
		assertFailsAtOpen(dir.resolve(FILE), FILE, "not found");
	}

	@Test
	void missingColumnFailsAtOpenNamingTheColumn() {
		assertFailsAtOpen(write(dir, FILE, "id,qty", "1,2"), FILE, "line 1", "missing required column", "name");
	}

	@Test
	void severalMissingColumnsAreAllNamed() {
		assertFailsAtOpen(write(dir, FILE, "id", "1"), "name", "qty");
	}

	@Test
	void emptyFileOfZeroBytesFailsAtOpen() {
		assertFailsAtOpen(writeRaw(dir, FILE, ""), FILE, "line 1", "empty");
	}

	@Test
	void fileWithOnlyABomFailsAtOpenAsEmpty() {
		assertFailsAtOpen(writeRaw(dir, FILE, "\uFEFF"), FILE, "empty");
	}

	@Test
	void headerOnlyFileHasZeroRecords() {
		assertThat(readFile(HEADER)).isEmpty();
		assertThat(readAll(reader(writeRaw(dir, "no-newline.csv", HEADER)))).isEmpty();
	}

	@Test
	void aDirectoryInPlaceOfTheFileFailsNamingThePathAndWhy() throws Exception {
		Path directory = Files.createDirectory(dir.resolve(FILE));

		assertFailsAtOpen(directory, directory.toAbsolutePath().toString(), "is a directory, not a file");
	}

	@Test
	void aFileThatCannotBeOpenedFailsNamingThePathAndTheSystemsReason() throws Exception {
		// a link to itself: it is there but cannot be opened, even by root (unlike a file without read permission)
		Path loop = Files.createSymbolicLink(dir.resolve(FILE), dir.resolve(FILE));

		assertFailsAtOpen(loop, loop.toAbsolutePath().toString(), "cannot be read", "symbolic links");
	}

	@Test
	void aFileWithoutReadPermissionFailsNamingThePathAndPermissionDenied() throws Exception {
		Path file = write(dir, FILE, HEADER, "1,Acme,1");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
		Assumptions.assumeFalse(Files.isReadable(file), "root reads any file");

		assertFailsAtOpen(file, file.toAbsolutePath().toString(), "cannot be read", "permission denied");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "UTF-16LE with BOM", "UTF-16BE with BOM", "UTF-16LE without BOM", "UTF-16BE without BOM" })
	void aUtf16FileFailsSayingItIsUtf16AndMustBeSavedAsUtf8(String encoding) {
		String charset = encoding.substring(0, 8);
		String bom = encoding.endsWith("with BOM") ? "\uFEFF" : "";
		byte[] content = (bom + HEADER + "\n1,Acme,1\n").getBytes(java.nio.charset.Charset.forName(charset));

		assertFailsAtOpen(writeBytes(dir, FILE, content), FILE, "UTF-16", "save it as UTF-8");
	}

	@Test
	void aHeaderNamingAColumnTwiceFailsAtOpenNamingTheColumn() {
		assertFailsAtOpen(write(dir, FILE, "id,name,qty, Name ", "1,Acme,1,Other"), FILE, "line 1", "column name",
				"twice");
	}

	@Test
	void anExtraColumnNamedTwiceIsIgnoredLikeAnyExtraColumn() {
		List<InputRow<Item>> rows = readFile("id,comment,name,qty,comment", "1,a,Acme,2,b");

		assertThat(values(rows)).containsExactly(new Item("1", "Acme", 2));
	}

	@Test
	void aHeaderWithBytesThatAreNotUtf8FailsAtOpen() {
		assertFailsAtOpen(writeBytes(dir, FILE, "id,n\u00E4me,qty\n1,Acme,1\n".getBytes(StandardCharsets.ISO_8859_1)),
				FILE, "line 1", "not valid UTF-8", "0xE4");
	}

	@Test
	void headerOnlyIsToldApartFromAFileWithRecordsAndFromAFileWithoutAHeader() {
		assertThat(CsvFile.holdsOnlyAHeader(write(dir, "a.csv", HEADER))).isTrue();
		assertThat(CsvFile.holdsOnlyAHeader(write(dir, "b.csv", HEADER, "", "  "))).isTrue();
		assertThat(CsvFile.holdsOnlyAHeader(write(dir, "c.csv", HEADER, "1,Acme,1"))).isFalse();
		assertThat(CsvFile.holdsOnlyAHeader(writeRaw(dir, "d.csv", ""))).isFalse();
	}

	// ---- bad bytes in a record: a reject naming line and column, never replaced, never passed on ----

	@Test
	void aNulInAFieldIsARejectNamingLineAndColumnAndTheOtherRowsAreUsed() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme,1", "2,Be\u0000ta,2", "3,Gamma,3");

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(3);
		assertThat(reject.column()).isEqualTo("name");
		assertThat(reject.reason()).contains("NUL");
		assertThat(reject.record()).isEqualTo("2,Be\\x00ta,2").doesNotContain("\u0000");
		assertThat(reject.describe()).doesNotContain("\u0000");
		assertThat(values(rows)).extracting(Item::id).containsExactly("1", "3");
	}

	@ParameterizedTest(name = "control character U+{0} is a reject")
	@ValueSource(strings = { "0001", "0007", "000B", "000C", "001B", "007F", "0085" })
	void controlCharactersOtherThanTabAreRejects(String hex) {
		char control = (char) Integer.parseInt(hex, 16);
		List<InputRow<Item>> rows = readFile(HEADER, "1,Ac" + control + "me,1");

		InputReject reject = onlyReject(rows);
		assertThat(reject.column()).isEqualTo("name");
		assertThat(reject.reason()).contains("control character").contains("U+" + hex);
		assertThat(reject.record()).doesNotContain(String.valueOf(control));
	}

	@Test
	void aTabAndALineBreakInsideQuotesAreText() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,\"Ac\tme\",1", "2,\"Be\r\nta\",2");

		assertThat(values(rows)).extracting(Item::name).containsExactly("Ac\tme", "Be\r\nta");
	}

	@Test
	void aNulInAColumnTheJobDoesNotReadStillRejectsTheRow() {
		List<InputRow<Item>> rows = readFile(HEADER + ",comment", "1,Acme,1,\u0000");

		assertThat(onlyReject(rows).column()).isEqualTo("comment");
	}

	@Test
	void bytesThatAreNotUtf8AreARejectNamingLineColumnAndTheBytesAndNeverAReplacementCharacter() {
		byte[] content = (HEADER + "\n1,Acme,1\n2,Z\u00FCrich AG,2\n3,Gamma,3\n").getBytes(StandardCharsets.ISO_8859_1);

		List<InputRow<Item>> rows = readAll(reader(writeBytes(dir, FILE, content)));

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(3);
		assertThat(reject.column()).isEqualTo("name");
		assertThat(reject.reason()).contains("not valid UTF-8").contains("0xFC");
		assertThat(reject.record()).isEqualTo("2,Z\\xFCrich AG,2");
		assertThat(values(rows)).extracting(Item::id).containsExactly("1", "3");
		assertThat(rows).hasSize(3);
	}

	@Test
	void invalidUtf8InAMultiLineRecordNamesTheLineWhereTheRecordStartsAndLaterLinesStayRight() {
		byte[] bad = { (byte) 0xE2, (byte) 0x28, (byte) 0xA1 }; // a 3-byte sequence broken in its second byte
		byte[] content = concat((HEADER + "\n1,\"Acme\nHold").getBytes(StandardCharsets.UTF_8), bad,
				"ings\",1\n2,Beta,2\n".getBytes(StandardCharsets.UTF_8));

		List<InputRow<Item>> rows = readAll(reader(writeBytes(dir, FILE, content)));

		assertThat(rows).extracting(InputRow::line, InputRow::isAccepted)
			.containsExactly(tuple(2L, false), tuple(4L, true));
		assertThat(onlyReject(rows).reason()).contains("0xE2");
	}

	@Test
	void aSequenceCutOffAtTheEndOfTheFileIsAReject() {
		byte[] content = concat((HEADER + "\n1,Acme,1\n2,Beta,2").getBytes(StandardCharsets.UTF_8),
				new byte[] { (byte) 0xC3 });

		List<InputRow<Item>> rows = readAll(reader(writeBytes(dir, FILE, content)));

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(3);
		assertThat(reject.column()).isEqualTo("qty");
		assertThat(reject.reason()).contains("0xC3");
	}

	@Test
	void validUtf8OfEveryLengthIsUsedAsItIs() {
		// 2, 3 and 4 bytes, and a replacement character that the file really holds
		String name = "Zürich € \uD83D\uDE00 \uFFFD";
		List<InputRow<Item>> rows = readAll(reader(writeRaw(dir, FILE, HEADER + "\n1," + name + ",1\n")));

		assertThat(values(rows)).extracting(Item::name).containsExactly(name);
	}

	@Test
	void longFilesWithMultiByteCharactersAcrossBufferBoundariesDecodeExactly() {
		StringBuilder text = new StringBuilder(HEADER).append('\n');
		for (int i = 0; i < 5000; i++) {
			text.append(i).append(",Zürich € \uD83D\uDE00 ").append(i).append(",1\n");
		}
		List<InputRow<Item>> rows = readAll(reader(writeRaw(dir, FILE, text.toString())));

		assertThat(rejects(rows)).isEmpty();
		assertThat(values(rows)).hasSize(5000).last().extracting(Item::name).isEqualTo("Zürich € \uD83D\uDE00 4999");
	}

	private static byte[] concat(byte[]... parts) {
		var out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	// ---- format ----

	@Test
	void readsRecordsWithTheirLineNumbers() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme,10", "2,Beta,0");

		assertThat(values(rows)).containsExactly(new Item("1", "Acme", 10), new Item("2", "Beta", 0));
		assertThat(lines(rows)).containsExactly(2L, 3L);
		assertThat(rows).extracting(InputRow::source).containsOnly(FILE);
	}

	@Test
	void utf8BomIsAccepted() {
		List<InputRow<Item>> rows = readAll(reader(writeRaw(dir, FILE, "\uFEFF" + HEADER + "\n1,Zürich AG,3\n")));

		assertThat(values(rows)).containsExactly(new Item("1", "Zürich AG", 3));
	}

	@Test
	void quotedCommasAndDoubledQuotes() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,\"Acme, Inc.\",2", "2,\"The \"\"Best\"\" Co\",3");

		assertThat(values(rows)).extracting(Item::name).containsExactly("Acme, Inc.", "The \"Best\" Co");
	}

	@Test
	void quotedFieldSpanningTwoLinesKeepsTheFollowingLineNumbersRight() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,\"Acme", "Holdings\",2", "2,Beta,x", "3,Gamma,4");

		assertThat(rows).extracting(InputRow::line, InputRow::isAccepted)
			.containsExactly(tuple(2L, true), tuple(4L, false), tuple(5L, true));
		assertThat(rows.get(0).value().name()).isEqualTo("Acme\nHoldings");
		assertThat(onlyReject(rows).line()).isEqualTo(4);
	}

	@Test
	void crlfLineEndingsKeepLineNumbersRight() {
		List<InputRow<Item>> rows = readAll(
				reader(writeRaw(dir, FILE, HEADER + "\r\n1,Acme,1\r\n\r\n2,\"Be\r\nta\",x\r\n3,Gamma,3\r\n")));

		assertThat(rows).extracting(InputRow::line, InputRow::isAccepted)
			.containsExactly(tuple(2L, true), tuple(4L, false), tuple(6L, true));
	}

	@Test
	void blankLinesAreNotRecordsAndDoNotShiftLineNumbers() {
		List<InputRow<Item>> rows = readFile(HEADER, "", "1,Acme,1", "", "   ", "2,Beta,x", "");

		assertThat(rows).extracting(InputRow::line, InputRow::isAccepted)
			.containsExactly(tuple(3L, true), tuple(6L, false));
	}

	@Test
	void extraColumnsAreIgnored() {
		List<InputRow<Item>> rows = readFile("id,comment,name,qty,other", "1,hello,Acme,2,x");

		assertThat(values(rows)).containsExactly(new Item("1", "Acme", 2));
	}

	@Test
	void columnsMayComeInAnyOrder() {
		List<InputRow<Item>> rows = readFile("qty,name,id", "2,Acme,1");

		assertThat(values(rows)).containsExactly(new Item("1", "Acme", 2));
	}

	@Test
	void fieldsAreTrimmedAndEmptyMeansAbsent() {
		List<InputRow<Item>> rows = readFile(HEADER, " 1 , Acme , 2 ", "2,  ,3");

		assertThat(values(rows)).containsExactly(new Item("1", "Acme", 2));
		InputReject reject = onlyReject(rows);
		assertThat(reject.column()).isEqualTo("name");
		assertThat(reject.reason()).contains("required");
	}

	@Test
	void tooFewFieldsIsARejectNamingTheMissingColumn() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme", "2,Beta,3");

		InputReject reject = onlyReject(rows);
		assertThat(reject.source()).isEqualTo(FILE);
		assertThat(reject.line()).isEqualTo(2);
		assertThat(reject.column()).isEqualTo("qty");
		assertThat(reject.reason()).contains("2 fields").contains("3");
		assertThat(reject.record()).contains("Acme");
		assertThat(reject.describe()).startsWith(FILE + " line 2, column qty: ");
		assertThat(values(rows)).extracting(Item::id).containsExactly("2");
	}

	@Test
	void brokenQuotingFailsTheFileNamingTheLineWhereTheRecordStarts() throws Exception {
		CsvRecordReader<Item> reader = reader(write(dir, FILE, HEADER, "1,Acme,2", "2,\"Beta,3", "3,Gamma,4"));
		reader.open(new ExecutionContext());

		assertThat(reader.read().value().id()).isEqualTo("1");
		assertThatThrownBy(reader::read).isInstanceOf(InputFileException.class)
			.hasMessageContaining(FILE + " line 3: cannot parse the CSV");
		reader.close();
	}

	@Test
	void aShortRowLackingOnlyAnExtraColumnIsUsed() {
		List<InputRow<Item>> rows = readFile(HEADER + ",comment", "1,Acme,2", "2,Beta,3,fine");

		assertThat(rejects(rows)).isEmpty();
		assertThat(values(rows)).extracting(Item::id).containsExactly("1", "2");
	}

	@Test
	void aRejectKeepsTheRecordAsCsvTextWithItsQuoting() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,\"Acme, \"\"Inc\"\"\",x");

		assertThat(onlyReject(rows).record()).isEqualTo("1,\"Acme, \"\"Inc\"\"\",x");
	}

	@ParameterizedTest(name = "count ''{0}'' is rejected in column qty")
	@ValueSource(strings = { "x", "1.5", "1,000", "-1", "99999999999" })
	void badCountIsARejectNamingLineColumnAndValue(String qty) {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme,\"" + qty + "\"");

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(2);
		assertThat(reject.column()).isEqualTo("qty");
		assertThat(reject.reason()).contains("'" + qty + "'");
		assertThat(reject.describe()).isEqualTo(FILE + " line 2, column qty: " + reject.reason());
	}

	@Test
	void duplicateKeyIsARejectNamingTheFirstLine() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme,1", "2,Beta,2", "1,Acme again,3");

		InputReject reject = onlyReject(rows);
		assertThat(reject.line()).isEqualTo(4);
		assertThat(reject.column()).isEqualTo("id");
		assertThat(reject.reason()).contains("duplicate").contains("'1'").contains("first on line 2");
		assertThat(values(rows)).extracting(Item::name).containsExactly("Acme", "Beta");
	}

	@Test
	void aRejectedRecordDoesNotClaimItsKey() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme,x", "1,Acme,1");

		assertThat(rows).extracting(InputRow::isAccepted).containsExactly(false, true);
	}

	@Test
	void recordsReadEqualAcceptedPlusRejected() {
		List<InputRow<Item>> rows = readFile(HEADER, "1,Acme,1", "2,Beta", "", "3,,3", "4,Delta,-4", "1,Dup,1",
				"5,\"Eps, Ltd\",5", "6,Zeta,6,extra");

		assertThat(rows).hasSize(7);
		assertThat(values(rows)).hasSize(3);
		assertThat(rejects(rows)).hasSize(4);
		assertThat(values(rows).size() + rejects(rows).size()).isEqualTo(rows.size());
		assertThat(rejects(rows)).allSatisfy(r -> {
			assertThat(r.value()).isNull();
			assertThat(r.line()).isEqualTo(r.reject().line());
			assertThat(r.source()).isEqualTo(FILE);
		});
	}

	// ---- restart ----

	@Test
	void restartContinuesAfterTheSavedCountWithDuplicatesStillDetected() {
		Path file = write(dir, FILE, HEADER, "1,Acme,1", "2,Beta,2", "3,Gamma,3", "1,Acme again,4", "4,Delta,4");
		ExecutionContext saved = new ExecutionContext();
		CsvRecordReader<Item> first = reader(file);
		first.open(new ExecutionContext());
		read(first);
		read(first);
		first.update(saved);
		first.close();

		List<InputRow<Item>> rest = readAll(reader(file), saved);

		assertThat(rest).extracting(InputRow::line).containsExactly(4L, 5L, 6L);
		assertThat(rest.get(0).value()).isEqualTo(new Item("3", "Gamma", 3));
		InputReject duplicate = onlyReject(rest);
		assertThat(duplicate.line()).isEqualTo(5);
		assertThat(duplicate.reason()).contains("first on line 2");
	}

	@Test
	void reopeningWithAFreshContextStartsAgainWithoutStaleKeys() {
		Path file = write(dir, FILE, HEADER, "1,Acme,1", "2,Beta,2");
		CsvRecordReader<Item> reader = reader(file);

		List<InputRow<Item>> firstRun = readAll(reader);
		List<InputRow<Item>> secondRun = readAll(reader);

		assertThat(rejects(firstRun)).isEmpty();
		assertThat(secondRun).extracting(InputRow::isAccepted).containsExactly(true, true);
	}

}
