package io.github.dblifecycle.core.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PsqlVariablesTest {
    @Test
    void substitutesAsPsqlDoesButNotInQuotesCastsOrForUnknownNames() {
        PsqlVariables v = new PsqlVariables();
        v.set("n", "7");
        v.set("who", "it's \\ me");
        v.set("tbl", "My Table");
        assertThat(v.substitute("select :n, :'who', x::int, ':n', $$:n$$, :unknown from :\"tbl\" -- :n"))
                .isEqualTo("select 7,  E'it''s \\\\ me', x::int, ':n', $$:n$$, :unknown from \"My Table\" -- :n");
    }

    @Test
    void metaCommandArgumentsAreUnquotedAndInterpolated() {
        PsqlVariables v = new PsqlVariables();
        v.set("dir", "sub");
        PsqlMetaCommand c = PsqlMetaCommand.parse("\\set label 'it''s' :dir\n", v);
        assertThat(c.name()).isEqualTo("set");
        assertThat(c.arguments()).containsExactly("label", "it's", "sub");
        // as pg_dump -C writes an odd name: a libpq connection string, backslash escapes
        assertThat(PsqlMetaCommand.parse("\\connect -reuse-previous=on \"dbname='we\\'ird'\"", v)
                        .database())
                .isEqualTo("we'ird");
    }
}
