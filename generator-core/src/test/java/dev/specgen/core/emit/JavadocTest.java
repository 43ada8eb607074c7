package dev.specgen.core.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.specgen.core.model.Docs;
import org.junit.jupiter.api.Test;

class JavadocTest {

    @Test
    void aDescriptionThatRepeatsTheSummaryIsShownOnce() {
        assertThat(Javadoc.of(new Docs("Repository actions caches", " Repository actions caches\n", false)))
                .hasToString("Repository actions caches\n");
    }

    @Test
    void aDescriptionThatSaysMoreFollowsTheSummaryAsAParagraph() {
        assertThat(Javadoc.of(new Docs("Repository actions caches", "The caches of a repository.", false)))
                .hasToString("Repository actions caches\n\n<p>The caches of a repository.\n");
    }

    @Test
    void paragraphsOfTheSpecStayParagraphsAndMarkupIsEscaped() {
        assertThat(Javadoc.of(new Docs(null, "First <b>.\n\nSecond */ @see", false)))
                .hasToString("First &lt;b&gt;.\n\n<p>Second *&#47; &#64;see\n");
    }
}
