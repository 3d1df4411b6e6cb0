package io.wirefeed.registry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the schema registry a service is configured with answers it, asked every {@link #INTERVAL} with one cheap
 * request (the compatibility level of a subject the service uses) through the service's own URL, credentials and
 * TLS settings, without retries, so that one probe lasts at most the client's connect and read timeouts. The
 * services serve it as the gauge {@code wirefeed_schema_registry_up}: the registry's own health is not what matters
 * to the pipeline, whether the services reach it is (a wrong URL, an expired credential or a network policy look
 * the same to them as a registry that is down).
 */
public final class RegistryProbe implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(RegistryProbe.class);

    private final Runnable check;
    private ScheduledExecutorService timer;
    private volatile boolean reachable;

    RegistryProbe(Runnable check) {
        this.check = check;
    }

    /** Probes now, then every {@link #INTERVAL}, on a daemon thread of its own, until closed. */
    public static RegistryProbe start(Map<String, ?> serdeConfigs, String subject) {
        Map<String, Object> once = new HashMap<>(serdeConfigs);
        once.put(SchemaRegistryClientConfig.MAX_RETRIES_CONFIG, 0);
        SchemaRegistryClient client = RestSchemaRegistryClient.of(new SchemaRegistryClientConfig(once));
        RegistryProbe probe = new RegistryProbe(() -> client.compatibility(subject));
        probe.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "schema-registry-probe");
            thread.setDaemon(true);
            return thread;
        });
        probe.timer.scheduleWithFixedDelay(probe::probe, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return probe;
    }

    /** One probe; a failure of any kind counts as unreachable and is logged once, when the state changes. */
    void probe() {
        try {
            check.run();
            if (!reachable) {
                LOG.info("The schema registry answers");
            }
            reachable = true;
        } catch (RuntimeException e) {
            if (reachable) {
                LOG.warn("The schema registry does not answer: {}", e.getMessage());
            }
            reachable = false;
        }
    }

    /** Whether the last probe was answered; false until the first one was. */
    public boolean reachable() {
        return reachable;
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
