package io.wirefeed.enrich.topic;

/** A rule file does not follow the rule-file syntax; the message names the file and line. */
public class InvalidRulesException extends IllegalArgumentException {

    public InvalidRulesException(String message) {
        super(message);
    }

    public InvalidRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
