package com.msprecon.output;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming workbook (SXSSF, 200 rows in memory per sheet) that compresses once, for speed: its temporary sheet
 * files are plain XML and the {@code .xlsx} itself is zipped at {@link Deflater#BEST_SPEED}. Gzipped temporary
 * files made POI deflate every sheet twice and inflate it once; plain ones took the export step of 50,000
 * companies from 8.3-8.7 s to 7.7 s (issue 16, README "Benchmarks"), for about 5 KB of temporary disk per company
 * (240 MB at 50,000) until the workbook is written. At POI's default level, deflating every sheet twice took a
 * third of the export of a large run; the fastest level takes a fraction of that for a file about a quarter larger,
 * which every spreadsheet program opens the same. The sheets' XML reaches the temporary files through a
 * {@link Utf8Writer}, which takes no lock for each of POI's many small writes.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

	private static final int ROWS_IN_MEMORY = 200;

	public StreamingWorkbook() {
		super(ROWS_IN_MEMORY);
	}

	@Override
	protected SheetDataWriter createSheetDataWriter() throws IOException {
		return new PlainSheetDataWriter();
	}

	@Override
	protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
		ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
		zip.setLevel(Deflater.BEST_SPEED);
		return zip;
	}

	/** The temporary sheet file, plain: deflated once, into the workbook. */
	private static final class PlainSheetDataWriter extends SheetDataWriter {

		PlainSheetDataWriter() throws IOException {
		}

		@Override
		public Writer createWriter(File file) throws IOException {
			// called by the superclass's constructor: this method may use no field of this class
			return new Utf8Writer(new FileOutputStream(file));
		}

	}

}
