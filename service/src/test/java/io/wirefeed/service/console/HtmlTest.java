package io.wirefeed.service.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.wirefeed.schema.DedupeVerdict;
import io.wirefeed.schema.EntityType;
import org.junit.jupiter.api.Test;

/** Agency copy is untrusted: every field the console turns into HTML is escaped, the entities marked around it. */
class HtmlTest {

    @Test
    void escapesEveryCharacterThatMeansSomethingInHtml() {
        assertThat(Html.escape("<script>alert('x')</script> & \"quoted\""))
            .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void aHeadlineWithAScriptShowsAsTextWithItsEntitiesMarked() {
        DispatchView view = Enriched.dispatch("urn:x:1", 1, DedupeVerdict.UNIQUE)
            .headline("<script>steal()</script> Tashkent <b>votes</b>")
            .body("In Tashkent, \"<img src=x onerror=alert(1)>\"")
            .entity("Tashkent", EntityType.PLACE, "headline", 25, 33)
            .entity("Tashkent", EntityType.PLACE, "body", 3, 11)
            .view("0/1");

        assertThat(view.headlineHtml()).isEqualTo("&lt;script&gt;steal()&lt;/script&gt; <mark class=\"entity place\" "
            + "title=\"Tashkent (place)\">Tashkent</mark> &lt;b&gt;votes&lt;/b&gt;");
        assertThat(view.bodyHtml()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;")
            .startsWith("In <mark class=\"entity place\"");
    }

    @Test
    void anEntityNameIsEscapedInItsTitleToo() {
        DispatchView view = Enriched.dispatch("urn:x:2", 1, DedupeVerdict.UNIQUE).headline("Acme wins")
            .entity("Acme\" onmouseover=\"x", EntityType.ORGANIZATION, "headline", 0, 4).view("0/2");

        assertThat(view.headlineHtml()).contains("title=\"Acme&quot; onmouseover=&quot;x (organization)\"");
    }

    @Test
    void overlappingAndOutOfRangeMentionsAreLeftUnmarkedAndALongTextIsCut() {
        DispatchView view = Enriched.dispatch("urn:x:3", 1, DedupeVerdict.UNIQUE).headline("New York City")
            .entity("New York City", EntityType.PLACE, "headline", 0, 13)
            .entity("York", EntityType.PLACE, "headline", 4, 8).view("0/3");
        assertThat(view.headlineHtml()).isEqualTo("<mark class=\"entity place\" title=\"New York City (place)\">"
            + "New York City</mark>");

        String marked = Html.marked("x".repeat(50), "body", List.of(), 10);
        assertThat(marked).isEqualTo("x".repeat(10) + "\u2026");
    }
}
