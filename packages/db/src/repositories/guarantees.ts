// A process's guarantee rules, notifications, findings and the logged changes of its cases, scoped in SQL through
// the process (they carry its audience). Records come back through their schemas, so a row that no longer parses
// fails loudly.
import { isUuid, type ReadScope } from '@concord/core';
import { CaseChange, FindingRecord, NotificationRecord, RulesFile } from '@concord/core/guarantees';
import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { GuaranteeRepository } from '../store.ts';
import { ALL_ROWS, visibleTo } from './scope.ts';

type Table = 'guarantee_notifications' | 'guarantee_findings' | 'guarantee_case_changes';

export function guaranteeRepository(db: Kysely<Database>, scope: ReadScope = ALL_ROWS): GuaranteeRepository {
  const from = <T extends Table>(table: T) =>
    db
      .selectFrom(table as Table)
      .innerJoin('processes', 'processes.id', `${table as Table}.process_id`)
      .where(visibleTo(scope, 'processes', 'id'));
  return {
    async rules(processId) {
      if (!isUuid(processId)) return null;
      const row = await db
        .selectFrom('guarantee_rules')
        .innerJoin('processes', 'processes.id', 'guarantee_rules.id')
        .where(visibleTo(scope, 'processes', 'id'))
        .where('guarantee_rules.id', '=', processId)
        .selectAll('guarantee_rules')
        .executeTakeFirst();
      if (!row) return null;
      return {
        processId,
        rules: RulesFile.parse(row.rules),
        reason: row.reason,
        setBy: row.actor,
        setAt: row.set_at,
        logIndex: Number(row.log_index),
      };
    },
    async processesWithRules() {
      const rows = await db.selectFrom('guarantee_rules').select('id').orderBy('id').execute();
      return rows.map((r) => r.id);
    },
    async notifications(processId) {
      if (!isUuid(processId)) return [];
      const rows = await from('guarantee_notifications')
        .selectAll('guarantee_notifications')
        .where('guarantee_notifications.process_id', '=', processId)
        .orderBy('guarantee_notifications.log_index')
        .execute();
      return rows.map((r) => ({
        ...NotificationRecord.parse(r.notification),
        at: r.notified_at,
        actor: r.actor,
        logIndex: Number(r.log_index),
      }));
    },
    async findings(processId) {
      if (!isUuid(processId)) return [];
      const rows = await from('guarantee_findings')
        .selectAll('guarantee_findings')
        .where('guarantee_findings.process_id', '=', processId)
        .orderBy('guarantee_findings.log_index')
        .execute();
      return rows.map((r) => ({
        ...FindingRecord.parse(r.finding),
        actor: r.actor,
        logIndex: Number(r.log_index),
      }));
    },
    async changes(processId) {
      if (!isUuid(processId)) return [];
      const rows = await from('guarantee_case_changes')
        .selectAll('guarantee_case_changes')
        .where('guarantee_case_changes.process_id', '=', processId)
        .orderBy('guarantee_case_changes.log_index')
        .execute();
      return rows.map((r) => ({
        case: r.case_id,
        rule: r.rule_id,
        seq: Number(r.seq),
        change: CaseChange.parse(r.change),
        loggedAt: r.logged_at,
        logIndex: Number(r.log_index),
      }));
    },
  };
}
