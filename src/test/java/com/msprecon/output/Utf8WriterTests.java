package com.msprecon.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sheet writer's UTF-8 must be the JDK writers' UTF-8, byte for byte, however POI cuts its text into calls. */
class Utf8WriterTests {

	@Test
	void everyKindOfCharacterIsEncodedAsTheJdkEncodesIt() throws IOException {
		List<String> pieces = List.of("plain ASCII <c r=\"A1\">", "Müller & Söhne", "東京都", "€ 1,234.50",
				"emoji \uD83D\uDE00 and flag \uD83C\uDDE9\uD83C\uDDEA", "\u0000\u007F\u0080\u07FF\u0800\uFFFD\uFFFF");
		for (String piece : pieces) {
			assertThat(utf8(List.of(piece))).as(piece).isEqualTo(jdk(List.of(piece)));
		}
	}

	@Test
	void aSurrogatePairSplitOverTwoCallsIsOneCharacter() throws IOException {
		List<String> calls = List.of("before \uD83D", "\uDE00 after");
		assertThat(utf8(calls)).isEqualTo(jdk(calls)).isEqualTo("before \uD83D\uDE00 after".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aLoneSurrogateBecomesAQuestionMarkAsTheJdkReplacesIt() throws IOException {
		for (List<String> calls : List.of(List.of("a\uD83Db"), List.of("a\uDE00b"), List.of("end \uD83D"),
				List.of("\uD83D", "\uD83D\uDE00"), List.of("\uD83D", "x"))) {
			assertThat(new String(utf8(calls), StandardCharsets.UTF_8)).as(calls.toString()).contains("?");
			assertThat(utf8(calls)).as(calls.toString()).isEqualTo(jdk(calls));
		}
	}

	@Test
	void randomCallsOfEveryKindLongerThanTheBufferMatchTheJdk() throws IOException {
		Random random = new Random(20261204L);
		for (int round = 0; round < 5; round++) {
			ByteArrayOutputStream ours = new ByteArrayOutputStream();
			ByteArrayOutputStream jdks = new ByteArrayOutputStream();
			try (Writer utf8 = new Utf8Writer(ours);
					Writer jdk = new BufferedWriter(new OutputStreamWriter(jdks, StandardCharsets.UTF_8))) {
				// about 200,000 characters a round, three times the writer's buffer in UTF-8 at least
				for (int i = 0; i < 20_000; i++) {
					String piece = randomPiece(random);
					switch (random.nextInt(4)) {
						case 0 -> {
							utf8.write(piece.toCharArray(), 0, piece.length());
							jdk.write(piece.toCharArray(), 0, piece.length());
						}
						case 1 -> {
							for (char c : piece.toCharArray()) {
								utf8.write(c);
								jdk.write(c);
							}
						}
						default -> {
							utf8.write(piece);
							jdk.write(piece);
						}
					}
					if (random.nextInt(50) == 0) {
						// a flush, also between the halves of a pair, writes what the JDK's writes
						utf8.flush();
						jdk.flush();
						assertThat(ours.toByteArray()).as("round %d, after piece %d", round, i).isEqualTo(jdks.toByteArray());
					}
				}
			}
			assertThat(ours.size()).isGreaterThan(3 * 64 * 1024);
			assertThat(ours.toByteArray()).as("round %d", round).isEqualTo(jdks.toByteArray());
		}
	}

	/** Up to 19 characters of the whole BMP, surrogates (paired or not) among them. */
	private static String randomPiece(Random random) {
		StringBuilder piece = new StringBuilder();
		for (int length = random.nextInt(20); length > 0; length--) {
			piece.append(switch (random.nextInt(5)) {
				case 0 -> (char) (0xD800 + random.nextInt(0x800));
				case 1 -> (char) random.nextInt(0x10000);
				default -> (char) random.nextInt(0x80);
			});
		}
		return piece.toString();
	}

	@Test
	void charArraysSingleCharactersAndFlushWriteTheSameBytes() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Writer writer = new Utf8Writer(bytes);
		writer.write("ab".toCharArray(), 0, 2);
		writer.write('é');
		writer.write("xyz", 1, 1);
		writer.flush();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("abéy");
	}

	@Test
	void closingTwiceClosesTheStreamOnce() throws IOException {
		int[] closes = { 0 };
		ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
			@Override
			public void close() {
				closes[0]++;
			}
		};
		Writer writer = new Utf8Writer(bytes);
		writer.write("sheet");
		writer.close();
		writer.close();
		assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("sheet");
		assertThat(closes[0]).isEqualTo(1);
	}

	private static byte[] utf8(List<String> calls) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new Utf8Writer(bytes)) {
			for (String call : calls) {
				writer.write(call);
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] jdk(List<String> calls) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
			for (String call : calls) {
				writer.write(call);
			}
		}
		return bytes.toByteArray();
	}

}
