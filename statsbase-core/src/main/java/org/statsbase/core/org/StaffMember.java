package org.statsbase.core.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.statsbase.core.error.CoreError;
import org.statsbase.core.error.StatsbaseException;
import org.statsbase.core.org.internal.OrgChecks;

/**
 * A person doing statistical work at an institution — a statistician (统计人员, full- or
 * part-time) or an auxiliary investigator (辅助调查员) — with the records 国统字〔2021〕85号
 * asks statistics bodies to keep about them: the post and its written duties (三（八）
 * 岗位责任制度), training (二（六）), enforcement qualification (三（十三）) and assessments
 * (三（八）统计人员考核, 二（五）).
 *
 * <p>Records are kept in the order given: training by date, then as added; assessments by
 * period start. The {@code with…} methods return a new value.
 *
 * <p>Thread safety: immutable.
 */
public final class StaffMember {

    private final PersonId id;
    private final String name;
    private final StaffRole role;
    private final Employment employment;
    private final InstitutionId institution;
    private final PostId post;
    private final List<TrainingRecord> training;
    private final List<EnforcementQualification> qualifications;
    private final List<AssessmentRecord> assessments;

    private StaffMember(PersonId id, String name, StaffRole role, Employment employment, InstitutionId institution,
            PostId post, List<TrainingRecord> training, List<EnforcementQualification> qualifications,
            List<AssessmentRecord> assessments) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = OrgChecks.text(name, "姓名", "name");
        this.role = role;
        this.employment = employment;
        this.institution = Objects.requireNonNull(institution, "institution");
        this.post = post;
        this.training = List.copyOf(training);
        this.qualifications = List.copyOf(qualifications);
        this.assessments = List.copyOf(assessments);
    }

    /**
     * A statistician at {@code institution}.
     *
     * @param id the person's id
     * @param name the person's name
     * @param institution the institution's id
     * @param employment full- or part-time
     * @return a statistician at {@code institution}
     * @throws StatsbaseException {@code SB-CORE-0901} if the name is blank
     */
    public static StaffMember statistician(PersonId id, String name, InstitutionId institution,
            Employment employment) {
        Objects.requireNonNull(employment, "employment");
        return new StaffMember(id, name, StaffRole.STATISTICIAN, employment, institution, null,
                List.of(), List.of(), List.of());
    }

    /**
     * An auxiliary investigator working for {@code institution} (usually the county bureau or a
     * township station that hired them).
     *
     * @param id the person's id
     * @param name the person's name
     * @param institution the institution's id
     * @return an auxiliary investigator working for {@code institution}
     * @throws StatsbaseException {@code SB-CORE-0901} if the name is blank
     */
    public static StaffMember auxiliaryInvestigator(PersonId id, String name, InstitutionId institution) {
        return new StaffMember(id, name, StaffRole.AUXILIARY_INVESTIGATOR, null, institution, null,
                List.of(), List.of(), List.of());
    }

    /**
     * The person's identifier.
     *
     * @return the person's identifier
     */
    public PersonId id() {
        return id;
    }

    /**
     * The person's name.
     *
     * @return the person's name
     */
    public String name() {
        return name;
    }

    /**
     * Statistician or auxiliary investigator.
     *
     * @return the role
     */
    public StaffRole role() {
        return role;
    }

    /**
     * Whether this person is a statistician (统计人员).
     *
     * @return whether this person is a statistician (统计人员)
     */
    public boolean isStatistician() {
        return role == StaffRole.STATISTICIAN;
    }

    /**
     * Full- or part-time, for a statistician; empty for an auxiliary investigator.
     *
     * @return the employment; empty for an auxiliary investigator
     */
    public Optional<Employment> employment() {
        return Optional.ofNullable(employment);
    }

    /**
     * The institution the person works for.
     *
     * @return the institution the person works for
     */
    public InstitutionId institution() {
        return institution;
    }

    /**
     * The post the person holds, if assigned.
     *
     * @return the post the person holds, if assigned
     */
    public Optional<PostId> post() {
        return Optional.ofNullable(post);
    }

    /**
     * Training attended, by date (stable for equal dates); unmodifiable.
     *
     * @return the training records, by date
     */
    public List<TrainingRecord> training() {
        return training;
    }

    /**
     * Enforcement qualifications held, by issue date; unmodifiable.
     *
     * @return the qualifications, by issue date
     */
    public List<EnforcementQualification> qualifications() {
        return qualifications;
    }

    /**
     * Assessments, by period start; unmodifiable.
     *
     * @return the assessments, by period start
     */
    public List<AssessmentRecord> assessments() {
        return assessments;
    }

    /**
     * The same person holding {@code newPost}.
     *
     * @param newPost the post
     * @return the same person holding {@code newPost}
     */
    public StaffMember withPost(PostId newPost) {
        Objects.requireNonNull(newPost, "newPost");
        return new StaffMember(id, name, role, employment, institution, newPost, training, qualifications,
                assessments);
    }

    /**
     * The same person working for {@code newInstitution}, without a post there yet.
     *
     * @param newInstitution the institution
     * @return the same person working for {@code newInstitution}, without a post there yet
     */
    public StaffMember movedTo(InstitutionId newInstitution) {
        return new StaffMember(id, name, role, employment, newInstitution, null, training, qualifications,
                assessments);
    }

    /**
     * The same statistician with other employment.
     *
     * @param newEmployment full- or part-time
     * @return the same statistician with other employment
     * @throws StatsbaseException {@code SB-CORE-0907} for an auxiliary investigator
     */
    public StaffMember withEmployment(Employment newEmployment) {
        Objects.requireNonNull(newEmployment, "newEmployment");
        if (!isStatistician()) {
            throw new StatsbaseException(CoreError.ORG_STAFF_NOT_A_STATISTICIAN, id, role.nameZh(), role.nameEn());
        }
        return new StaffMember(id, name, role, newEmployment, institution, post, training, qualifications,
                assessments);
    }

    /**
     * The same person with one more training record.
     *
     * @param record the training record
     * @return the same person with one more training record
     */
    public StaffMember withTraining(TrainingRecord record) {
        return new StaffMember(id, name, role, employment, institution, post,
                added(training, record, Comparator.comparing(TrainingRecord::date)), qualifications, assessments);
    }

    /**
     * The same person with one more enforcement qualification (a renewal is a new certificate).
     *
     * @param qualification the qualification
     * @return the same person with one more enforcement qualification (a renewal is a new certificate)
     */
    public StaffMember withQualification(EnforcementQualification qualification) {
        return new StaffMember(id, name, role, employment, institution, post, training,
                added(qualifications, qualification, Comparator.comparing(EnforcementQualification::issued)),
                assessments);
    }

    /**
     * The same person with one more assessment.
     *
     * @param record the assessment
     * @return the same person with one more assessment
     */
    public StaffMember withAssessment(AssessmentRecord record) {
        return new StaffMember(id, name, role, employment, institution, post, training, qualifications,
                added(assessments, record, Comparator.comparing(AssessmentRecord::periodStart)));
    }

    /**
     * Whether the person has had training of {@code kind} on or before {@code day}.
     *
     * @param kind the kind of training
     * @param day the day asked about
     * @return whether the person has had training of {@code kind} on or before {@code day}
     */
    public boolean hasTraining(TrainingKind kind, LocalDate day) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        return training.stream().anyMatch(t -> t.kind() == kind && !t.date().isAfter(day));
    }

    /**
     * A qualification valid on {@code day}, the one expiring last if several.
     *
     * @param day the day asked about
     * @return a qualification valid on {@code day}, the one expiring last if several
     */
    public Optional<EnforcementQualification> qualificationOn(LocalDate day) {
        return qualifications.stream().filter(q -> q.isValidOn(day))
                .max(Comparator.comparing(EnforcementQualification::expires));
    }

    private static <T> List<T> added(List<T> list, T item, Comparator<T> order) {
        Objects.requireNonNull(item, "record");
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        copy.sort(order); // stable: equal keys keep the order they were added in
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffMember other && id.equals(other.id) && name.equals(other.name)
                && role == other.role && employment == other.employment && institution.equals(other.institution)
                && Objects.equals(post, other.post) && training.equals(other.training)
                && qualifications.equals(other.qualifications) && assessments.equals(other.assessments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, role, employment, institution, post, training, qualifications, assessments);
    }

    @Override
    public String toString() {
        return role.nameEn() + " " + id + " " + name + (employment == null ? "" : " " + employment.nameEn())
                + " at " + institution + (post == null ? "" : " post " + post);
    }
}
