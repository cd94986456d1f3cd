package org.hamgam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of the packages, read from the sources' own references to {@code org.hamgam} packages (imports
 * and qualified names in code): {@code model} depends on nothing of ours; {@code io} reads and writes records
 * of {@code model} only; the stages are pure and never reach {@code io}, {@code pipeline}, {@code spark},
 * {@code cli} or {@code review}; {@code pipeline} uses none of {@code cli}, {@code review} and {@code spark}, and
 * {@code review} not {@code cli};
 * {@code cli} reaches the stages through {@code pipeline} only: it names no stage type that
 * pipeline's public methods do not take, return or throw, and constructs no stage ({@code new}, {@code ::new} or a
 * static factory of a class that is not a record or an enum).
 */
class LayerRulesTest {
    private static final Path SOURCES = Path.of("src/main/java/org/hamgam");
    private static final Set<String> STAGES = Set.of("text", "segment", "glossary", "align", "draft", "qa");
    private static final Set<String> OUTER = Set.of("io", "pipeline", "spark", "cli", "review");
    private static final Pattern REFERENCE =
            Pattern.compile("\\borg\\.hamgam\\.([a-z]+)\\.([A-Z][\\w$]*(?:\\.[A-Z][\\w$]*)*)");
    private static final Pattern COMMENT_OR_STRING =
            Pattern.compile("/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
                    Pattern.DOTALL);

    @Test
    void everyPackageKeepsToItsLayer() throws IOException {
        Set<String> handedOut = handedOutByPipeline();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                violations.addAll(violations(file.toString(), from, Files.readString(file, StandardCharsets.UTF_8),
                        handedOut));
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
        assertThat(violations("io/X.java", "io", source, Set.of())).containsExactly(
                "io/X.java: org.hamgam.draft.TmUnit (io may use only model)",
                "io/X.java: org.hamgam.pipeline.Stages (io may use only model)");
        assertThat(violations("qa/Y.java", "qa", "import org.hamgam.review.Side;\nimport org.hamgam.glossary.Glossary;",
                Set.of())).containsExactly("qa/Y.java: org.hamgam.review.Side (a stage may not use review)");
        assertThat(violations("model/Z.java", "model", "import org.hamgam.text.Letters;", Set.of()))
                .containsExactly("model/Z.java: org.hamgam.text.Letters (model depends on nothing of ours)");
    }

    @Test
    void aCommandUsesOnlyWhatPipelineHandsOutAndBuildsNoStage() {
        String source = """
                import org.hamgam.glossary.Glossary;
                import org.hamgam.glossary.TermMatcher;
                import org.hamgam.qa.QaRunner;
                import org.hamgam.text.DigitPolicy;

                final class C {
                    Object a = new TermMatcher(glossary);
                    Object b = QaRunner.standard();
                    Object c = DigitPolicy.KEEP;
                    Glossary g = Stages.load();
                }
                """;
        Set<String> handedOut = Set.of("org.hamgam.glossary.Glossary", "org.hamgam.qa.QaRunner",
                "org.hamgam.text.DigitPolicy");
        assertThat(violations("cli/C.java", "cli", source, handedOut)).containsExactly(
                "cli/C.java: org.hamgam.glossary.TermMatcher (cli reaches the stages through pipeline, whose public"
                        + " methods do not hand this type out)",
                "cli/C.java: constructs QaRunner (cli leaves building stages to pipeline)",
                "cli/C.java: constructs TermMatcher (cli leaves building stages to pipeline)");
        assertThat(handedOutByPipeline()).contains("org.hamgam.glossary.Glossary")
                .noneMatch(name -> name.startsWith("org.hamgam.pipeline."));
    }

    /**
     * One line per reference in {@code source} (a file of package {@code from}) that its layer forbids;
     * {@code handedOut} are the stage types pipeline's API takes, returns or throws.
     */
    static List<String> violations(String file, String from, String source, Set<String> handedOut) {
        String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
        List<String> found = new ArrayList<>();
        Map<String, String> stageTypes = new TreeMap<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            String to = m.group(1);
            String name = "org.hamgam." + to + "." + m.group(2);
            String why = rule(from, to, name, handedOut);
            if (why != null) {
                found.add(file + ": " + name + " (" + why + ")");
            }
            if (STAGES.contains(to)) {
                stageTypes.put(m.group(2).substring(m.group(2).lastIndexOf('.') + 1), name);
            }
        }
        if (from.equals("cli")) {
            for (Map.Entry<String, String> entry : stageTypes.entrySet()) {
                if (isData(entry.getValue())) {
                    continue; // a record's or an enum's factory makes a value, not a stage
                }
                String type = entry.getKey();
                String t = Pattern.quote(type);
                Pattern construction = Pattern.compile("\\bnew\\s+" + t + "\\s*[(<]|\\b" + t + "\\s*::\\s*new\\b|\\b"
                        + t + "\\s*\\.\\s*[a-z]\\w*\\s*\\(");
                if (construction.matcher(code).find()) {
                    found.add(file + ": constructs " + type + " (cli leaves building stages to pipeline)");
                }
            }
        }
        return found;
    }

    /** Whether the type of canonical name {@code name} is a record or an enum; false when there is none. */
    private static boolean isData(String name) {
        String binary = name;
        while (true) {
            try {
                Class<?> type = Class.forName(binary);
                return type.isRecord() || type.isEnum();
            } catch (ClassNotFoundException e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0 || !Character.isUpperCase(binary.charAt(binary.lastIndexOf('.', dot - 1) + 1))) {
                    return false;
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    /** Why {@code from} may not use the type {@code name} of package {@code to}, or null when it may. */
    private static String rule(String from, String to, String name, Set<String> handedOut) {
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
        if ((from.equals("pipeline") || from.equals("review")) && to.equals("cli")
                || from.equals("pipeline") && (to.equals("review") || to.equals("spark"))) {
            return from + " may not use " + to;
        }
        if (from.equals("cli") && STAGES.contains(to) && !handedOut.contains(name)) {
            return "cli reaches the stages through pipeline, whose public methods do not hand this type out";
        }
        return null;
    }

    /**
     * The stage types that public methods and constructors of pipeline's public classes take, return or throw, and
     * the components of such records.
     */
    static Set<String> handedOutByPipeline() {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES.resolve("pipeline"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String simple = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("org.hamgam.pipeline." + simple);
                if (Modifier.isPublic(type.getModifiers())) {
                    collectApi(type, types);
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError("cannot read pipeline's API: " + e, e);
        }
        types.removeIf(name -> !STAGES.contains(name.split("\\.")[2]));
        return types;
    }

    private static void collectApi(Class<?> type, Set<String> types) {
        List<Executable> api = new ArrayList<>(List.of(type.getConstructors()));
        for (Method method : type.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                api.add(method);
            }
        }
        for (Executable e : api) {
            if (e instanceof Method method) {
                collect(method.getGenericReturnType(), types);
            }
            for (Type t : e.getGenericParameterTypes()) {
                collect(t, types);
            }
            for (Type t : e.getGenericExceptionTypes()) {
                collect(t, types);
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (Modifier.isPublic(nested.getModifiers())) {
                collectApi(nested, types);
            }
        }
    }

    private static void collect(Type type, Set<String> types) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collect(c.getComponentType(), types);
            } else if (c.getName().startsWith("org.hamgam.") && types.add(c.getCanonicalName()) && c.isRecord()) {
                // a record pipeline takes is built from its components, so those are handed out too
                for (var component : c.getRecordComponents()) {
                    collect(component.getGenericType(), types);
                }
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), types);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, types);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), types);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, types);
            }
        }
    }
}
