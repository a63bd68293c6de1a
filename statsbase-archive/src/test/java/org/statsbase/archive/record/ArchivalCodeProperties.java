package org.statsbase.archive.record;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** DA/T 22-2015: every well-formed code reads back as itself; the item number is four digits within its group. */
class ArchivalCodeProperties {

    @Provide
    Arbitrary<ArchivalGroup> groups() {
        Arbitrary<String> fonds = Arbitraries.strings().withChars("ABCDEFGHJKXYZ0123456789").ofLength(4);
        Arbitrary<String> classes = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        Arbitrary<Integer> years = Arbitraries.integers().between(1949, 2100);
        Arbitrary<RetentionCode> codes = Arbitraries.of(RetentionCode.class);
        Arbitrary<String> orgs = Arbitraries.strings().withChars("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(10);
        return Combinators.combine(fonds, classes, years, codes, orgs).as(ArchivalGroup::of);
    }

    @Property
    void everyCodeParsesBackToItself(@ForAll("groups") ArchivalGroup group, @ForAll @IntRange(min = 1, max = 9999) int item) {
        ArchivalCode code = group.item(item);
        assertThat(ArchivalCode.parse(code.toString())).isEqualTo(code);
        assertThat(ArchivalCode.parse(code.toString().toLowerCase(java.util.Locale.ROOT))).isEqualTo(code);
        assertThat(code.toString()).endsWith("-" + String.format("%04d", item));
    }

    @Property
    void codesOfOneGroupOrderByItemNumber(@ForAll("groups") ArchivalGroup group,
            @ForAll @IntRange(min = 1, max = 9999) int a, @ForAll @IntRange(min = 1, max = 9999) int b) {
        assertThat(Integer.signum(group.item(a).compareTo(group.item(b)))).isEqualTo(Integer.signum(Integer.compare(a, b)));
    }
}
