package com.msprecon.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes UTF-8 strictly ({@link CodingErrorAction#REPORT}) without failing the whole file: each byte that is not
 * part of valid UTF-8 comes out as the unpaired surrogate {@code U+DC80..U+DCFF} that carries it (the
 * "surrogateescape" of PEP 383). A strict decoder never yields an unpaired surrogate for valid input, so the
 * reader of a record can tell exactly which field held bad bytes and reject it with its line and column (§3),
 * where {@code InputStreamReader} would replace them with U+FFFD silently or throw without a line.
 */
final class Utf8Reader extends Reader {

	private static final int ESCAPE = 0xDC00;

	private final InputStream in;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	/** bytes read but not decoded yet, ready to be read (flipped) */
	private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();

	/** chars decoded but not handed out yet, ready to be read (flipped) */
	private final CharBuffer chars = CharBuffer.allocate(8192).flip();

	private boolean endOfInput;

	/** the decoder is flushed: nothing more comes, however often the parser asks */
	private boolean finished;

	Utf8Reader(InputStream in) {
		this.in = in;
	}

	/** Whether {@code c} stands for a byte that was not valid UTF-8 (only when not the second half of a pair). */
	static boolean isEscapedByte(char c) {
		return c >= ESCAPE + 0x80 && c <= ESCAPE + 0xFF;
	}

	static int escapedByte(char c) {
		return c - ESCAPE;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		Objects.checkFromIndexSize(offset, length, buffer.length);
		if (length == 0) {
			return 0;
		}
		if (!chars.hasRemaining() && !fill()) {
			return -1;
		}
		int n = Math.min(length, chars.remaining());
		chars.get(buffer, offset, n);
		return n;
	}

	/** Decodes the next chars; false at the end of the input. */
	private boolean fill() throws IOException {
		if (finished) {
			return false;
		}
		chars.clear();
		while (true) {
			CoderResult result = decoder.decode(bytes, chars, endOfInput);
			if (result.isError()) {
				if (!chars.hasRemaining()) {
					break;
				}
				// one byte at a time: the decoder looks at the next byte afresh
				chars.put((char) (ESCAPE | (bytes.get() & 0xFF)));
			}
			else if (result.isOverflow() || chars.position() > 0) {
				break;
			}
			else if (endOfInput) {
				decoder.flush(chars);
				finished = true;
				break;
			}
			else {
				readBytes();
			}
		}
		chars.flip();
		return chars.hasRemaining();
	}

	private void readBytes() throws IOException {
		bytes.compact();
		int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
		if (n < 0) {
			endOfInput = true;
		}
		else {
			bytes.position(bytes.position() + n);
		}
		bytes.flip();
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}
