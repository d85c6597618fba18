package com.msprecon.usage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Which usage source the configuration chose: {@code recon.usage.source}, or when it is not set, {@code file} if
 * {@code recon.usage.file} or its old name {@code recon.vendor.usage-file} names a file, else {@code none}. The
 * nested conditions select the adapter beans.
 */
public final class UsageSourceChoice {

	/** The old name of {@code recon.usage.file}, from before usage had a source of its own. */
	public static final String LEGACY_FILE_PROPERTY = "recon.vendor.usage-file";

	private UsageSourceChoice() {
	}

	public static UsageProperties.Source of(Environment environment) {
		Binder binder = Binder.get(environment);
		return binder.bind("recon.usage.source", UsageProperties.Source.class)
			.orElseGet(() -> file(environment) != null ? UsageProperties.Source.FILE : UsageProperties.Source.NONE);
	}

	/** The usage file named by {@code recon.usage.file}, else by {@code recon.vendor.usage-file}, else {@code null}. */
	public static Path file(Environment environment) {
		Binder binder = Binder.get(environment);
		String file = binder.bind("recon.usage.file", String.class)
			.orElseGet(() -> binder.bind(LEGACY_FILE_PROPERTY, String.class).orElse(""));
		return file.isBlank() ? null : Path.of(file);
	}

	private abstract static class Selected implements Condition {

		private final UsageProperties.Source source;

		Selected(UsageProperties.Source source) {
			this.source = source;
		}

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return of(context.getEnvironment()) == source;
		}

	}

	public static final class None extends Selected {

		None() {
			super(UsageProperties.Source.NONE);
		}

	}

	public static final class File extends Selected {

		File() {
			super(UsageProperties.Source.FILE);
		}

	}

	public static final class MicrosoftGraph extends Selected {

		MicrosoftGraph() {
			super(UsageProperties.Source.MICROSOFT_GRAPH);
		}

	}

}
