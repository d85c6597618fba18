package com.msprecon.run;

import com.msprecon.input.InputFileException;
import com.msprecon.input.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of an input file, streamed, so finance can tell which data and mapping version made a workbook. */
public final class FileHashes {

	private FileHashes() {
	}

	public static String sha256(Path file) {
		try (InputStream in = InputFiles.open(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new InputFileException(file.getFileName() + " at " + file.toAbsolutePath() + " cannot be read: "
					+ ex.getMessage(), ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
