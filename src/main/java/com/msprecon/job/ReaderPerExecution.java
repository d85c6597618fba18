package com.msprecon.job;

import java.util.function.Supplier;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * A reader that asks its supplier for a new delegate each time its step opens it, so that a singleton step
 * starts every execution with a fresh reader (what a step-scoped reader bean gives, without a bean per reader).
 * The delegate keeps its own name, so its restart state stays under the keys it always had.
 */
final class ReaderPerExecution<T> implements ItemStreamReader<T> {

	private final Supplier<? extends ItemStreamReader<T>> readers;

	private ItemStreamReader<T> delegate;

	ReaderPerExecution(Supplier<? extends ItemStreamReader<T>> readers) {
		this.readers = readers;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		delegate = readers.get();
		delegate.open(executionContext);
	}

	@Override
	public T read() throws Exception {
		return delegate.read();
	}

	@Override
	public void update(ExecutionContext executionContext) {
		delegate.update(executionContext);
	}

	@Override
	public void close() {
		if (delegate != null) {
			delegate.close();
			delegate = null;
		}
	}

}
