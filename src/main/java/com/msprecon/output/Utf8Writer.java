package com.msprecon.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread: what {@code new BufferedWriter(new OutputStreamWriter(out, UTF_8))}
 * writes, byte for byte, without taking a lock for every call. POI writes a sheet's XML in many pieces of a few
 * characters (a cell is about eight calls), and the two locks of the JDK's writers were a third of the time
 * spent writing a workbook's rows (issue 16).
 *
 * <p>A surrogate pair split over two calls is joined; a lone surrogate is written as {@code ?}, as the JDK's
 * encoder replaces it.
 */
final class Utf8Writer extends Writer {

	private static final int BUFFER = 64 * 1024;

	private final OutputStream out;

	private final byte[] bytes = new byte[BUFFER];

	private int used;

	/** a high surrogate whose low surrogate has not been written yet, or 0 */
	private char pendingHigh;

	private boolean closed;

	Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		put((char) c);
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		for (int i = offset, end = offset + length; i < end; i++) {
			put(text.charAt(i));
		}
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		for (int i = offset, end = offset + length; i < end; i++) {
			put(chars[i]);
		}
	}

	private void put(char c) throws IOException {
		if (used > BUFFER - 4) {
			drain();
		}
		if (pendingHigh != 0) {
			char high = pendingHigh;
			pendingHigh = 0;
			if (Character.isLowSurrogate(c)) {
				int codePoint = Character.toCodePoint(high, c);
				bytes[used++] = (byte) (0xF0 | (codePoint >> 18));
				bytes[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
				bytes[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
				bytes[used++] = (byte) (0x80 | (codePoint & 0x3F));
				return;
			}
			bytes[used++] = '?';
			if (used > BUFFER - 4) {
				drain();
			}
		}
		if (c < 0x80) {
			bytes[used++] = (byte) c;
		}
		else if (c < 0x800) {
			bytes[used++] = (byte) (0xC0 | (c >> 6));
			bytes[used++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c)) {
			pendingHigh = c;
		}
		else if (Character.isLowSurrogate(c)) {
			bytes[used++] = '?';
		}
		else {
			bytes[used++] = (byte) (0xE0 | (c >> 12));
			bytes[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			bytes[used++] = (byte) (0x80 | (c & 0x3F));
		}
	}

	private void drain() throws IOException {
		if (used > 0) {
			out.write(bytes, 0, used);
			used = 0;
		}
	}

	/** Writes what is buffered; a high surrogate still waiting for its pair stays buffered. */
	@Override
	public void flush() throws IOException {
		drain();
		out.flush();
	}

	/**
	 * Writes what is buffered and closes the stream, also when that write fails; closing again does nothing (POI
	 * closes a sheet's writer twice).
	 */
	@Override
	public void close() throws IOException {
		if (closed) {
			return;
		}
		closed = true;
		try {
			if (pendingHigh != 0) {
				pendingHigh = 0;
				put('?');
			}
			drain();
		}
		finally {
			out.close();
		}
	}

}
