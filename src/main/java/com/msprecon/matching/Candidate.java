package com.msprecon.matching;

/** A company considered for an account, with its score (0..1) and why. */
public record Candidate(String companyId, String companyName, double score, String reason) {

}
