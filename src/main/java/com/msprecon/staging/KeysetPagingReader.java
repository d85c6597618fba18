package com.msprecon.staging;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a run's staged rows page by page in key order ({@code key > last key}). The key of the last item
 * read is saved at every chunk commit, so a restart continues right after the last committed chunk without
 * reading anything twice.
 */
public abstract class KeysetPagingReader<T> extends AbstractItemCountingItemStreamItemReader<T> {

	private final int pageSize;

	private final Deque<T> page = new ArrayDeque<>();

	private String afterKey = "";

	private String lastReadKey = "";

	private boolean exhausted;

	protected KeysetPagingReader(String name, int pageSize) {
		setName(name);
		this.pageSize = pageSize;
	}

	/** The next items after {@code afterKey}, in key order, at most {@code limit}. */
	protected abstract List<T> readPage(String afterKey, int limit);

	protected abstract String keyOf(T item);

	@Override
	public void open(ExecutionContext context) throws ItemStreamException {
		afterKey = context.getString(getExecutionContextKey("last.key"), "");
		lastReadKey = afterKey;
		super.open(context);
	}

	@Override
	public void update(ExecutionContext context) throws ItemStreamException {
		super.update(context);
		if (isSaveState()) {
			context.putString(getExecutionContextKey("last.key"), lastReadKey);
		}
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// the saved key already positions the reader after the last committed item
	}

	@Override
	protected T doRead() {
		if (page.isEmpty() && !exhausted) {
			List<T> next = readPage(afterKey, pageSize);
			exhausted = next.size() < pageSize;
			page.addAll(next);
			if (!next.isEmpty()) {
				afterKey = keyOf(next.get(next.size() - 1));
			}
		}
		T item = page.poll();
		if (item != null) {
			lastReadKey = keyOf(item);
		}
		return item;
	}

	@Override
	protected void doOpen() {
		page.clear();
		exhausted = false;
	}

	@Override
	protected void doClose() {
		page.clear();
	}

}
