package org.parcelrecon.core.rule.builtin;

import java.util.ArrayList;
import java.util.List;
import org.parcelrecon.core.admin.AdministrativeUnits;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.core.rule.RuleConfig;
import org.parcelrecon.core.rule.RuleParameters;

/**
 * The rules parcelrecon ships, with their parameters and defaults: the one place they are documented.
 *
 * <p>{@link #all()} returns them configured with their defaults, in the order below, which is the order
 * they run in (record-level rules first, then the map, the survey change, the land users, and text).
 * Use them as any other rule: {@code RuleSet.builder().add(BuiltInRules.all())}. Each rule's id is also the
 * reason code of its findings. The defaults live in the bundled resource
 * {@code org/parcelrecon/core/rule/builtin/defaults.json} ({@link #defaultConfig()}), which has the layout of a
 * {@link RuleConfig} file: copy it to start a configuration. A test keeps this table and that file in step.
 *
 * <table>
 *   <caption>Built-in rules, in run order</caption>
 *   <tr><th>id (reason code)</th><th>severity</th><th>reports</th><th>parameter</th><th>default</th></tr>
 *   <tr><td>MAP_PARCEL_MISSING</td><td>MISSING</td>
 *       <td>a registered record whose key finds no map parcel</td><td>-</td><td>-</td></tr>
 *   <tr><td>REGISTER_ROW_MISSING</td><td>MISSING</td>
 *       <td>a map parcel no register row names</td><td>-</td><td>-</td></tr>
 *   <tr><td>DUPLICATE_KEY</td><td>CONTRADICTION</td>
 *       <td>rows under one key that disagree on area, land-use code or certificate serial</td>
 *       <td>sameAreaToleranceM2</td><td>0.1</td></tr>
 *   <tr><td>DUPLICATE_ROW</td><td>WARNING</td>
 *       <td>the same land user (folded name, ID, birth year) written twice under one key: a copied row</td>
 *       <td>-</td><td>-</td></tr>
 *   <tr><td>CELL_UNREADABLE</td><td>WARNING</td>
 *       <td>a register cell the reader could not read as its column's type (the field is left unknown)</td>
 *       <td>-</td><td>-</td></tr>
 *   <tr><td>OLD_ADMIN_CODE</td><td>WARNING</td>
 *       <td>the register wrote a commune code other than today's (e.g. from before the 1 July 2025 merger); lost
 *       leading zeros do not count</td><td>-</td><td>-</td></tr>
 *   <tr><td>LAND_USE_MISMATCH</td><td>WARNING retired; CONTRADICTION unknown; missingSeverity when absent;
 *       mapDifferenceSeverity when the map's code differs</td>
 *       <td>the land-use code against the national list, with the current code suggested for a retired one, and
 *       against the code the map carries for the parcel</td>
 *       <td>missingSeverity (a severity or "OFF")<br>mapDifferenceSeverity (a severity or "OFF")</td>
 *       <td>WARNING<br>CONTRADICTION</td></tr>
 *   <tr><td>CERTIFICATE_SERIAL_INVALID</td><td>WARNING</td>
 *       <td>a certificate serial that matches none of the known forms; no serial reports nothing</td>
 *       <td>-</td><td>-</td></tr>
 *   <tr><td>MAP_GEOMETRY_INVALID</td><td>WARNING</td>
 *       <td>the polygon of a map parcel the record resolved to has a problem map QA found (self-intersection,
 *       an unclosed ring the reader closed, ...)</td><td>-</td><td>-</td></tr>
 *   <tr><td>AREA_MISMATCH</td><td>WARNING beyond allowed; CONTRADICTION beyond allowed × conflictFactor</td>
 *       <td>registered area vs map area; allowed = max(absoluteFloorM2, allowedPercent % of the registered
 *       area), allowedPercent from the first band whose maxAreaM2 is at least the registered area</td>
 *       <td>absoluteFloorM2<br>conflictFactor<br>bands (maxAreaM2: allowedPercent)</td>
 *       <td>2.0<br>2.0<br>100: 10.0, 300: 7.0, 1000: 5.0, 5000: 3.0, larger: 2.0</td></tr>
 *   <tr><td>PARCEL_CHANGED_SINCE_SURVEY</td><td>by change class</td>
 *       <td>the map parcel changed since the earlier survey</td>
 *       <td>severityByChange (class: severity or "OFF"; a class left out is OFF)</td>
 *       <td>MODIFIED: WARNING, SPLIT: CONTRADICTION, MERGED: CONTRADICTION, REPARCELLED: CONTRADICTION,
 *       REMOVED: CONTRADICTION</td></tr>
 *   <tr><td>RENUMBERED</td><td>WARNING</td>
 *       <td>the sheet or plot number changed at the re-survey</td><td>-</td><td>-</td></tr>
 *   <tr><td>USER_NOT_FOUND</td><td>MISSING</td>
 *       <td>a land user with no linked citizen, or a best match below minMatchProbability; a record with no
 *       land user</td><td>minMatchProbability</td><td>0.5</td></tr>
 *   <tr><td>USER_AMBIGUOUS</td><td>WARNING</td>
 *       <td>best match and runner-up less than minProbabilityGap apart</td>
 *       <td>minProbabilityGap</td><td>0.2</td></tr>
 *   <tr><td>USER_NAME_MISMATCH</td><td>WARNING; CONTRADICTION below reviewSimilarity</td>
 *       <td>folded names differ (Jaro-Winkler similarity decides the severity); or same folded names whose
 *       diacritics differ where both carry them, or a mark left out of a name typed with marks</td>
 *       <td>reviewSimilarity<br>flagDiacritics</td><td>0.85<br>true</td></tr>
 *   <tr><td>USER_BIRTH_YEAR_MISMATCH</td><td>WARNING; CONTRADICTION from conflictYears</td>
 *       <td>birth years differ by more than toleranceYears</td>
 *       <td>toleranceYears<br>conflictYears</td><td>0<br>2</td></tr>
 *   <tr><td>USER_ID_INVALID</td><td>WARNING; INFO for a repaired ID when reportRepairs</td>
 *       <td>a land user's ID that is not a valid CCCD or CMND (length, digits, province, birth year)</td>
 *       <td>reportRepairs</td><td>false</td></tr>
 *   <tr><td>USER_ID_OUTDATED</td><td>WARNING</td>
 *       <td>a land user recorded only by an old 9-digit CMND; names the linked citizen's 12-digit number</td>
 *       <td>-</td><td>-</td></tr>
 *   <tr><td>LEGACY_ENCODING_FIXED</td><td>INFO</td>
 *       <td>register text converted from TCVN3, VNI-Windows or Windows-1258</td><td>-</td><td>-</td></tr>
 * </table>
 *
 * <p>Every rule also takes the reserved settings {@code enabled} and {@code severity} (see
 * {@link RuleConfig}), and reads {@code idDisclosure}: ID numbers in findings are masked
 * ({@code 022*******34}) unless the configuration says {@code "FULL"}.
 *
 * <p>The area bands are campaign defaults, not a legal tolerance: set them from the accuracy rules for
 * the map's scale and survey period.
 *
 * <p>Stateless and thread-safe; the rules it returns are immutable, as every rule must be.
 */
public final class BuiltInRules {
    private static final List<Rule> ALL = create(AdministrativeUnits.quangNinh());

    private BuiltInRules() {
    }

    /**
     * {@return the built-in rules with their defaults, in run order} They name the communes of Quảng Ninh's
     * administrative units (only OLD_ADMIN_CODE's messages use them). Immutable instances, safe to share.
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * The built-in rules with their defaults, in run order, naming the communes of the given province's units.
     *
     * @param units the province's administrative units, e.g. {@link AdministrativeUnits#load(String, java.nio.file.Path)}
     * @return immutable instances, safe to share
     */
    public static List<Rule> all(AdministrativeUnits units) {
        return units == AdministrativeUnits.quangNinh() ? ALL : create(units);
    }

    /** {@return the ids of the built-in rules, in run order} */
    public static List<String> ids() {
        List<String> ids = new ArrayList<>(ALL.size());
        for (Rule r : ALL) {
            ids.add(r.id());
        }
        return List.copyOf(ids);
    }

    /** {@return the bundled defaults as a configuration; building a rule set with it equals building with none} */
    public static RuleConfig defaultConfig() {
        return BuiltInDefaults.CONFIG;
    }

    private static List<Rule> create(AdministrativeUnits units) {
        return List.of(
                new MapParcelMissingRule(),
                new RegisterRowMissingRule(),
                new DuplicateKeyRule(RuleParameters.empty(DuplicateKeyRule.ID)),
                new DuplicateRowRule(),
                new CellUnreadableRule(),
                new OldAdminCodeRule(units),
                new LandUseMismatchRule(RuleParameters.empty(LandUseMismatchRule.ID)),
                new CertificateSerialInvalidRule(),
                new MapGeometryInvalidRule(),
                new AreaMismatchRule(RuleParameters.empty(AreaMismatchRule.ID)),
                new ParcelChangedRule(RuleParameters.empty(ParcelChangedRule.ID)),
                new RenumberedRule(),
                new UserNotFoundRule(RuleParameters.empty(UserNotFoundRule.ID)),
                new UserAmbiguousRule(RuleParameters.empty(UserAmbiguousRule.ID)),
                new UserNameMismatchRule(RuleParameters.empty(UserNameMismatchRule.ID)),
                new UserBirthYearMismatchRule(RuleParameters.empty(UserBirthYearMismatchRule.ID)),
                new UserIdInvalidRule(RuleParameters.empty(UserIdInvalidRule.ID)),
                new UserIdOutdatedRule(RuleParameters.empty(UserIdOutdatedRule.ID)),
                new LegacyEncodingFixedRule());
    }
}
