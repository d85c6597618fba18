package com.msprecon.output;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook (SXSSF, 200 rows in memory per sheet) that compresses for speed: its temporary sheet files
 * are gzipped and the {@code .xlsx} itself is zipped at {@link Deflater#BEST_SPEED}. At POI's default level,
 * deflating every sheet twice (once to the temporary file, once into the workbook) took a third of the export of
 * a large run; the fastest level takes a fraction of that for a file about a quarter larger, which every
 * spreadsheet program opens the same (issue 16, README "Benchmarks"). The sheets' XML reaches the temporary
 * files through a {@link Utf8Writer}, which takes no lock for each of POI's many small writes.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

	private static final int ROWS_IN_MEMORY = 200;

	public StreamingWorkbook() {
		super(ROWS_IN_MEMORY);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new FastGzipSheetDataWriter();
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/** The temporary sheet file, gzipped at the fastest level (the workbook keeps no shared strings table). */
	private static final class FastGzipSheetDataWriter extends GZIPSheetDataWriter {

		FastGzipSheetDataWriter() throws IOException {
		}

		@Override
		public Writer createWriter(File file) throws IOException {
			// called by the superclass's constructor: this method may use no field of this class
			FileOutputStream stream = new FileOutputStream(file);
			try {
				return new Utf8Writer(decorateOutputStream(stream));
			}
			catch (IOException ex) {
				stream.close();
				throw ex;
			}
		}

		@Override
		protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
			return new GZIPOutputStream(fos, 64 * 1024) {
				{
					def.setLevel(Deflater.BEST_SPEED);
				}
			};
		}

		@Override
		protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
			return new GZIPInputStream(fis, 64 * 1024);
		}

	}

}
