package com.msprecon.psa.connectwise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the apply job writes to ConnectWise ({@code recon.connectwise.write.*}); the connection is
 * {@code recon.connectwise.*}. The defaults follow what integrations are seen doing; none of it is confirmed by
 * ConnectWise's documentation (docs/sources.md), hence settings.
 *
 * @param tagField the addition field that carries the order key of a line the job created, so that a rerun finds
 * it instead of creating it again ({@code serialNumber}, as integrations stamp theirs; or {@code description})
 * @param tagMaxLength the longest value the tag field takes; a longer order key is shortened with a digest
 * @param billCustomer the {@code billCustomer} of a created line (required by ConnectWise)
 */
@ConfigurationProperties("recon.connectwise.write")
public record ConnectWiseWriteProperties(@DefaultValue("serialNumber") String tagField,
		@DefaultValue("50") int tagMaxLength, @DefaultValue("Billable") String billCustomer) {

}
