/**
 * Linking Vietnamese people: {@link org.parcelrecon.matching.vn.VietnamesePersonPreset} (a model whose name,
 * birth, citizen-ID and commune comparisons know Vietnamese data) and
 * {@link org.parcelrecon.matching.vn.CommuneCanonicalizer}, the hook through which administrative-unit data
 * (the 2025 merger crosswalk) makes old and new commune names agree. {@code vn_commune} is registered as a key
 * function by {@link org.parcelrecon.matching.vn.VietnameseKeyFunctions}.
 */
package org.parcelrecon.matching.vn;
