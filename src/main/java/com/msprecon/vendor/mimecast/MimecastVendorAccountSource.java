package com.msprecon.vendor.mimecast;

import com.msprecon.http.HttpTime;
import com.msprecon.input.InputRow;
import com.msprecon.input.SourceInput;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Vendor accounts from the Mimecast API 2.0 ({@code recon.vendor.source=mimecast-api}). */
@Component
@ConditionalOnProperty(name = "recon.vendor.source", havingValue = "mimecast-api")
public class MimecastVendorAccountSource implements VendorAccountSource {

	private final MimecastProperties properties;

	private final Path usageFile;

	private final MimecastApi api;

	private final TenantDiscovery discovery;

	/**
	 * @param usageFile {@code recon.vendor.usage-file}: actual users per account, or empty for none
	 * @param time the clock and sleeper; tests provide a fake one
	 */
	@Autowired
	public MimecastVendorAccountSource(MimecastProperties properties,
			@Value("${recon.vendor.usage-file:}") String usageFile, ObjectProvider<HttpTime> time) {
		this(properties, usageFile.isBlank() ? null : Path.of(usageFile), time.getIfAvailable(HttpTime::system));
	}

	MimecastVendorAccountSource(MimecastProperties properties, Path usageFile, HttpTime time) {
		this.properties = properties;
		this.usageFile = usageFile;
		this.api = new MimecastApi(properties, time);
		this.discovery = properties.accountCodes().isEmpty()
				? new DelegatedAccessTenants(api, properties.http().maxPages())
				: new ConfiguredTenants(properties.accountCodes());
	}

	@Override
	public ItemStreamReader<InputRow<VendorAccount>> reader() {
		return new MimecastAccountReader(discovery, api,
				() -> usageFile == null ? UsageFile.none() : UsageFile.read(usageFile));
	}

	@Override
	public String vendorName() {
		return "Mimecast";
	}

	@Override
	public List<SourceInput> inputs() {
		List<SourceInput> inputs = new ArrayList<>();
		inputs.add(SourceInput.remote(MimecastAccountReader.SOURCE, "Mimecast API " + properties.baseUrl()));
		if (usageFile != null) {
			inputs.add(SourceInput.ofFile(usageFile));
		}
		return inputs;
	}

}
