"""The shared database enforces what matters: roles and grants, the empowerment and four-eyes checks inside the
database, row-level security on approval requests, and the append-only, hash-chained audit.

On PostgreSQL (the shared database) every person signs in with their own login, a member of one of the group roles
desk_agent, desk_store_manager, desk_supervisor or desk_administrator (all members of desk_staff). What the desk's
client checks, the database checks again with the connected login's identity (session_user), in SECURITY DEFINER
functions with a fixed search_path. The owner of the tables (who runs `desk-admin upgrade`) is trusted: the checks
apply to desk logins. The owner must be able to create roles (CREATEROLE) the first time.

On SQLite (one desk, one file) the audit is append-only by triggers and chained by the desk (desk.audit_chain).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

"""
from typing import Sequence, Union

from alembic import op


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

GROUPS = ("desk_agent", "desk_store_manager", "desk_supervisor", "desk_administrator")

# Tables a desk writes while serving customers (insert and update; never delete).
OPERATIONAL = ("customer", "contact_point", "name_word", "name_word_variant", "interaction", "after_sales_case",
               "case_line", "warranty_claim", "document", "timeline_event", "survey")
# Reference data only administrators change (through desk-admin or the limits screen).
REFERENCE = ("empowerment_policy", "role", "store", "rule_set", "product")

PG_UPGRADE = r"""
-- ---------------------------------------------------------------- who is connected
CREATE FUNCTION desk_trusted() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    -- The owner and maintenance logins are trusted; a desk login (member of desk_staff) is not.
    SELECT NOT EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles grp ON grp.oid = m.roleid
        JOIN pg_roles who ON who.oid = m.member
        WHERE who.rolname = session_user AND grp.rolname IN ('desk_agent', 'desk_store_manager',
                                                            'desk_supervisor', 'desk_administrator'))
$$;

CREATE FUNCTION desk_me() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM staff_user WHERE username = session_user AND active
$$;

CREATE FUNCTION desk_require_me() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE me integer := desk_me();
BEGIN
    IF me IS NULL THEN
        RAISE EXCEPTION 'desk: % is not an active desk user', session_user USING ERRCODE = '42501';
    END IF;
    RETURN me;
END $$;

CREATE FUNCTION desk_level(p_role integer) RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT r.level FROM role r WHERE r.id = p_role
$$;

CREATE FUNCTION desk_is_administrator() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM staff_user u JOIN role r ON r.id = u.role_id
                   WHERE u.username = session_user AND u.active AND r.code = 'administrator')
$$;

-- ---------------------------------------------------------------- the empowerment policy, as the client applies it
-- A person's cap for one kind and currency: their personal override, else their role's (desk.empowerment.caps).
CREATE FUNCTION desk_cap(p_user integer, p_kind text, p_currency text) RETURNS empowerment_policy
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT p.* FROM empowerment_policy p
    WHERE p.decision_kind::text = p_kind AND p.currency = p_currency
      AND (p.user_id = p_user OR p.role_id = (SELECT u.role_id FROM staff_user u WHERE u.id = p_user))
    ORDER BY p.user_id IS NULL   -- the personal override first
    LIMIT 1
$$;

CREATE FUNCTION desk_customer_12m(p_customer integer, p_kind text, p_currency text) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT coalesce(sum(d.amount), 0) FROM decision d
    WHERE d.customer_id = p_customer AND d.kind::text = p_kind AND d.currency = p_currency
      AND d.status = 'granted' AND d.decided_at >= now() - interval '365 days'
$$;

CREATE FUNCTION desk_agent_today(p_user integer, p_kind text, p_currency text) RETURNS numeric
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    -- The person's own grants since midnight in their store's time zone (desk.empowerment.usage).
    SELECT coalesce(sum(d.amount), 0) FROM decision d
    WHERE d.kind::text = p_kind AND d.currency = p_currency AND d.status = 'granted'
      AND d.decided_by = p_user AND d.requested_by = p_user
      AND d.decided_at >= (
          SELECT date_trunc('day', now() AT TIME ZONE zone.tz) AT TIME ZONE zone.tz
          FROM (SELECT coalesce((SELECT s.timezone FROM staff_user u JOIN store s ON s.id = u.store_id
                                 WHERE u.id = p_user), 'Europe/Madrid') AS tz) zone)
$$;

CREATE FUNCTION desk_lock_budgets(p_user integer, p_customer integer) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    -- The same row locks, in the same order, as desk.empowerment.lock_budgets: an honest client already holds
    -- them; a client that skipped them is serialised here all the same.
    IF p_user IS NOT NULL THEN PERFORM 1 FROM staff_user u WHERE u.id = p_user FOR NO KEY UPDATE; END IF;
    IF p_customer IS NOT NULL THEN PERFORM 1 FROM customer c WHERE c.id = p_customer FOR NO KEY UPDATE; END IF;
END $$;

-- Why `who` may not grant decision `d` on their own (NULL when they may): desk.rules.empowerment._own_blocks.
CREATE FUNCTION desk_own_refusal(who integer, d decision) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    cap empowerment_policy := desk_cap(who, d.kind::text, d.currency);
BEGIN
    IF cap.id IS NULL THEN RETURN 'no limit of this kind'; END IF;
    IF d.amount <= 0 THEN RETURN 'a decision is worth more than zero'; END IF;
    IF d.amount > cap.max_per_decision THEN RETURN 'above the limit per decision'; END IF;
    IF coalesce(d.days_past_window, 0) > 0 AND cap.max_days_past_window IS NOT NULL
       AND d.days_past_window > cap.max_days_past_window THEN RETURN 'too many days past the window'; END IF;
    IF cap.max_per_agent_day IS NOT NULL
       AND desk_agent_today(who, d.kind::text, d.currency) + d.amount > cap.max_per_agent_day THEN
        RETURN 'above the daily total'; END IF;
    IF cap.max_per_customer_12m IS NOT NULL AND d.customer_id IS NOT NULL
       AND desk_customer_12m(d.customer_id, d.kind::text, d.currency) + d.amount > cap.max_per_customer_12m THEN
        RETURN 'above the customer''s 12-month cap'; END IF;
    RETURN NULL;
END $$;

-- Whether `me` may approve or reject request `r` for decision `d`, themselves or for a colleague who delegated
-- to them today: desk.approvals._refusal.
CREATE FUNCTION desk_may_decide(me integer, r approval_request, d decision) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    who record;
    cap empowerment_policy;
BEGIN
    IF me = r.requested_by THEN RETURN false; END IF;
    FOR who IN
        SELECT u.id, u.store_id, ro.level, ro.code::text AS code FROM staff_user u JOIN role ro ON ro.id = u.role_id
        WHERE u.active AND (u.id = me OR u.id IN (
            SELECT g.delegator_id FROM approval_delegation g
            WHERE g.delegate_id = me AND g.revoked_at IS NULL AND current_date BETWEEN g.starts_on AND g.ends_on))
    LOOP
        CONTINUE WHEN who.id = r.requested_by OR who.level < desk_level(r.required_role_id);
        CONTINUE WHEN who.code = 'store_manager' AND r.store_id IS NOT NULL AND who.store_id IS DISTINCT FROM r.store_id;
        cap := desk_cap(who.id, d.kind::text, d.currency);
        CONTINUE WHEN cap.id IS NULL OR d.amount > cap.max_per_decision;
        CONTINUE WHEN coalesce(d.days_past_window, 0) > 0 AND cap.max_days_past_window IS NOT NULL
                      AND d.days_past_window > cap.max_days_past_window;
        CONTINUE WHEN cap.max_per_customer_12m IS NOT NULL AND d.customer_id IS NOT NULL
                      AND desk_customer_12m(d.customer_id, d.kind::text, d.currency) + d.amount
                          > cap.max_per_customer_12m;
        RETURN true;
    END LOOP;
    RETURN false;
END $$;

-- ---------------------------------------------------------------- decisions
CREATE FUNCTION desk_check_decision() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me integer;
    why text;
BEGIN
    IF desk_trusted() THEN RETURN NEW; END IF;
    me := desk_require_me();
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'desk: a decision is never deleted' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.requested_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'desk: a decision is requested by the person signed in' USING ERRCODE = '42501';
        END IF;
        IF NEW.status = 'granted' THEN
            IF NEW.decided_by IS DISTINCT FROM me THEN
                RAISE EXCEPTION 'desk: a decision granted at once is granted by its requester' USING ERRCODE = '42501';
            END IF;
            PERFORM desk_lock_budgets(me, NEW.customer_id);
            why := desk_own_refusal(me, NEW);
            IF why IS NOT NULL THEN
                RAISE EXCEPTION 'desk: beyond your empowerment limits (%)', why USING ERRCODE = '42501';
            END IF;
        ELSIF NEW.status <> 'pending_approval' OR NEW.decided_by IS NOT NULL THEN
            RAISE EXCEPTION 'desk: a new decision is granted or pending approval' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    -- UPDATE: what was asked for never changes; the status moves once, through its approval request.
    IF (NEW.kind, NEW.amount, NEW.currency, NEW.customer_id, NEW.case_id, NEW.requested_by, NEW.days_past_window,
        NEW.reason_code, NEW.reason_text, NEW.created_at)
       IS DISTINCT FROM (OLD.kind, OLD.amount, OLD.currency, OLD.customer_id, OLD.case_id, OLD.requested_by,
                         OLD.days_past_window, OLD.reason_code, OLD.reason_text, OLD.created_at) THEN
        RAISE EXCEPTION 'desk: a decision cannot be edited; withdraw it and ask again' USING ERRCODE = '42501';
    END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status THEN
        IF (NEW.decided_by, NEW.decided_at) IS DISTINCT FROM (OLD.decided_by, OLD.decided_at) THEN
            RAISE EXCEPTION 'desk: who decided cannot be changed' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.status <> 'pending_approval' THEN
        RAISE EXCEPTION 'desk: this decision was already %', OLD.status USING ERRCODE = '42501';
    END IF;
    IF NEW.status IN ('granted', 'rejected') THEN
        IF NEW.decided_by IS DISTINCT FROM me OR NOT EXISTS (
            SELECT 1 FROM approval_request r WHERE r.decision_id = NEW.id AND r.decided_by = me
              AND r.state::text = CASE NEW.status WHEN 'granted' THEN 'approved' ELSE 'rejected' END) THEN
            RAISE EXCEPTION 'desk: a decision is granted or rejected only by deciding its approval request'
                USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.status = 'withdrawn' THEN
        IF NOT EXISTS (SELECT 1 FROM approval_request r WHERE r.decision_id = NEW.id
                       AND r.state IN ('withdrawn', 'expired')) THEN
            RAISE EXCEPTION 'desk: a decision is withdrawn only with its approval request' USING ERRCODE = '42501';
        END IF;
    ELSE
        RAISE EXCEPTION 'desk: a decision cannot go back to pending' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER desk_check_decision BEFORE INSERT OR UPDATE OR DELETE ON decision
    FOR EACH ROW EXECUTE FUNCTION desk_check_decision();

-- ---------------------------------------------------------------- approval requests
CREATE FUNCTION desk_check_approval() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me integer;
    d decision;
BEGIN
    IF desk_trusted() THEN RETURN NEW; END IF;
    me := desk_require_me();
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'desk: an approval request is never deleted' USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.requested_by IS DISTINCT FROM me OR NEW.state <> 'pending' OR NEW.decided_by IS NOT NULL
           OR NOT EXISTS (SELECT 1 FROM decision x WHERE x.id = NEW.decision_id AND x.requested_by = me
                          AND x.status = 'pending_approval') THEN
            RAISE EXCEPTION 'desk: an approval request is opened, pending, by whoever asked for its decision'
                USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END IF;
    IF OLD.state <> 'pending' THEN
        RAISE EXCEPTION 'desk: this request was already %', OLD.state USING ERRCODE = '42501';
    END IF;
    IF (NEW.decision_id, NEW.requested_by, NEW.store_id, NEW.created_at, NEW.requester_note, NEW.expires_at)
       IS DISTINCT FROM (OLD.decision_id, OLD.requested_by, OLD.store_id, OLD.created_at, OLD.requester_note,
                         OLD.expires_at) THEN
        RAISE EXCEPTION 'desk: an approval request cannot be edited' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO d FROM decision WHERE id = OLD.decision_id;
    IF NEW.state = 'pending' THEN   -- reminded, or moved up a level: never down, never decided
        IF desk_level(NEW.required_role_id) < desk_level(OLD.required_role_id) OR NEW.decided_by IS NOT NULL THEN
            RAISE EXCEPTION 'desk: a pending request only moves up' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.state IN ('approved', 'rejected') THEN
        IF NEW.decided_by IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'desk: a request is decided by the person signed in' USING ERRCODE = '42501';
        END IF;
        IF me = OLD.requested_by THEN
            RAISE EXCEPTION 'desk: nobody can approve their own request' USING ERRCODE = '42501';
        END IF;
        PERFORM desk_lock_budgets(NULL, d.customer_id);
        IF NOT desk_may_decide(me, OLD, d) THEN
            RAISE EXCEPTION 'desk: this request needs someone whose limit covers it' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.state = 'withdrawn' THEN
        IF me IS DISTINCT FROM OLD.requested_by OR NEW.decided_by IS NOT NULL THEN
            RAISE EXCEPTION 'desk: only the requester withdraws a request' USING ERRCODE = '42501';
        END IF;
    ELSIF NEW.state = 'expired' THEN
        -- Desks' clocks differ from the server's by a little: five minutes' grace.
        IF OLD.expires_at IS NULL OR OLD.expires_at > now() + interval '5 minutes' OR NEW.decided_by IS NOT NULL THEN
            RAISE EXCEPTION 'desk: this request has not expired' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER desk_check_approval BEFORE INSERT OR UPDATE OR DELETE ON approval_request
    FOR EACH ROW EXECUTE FUNCTION desk_check_approval();

-- Row-level security: an agent sees their own requests; a store manager their store's and their own; whoever
-- holds a delegation what they may decide for; supervisors and administrators every request.
ALTER TABLE approval_request ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION desk_may_see_request(r approval_request) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT r.requested_by = me.id
        OR me.level >= (SELECT level FROM role WHERE code = 'supervisor')
        OR (me.code = 'store_manager' AND r.store_id IS NOT DISTINCT FROM me.store_id)
        OR EXISTS (SELECT 1 FROM approval_delegation g WHERE g.delegate_id = me.id AND g.revoked_at IS NULL
                   AND current_date BETWEEN g.starts_on AND g.ends_on)
    FROM (SELECT u.id, u.store_id, ro.level, ro.code::text AS code FROM staff_user u JOIN role ro ON ro.id = u.role_id
          WHERE u.username = session_user AND u.active) me
$$;
CREATE POLICY desk_staff_sees ON approval_request FOR SELECT TO desk_staff USING (desk_may_see_request(approval_request));
CREATE POLICY desk_staff_opens ON approval_request FOR INSERT TO desk_staff WITH CHECK (true);
CREATE POLICY desk_staff_decides ON approval_request FOR UPDATE TO desk_staff
    USING (desk_may_see_request(approval_request)) WITH CHECK (true);

-- ---------------------------------------------------------------- reference data and people
CREATE FUNCTION desk_refuse_unless_administrator() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    -- Desks lock some of these rows (SELECT ... FOR UPDATE needs the UPDATE privilege); only administrators
    -- and the owner change them.
    IF desk_trusted() OR desk_is_administrator() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION 'desk: only an administrator changes %', TG_TABLE_NAME USING ERRCODE = '42501';
END $$;
CREATE TRIGGER desk_staff_user_by_administrators BEFORE INSERT OR UPDATE OR DELETE ON staff_user
    FOR EACH ROW EXECUTE FUNCTION desk_refuse_unless_administrator();
CREATE TRIGGER desk_order_line_fixed BEFORE UPDATE OR DELETE ON order_line
    FOR EACH ROW EXECUTE FUNCTION desk_refuse_unless_administrator();
CREATE TRIGGER desk_policy_by_administrators BEFORE INSERT OR UPDATE OR DELETE ON empowerment_policy
    FOR EACH ROW EXECUTE FUNCTION desk_refuse_unless_administrator();

-- ---------------------------------------------------------------- the audit: append-only, hash-chained
CREATE FUNCTION desk_audit_text(seq integer, occurred_at timestamptz, actor_id integer, actor_name text,
                                workstation text, action text, entity text, entity_id text, before text,
                                after text, prev_hash text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    -- What an entry's hash covers; desk.audit_chain.canonical builds the same text.
    SELECT concat_ws(E'\x1f', seq::text, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'),
                     coalesce(actor_id::text, ''), actor_name, workstation, action, entity, entity_id,
                     coalesce(before, ''), coalesce(after, ''), prev_hash)
$$;

CREATE FUNCTION desk_chain_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT desk_trusted() THEN
        IF NEW.actor_id IS NOT NULL AND NEW.actor_id IS DISTINCT FROM desk_require_me() THEN
            RAISE EXCEPTION 'desk: an audit entry names the person signed in' USING ERRCODE = '42501';
        END IF;
        NEW.actor_name := session_user;   -- the login that wrote it, whatever the client says
    END IF;
    -- Its place in the chain is given at commit (desk_seal_audit), whatever the client sent.
    NEW.chain_seq := NULL;
    NEW.prev_hash := NULL;
    NEW.entry_hash := NULL;
    RETURN NEW;
END $$;

-- At commit, each entry the transaction wrote joins the chain, in the order written. The chain's lock is held from
-- the first of them to the end of the commit only, not through the whole transaction: writers queue for the
-- chain for a moment, not for each other's work.
CREATE FUNCTION desk_seal_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    last record;
    seq integer;
    prev text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('desk:audit_chain'));
    SELECT chain_seq, entry_hash INTO last FROM audit_entry WHERE chain_seq IS NOT NULL
        ORDER BY chain_seq DESC LIMIT 1;
    seq := coalesce(last.chain_seq, 0) + 1;
    prev := coalesce(last.entry_hash, repeat('0', 64));
    UPDATE audit_entry SET chain_seq = seq, prev_hash = prev,
        entry_hash = encode(sha256(convert_to(desk_audit_text(seq, NEW.occurred_at, NEW.actor_id, NEW.actor_name,
            NEW.workstation, NEW.action, NEW.entity, NEW.entity_id, NEW.before::text, NEW.after::text, prev),
            'UTF8')), 'hex')
    WHERE id = NEW.id;
    RETURN NULL;
END $$;

CREATE FUNCTION desk_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'desk: % is append-only', TG_TABLE_NAME USING ERRCODE = '42501';
END $$;

CREATE FUNCTION desk_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- The one change ever made to an entry: its place in the chain, once, at commit (desk_seal_audit).
    IF TG_OP = 'UPDATE' AND OLD.chain_seq IS NULL AND NEW.chain_seq IS NOT NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.workstation, NEW.action, NEW.entity,
            NEW.entity_id, NEW.before::text, NEW.after::text)
           IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_name, OLD.workstation, OLD.action,
                                 OLD.entity, OLD.entity_id, OLD.before::text, OLD.after::text) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'desk: audit_entry is append-only' USING ERRCODE = '42501';
END $$;

CREATE TRIGGER desk_chain_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION desk_chain_audit();
CREATE CONSTRAINT TRIGGER desk_seal_audit AFTER INSERT ON audit_entry DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION desk_seal_audit();
CREATE TRIGGER desk_audit_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION desk_audit_append_only();
CREATE TRIGGER desk_audit_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION desk_append_only();
CREATE TRIGGER desk_access_append_only BEFORE UPDATE OR DELETE ON customer_access
    FOR EACH ROW EXECUTE FUNCTION desk_append_only();
CREATE TRIGGER desk_access_no_truncate BEFORE TRUNCATE ON customer_access
    FOR EACH STATEMENT EXECUTE FUNCTION desk_append_only();
"""

# Entries written before this revision join the chain in id order (the triggers above are not there yet).
PG_SEAL = r"""
DO $$
DECLARE
    e record;
    prev text := repeat('0', 64);
    seq integer := 0;
BEGIN
    FOR e IN SELECT * FROM audit_entry ORDER BY id LOOP
        seq := seq + 1;
        UPDATE audit_entry SET chain_seq = seq, prev_hash = prev,
            entry_hash = encode(sha256(convert_to(desk_audit_text(seq, e.occurred_at, e.actor_id, e.actor_name,
                e.workstation, e.action, e.entity, e.entity_id, e.before::text, e.after::text, prev), 'UTF8')), 'hex')
        WHERE id = e.id RETURNING entry_hash INTO prev;
    END LOOP;
END $$;
"""

PG_DOWNGRADE = r"""
DROP TRIGGER IF EXISTS desk_access_no_truncate ON customer_access;
DROP TRIGGER IF EXISTS desk_access_append_only ON customer_access;
DROP TRIGGER IF EXISTS desk_audit_no_truncate ON audit_entry;
DROP TRIGGER IF EXISTS desk_audit_append_only ON audit_entry;
DROP TRIGGER IF EXISTS desk_seal_audit ON audit_entry;
DROP TRIGGER IF EXISTS desk_chain_audit ON audit_entry;
DROP TRIGGER IF EXISTS desk_policy_by_administrators ON empowerment_policy;
DROP TRIGGER IF EXISTS desk_order_line_fixed ON order_line;
DROP TRIGGER IF EXISTS desk_staff_user_by_administrators ON staff_user;
DROP TRIGGER IF EXISTS desk_check_approval ON approval_request;
DROP TRIGGER IF EXISTS desk_check_decision ON decision;
DROP POLICY IF EXISTS desk_staff_decides ON approval_request;
DROP POLICY IF EXISTS desk_staff_opens ON approval_request;
DROP POLICY IF EXISTS desk_staff_sees ON approval_request;
ALTER TABLE approval_request DISABLE ROW LEVEL SECURITY;
DROP FUNCTION IF EXISTS desk_append_only(), desk_audit_append_only(), desk_seal_audit(), desk_chain_audit(), desk_audit_text(integer, timestamptz, integer, text,
    text, text, text, text, text, text, text), desk_refuse_unless_administrator(), desk_may_see_request(approval_request),
    desk_check_approval(), desk_check_decision(), desk_may_decide(integer, approval_request, decision),
    desk_own_refusal(integer, decision), desk_lock_budgets(integer, integer), desk_agent_today(integer, text, text),
    desk_customer_12m(integer, text, text), desk_cap(integer, text, text), desk_is_administrator(),
    desk_level(integer), desk_require_me(), desk_me(), desk_trusted();
"""

SQLITE_TRIGGERS = (
    # The desk fills the chain columns once, right after the insert (desk.audit_chain); nothing else changes.
    """CREATE TRIGGER desk_audit_append_only BEFORE UPDATE ON audit_entry
       WHEN OLD.entry_hash IS NOT NULL
         OR NEW.id IS NOT OLD.id OR NEW.occurred_at IS NOT OLD.occurred_at OR NEW.actor_id IS NOT OLD.actor_id
         OR NEW.actor_name IS NOT OLD.actor_name OR NEW.workstation IS NOT OLD.workstation
         OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
         OR NEW.before IS NOT OLD.before OR NEW.after IS NOT OLD.after
       BEGIN SELECT RAISE(ABORT, 'desk: audit_entry is append-only'); END""",
    """CREATE TRIGGER desk_audit_no_delete BEFORE DELETE ON audit_entry
       BEGIN SELECT RAISE(ABORT, 'desk: audit_entry is append-only'); END""",
    """CREATE TRIGGER desk_access_append_only BEFORE UPDATE ON customer_access
       BEGIN SELECT RAISE(ABORT, 'desk: customer_access is append-only'); END""",
    """CREATE TRIGGER desk_access_no_delete BEFORE DELETE ON customer_access
       BEGIN SELECT RAISE(ABORT, 'desk: customer_access is append-only'); END""",
)


def _pg_roles_and_grants() -> None:
    op.execute("""
    DO $$
    DECLARE grp text;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'desk_staff') THEN
            CREATE ROLE desk_staff NOLOGIN;
        END IF;
        FOREACH grp IN ARRAY ARRAY['desk_agent', 'desk_store_manager', 'desk_supervisor', 'desk_administrator'] LOOP
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grp) THEN
                EXECUTE format('CREATE ROLE %I NOLOGIN IN ROLE desk_staff', grp);
            END IF;
        END LOOP;
    END $$;
    """)
    op.execute("GRANT USAGE ON SCHEMA public TO desk_staff")
    op.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO desk_staff")
    op.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO desk_staff")
    op.execute(f"GRANT INSERT, UPDATE ON {', '.join(OPERATIONAL)} TO desk_staff")
    op.execute("GRANT INSERT, UPDATE ON decision, approval_request, sales_order TO desk_staff")
    op.execute("GRANT DELETE ON contact_point TO desk_staff")  # a customer's old phone or email is replaced
    # Locked by desks (SELECT ... FOR UPDATE needs UPDATE); triggers let only administrators change them.
    op.execute("GRANT UPDATE ON staff_user, order_line TO desk_staff")
    op.execute("GRANT INSERT ON audit_entry, customer_access TO desk_staff")
    op.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry, customer_access FROM PUBLIC, desk_staff")
    op.execute("GRANT INSERT, UPDATE ON approval_delegation TO desk_store_manager, desk_supervisor, "
               "desk_administrator")
    op.execute(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(REFERENCE)}, staff_user, sales_order, order_line "
               "TO desk_administrator")
    # Who looked at whom, and the audit, are read by supervisors and administrators only.
    op.execute("REVOKE SELECT ON customer_access FROM desk_staff")
    op.execute("GRANT SELECT (id) ON customer_access TO desk_staff")  # an insert reads back its own id, no more
    op.execute("GRANT SELECT ON customer_access TO desk_supervisor, desk_administrator")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
        from desk.audit_chain import seal_unchained  # the desk's own hashing, so SQLite's chain is the same

        seal_unchained(op.get_bind())
        return
    _pg_roles_and_grants()
    op.execute(PG_UPGRADE)
    op.execute("ALTER TABLE audit_entry DISABLE TRIGGER desk_audit_append_only")
    op.execute(PG_SEAL)
    op.execute("ALTER TABLE audit_entry ENABLE TRIGGER desk_audit_append_only")


def downgrade() -> None:
    # Without its guards the chain means nothing: it is cleared, and sealed again from scratch by the next upgrade.
    if op.get_bind().dialect.name != "postgresql":
        for name in ("desk_audit_append_only", "desk_audit_no_delete", "desk_access_append_only",
                     "desk_access_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("UPDATE audit_entry SET chain_seq = NULL, prev_hash = NULL, entry_hash = NULL")
        return
    op.execute(PG_DOWNGRADE)
    op.execute("UPDATE audit_entry SET chain_seq = NULL, prev_hash = NULL, entry_hash = NULL")
    op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM desk_staff, desk_agent, desk_store_manager, "
               "desk_supervisor, desk_administrator")
    op.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM desk_staff")
    op.execute("REVOKE USAGE ON SCHEMA public FROM desk_staff")
