package com.msprecon.vendor.mimecast;

import com.msprecon.http.HttpTime;
import com.msprecon.input.InputRow;
import com.msprecon.input.MspInputs;
import com.msprecon.input.SourceInput;
import com.msprecon.vendor.VendorAccount;
import com.msprecon.vendor.VendorAccountSource;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Vendor accounts from the Mimecast API 2.0 ({@code recon.vendor.source=mimecast-api}); actual users come from
 * the usage source ({@code com.msprecon.usage}).
 */
@Component
@ConditionalOnProperty(name = "recon.vendor.source", havingValue = "mimecast-api")
public class MimecastVendorAccountSource implements VendorAccountSource {

	private final MimecastProperties properties;

	private final MimecastApi api;

	private final TenantDiscovery discovery;

	private final HttpTime time;

	/** The MSP's own Mimecast API 2.0 application where it has its own settings (docs/rules.md §4.4). */
	@Override
	public VendorAccountSource forMsp(MspInputs msp) {
		return msp.own(MimecastProperties.PREFIX, MimecastProperties.class)
			.<VendorAccountSource>map(own -> new MimecastVendorAccountSource(own, time))
			.orElse(this);
	}

	/** @param time the clock and sleeper; tests provide a fake one */
	@Autowired
	public MimecastVendorAccountSource(MimecastProperties properties, ObjectProvider<HttpTime> time) {
		this(properties, time.getIfAvailable(HttpTime::system));
	}

	MimecastVendorAccountSource(MimecastProperties properties, HttpTime time) {
		this.properties = properties;
		this.time = time;
		this.api = new MimecastApi(properties, time);
		this.discovery = properties.accountCodes().isEmpty()
				? new DelegatedAccessTenants(api, properties.http().maxPages())
				: new ConfiguredTenants(properties.accountCodes());
	}

	@Override
	public ItemStreamReader<InputRow<VendorAccount>> reader() {
		return new MimecastAccountReader(discovery, api);
	}

	@Override
	public String vendorName() {
		return "Mimecast";
	}

	@Override
	public List<SourceInput> inputs() {
		return List.of(SourceInput.remote(MimecastAccountReader.SOURCE, "Mimecast API " + properties.baseUrl()));
	}

}
