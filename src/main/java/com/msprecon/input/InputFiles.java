package com.msprecon.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens an input file, or fails naming its path and the reason the system gives (§3: "no reason" is no help). */
public final class InputFiles {

	private InputFiles() {
	}

	public static InputStream open(Path file) {
		String where = file.getFileName() + " at " + file.toAbsolutePath();
		if (Files.isDirectory(file)) {
			throw new InputFileException(where + " is a directory, not a file");
		}
		try {
			return Files.newInputStream(file);
		}
		catch (NoSuchFileException ex) {
			throw new InputFileException(file.getFileName() + ": file not found at " + file.toAbsolutePath(), ex);
		}
		catch (AccessDeniedException ex) {
			throw new InputFileException(where + " cannot be read: permission denied", ex);
		}
		catch (FileSystemException ex) {
			throw new InputFileException(where + " cannot be read: " + ex.getReason(), ex);
		}
		catch (IOException ex) {
			throw new InputFileException(where + " cannot be read: " + ex.getMessage(), ex);
		}
	}

}
