package org.consentlab.registry.identification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of the server lab L3's real searches may take, under {@code consentlab.scans.}: the
 * galleries held at once stay within {@code memoryBudget}, at most {@code workers} searches run at
 * once, and at most {@code maxQueued} wait in line on one instance.
 *
 * @param memoryBudget heap the galleries may hold together (a million iris codes with their people take
 *     about 300 MB, a hundred thousand faces about 210 MB)
 * @param workers searches that run at once on this instance
 * @param maxQueued searches that may wait in line on this instance; more are refused as "busy"
 * @param runTimeout a search running longer than this is stopped
 * @param orphanAfter a search whose instance has not been heard from for this long is taken over by another
 */
@ConfigurationProperties("consentlab.scans")
public record ScanProperties(
		@DefaultValue("600MB") DataSize memoryBudget,
		@DefaultValue("2") int workers,
		@DefaultValue("500") int maxQueued,
		@DefaultValue("3m") Duration runTimeout,
		@DefaultValue("30s") Duration orphanAfter) {

	public ScanProperties {
		if (memoryBudget.toBytes() <= 0 || workers < 1 || maxQueued < 1) {
			throw new IllegalArgumentException(
					"consentlab.scans: the memory budget, workers and queue length must be positive");
		}
	}
}
