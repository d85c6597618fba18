package com.msprecon;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the automatic matcher ({@code recon.matching.*}, environment {@code RECON_MATCHING_MSPTAGS}).
 *
 * @param mspTags the MSP's own tags that it puts in front of its customers' names in Mimecast or the PSA
 * ({@code NC-Prairie Construction}, {@code ACME_Bayside Clinic}): a name with one still has to equal exactly one
 * company once the tag is removed (docs/matching.md)
 */
@ConfigurationProperties("recon.matching")
public record MatchingProperties(@DefaultValue List<String> mspTags) {

}
