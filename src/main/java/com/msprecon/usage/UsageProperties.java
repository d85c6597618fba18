package com.msprecon.usage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where actual users come from ({@code recon.usage.*}, e.g. {@code RECON_USAGE_SOURCE}); docs/rules.md §4.3.
 *
 * @param source {@code none}, {@code file} or {@code microsoft-graph}; when not set, {@code file} if a usage file
 * is named, else {@code none}
 * @param file the usage file {@code account_code,actual_users} ({@code recon.vendor.usage-file} is the old
 * name and still works)
 * @param tenantMap the tenant map {@code vendor_account_code,tenant_id}; default {@code tenant-map.csv} in
 * {@code recon.input-dir}, used when it exists
 */
@ConfigurationProperties("recon.usage")
public record UsageProperties(Source source, Path file, Path tenantMap) {

	/** The values of {@code recon.usage.source}. */
	public enum Source {

		NONE, FILE, MICROSOFT_GRAPH

	}

}
