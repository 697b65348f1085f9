/**
 * Land-use type codes (mã loại đất) as written in land registers and on cadastral maps.
 *
 * <p>The code list changed with the Law on Land 2024: the list in force from 1 Aug 2024 is Appendix II §A of
 * Circular 08/2024/TT-BTNMT. Some codes were renamed (LUC, LUK), some added (CNT), some retired (LUN, BHK, NHK,
 * …). Registers hold both generations, so this package reads both and says which is which.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.core.landuse.LandUseCodes}: the table ({@code national()}), {@code lookup},
 *       {@code check}, {@code checkCombined} for fields like {@code "ONT+CLN"}.</li>
 *   <li>{@link org.parcelrecon.core.landuse.LandUseCode}: one row, with status, suggested mapping and confidence.</li>
 *   <li>{@link org.parcelrecon.core.landuse.LandUseCheck}: the verdict (current, retired, unknown).</li>
 * </ul>
 *
 * <p>The gazette text of the circular was not read; the table comes from third-party reproductions, graded
 * by confidence. See the {@code README.md} beside the CSV resource.
 */
package org.parcelrecon.core.landuse;
