package com.msprecon.vendor.file;

import com.msprecon.ReconProperties;
import com.msprecon.input.CsvRecordReader;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Vendor accounts from {@code mimecast-accounts.csv} in the input directory (the default source). */
@Component
@ConditionalOnProperty(name = "recon.vendor.source", havingValue = "file", matchIfMissing = true)
public class CsvVendorAccountSource implements VendorAccountSource {

	private final Path file;

	@Autowired
	public CsvVendorAccountSource(ReconProperties properties) {
		this(properties.inputDir());
	}

	/** The file of the input directory {@code dir}. */
	public CsvVendorAccountSource(Path dir) {
		this.file = dir.resolve(VendorAccountCsv.FILE);
	}

	@Override
	public VendorAccountSource forMsp(MspInputs msp) {
		return new CsvVendorAccountSource(msp.inputDir());
	}

	@Override
	public ItemStreamReader<InputRow<VendorAccount>> reader() {
		// codes compare case-insensitively, as in the account map: 'a1' after 'A1' is a duplicate, not a second account
		return new CsvRecordReader<>("vendorAccountCsvReader", file, VendorAccountCsv.COLUMNS, VendorAccountCsv::map,
				"account_code", account -> account.accountCode().toUpperCase(Locale.ROOT));
	}

	@Override
	public String vendorName() {
		return "Mimecast";
	}

	@Override
	public List<SourceInput> inputs() {
		return List.of(SourceInput.ofFile(file));
	}

}
