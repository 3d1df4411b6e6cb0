package io.wirefeed.service.console;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import io.wirefeed.config.ConfigLoader;
import io.wirefeed.edge.ServiceLifecycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wirefeed console [CONFIG]}: the web console against a Kafka cluster, until stopped. */
@Command(name = "console",
    mixinStandardHelpOptions = true,
    description = {
        "Runs the web console (the pipeline's stages, the live feed, stories, alerts, trends, dead letters and",
        "their replay) on one port until stopped; its data is behind ingest's API keys, replay behind the admin",
        "scope.",
        "",
        "Settings come from the properties file, then from WIREFEED_* environment variables",
        "(WIREFEED_BOOTSTRAP_SERVERS, WIREFEED_HTTP_API_KEYS, WIREFEED_CONSOLE_METRICS_URLS...)."})
public final class ConsoleCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "A properties file of console settings.")
    private Path config;

    @Override
    public Integer call() throws Exception {
        ConsoleConfig settings = new ConsoleConfig(ConfigLoader.load(ConsoleConfig.CONFIG_DEF, config, System.getenv(),
            ConsoleConfig.KAFKA_PREFIX));
        ServiceLifecycle.runUntilStopped(ConsoleService.start(settings, Clock.systemUTC()), "console");
        return 0;
    }
}
