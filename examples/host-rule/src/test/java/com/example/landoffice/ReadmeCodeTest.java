package com.example.landoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Writing your own rule" shows this module's rule; keep the two the same. */
class ReadmeCodeTest {
    private static final Path README = Path.of("../../README.md");
    private static final Path RULE = Path.of("src/main/java/com/example/landoffice/LargeResidentialParcelRule.java");

    @Test
    void readmeShowsTheRuleAsWritten() throws IOException {
        assumeTrue(Files.exists(README) && Files.exists(RULE), "README.md or the rule's source not found from "
                + Path.of("").toAbsolutePath());
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## Writing your own rule");
        assertThat(section).as("README section").isNotNegative();
        int start = readme.indexOf("```java\n", section) + "```java\n".length();
        String shown = readme.substring(start, readme.indexOf("```", start));
        String source = Files.readString(RULE, StandardCharsets.UTF_8);
        assertThat(source.substring(source.indexOf("public final class"))).isEqualToIgnoringNewLines(shown);
    }
}
