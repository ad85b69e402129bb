/**
 * JMH benchmarks of the 1:N engines, run with the {@code bench} Maven profile (never part of
 * {@code verify}). Each benchmark measures a floor — one streaming pass over the same gallery
 * memory — in the same run, so results are read as ratios to the floor.
 *
 * <p>Offline, when the {@code exec-maven-plugin} version cannot be resolved, run JMH directly:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main IrisSearchBenchmark -f 1 -wi 2 -i 3
 * java -Xmx1g -cp ... org.consentlab.biometrics.bench.InterleavedRatios 25
 * java -Xmx1g -cp ... org.consentlab.biometrics.bench.GalleryFootprint
 * </pre>
 * {@code InterleavedRatios} times floor and searches back to back per round, which keeps the
 * ratios meaningful on a machine shared with other jobs.
 */
package org.consentlab.biometrics.bench;
