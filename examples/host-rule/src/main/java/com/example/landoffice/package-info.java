/**
 * A pretend host system (a provincial land office) that adds its own rule to parcelrecon's scoring:
 * {@link com.example.landoffice.LargeResidentialParcelRule}, registered for {@link java.util.ServiceLoader}
 * in {@code META-INF/services/org.parcelrecon.core.rule.Rule}.
 */
package com.example.landoffice;
