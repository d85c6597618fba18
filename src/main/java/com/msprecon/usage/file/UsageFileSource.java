package com.msprecon.usage.file;

import com.msprecon.input.CsvRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.usage.TenantMap;
import com.msprecon.usage.UsageCount;
import com.msprecon.usage.UsageOrigin;
import com.msprecon.usage.UsageSource;
import com.msprecon.usage.UsageSourceChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Actual users from a CSV {@code account_code,actual_users} ({@code recon.usage.source=file},
 * {@code recon.usage.file}, formerly {@code recon.vendor.usage-file}). A row that cannot be read, or a second row
 * for an account code (compared ignoring case), is a reject naming line, column and reason; an empty
 * {@code actual_users} gives no count.
 */
@Component
@Conditional(UsageSourceChoice.File.class)
public class UsageFileSource implements UsageSource {

	static final List<String> COLUMNS = List.of("account_code", "actual_users");

	private final Path file;

	@Autowired
	public UsageFileSource(Environment environment) {
		this(requireFile(UsageSourceChoice.file(environment)));
	}

	UsageFileSource(Path file) {
		this.file = file;
	}

	/**
	 * With a directory per MSP, each MSP's usage file is in its directory: {@code recon.usage.file} then names
	 * it ({@code usage.csv}); one absolute file for every MSP would give each MSP the others' counts.
	 */
	@Override
	public UsageSource forMsp(MspInputs msp) {
		if (!msp.ownDirectory()) {
			return this;
		}
		if (file.isAbsolute()) {
			throw new IllegalStateException("recon.usage.file names one file (" + file + ") for every MSP; with "
					+ "recon.msps.dir give the name of the file in each MSP's directory instead (e.g. usage.csv)");
		}
		return new UsageFileSource(msp.inputDir().resolve(file));
	}

	private static Path requireFile(Path file) {
		if (file == null) {
			throw new IllegalStateException("recon.usage.source=file needs recon.usage.file (RECON_USAGE_FILE): "
					+ "the CSV account_code,actual_users");
		}
		return file;
	}

	@Override
	public ItemStreamReader<InputRow<UsageCount>> reader() {
		return new CsvRecordReader<>("usageFileReader", file, COLUMNS,
				row -> UsageCount.ofAccount(row.required("account_code"), row.optionalCount("actual_users")),
				"account_code", count -> count.accountCode().toUpperCase(Locale.ROOT));
	}

	@Override
	public List<SourceInput> inputs() {
		return List.of(SourceInput.ofFile(file));
	}

	@Override
	public UsageOrigin origin() {
		return UsageOrigin.FILE;
	}

	@Override
	public TenantMap tenantMap() {
		return TenantMap.empty();
	}

}
