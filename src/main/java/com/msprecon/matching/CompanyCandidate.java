package com.msprecon.matching;

/**
 * A PSA company the matcher may choose. The caller passes only companies that may be matched
 * automatically (not Inactive or Deleted).
 *
 * @param website the company's website as the PSA holds it (any form: {@code https://www.acme.com/}, {@code acme.com}), or null
 */
public record CompanyCandidate(String companyId, String name, String website) {

}
