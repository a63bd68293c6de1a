package org.statsbase.testkit.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.statsbase.core.code.DivisionCode;
import org.statsbase.core.code.IndustryCode;
import org.statsbase.core.form.Indicator;
import org.statsbase.core.form.IndicatorType;
import org.statsbase.core.form.ReportForm;
import org.statsbase.core.org.PersonId;
import org.statsbase.core.period.Frequency;
import org.statsbase.core.period.ReportingPeriod;
import org.statsbase.core.unit.BusinessRegister;
import org.statsbase.core.unit.StatisticalUnit;
import org.statsbase.reporting.Actor;
import org.statsbase.reporting.Role;
import org.statsbase.reporting.SubmissionKey;
import org.statsbase.reporting.Submissions;
import org.statsbase.trail.HashAlgorithm;
import org.statsbase.trail.Trail;
import org.statsbase.trail.spi.EventStore;
import org.statsbase.trail.store.InMemoryEventStore;
import org.statsbase.validation.review.RuleSet;
import org.statsbase.validation.rules.file.RuleSetFiles;
import org.statsbase.validation.rules.file.RuleSetFormat;

/**
 * A small, self-contained reporting world for property tests of the workflow of 数据采集审核报送制度:
 * one county ({@value #COUNTY_CODE}) with two townships; a business register (名录库) of four units — U1
 * and DEF in township A, U2 in township B, and LATE, which entered the register on 2026-10-15 and so is
 * not in it for the whole period (国统字〔2012〕12号 red line 1); DEF is a defence-industry (军工) unit
 * whose proxy filler the office has authorised (red line 3's exception); one monthly form B204-1 with
 * the indicators B01 (工业总产值), B02 (销售产值) and B03 (备注); a compiled rule set with one rule of each
 * review level — R001 MANDATORY {@code not is_missing(B01)}, R002 QUASI_MANDATORY {@code B02 <= B01},
 * R003 VERIFY {@code B01 < 1000000}, R004 HINT {@code B01 > 10}; the period 2026-10 and a fixed clock.
 *
 * <p>{@link #submissions()} opens a fresh service over a fresh in-memory trail, with the proxy
 * authorisation already recorded; {@link #submissions(EventStore)} opens one over a given store (for
 * recovery checks).
 *
 * <p>Thread safety: immutable; the services it opens are thread-safe.
 */
public final class ReportingWorld {

    /** The county (区县) all units are in. */
    public static final String COUNTY_CODE = "500105000000";
    /** The form id. */
    public static final String FORM_ID = "B204-1";
    /** The period every key is for. */
    public static final ReportingPeriod PERIOD = ReportingPeriod.ofMonth(2026, 10);
    /** The rule set of the form, as the YAML rule file it is compiled from. */
    public static final String RULES_YAML = """
            id: b204-1-testkit
            rules:
              - id: R001
                check: not is_missing(B01)
                severity: MANDATORY
              - id: R002
                check: B02 <= B01
                severity: QUASI_MANDATORY
              - id: R003
                check: B01 < 1000000
                severity: VERIFY
              - id: R004
                check: B01 > 10
                severity: HINT
            """;

    private static final IndustryCode INDUSTRY = IndustryCode.parse("1311");
    private static final Instant NOW = Instant.parse("2026-11-10T02:00:00Z");
    private static final ReportingWorld STANDARD = new ReportingWorld();

    private final DivisionCode county = DivisionCode.parse(COUNTY_CODE);
    private final DivisionCode townshipA = DivisionCode.parse("500105001000");
    private final DivisionCode townshipB = DivisionCode.parse("500105002000");
    private final Map<String, DivisionCode> locations = Map.of(
            "U1", DivisionCode.parse("500105001001"),
            "U2", DivisionCode.parse("500105002001"),
            "DEF", DivisionCode.parse("500105001002"),
            "LATE", DivisionCode.parse("500105001003"));
    private final BusinessRegister register = BusinessRegister.builder()
            .add(StatisticalUnit.legalEntity("U1", "甲制造有限公司", INDUSTRY, locations.get("U1")),
                    LocalDate.of(2020, 1, 1))
            .add(StatisticalUnit.legalEntity("U2", "乙制造有限公司", INDUSTRY, locations.get("U2")),
                    LocalDate.of(2020, 1, 1))
            .add(StatisticalUnit.legalEntity("DEF", "丙军工有限公司", INDUSTRY, locations.get("DEF")),
                    LocalDate.of(2020, 1, 1))
            .add(StatisticalUnit.legalEntity("LATE", "丁新开业公司", INDUSTRY, locations.get("LATE")),
                    LocalDate.of(2026, 10, 15))
            .build();
    private final ReportForm form = ReportForm.of(FORM_ID, "工业产值", Frequency.MONTHLY, List.of(
            Indicator.of("B01", "工业总产值", IndicatorType.NUMBER),
            Indicator.of("B02", "销售产值", IndicatorType.NUMBER),
            Indicator.of("B03", "备注", IndicatorType.TEXT)));
    private final RuleSet rules = RuleSet.compile(RuleSetFiles.parse(RULES_YAML, "b204-1-testkit.yaml",
            RuleSetFormat.YAML), form);
    private final Actor office = Actor.official(PersonId.of("li.ming.0001"), Role.OFFICE, county);
    private final Actor proxy = Actor.official(PersonId.of("chen.jun.0007"), Role.PROXY_FILLER, county);

    private ReportingWorld() {
    }

    /**
     * The world described above.
     *
     * @return the standard world, the same on every call
     */
    public static ReportingWorld standard() {
        return STANDARD;
    }

    /**
     * The business register (名录库).
     *
     * @return the register
     */
    public BusinessRegister register() {
        return register;
    }

    /**
     * The form B204-1.
     *
     * @return the form
     */
    public ReportForm form() {
        return form;
    }

    /**
     * The compiled rule set of {@link #RULES_YAML}.
     *
     * @return the rule set
     */
    public RuleSet ruleSet() {
        return rules;
    }

    /**
     * The period 2026-10.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return PERIOD;
    }

    /**
     * The fixed clock, at 2026-11-10T02:00:00Z.
     *
     * @return the clock
     */
    public Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /**
     * The county.
     *
     * @return the county's division code
     */
    public DivisionCode county() {
        return county;
    }

    /**
     * The townships A (U1, DEF, LATE) and B (U2).
     *
     * @return the two townships, A first
     */
    public List<DivisionCode> townships() {
        return List.of(townshipA, townshipB);
    }

    /**
     * The units in the register for the whole period, in order: U1, U2, DEF.
     *
     * @return the register ids
     */
    public List<String> registeredUnits() {
        return List.of("U1", "U2", "DEF");
    }

    /**
     * The defence-industry units: DEF.
     *
     * @return the register ids of defence-industry units
     */
    public Set<String> defenceIndustryUnits() {
        return Set.of("DEF");
    }

    /**
     * The unit that entered the register mid-period and may report nothing for it: LATE.
     *
     * @return its register id
     */
    public String unregisteredUnit() {
        return "LATE";
    }

    /**
     * Where {@code unitId} is located.
     *
     * @param unitId a unit of this world
     * @return the unit's village-level division code
     * @throws IllegalArgumentException for a unit not of this world
     */
    public DivisionCode location(String unitId) {
        DivisionCode l = locations.get(Objects.requireNonNull(unitId, "unitId"));
        if (l == null) {
            throw new IllegalArgumentException("no unit " + unitId + " in this world");
        }
        return l;
    }

    /**
     * The key of {@code unitId}'s form B204-1 for 2026-10.
     *
     * @param unitId a unit of this world
     * @return the submission key
     */
    public SubmissionKey key(String unitId) {
        location(unitId);
        return SubmissionKey.of(unitId, FORM_ID, PERIOD);
    }

    /**
     * The keys of the registered units, in the order of {@link #registeredUnits()}.
     *
     * @return the keys
     */
    public List<SubmissionKey> keys() {
        return registeredUnits().stream().map(this::key).toList();
    }

    /**
     * The statistics office of the county, who authorised the proxy filler.
     *
     * @return the office's actor
     */
    public Actor office() {
        return office;
    }

    /**
     * The proxy filler the office authorised for DEF (on the document {@code 渝南统〔2026〕7号}).
     *
     * @return the proxy filler's actor
     */
    public Actor proxy() {
        return proxy;
    }

    /**
     * A trail over {@code store}, SHA-256, on the world's clock.
     *
     * @param store the event store, empty or holding this world's events
     * @return the trail
     */
    public Trail trail(EventStore store) {
        return Trail.open(Objects.requireNonNull(store, "store"), HashAlgorithm.SHA_256, clock());
    }

    /**
     * A builder configured with this world (register, form, rule set, clock, defence-industry units).
     *
     * @param trail the trail the service records on
     * @return the builder, ready to {@code build()}
     */
    public Submissions.Builder builder(Trail trail) {
        return Submissions.builder().trail(trail).register(register).ruleSets(Map.of(FORM_ID, rules))
                .forms(List.of(form)).clock(clock()).defenceIndustryUnits(defenceIndustryUnits());
    }

    /**
     * A service over {@code store}; records the proxy authorisation for DEF when the store holds none
     * yet, so that a second service over the same store recovers the first one's state unchanged.
     *
     * @param store the event store, empty or holding this world's events
     * @return the service
     */
    public Submissions submissions(EventStore store) {
        Submissions s = builder(trail(store)).build();
        if (s.authorisations("DEF").isEmpty()) {
            s.authoriseProxy(office, "DEF", proxy.person(), "渝南统〔2026〕7号");
        }
        return s;
    }

    /**
     * A fresh service over a fresh in-memory trail, with the proxy authorisation recorded.
     *
     * @return the service
     */
    public Submissions submissions() {
        return submissions(InMemoryEventStore.create());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportingWorld w && register.equals(w.register) && form.equals(w.form)
                && office.equals(w.office) && proxy.equals(w.proxy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(register, form, office, proxy);
    }

    @Override
    public String toString() {
        return "ReportingWorld[" + FORM_ID + " " + PERIOD + ", units " + locations.keySet() + ", defence "
                + defenceIndustryUnits() + "]";
    }
}
