package dev.migrations.sample.audit;

import org.springframework.data.jpa.repository.JpaRepository;

/** The audit log, stored in {@code audit_log}. */
public interface AuditLogRepository extends JpaRepository<AuditLogEntry, Long> {

}
