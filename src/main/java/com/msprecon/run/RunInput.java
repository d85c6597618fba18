package com.msprecon.run;

/**
 * One input of a run: its name, where it came from, its SHA-256 (files only) and what became of its records.
 * Counts are {@code null} until staging has counted them.
 */
public record RunInput(String name, String description, String sha256, Long read, Long used, Long rejected) {

}
