package io.wirefeed.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

/**
 * Connect's side of a sink task in a unit test: a connector with a dead-letter queue, whose reporter keeps
 * what it is given, or one without (no reporter, as Connect gives when none is configured).
 */
public final class FakeTaskContext implements SinkTaskContext {

    /** A record handed to the dead-letter queue, and why. */
    public record Reported(SinkRecord record, Throwable error) {
    }

    private final List<Reported> reported = new ArrayList<>();
    private final ErrantRecordReporter reporter;

    private FakeTaskContext(boolean deadLetterQueue) {
        this.reporter = deadLetterQueue ? (record, error) -> {
            reported.add(new Reported(record, error));
            return CompletableFuture.completedFuture(null);
        } : null;
    }

    public static FakeTaskContext withDeadLetterQueue() {
        return new FakeTaskContext(true);
    }

    public static FakeTaskContext withoutDeadLetterQueue() {
        return new FakeTaskContext(false);
    }

    /** What was dead-lettered, in order. */
    public List<Reported> reported() {
        return reported;
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        return reporter;
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }

    @Override
    public void offset(TopicPartition partition, long offset) {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }

    @Override
    public void timeout(long timeoutMs) {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }

    @Override
    public Set<TopicPartition> assignment() {
        return Set.of();
    }

    @Override
    public void pause(TopicPartition... partitions) {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }

    @Override
    public void resume(TopicPartition... partitions) {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }

    @Override
    public void requestCommit() {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }

    @Override
    public PluginMetrics pluginMetrics() {
        throw new UnsupportedOperationException("not used by the sink tasks");
    }
}
