package org.consentlab.labs;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which labs an instructor has hidden from a class (all are open by default, and always in solo). */
@Service
public class LabVisibility {

	private final JdbcClient jdbc;

	LabVisibility(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<String> hidden(Long classroomId) {
		if (classroomId == null) {
			return Set.of();
		}
		return new TreeSet<>(jdbc.sql("SELECT LAB_ID FROM HIDDEN_LAB WHERE CLASSROOM_ID = ?")
				.param(classroomId)
				.query(String.class)
				.list());
	}

	@Transactional
	public void setHidden(long classroomId, String labId, boolean hidden) {
		jdbc.sql("DELETE FROM HIDDEN_LAB WHERE CLASSROOM_ID = ? AND LAB_ID = ?")
				.params(classroomId, labId)
				.update();
		if (hidden) {
			jdbc.sql("INSERT INTO HIDDEN_LAB (CLASSROOM_ID, LAB_ID) VALUES (?, ?)")
					.params(classroomId, labId)
					.update();
		}
	}
}
