package io.github.dblifecycle.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestIncludesTest {
    @TempDir
    Path classes;

    private void classFiles(String... names) throws Exception {
        for (String n : names) {
            Path f = classes.resolve(n + ".class");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "");
        }
    }

    @Test
    void itClassesUnderSurefireMatchNothing() throws Exception {
        classFiles("it/dblc/AlphaIT", "it/dblc/AlphaIT$Inner", "it/dblc/Helper");
        assertThat(TestIncludes.unmatched("maven-surefire-plugin", TestIncludes.SUREFIRE, classes))
                .get()
                .asString()
                .contains("match none of the 2 test classes")
                .contains("*IT classes are maven-failsafe-plugin's");
        assertThat(TestIncludes.unmatched("maven-failsafe-plugin", TestIncludes.FAILSAFE, classes))
                .isEmpty();
    }

    @Test
    void patternsAsSurefireReadsThem() throws Exception {
        classFiles("a/b/FooTest", "TestBar");
        assertThat(TestIncludes.unmatched("maven-surefire-plugin", TestIncludes.SUREFIRE, classes))
                .isEmpty();
        assertThat(TestIncludes.unmatched("x", List.of("**/Foo*"), classes)).isEmpty();
        assertThat(TestIncludes.unmatched("x", List.of("a/*/Foo*.java"), classes))
                .isEmpty();
        assertThat(TestIncludes.unmatched("x", List.of("FooTest.java"), classes))
                .isEmpty();
        assertThat(TestIncludes.unmatched("x", List.of("c/**/*.java"), classes)).isPresent();
        assertThat(TestIncludes.unmatched("x", List.of("%regex[.*Nothing.*]"), classes))
                .isEmpty();
    }

    @Test
    void noTestClassesNoWarning() {
        assertThat(TestIncludes.unmatched("x", TestIncludes.SUREFIRE, classes.resolve("missing")))
                .isEmpty();
    }
}
