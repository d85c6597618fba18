package com.msprecon.run;

import com.msprecon.input.InputFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of an input file, streamed, so finance can tell which data and mapping version made a workbook. */
public final class FileHashes {

	private FileHashes() {
	}

	public static String sha256(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new InputFileException(file.getFileName() + ": file not found at " + file.toAbsolutePath());
		}
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file + " to hash it", ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
