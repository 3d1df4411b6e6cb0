package io.wirefeed.serde;

import java.util.Map;

import org.apache.avro.Schema;
import org.apache.kafka.common.config.ConfigException;

/** Chooses the registry subject a record's schema is registered under. */
@FunctionalInterface
public interface SubjectNameStrategy {

    /** Subject {@code <topic>-key} or {@code <topic>-value}: one schema per topic (Confluent's default). */
    SubjectNameStrategy TOPIC_NAME = (topic, isKey, schema) -> topic + (isKey ? "-key" : "-value");

    /** Subject is the record's full name: one schema per record type, shared by every topic that carries it. */
    SubjectNameStrategy RECORD_NAME = (topic, isKey, schema) -> schema.getFullName();

    /** Subject {@code <topic>-<record full name>}: several record types on one topic, each evolving on its own. */
    SubjectNameStrategy TOPIC_RECORD_NAME = (topic, isKey, schema) -> topic + "-" + schema.getFullName();

    String subjectName(String topic, boolean isKey, Schema schema);

    /**
     * The strategy a configuration names: TopicNameStrategy, RecordNameStrategy or TopicRecordNameStrategy,
     * alone or with any package (so Confluent's class names work as they are), or the name of a class of
     * one's own that implements this interface.
     */
    static SubjectNameStrategy forName(String name) {
        String simpleName = name.substring(name.lastIndexOf('.') + 1);
        SubjectNameStrategy known = Map.of(
            "TopicNameStrategy", TOPIC_NAME,
            "RecordNameStrategy", RECORD_NAME,
            "TopicRecordNameStrategy", TOPIC_RECORD_NAME).get(simpleName);
        if (known != null) {
            return known;
        }
        try {
            Class<?> type = Class.forName(name, true, Thread.currentThread().getContextClassLoader());
            if (!SubjectNameStrategy.class.isAssignableFrom(type)) {
                throw new ConfigException(name + " does not implement " + SubjectNameStrategy.class.getName());
            }
            return (SubjectNameStrategy) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new ConfigException("Unknown subject name strategy '" + name + "': " + e);
        }
    }
}
