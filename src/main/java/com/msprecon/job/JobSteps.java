package com.msprecon.job;

import com.msprecon.ReconProperties;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the steps of every job the same way: the job repository, the transaction manager, the chunk size
 * ({@code recon.chunk-size}) and the {@link StepObserver}s, so that a job configuration only says which steps.
 */
@Component
public class JobSteps {

	private final JobRepository jobRepository;

	private final PlatformTransactionManager tx;

	private final int chunkSize;

	private final List<StepObserver> observers;

	public JobSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconProperties properties, ObjectProvider<StepObserver> observers) {
		this.jobRepository = jobRepository;
		this.tx = transactionManager;
		this.chunkSize = properties.chunkSize();
		this.observers = observers.orderedStream().toList();
	}

	/** A tasklet step; {@code listeners} hear it end (besides the observers every step has). */
	public Step tasklet(String name, Tasklet tasklet, StepExecutionListener... listeners) {
		return tasklet(name, tasklet, false, listeners);
	}

	/** A tasklet step that runs at every execution of its run, a restart too, even when it completed before. */
	public Step everyExecution(String name, Tasklet tasklet) {
		return tasklet(name, tasklet, true);
	}

	private Step tasklet(String name, Tasklet tasklet, boolean everyExecution, StepExecutionListener... listeners) {
		StepBuilder builder = new StepBuilder(name, jobRepository);
		observers.stream()
			.filter(StepExecutionListener.class::isInstance)
			.forEach(o -> builder.listener((StepExecutionListener) o));
		for (StepExecutionListener listener : listeners) {
			builder.listener(listener);
		}
		return builder.tasklet(tasklet, tx).allowStartIfComplete(everyExecution).build();
	}

	/**
	 * A chunk step whose reader is new at each execution (see {@link ReaderPerExecution}); {@code listeners} hear
	 * it end.
	 */
	public <I, O> Step chunk(String name, Supplier<? extends ItemStreamReader<I>> readers,
			ItemProcessor<I, O> processor, ItemWriter<O> writer, StepExecutionListener... listeners) {
		return chunk(name, new ReaderPerExecution<>(readers), processor, writer, false, List.of(listeners));
	}

	/**
	 * A chunk step that runs again, from its first item, whenever its job is rerun, even after it completed:
	 * for steps whose items settle themselves (the apply job's, whose ledger says what is done already).
	 */
	public <I, O> Step chunkRunEveryTime(String name, Supplier<? extends ItemStreamReader<I>> readers,
			ItemProcessor<I, O> processor, ItemWriter<O> writer) {
		return chunk(name, new ReaderPerExecution<>(readers), processor, writer, true, List.of());
	}

	/** A tasklet step that runs again whenever its job is rerun, even after it completed. */
	public Step taskletRunEveryTime(String name, Tasklet tasklet) {
		StepBuilder builder = new StepBuilder(name, jobRepository);
		observers.stream()
			.filter(StepExecutionListener.class::isInstance)
			.forEach(o -> builder.listener((StepExecutionListener) o));
		return builder.tasklet(tasklet, tx).allowStartIfComplete(true).build();
	}

	/** A chunk step without a processor: what is read is written; {@code listeners} hear it end. */
	public <T> Step copy(String name, Supplier<? extends ItemStreamReader<T>> readers, ItemWriter<T> writer,
			StepExecutionListener... listeners) {
		return chunk(name, new ReaderPerExecution<>(readers), null, writer, false, List.of(listeners));
	}

	private <I, O> Step chunk(String name, ItemReader<I> reader, ItemProcessor<I, O> processor, ItemWriter<O> writer,
			boolean runEveryTime, List<StepExecutionListener> listeners) {
		var builder = new StepBuilder(name, jobRepository).<I, O>chunk(chunkSize)
			.reader(reader)
			.writer(writer)
			.transactionManager(tx);
		if (runEveryTime) {
			builder.allowStartIfComplete(true);
		}
		observers.forEach(o -> builder.listener((StepListener) o));
		listeners.forEach(builder::listener);
		if (processor != null) {
			builder.processor(processor);
		}
		return builder.build();
	}

}
