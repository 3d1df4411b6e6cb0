package io.wirefeed.enrich.entity;

import java.util.List;

/**
 * One way of finding entity mentions in a field's text: a gazetteer, rules, or a statistical model of the
 * operator's own (an OpenNLP name finder, say). Finders run in order; spans an earlier finder took are
 * given, so that a later one does not claim them again.
 */
@FunctionalInterface
public interface MentionFinder {

    List<FoundMention> find(String field, String text, List<FoundMention> taken);
}
