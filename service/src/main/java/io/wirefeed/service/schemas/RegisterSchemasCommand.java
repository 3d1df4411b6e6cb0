package io.wirefeed.service.schemas;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import io.wirefeed.config.ConfigLoader;
import io.wirefeed.serde.AvroSerdeConfig;
import io.wirefeed.serde.SchemaRegistration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirefeed register-schemas [CONFIG]}: a release's schemas into the registry, before the services start. */
@Command(name = "register-schemas",
    mixinStandardHelpOptions = true,
    description = {
        "Registers the schema of every topic Wirefeed publishes (and of the rules topic) under its value subject,",
        "after setting the subject's compatibility level (schema.compatibility.level, FULL_TRANSITIVE by default).",
        "Run it at each release, before the services: they do not register schemas themselves.",
        "",
        "Registry settings come from the properties file, then from WIREFEED_* environment variables",
        "(WIREFEED_SCHEMA_REGISTRY_URL, WIREFEED_BASIC_AUTH_USER_INFO...)."})
public final class RegisterSchemasCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CONFIG", description = "A properties file of registry settings.")
    private Path config;

    @Override
    public Integer call() {
        Map<String, Object> settings = ConfigLoader.load(AvroSerdeConfig.CONFIG_DEF, config, System.getenv());
        PrintWriter out = spec.commandLine().getOut();
        SchemaRegistration.registerAll(null, settings).forEach((subject, id) -> out.println(subject + " -> schema id " + id));
        out.flush();
        return 0;
    }
}
