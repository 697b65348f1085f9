/**
 * A synthetic Quảng Ninh with ground truth, at any size: land register, cadastral maps of two survey periods and
 * population registry, with realistic errors, and truth files that say what every row and parcel really is.
 *
 * <ul>
 *   <li>{@link org.parcelrecon.testkit.generate.ProvinceGenerator}: runs a generation
 *       ({@code generate(dir, progress)}), and writes the bundled sample commune ({@code sampleCommune(dir)});</li>
 *   <li>{@link org.parcelrecon.testkit.generate.GeneratorSettings}: parcels, seed, communes, rates, old-map
 *       distortion, threads;</li>
 *   <li>{@link org.parcelrecon.testkit.generate.ChangeKind}, {@link org.parcelrecon.testkit.generate.ChangeRates}:
 *       what changes between the surveys and how often;</li>
 *   <li>{@link org.parcelrecon.testkit.generate.InjectedError},
 *       {@link org.parcelrecon.testkit.generate.ErrorRates}: what goes wrong in the data and how often;</li>
 *   <li>{@link org.parcelrecon.testkit.generate.OutputFile}: the files and their columns;</li>
 *   <li>{@link org.parcelrecon.testkit.generate.ProgressListener},
 *       {@link org.parcelrecon.testkit.generate.GenerationProgress},
 *       {@link org.parcelrecon.testkit.generate.GenerationReport}: progress and result;</li>
 *   <li>{@link org.parcelrecon.testkit.generate.GeneratedMaps}: reads a generated map back as JTS polygons.</li>
 * </ul>
 *
 * <p>Every random choice comes from a stream split from the seed by commune and sheet, so the output is
 * byte-identical for the same settings, and a sheet is generated without looking at any other.
 */
package org.parcelrecon.testkit.generate;
