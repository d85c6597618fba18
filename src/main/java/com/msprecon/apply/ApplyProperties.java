package com.msprecon.apply;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the apply job ({@code recon.apply.*}).
 *
 * @param approvals the decisions: a CSV {@code order_key,decision,decided_by,note} or the returned workbook
 * @param mode {@code preview} (the default: writes nothing to the PSA) or {@code apply}
 * @param autoApproveIncreases approve every increase without a decision (docs/rules.md R10): a raised quantity, or
 * a new line on a known agreement at a price from the service map; never a decrease or a set-to-zero
 */
@ConfigurationProperties("recon.apply")
public record ApplyProperties(Path approvals, @DefaultValue("PREVIEW") ApplyMode mode,
		@DefaultValue("false") boolean autoApproveIncreases) {

}
