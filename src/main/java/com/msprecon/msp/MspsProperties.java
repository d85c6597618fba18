package com.msprecon.msp;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the MSPs of a hosted installation are ({@code recon.msps.*}, e.g. {@code RECON_MSPS_DIR}).
 *
 * @param dir a directory with one directory per MSP, named by its {@code msp} identifier; {@code null} (the
 * default): every MSP reads {@code recon.input-dir}
 */
@ConfigurationProperties("recon.msps")
public record MspsProperties(Path dir) {
}
