/**
 * Which MSPs an installation reconciles and where each one's inputs and settings are (docs/rules.md §4.4): with
 * {@code recon.msps.dir}, one directory per MSP holding its input files, its mapping tables and an optional
 * {@code msp.properties}; without it, the one input directory of {@code recon.input-dir} for every MSP. Also
 * the shards of {@code --recon.shard=K/N} that split the MSPs between the pods of an Indexed Job. Plain Java;
 * uses nothing of this application's.
 */
package com.msprecon.msp;
