package org.hamgam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of the packages, read from the sources' own references to {@code org.hamgam} packages (imports
 * and qualified names in code): {@code model} depends on nothing of ours; {@code io} reads and writes records
 * of {@code model} only; the stages are pure and never reach {@code io}, {@code pipeline}, {@code cli} or
 * {@code review}; {@code cli} reaches the stages through {@code pipeline} only.
 */
class LayerRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/hamgam");
    private static final Set<String> STAGES = Set.of("text", "segment", "glossary", "align", "draft", "qa");
    private static final Set<String> OUTER = Set.of("io", "pipeline", "cli", "review");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.hamgam\\.([a-z]+)\\.([A-Za-z_$][\\w$]*)");
    private static final Pattern COMMENT_OR_STRING =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
                    Pattern.DOTALL);

    @Test
    void everyPackageKeepsToItsLayer() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                violations.addAll(violations(file.toString(), from, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(violations).as("references that break the layering").isEmpty();
    }

    @Test
    void theScanFindsImportsAndQualifiedNamesButNotComments() {
        String source = """
                package org.hamgam.io;

                import org.hamgam.draft.TmUnit;
                import org.hamgam.model.Bead;

                /** Unlike {@link org.hamgam.qa.QaPair}, a comment is no dependency. */
                final class X {
                    String s = "org.hamgam.cli.Main";
                    Object o = new org.hamgam.pipeline.Stages();
                }
                """;
        assertThat(violations("io/X.java", "io", source)).containsExactly(
                "io/X.java: org.hamgam.draft.TmUnit (io may use only model)",
                "io/X.java: org.hamgam.pipeline.Stages (io may use only model)");
        assertThat(violations("qa/Y.java", "qa", "import org.hamgam.review.Side;\nimport org.hamgam.glossary.Term;"))
                .containsExactly("qa/Y.java: org.hamgam.review.Side (a stage may not use review)");
        assertThat(violations("model/Z.java", "model", "import org.hamgam.text.Letters;"))
                .containsExactly("model/Z.java: org.hamgam.text.Letters (model depends on nothing of ours)");
    }

    /** One line per reference in {@code source} (a file of package {@code from}) that its layer forbids. */
    static List<String> violations(String file, String from, String source) {
        String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String to = m.group(1);
            String why = rule(from, to);
            if (why != null) {
                found.add(file + ": org.hamgam." + to + "." + m.group(2) + " (" + why + ")");
            }
        }
        return found;
    }

    /** Why {@code from} may not use {@code to}, or null when it may. */
    private static String rule(String from, String to) {
        if (from.equals(to)) {
            return null;
        }
        if (from.equals("model")) {
            return "model depends on nothing of ours";
        }
        if (from.equals("io")) {
            return to.equals("model") ? null : "io may use only model";
        }
        if (STAGES.contains(from) && OUTER.contains(to)) {
            return "a stage may not use " + to;
        }
        return RULES.getOrDefault(from, Map.of()).get(to);
    }

    /** Further rules of the outer packages: what each may not use, and why. */
    private static final Map<String, Map<String, String>> RULES = Map.of();
}
