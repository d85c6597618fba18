/**
 * Automatic account matching (docs/rules.md R3): name normalization, website domains, the narrow typing-slip
 * rule, hash and trigram indexes over the PSA companies, and {@code SafeAccountMatcher}, which decides only when
 * one company is clearly best. Plain Java: no Spring and no other package of the application (Commons Text's
 * Jaro-Winkler for scores); {@code docs/matching.md} describes it.
 */
package com.msprecon.matching;
