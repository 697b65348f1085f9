/**
 * JMH benchmarks for parcelrecon's hot paths: Vietnamese text, rule scoring, string comparators. Each class names its
 * run command in its Javadoc; results are quoted as medians with that command. Not published.
 */
package org.parcelrecon.benchmarks;
