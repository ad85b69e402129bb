package org.consentlab.labs.registry;

import org.consentlab.account.Account;
import org.consentlab.labs.CheckResult;
import org.consentlab.labs.TaskCheck;
import org.consentlab.registry.RegistryWorld;
import org.consentlab.registry.breach.BiometricGate;
import org.springframework.stereotype.Component;

/** L5: the learner's gate log holds an opened passage as the victim of their assignment. */
@Component
class GateSpoofCheck implements TaskCheck {

	private final BiometricGate gate;

	private final RegistryWorld world;

	GateSpoofCheck(BiometricGate gate, RegistryWorld world) {
		this.gate = gate;
		this.world = world;
	}

	@Override
	public String taskId() {
		return "L5.spoof";
	}

	@Override
	public CheckResult check(Account learner, String answer) {
		int victim = world.targetOf(learner);
		long opened = gate.log(learner.id()).stream()
				.filter(p -> p.passed() && p.claimedPerson() == victim)
				.count();
		return opened > 0
				? CheckResult.pass("check.L5.spoof.pass", opened)
				: CheckResult.fail("check.L5.spoof.missing");
	}
}
