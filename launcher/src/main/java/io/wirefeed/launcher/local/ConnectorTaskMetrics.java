package io.wirefeed.launcher.local;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.wirefeed.stack.ConnectRest;

/**
 * {@code wirefeed_connect_tasks{connector, state}}: how many tasks of each connector are in each state, read
 * from the worker's REST API when Prometheus scrapes. On Strimzi the JMX exporter rules in {@code deploy/k8s}
 * give the same series from the worker's {@code connector-task-metrics}, so one alert rule serves both.
 */
final class ConnectorTaskMetrics implements MeterBinder {

    static final List<String> STATES = List.of("running", "failed", "paused", "unassigned");

    private final ConnectRest connect;
    private final List<String> connectors;

    ConnectorTaskMetrics(ConnectRest connect, List<String> connectors) {
        this.connect = connect;
        this.connectors = connectors;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String connector : connectors) {
            for (String state : STATES) {
                Gauge.builder("wirefeed.connect.tasks", () -> tasksIn(connector, state))
                    .description("Tasks of a sink connector by state")
                    .tag("connector", connector).tag("state", state)
                    .register(registry);
            }
        }
    }

    private double tasksIn(String connector, String state) {
        try {
            JsonNode status = connect.status(connector);
            int count = 0;
            for (JsonNode task : status.path("tasks")) {
                if (task.path("state").asText().toLowerCase(Locale.ROOT).equals(state)) {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            return Double.NaN;    // the worker does not answer: no value rather than a made-up one
        }
    }
}
