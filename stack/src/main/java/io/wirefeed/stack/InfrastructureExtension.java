package io.wirefeed.stack;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests real servers: declare a {@link KafkaEndpoint}, {@link RegistryEndpoint}, {@link PostgresEndpoint}
 * or {@link OpenSearchEndpoint} parameter (constructor, lifecycle or test method) and the server is started
 * the first time any test class of this JVM asks for it, shared by the rest, and stopped when the JVM's
 * tests are done. {@link ServerKind#fromEnvironment()} chooses embedded servers or containers.
 */
public final class InfrastructureExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(InfrastructureExtension.class);
    private static final Set<Class<?>> ENDPOINTS =
        Set.of(KafkaEndpoint.class, RegistryEndpoint.class, PostgresEndpoint.class, OpenSearchEndpoint.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return ENDPOINTS.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Infrastructure infrastructure = shared(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == KafkaEndpoint.class) {
            return infrastructure.kafka();
        }
        if (type == RegistryEndpoint.class) {
            return infrastructure.registry();
        }
        if (type == OpenSearchEndpoint.class) {
            return infrastructure.opensearch();
        }
        return infrastructure.postgres();
    }

    /** The one set of servers of this test JVM; JUnit closes it (an AutoCloseable in the root store) at the end. */
    private static Infrastructure shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Infrastructure.class,
            key -> Infrastructure.of(ServerKind.fromEnvironment(), Path.of("target", "wirefeed-stack")),
            Infrastructure.class);
    }
}
