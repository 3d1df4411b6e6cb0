package io.wirefeed.service.deadletters;

import picocli.CommandLine.Command;

/** {@code wirefeed dead-letters list|show|replay}: what could not be ingested or enriched, and sending it again. */
@Command(name = "dead-letters",
    mixinStandardHelpOptions = true,
    description = {
        "Reads the dead-letter topic (committed records only): counts by stage, reason, format, agency and",
        "hour (list), one letter whole (show), and sends a selection again through today's ingest (replay).",
        "",
        "Settings come from a properties file (-c; ingest's own serves), then from WIREFEED_* environment",
        "variables (WIREFEED_BOOTSTRAP_SERVERS, WIREFEED_SCHEMA_REGISTRY_URL; Kafka client settings as",
        "WIREFEED_KAFKA_*)."},
    subcommands = {ListLettersCommand.class, ShowLetterCommand.class, ReplayLettersCommand.class})
public final class DeadLettersCommand {
}
