package io.wirefeed.service.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/**
 * The samples of a Prometheus text exposition (version 0.0.4), as far as the console needs them: names, labels and
 * values; comments, time stamps and lines it cannot read are passed over.
 */
record PrometheusText(List<Sample> samples) {

    /** One sample: metric name, its labels, its value. */
    record Sample(String name, Map<String, String> labels, double value) {
        Sample {
            labels = Map.copyOf(labels);
        }
    }

    PrometheusText {
        samples = List.copyOf(samples);
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
                Sample sample = sample(trimmed);
                if (sample != null) {
                    samples.add(sample);
                }
            }
        }
        return new PrometheusText(samples);
    }

    /** The sum of the samples of a metric (all labels), or empty when it has none. */
    OptionalDouble sum(String name) {
        return combine(name, Double::sum);
    }

    /** The largest sample of a metric, or empty when it has none. */
    OptionalDouble max(String name) {
        return combine(name, Math::max);
    }

    private OptionalDouble combine(String name, DoubleBinaryOperator how) {
        return samples.stream().filter(s -> s.name().equals(name) && !Double.isNaN(s.value()))
            .mapToDouble(Sample::value).reduce(how);
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (space < 0) {
            return null;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        String name;
        int valueFrom;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int close = labels(line, brace + 1, labels);
            if (close < 0) {
                return null;
            }
            valueFrom = close + 1;
        } else {
            name = line.substring(0, space);
            valueFrom = space;
        }
        String[] rest = line.substring(valueFrom).strip().split("\\s+");
        try {
            return new Sample(name, labels, value(rest[0]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }

    /** Reads {@code a="x",b="y"} from {@code from}; returns the index of the closing brace, or -1. */
    private static int labels(String line, int from, Map<String, String> labels) {
        int at = from;
        while (at < line.length()) {
            char c = line.charAt(at);
            if (c == '}') {
                return at;
            }
            if (c == ',' || c == ' ') {
                at++;
                continue;
            }
            int equals = line.indexOf('=', at);
            if (equals < 0 || equals + 1 >= line.length() || line.charAt(equals + 1) != '"') {
                return -1;
            }
            StringBuilder value = new StringBuilder();
            int i = equals + 2;
            for (; i < line.length() && line.charAt(i) != '"'; i++) {
                char v = line.charAt(i);
                if (v == '\\' && i + 1 < line.length()) {
                    char escaped = line.charAt(++i);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(v);
                }
            }
            labels.put(line.substring(at, equals).strip(), value.toString());
            at = i + 1;
        }
        return -1;
    }
}
