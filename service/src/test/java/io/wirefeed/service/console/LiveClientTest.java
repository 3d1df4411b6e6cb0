package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.wirefeed.schema.DedupeVerdict;
import org.junit.jupiter.api.Test;

/** A browser of the live feed holds its own queue only: one that falls behind is told so and dropped. */
class LiveClientTest {

    private static final long HOUR_NANOS = TimeUnit.HOURS.toNanos(1);

    @Test
    void aFullQueueDropsTheClientWhichIsToldSoAndEnds() throws Exception {
        LiveClient client = new LiveClient(FeedFilter.NONE, 3, 60_000);
        assertThat(client.offer("a")).isTrue();
        assertThat(client.offer("b")).isTrue();
        assertThat(client.offer("c")).isTrue();
        assertThat(client.offer("d")).as("the fourth of a queue of three").isFalse();
        assertThat(client.dropped()).isTrue();
        assertThat(client.offer("e")).isFalse();

        List<String> written = new CopyOnWriteArrayList<>();
        client.run(written::add, HOUR_NANOS);

        assertThat(written).as("what was queued is thrown away; the notice ends the stream")
            .containsExactly(LiveClient.DROPPED);
    }

    @Test
    void aWriterStuckOnABrowserThatReadsNothingIsInterrupted() throws Exception {
        LiveClient client = new LiveClient(FeedFilter.NONE, 2, 60_000);
        CountDownLatch writing = new CountDownLatch(1);
        List<String> outcome = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                client.run(event -> {
                    writing.countDown();
                    try {
                        // A socket whose peer reads nothing: blocked until the thread is interrupted.
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        throw new InterruptedIOException("interrupted while writing");
                    }
                }, HOUR_NANOS);
                outcome.add("returned");
            } catch (IOException e) {
                outcome.add(e.getMessage());
            }
        });
        writer.start();
        client.offer("first");
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        client.offer("second");
        client.offer("third");
        assertThat(client.offer("fourth")).isFalse();

        writer.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(writer.isAlive()).isFalse();
        assertThat(outcome).containsExactly("interrupted while writing");
    }

    @Test
    void writesTheQueuedEventsThenEndsWhenItsTimeIsUp() throws Exception {
        LiveClient client = new LiveClient(FeedFilter.NONE, 8, 60_000);
        client.offer("one");
        client.offer("two");
        List<String> written = new CopyOnWriteArrayList<>();

        client.run(written::add, TimeUnit.MILLISECONDS.toNanos(300));

        assertThat(written).containsExactly("one", "two", LiveClient.ENDED);
    }

    @Test
    void anIdleStreamIsKeptAlive() throws Exception {
        LiveClient client = new LiveClient(FeedFilter.NONE, 8, 50);
        List<String> written = new CopyOnWriteArrayList<>();

        client.run(written::add, TimeUnit.MILLISECONDS.toNanos(400));

        assertThat(written).contains(LiveClient.KEEP_ALIVE).endsWith(LiveClient.ENDED);
    }

    @Test
    void theFeedHasRoomForSoManyClientsSendsEachWhatItsFilterPassesAndForgetsTheDropped() {
        LiveFeed feed = new LiveFeed(2, 1, 60_000);
        LiveClient everything = feed.join(FeedFilter.NONE);
        LiveClient afp = feed.join(new FeedFilter(null, null, "afp", null));
        assertThat(feed.join(FeedFilter.NONE)).as("a third client of two").isNull();

        feed.dispatch(Enriched.dispatch("urn:x:1", 1, DedupeVerdict.UNIQUE).agency("Xinhua").view("0/1"));
        assertThat(everything.dropped()).isFalse();
        assertThat(afp.dropped()).isFalse();
        feed.dispatch(Enriched.dispatch("urn:x:2", 1, DedupeVerdict.UNIQUE).agency("AFP").view("0/2"));

        assertThat(everything.dropped()).as("its queue of one was full").isTrue();
        assertThat(afp.dropped()).isFalse();
        assertThat(feed.clients()).isEqualTo(1);
        assertThat(feed.droppedClients()).isEqualTo(1);
        assertThat(feed.join(FeedFilter.NONE)).as("the dropped client's place is free again").isNotNull();
    }
}
