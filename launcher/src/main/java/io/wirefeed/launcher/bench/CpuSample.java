package io.wirefeed.launcher.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time this process has used, in all and per kind of thread, at one moment; two give how many cores each
 * kind kept busy in between. The kinds: each Kafka Streams stream thread, the describe step's threads (it runs each
 * dispatch on a thread of its task's, within a time budget, while the stream thread waits), the Streams producers'
 * I/O threads, the bench's own threads (its producer and readers, and their clients' I/O), everything else the JVM runs as Java
 * threads (here mostly the broker), and what no Java thread accounts for (garbage collection, the JIT compilers).
 */
record CpuSample(long processNanos, Map<String, Long> threadNanos) {

    private static final Pattern STREAM_THREAD = Pattern.compile(".*-StreamThread-(\\d+)$");

    static CpuSample now() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> byKind = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                long nanos = threads.getThreadCpuTime(info.getThreadId());
                if (nanos > 0) {
                    byKind.merge(kind(info.getThreadName()), nanos, Long::sum);
                }
            }
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new CpuSample(os.getProcessCpuTime(), byKind);
    }

    /** The kind of thread a name says; see the class comment. */
    static String kind(String threadName) {
        Matcher stream = STREAM_THREAD.matcher(threadName);
        if (stream.matches()) {
            return "streamThread" + stream.group(1);
        }
        if (threadName.startsWith("wirefeed-describe-")) {
            return "describe";
        }
        if (threadName.startsWith("kafka-producer-network-thread") && threadName.contains("StreamThread")) {
            return "streamsProducerIo";
        }
        if (threadName.startsWith("bench-") || threadName.equals("main")
                || threadName.startsWith("kafka-producer-network-thread")) {
            return "bench";
        }
        return "brokerAndOther";
    }

    /** Cores each kind kept busy from {@code earlier} to this sample, {@code seconds} apart; with the whole process. */
    Map<String, Double> coresSince(CpuSample earlier, double seconds) {
        Map<String, Double> cores = new TreeMap<>();
        long accounted = 0;
        for (Map.Entry<String, Long> kind : threadNanos.entrySet()) {
            // A thread that ended in between takes its time with it: never below zero.
            long used = Math.max(0, kind.getValue() - earlier.threadNanos.getOrDefault(kind.getKey(), 0L));
            accounted += used;
            cores.put(kind.getKey(), round(used / 1e9 / seconds));
        }
        long process = processNanos - earlier.processNanos;
        Map<String, Double> all = new LinkedHashMap<>();
        all.put("process", round(process / 1e9 / seconds));
        all.putAll(cores);
        all.put("gcJitAndNative", round(Math.max(0, process - accounted) / 1e9 / seconds));
        return all;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
