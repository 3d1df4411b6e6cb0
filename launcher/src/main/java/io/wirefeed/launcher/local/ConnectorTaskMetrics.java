package io.wirefeed.launcher.local;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.wirefeed.stack.ConnectRest;

/**
 * The sink connectors as Prometheus sees them: {@code wirefeed_connect_tasks{connector, state}}, how many tasks
 * of each connector are in each state (from the worker's REST API), and
 * {@code wirefeed_connect_records_written_total{connector}},
 * {@code wirefeed_connect_record_failures_total{connector}} and
 * {@code wirefeed_connect_dead_letters_total{connector}} (Connect's own {@code sink-task-metrics} and
 * {@code task-error-metrics}, read over JMX). On Strimzi the JMX exporter rules in {@code deploy/k8s} give the
 * same series, so one alert rule and one dashboard serve both.
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
            FunctionCounter.builder("wirefeed.connect.records.written", connector,
                    name -> taskTotal("sink-task-metrics", name, "sink-record-send-total"))
                .description("Records a sink connector's tasks have written (sink-record-send-total)")
                .tag("connector", connector)
                .register(registry);
            FunctionCounter.builder("wirefeed.connect.record.failures", connector,
                    name -> taskTotal("task-error-metrics", name, "total-record-failures"))
                .description("Records a sink connector's tasks reported as failed, dead-lettered or not")
                .tag("connector", connector)
                .register(registry);
            FunctionCounter.builder("wirefeed.connect.dead.letters", connector,
                    name -> taskTotal("task-error-metrics", name, "deadletterqueue-produce-requests"))
                .description("Records a sink connector's tasks sent to its dead-letter topic")
                .tag("connector", connector)
                .register(registry);
        }
    }

    /** One attribute of a connector's task metrics of one type, summed over its tasks. */
    private static double taskTotal(String type, String connector, String attribute) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            double total = 0;
            for (ObjectName task : server.queryNames(new ObjectName("kafka.connect:type=" + type + ",connector="
                    + connector + ",*"), null)) {
                total += ((Number) server.getAttribute(task, attribute)).doubleValue();
            }
            return total;
        } catch (JMException e) {
            return Double.NaN;
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
