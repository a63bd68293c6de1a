/**
 * The offices and people of grassroots statistical work, as 国统字〔2021〕85号
 * 《关于进一步加强统计基层基础建设的意见》 (carried by 江统发〔2024〕3号) describes them in
 * sections 二 and 三（七）（八）.
 *
 * <ul>
 * <li>Institutions: {@link org.statsbase.core.org.Institution} of an
 *     {@link org.statsbase.core.org.InstitutionKind}, placed by division code in an
 *     {@link org.statsbase.core.org.InstitutionDirectory} that enforces the county → township →
 *     village tree, each with its {@link org.statsbase.core.org.StatisticsHead}.</li>
 * <li>People: {@link org.statsbase.core.org.StaffMember} (statisticians and auxiliary
 *     investigators), {@link org.statsbase.core.org.Post} with written duties,
 *     {@link org.statsbase.core.org.TrainingRecord}, {@link org.statsbase.core.org.EnforcementQualification},
 *     {@link org.statsbase.core.org.AssessmentRecord}.</li>
 * <li>Staffing adequacy: {@link org.statsbase.core.org.StaffingPolicy} with configurable
 *     {@link org.statsbase.core.org.StaffingRatios}.</li>
 * <li>Transfers of township statisticians: {@link org.statsbase.core.org.TransferRules} with
 *     {@link org.statsbase.core.org.CountyConsent} and {@link org.statsbase.core.org.HandoverRecord}.</li>
 * </ul>
 *
 * <p>Errors are {@code SB-CORE-09xx}. Zones: this package is API; {@code .internal} is not
 * exported.
 */
package org.statsbase.core.org;
