/**
 * Test support for parcelrecon and its host systems: a synthetic province with ground truth
 * ({@code org.parcelrecon.testkit.generate}) and helpers to unit-test rules ({@code org.parcelrecon.testkit.rule}).
 */
package org.parcelrecon.testkit;
