<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desk/approvals.py" line="+154"/>
        <source>Nobody can approve their own request, whatever their role.</source>
        <translation>Nobody can approve their own request, whatever their role.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request needs {role} of the requester&apos;s store whose limit covers it.</source>
        <translation>This request needs {role} of the requester&apos;s store whose limit covers it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs {role} whose limit covers it.</source>
        <translation>This request needs {role} whose limit covers it.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+32"/>
        <location line="+33"/>
        <source>This approval request does not exist (any more).</source>
        <translation>This approval request does not exist (any more).</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+33"/>
        <location filename="../../desk/case_workflow.py" line="+70"/>
        <location filename="../../desk/cases.py" line="+233"/>
        <location line="+120"/>
        <location filename="../../desk/goodwill.py" line="+86"/>
        <location filename="../../desk/interactions.py" line="+70"/>
        <location filename="../../desk/returns.py" line="+318"/>
        <location filename="../../desk/warranty.py" line="+127"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>approved by {name} for {colleague}</source>
        <translation>approved by {name} for {colleague}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by {name}</source>
        <translation>approved by {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by {name} for {colleague}</source>
        <translation>rejected by {name} for {colleague}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by {name}</source>
        <translation>rejected by {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the person who asked can withdraw a request.</source>
        <translation>Only the person who asked can withdraw a request.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>withdrawn by the requester</source>
        <translation>withdrawn by the requester</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn by the requester.</source>
        <translation>Withdrawn by the requester.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody decided in time.</source>
        <translation>Nobody decided in time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired: nobody decided in time</source>
        <translation>expired: nobody decided in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired: nobody decided in time.</source>
        <translation>Expired: nobody decided in time.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>moved up to {role}: nobody decided in time</source>
        <translation>moved up to {role}: nobody decided in time</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only those who approve requests can delegate approving them.</source>
        <translation>Only those who approve requests can delegate approving them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation cannot end before it starts.</source>
        <translation>The delegation cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation would be over already.</source>
        <translation>The delegation would be over already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delegation lasts at most {most} days; make another one after it.</source>
        <translation>A delegation lasts at most {most} days; make another one after it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no active colleague called {name}.</source>
        <translation>There is no active colleague called {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate to a colleague, not to yourself.</source>
        <translation>Delegate to a colleague, not to yourself.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You have no such delegation.</source>
        <translation>You have no such delegation.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request was already {state} by {name}. Nothing was changed.</source>
        <translation>This request was already {state} by {name}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request was already {state}. Nothing was changed.</source>
        <translation>This request was already {state}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Someone else decided this request a moment ago. Nothing was changed.</source>
        <translation>Someone else decided this request a moment ago. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not approved.</source>
        <translation>Not approved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{decision} {amount:.2f} {currency} {what}</source>
        <translation>{decision} {amount:.2f} {currency} {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{decision} {amount:.2f} {currency} {what} on {case}</source>
        <translation>{decision} {amount:.2f} {currency} {what} on {case}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../desk/policy.py" line="+101"/>
        <source>Role {role} does not exist yet; run `desk-admin upgrade` and create a user first.</source>
        <translation>Role {role} does not exist yet; run `desk-admin upgrade` and create a user first.</translation>
    </message>
    <message>
        <location filename="../../desk/audit_chain.py" line="+95"/>
        <source>Audit chain intact: {entries} entries; the last one&apos;s hash is {head}.</source>
        <translation>Audit chain intact: {entries} entries; the last one&apos;s hash is {head}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain BROKEN at position {position} (audit entry id {entry}): {problem}. Every entry from there on is unverified; {entries} entries were checked before it.</source>
        <translation>Audit chain BROKEN at position {position} (audit entry id {entry}): {problem}. Every entry from there on is unverified; {entries} entries were checked before it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this entry has no place in the chain (it was added with the chain switched off)</source>
        <translation>this entry has no place in the chain (it was added with the chain switched off)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>position {position} is missing (the next entry found is at {found}): an entry was removed</source>
        <translation>position {position} is missing (the next entry found is at {found}): an entry was removed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not link to the entry before it</source>
        <translation>it does not link to the entry before it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content was changed after it was written</source>
        <translation>its content was changed after it was written</translation>
    </message>
    <message>
        <location filename="../../desk/auth.py" line="+23"/>
        <location filename="../../desk/staff.py" line="+126"/>
        <source>Unknown user or wrong password.</source>
        <translation>Unknown user or wrong password.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type your password to unlock.</source>
        <translation>Type your password to unlock.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database cannot be reached right now. Try again in a moment.</source>
        <translation>The database cannot be reached right now. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../desk/barcodes.py" line="+30"/>
        <source>&apos;{text}&apos; cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation>&apos;{text}&apos; cannot be printed as a barcode: use letters, digits and dashes only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; cannot be printed as a barcode ({error}).</source>
        <translation>&apos;{text}&apos; cannot be printed as a barcode ({error}).</translation>
    </message>
    <message>
        <location filename="../../desk/budgets.py" line="+52"/>
        <source>&apos;{text}&apos; is not a month: write it as 2026-11.</source>
        <translation>&apos;{text}&apos; is not a month: write it as 2026-11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A budget month lies between {earliest:%m/%Y} and {latest:%m/%Y}.</source>
        <translation>A budget month lies between {earliest:%m/%Y} and {latest:%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator sets goodwill budgets.</source>
        <translation>Only an administrator sets goodwill budgets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desk/text.py" line="+85"/>
        <source>{field} is empty; please fill it in.</source>
        <translation>{field} is empty; please fill it in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/kpis.py" line="+403"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desk/goodwill.py" line="+2"/>
        <location filename="../../desk/policy.py" line="-7"/>
        <source>&apos;{code}&apos; is not a currency code such as EUR.</source>
        <translation>&apos;{code}&apos; is not a currency code such as EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no store with the code &apos;{code}&apos;.</source>
        <translation>There is no store with the code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location filename="../../desk/case_letters.py" line="+48"/>
        <source>Return receipt</source>
        <translation>Return receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty intake form</source>
        <translation>Warranty intake form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty outcome letter</source>
        <translation>Warranty outcome letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../desk/case_view.py" line="+154"/>
        <location filename="../../desk/case_workflow.py" line="-25"/>
        <location filename="../../desk/documents.py" line="+80"/>
        <location filename="../../desk/surveys.py" line="+143"/>
        <source>This case does not exist (any more).</source>
        <translation>This case does not exist (any more).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{case} has no return receipt to print yet.</source>
        <translation>{case} has no return receipt to print yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no warranty intake form to print yet.</source>
        <translation>{case} has no warranty intake form to print yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no warranty outcome letter to print yet.</source>
        <translation>{case} has no warranty outcome letter to print yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no decision letter to print yet.</source>
        <translation>{case} has no decision letter to print yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case} has no {letter} to print yet.</source>
        <translation>{case} has no {letter} to print yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return receipt for {case} printed</source>
        <translation>Return receipt for {case} printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty intake form for {case} printed</source>
        <translation>Warranty intake form for {case} printed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty outcome letter for {case} printed</source>
        <translation>Warranty outcome letter for {case} printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter for {case} printed</source>
        <translation>Decision letter for {case} printed</translation>
    </message>
    <message>
        <location filename="../../desk/case_workflow.py" line="-16"/>
        <source>Refund the return (it checks its decisions first).</source>
        <translation>Refund the return (it checks its decisions first).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the exchange (it checks its decisions first).</source>
        <translation>Complete the exchange (it checks its decisions first).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repair with its diagnosis.</source>
        <translation>Record the repair with its diagnosis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the replacement with the new serial number.</source>
        <translation>Record the replacement with the new serial number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the refund with its amount.</source>
        <translation>Record the refund with its amount.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the claim with its reason (not covered).</source>
        <translation>Reject the claim with its reason (not covered).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the item back to the customer.</source>
        <translation>Hand the item back to the customer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case {case} was changed by someone else a moment ago (it is now {state}). Reload it to see their change, then try again.</source>
        <translation>Case {case} was changed by someone else a moment ago (it is now {state}). Reload it to see their change, then try again.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Return {case}: {state}</source>
        <translation>Return {case}: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case}: {state}</source>
        <translation>Warranty claim {case}: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill {case}: {state}</source>
        <translation>Goodwill {case}: {state}</translation>
    </message>
    <message>
        <location filename="../../desk/cases.py" line="-310"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desk/decisions.py" line="+30"/>
        <source>Goodwill voucher</source>
        <translation>Goodwill voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/decisions.py" line="+1"/>
        <source>Goodwill refund</source>
        <translation>Goodwill refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free repair</source>
        <translation>Free repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waiver</source>
        <translation>Fee waiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return outside window</source>
        <translation>Return outside window</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/decisions.py" line="+4"/>
        <source>Price adjustment</source>
        <translation>Price adjustment</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A finished case has a closing time; an open one has none.</source>
        <translation>A finished case has a closing time; an open one has none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening time</source>
        <translation>The opening time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time</source>
        <translation>The closing time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case cannot be closed before it was opened.</source>
        <translation>A case cannot be closed before it was opened.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a warranty claim has warranty details.</source>
        <translation>Only a warranty claim has warranty details.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every case line needs a quantity of at least 1.</source>
        <translation>Every case line needs a quantity of at least 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount cannot be negative.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desk/interactions.py" line="+1"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A decision&apos;s amount must be zero or more (a Decimal).</source>
        <translation>A decision&apos;s amount must be zero or more (a Decimal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision time</source>
        <translation>The decision time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot precede its case.</source>
        <translation>A decision cannot precede its case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A granted or rejected decision has a decision time; a pending or withdrawn one has none.</source>
        <translation>A granted or rejected decision has a decision time; a pending or withdrawn one has none.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time it was decided</source>
        <translation>The time it was decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot be decided before it was requested.</source>
        <translation>A decision cannot be decided before it was requested.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case has no customer to grant anything to.</source>
        <translation>This case has no customer to grant anything to.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind} {amount:.2f} {currency} {status} on {case}</source>
        <translation>{kind} {amount:.2f} {currency} {status} on {case}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Effort score</source>
        <translation>Effort score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be between {low} and {high}.</source>
        <translation>{name} must be between {low} and {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A survey needs at least one score.</source>
        <translation>A survey needs at least one score.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer time</source>
        <translation>The answer time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The survey&apos;s case does not exist.</source>
        <translation>The survey&apos;s case does not exist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSAT {score}/5</source>
        <translation>CSAT {score}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort {score}/7</source>
        <translation>effort {score}/7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS {score}</source>
        <translation>NPS {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desk/rules/states.py" line="+115"/>
        <source>{item}, {more}</source>
        <translation>{item}, {more}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey on {case}: {scores}</source>
        <translation>Survey on {case}: {scores}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey: {scores}</source>
        <translation>Survey: {scores}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} has no time zone.</source>
        <translation>{what} has no time zone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is in the future.</source>
        <translation>{what} is in the future.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return {case} opened: {summary}</source>
        <translation>Return {case} opened: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case} opened: {summary}</source>
        <translation>Warranty claim {case} opened: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill {case} opened: {summary}</source>
        <translation>Goodwill {case} opened: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desk/warranty.py" line="+23"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items: {items}</source>
        <translation>Items: {items}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{summary}

{items}</source>
        <translation>{summary}

{items}</translation>
    </message>
    <message>
        <location filename="../../desk/customer360.py" line="+93"/>
        <location filename="../../desk/goodwill.py" line="+4"/>
        <location filename="../../desk/returns.py" line="-92"/>
        <location filename="../../desk/warranty.py" line="-14"/>
        <source>This customer does not exist (any more).</source>
        <translation>This customer does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../desk/customers.py" line="+40"/>
        <source>&apos;{text}&apos; is not an email address.</source>
        <translation>&apos;{text}&apos; is not an email address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; is not a phone number.</source>
        <translation>&apos;{text}&apos; is not a phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name has no letters or digits.</source>
        <translation>The name has no letters or digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer number {number} is already in use.</source>
        <translation>Customer number {number} is already in use.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="+166"/>
        <source>Someone else changed this record a moment ago. Reload it to see their change, then try again.</source>
        <translation>Someone else changed this record a moment ago. Reload it to see their change, then try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database no longer accepts your sign-in (your account was disabled or its password changed). Nothing more can be saved from this desk; ask your supervisor.</source>
        <translation>The database no longer accepts your sign-in (your account was disabled or its password changed). Nothing more can be saved from this desk; ask your supervisor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be reached right now. Nothing was saved; your text is kept. Try again in a moment.</source>
        <translation>The database cannot be reached right now. Nothing was saved; your text is kept. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot open the database: {problem}</source>
        <translation>Cannot open the database: {problem}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This database has no Posventa Desk schema yet. An administrator must run `desk-admin upgrade` first.</source>
        <translation>This database has no Posventa Desk schema yet. An administrator must run `desk-admin upgrade` first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was upgraded by a newer Posventa Desk (schema {current}); this desk knows schema {head} at most. Install the newer desk before you go on.</source>
        <translation>This database was upgraded by a newer Posventa Desk (schema {current}); this desk knows schema {head} at most. Install the newer desk before you go on.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database&apos;s schema ({current}) is older than this desk&apos;s ({head}). An administrator must run `desk-admin upgrade` before the desk can be used.</source>
        <translation>This database&apos;s schema ({current}) is older than this desk&apos;s ({head}). An administrator must run `desk-admin upgrade` before the desk can be used.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your account has been disabled by an administrator. Nothing more can be saved from this desk; ask your supervisor.</source>
        <translation>Your account has been disabled by an administrator. Nothing more can be saved from this desk; ask your supervisor.</translation>
    </message>
    <message>
        <location filename="../../desk/decisions.py" line="-6"/>
        <source>Refund without a receipt</source>
        <translation>Refund without a receipt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free or discounted repair</source>
        <translation>Free or discounted repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>Fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return accepted as an exception</source>
        <translation>Return accepted as an exception</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refund without a receipt</source>
        <translation>refund without a receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goodwill voucher</source>
        <translation>goodwill voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goodwill refund</source>
        <translation>goodwill refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free or discounted repair</source>
        <translation>free or discounted repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee waived</source>
        <translation>fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return accepted as an exception</source>
        <translation>return accepted as an exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price adjustment</source>
        <translation>price adjustment</translation>
    </message>
    <message>
        <location filename="../../desk/messages.py" line="+66"/>
        <source>{first}
{second}</source>
        <translation>{first}
{second}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <location filename="../../desk/decisions.py" line="+31"/>
        <source>{decision} of {amount:.2f} {currency}: {reasons}</source>
        <translation>{decision} of {amount:.2f} {currency}: {reasons}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{decision} ({amount:.2f} {currency}) is waiting for approval.</source>
        <translation>{decision} ({amount:.2f} {currency}) is waiting for approval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{decision} ({amount:.2f} {currency}) was rejected: reject this case, or take it again without it.</source>
        <translation>{decision} ({amount:.2f} {currency}) was rejected: reject this case, or take it again without it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{decision} ({amount:.2f} {currency}) was withdrawn or expired: reject this case, or take it again without it.</source>
        <translation>{decision} ({amount:.2f} {currency}) was withdrawn or expired: reject this case, or take it again without it.</translation>
    </message>
    <message>
        <location filename="../../desk/demo.py" line="+182"/>
        <source>The number of customers cannot be negative.</source>
        <translation>The number of customers cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already has customers; the demo only fills an empty database.</source>
        <translation>This database already has customers; the demo only fills an empty database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference data: {stores} stores, {staff} staff, {products} products, {limits} limits</source>
        <translation>Reference data: {stores} stores, {staff} staff, {products} products, {limits} limits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers {done:,}/{total:,} ({seconds:.1f} s)</source>
        <translation>Customers {done:,}/{total:,} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>User {user} already exists; kept as it is (its password is unchanged)</source>
        <translation>User {user} already exists; kept as it is (its password is unchanged)</translation>
    </message>
    <message>
        <location filename="../../desk/documents.py" line="-23"/>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than {most} MB.</source>
        <translation>{file} is larger than {most} MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case holds at most {most} attached files.</source>
        <translation>A case holds at most {most} attached files.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File attached to {case}: {file}</source>
        <translation>File attached to {case}: {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one file to attach.</source>
        <translation>Choose at least one file to attach.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This document does not exist (any more).</source>
        <translation>This document does not exist (any more).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged: its content no longer matches its checksum.</source>
        <translation>{file} is damaged: its content no longer matches its checksum.</translation>
    </message>
    <message>
        <location filename="../../desk/drafts.py" line="+110"/>
        <source>This form cannot be kept as a draft: {problem}</source>
        <translation>This form cannot be kept as a draft: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was typed is too long to keep as a draft on this computer ({size} KB; at most {most} KB). Shorten it, or save it now.</source>
        <translation>What was typed is too long to keep as a draft on this computer ({size} KB; at most {most} KB). Shorten it, or save it now.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A draft is a set of named fields.</source>
        <translation>A draft is a set of named fields.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This form has too many fields to keep as a draft (more than {most}).</source>
        <translation>This form has too many fields to keep as a draft (more than {most}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form is nested too deeply to keep as a draft.</source>
        <translation>This form is nested too deeply to keep as a draft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: not a number that can be kept.</source>
        <translation>{name}: not a number that can be kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every field of a draft needs a name.</source>
        <translation>Every field of a draft needs a name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is never kept on this computer, not even in a draft.</source>
        <translation>A password is never kept on this computer, not even in a draft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: only text, numbers and yes/no can be kept in a draft.</source>
        <translation>{name}: only text, numbers and yes/no can be kept in a draft.</translation>
    </message>
    <message>
        <location filename="../../desk/goodwill.py" line="-55"/>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed installation or visit</source>
        <translation>Missed installation or visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated repair of the same fault</source>
        <translation>Repeated repair of the same fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price dropped soon after purchase</source>
        <translation>Price dropped soon after purchase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged packaging</source>
        <translation>Damaged packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor service or long wait</source>
        <translation>Poor service or long wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee waived</source>
        <translation>Restocking fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery fee waived</source>
        <translation>Delivery fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee waived</source>
        <translation>Cancellation fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee waived</source>
        <translation>Late fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customer</source>
        <translation>Loyal customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (say why)</source>
        <translation>Other (say why)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the reason from the list.</source>
        <translation>Choose the reason from the list.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That case is not this customer&apos;s.</source>
        <translation>That case is not this customer&apos;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} {amount:.2f} {currency}: {reason}</source>
        <translation>{kind} {amount:.2f} {currency}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} {amount:.2f} {currency}: {reason} (about {case})</source>
        <translation>{kind} {amount:.2f} {currency}: {reason} (about {case})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Granted.</source>
        <translation>Granted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval.</source>
        <translation>Sent for approval.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Choose what to grant from the list.</source>
        <translation>Choose what to grant from the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount, more than zero.</source>
        <translation>Type the amount, more than zero.</translation>
    </message>
    <message>
        <location filename="../../desk/importer.py" line="+79"/>
        <source>{kind}: 1 row read; {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: 1 row read; {added:,} added, {unchanged:,} already present unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {rows:,} rows read; {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: {rows:,} rows read; {added:,} added, {unchanged:,} already present unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders: {rows:,} rows read (1 order); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>Orders: {rows:,} rows read (1 order); {added:,} added, {unchanged:,} already present unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: {rows:,} rows read ({records:,} orders); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>Orders: {rows:,} rows read ({records:,} orders); {added:,} added, {unchanged:,} already present unchanged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {rows:,} rows read ({records:,} records); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: {rows:,} rows read ({records:,} records); {added:,} added, {unchanged:,} already present unchanged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import &apos;{what}&apos;; choose customers, orders or interactions.</source>
        <translation>Cannot import &apos;{what}&apos;; choose customers, orders or interactions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone added the same records while {file} was being imported; nothing was imported. Import it again.</source>
        <translation>Someone added the same records while {file} was being imported; nothing was imported. Import it again.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file}: 1 row of {rows:,} cannot be imported; nothing was imported.</source>
        <translation>{file}: 1 row of {rows:,} cannot be imported; nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported.</source>
        <translation>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported. The first {listed} are listed.</source>
        <translation>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported. The first {listed} are listed.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{file} has a header but no rows; nothing to import.</source>
        <translation>{file} has a header but no rows; nothing to import.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is empty: the first line must name the columns.</source>
        <translation>{file} is empty: the first line must name the columns.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has {fields} fields; the header has {columns}</source>
        <translation>has {fields} fields; the header has {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be read as CSV; nothing was imported.</source>
        <translation>{file} cannot be read as CSV; nothing was imported.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes that are not UTF-8 ({reason})</source>
        <translation>bytes that are not UTF-8 ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown column(s): {names}</source>
        <translation>unknown column(s): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column(s) named twice: {names}</source>
        <translation>column(s) named twice: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing required column(s): {names}</source>
        <translation>missing required column(s): {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the header does not fit; the columns are {columns} (see docs/import.md).</source>
        <translation>{file}: the header does not fit; the columns are {columns} (see docs/import.md).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{column} &apos;{value}&apos; may hold letters, digits and . _ / - only.</source>
        <translation>{column} &apos;{value}&apos; may hold letters, digits and . _ / - only.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{column} &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>{column} &apos;{value}&apos; is not one of {allowed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{column} &apos;{value}&apos; is not an ISO 8601 date and time such as 2024-03-05 14:30 or 2024-03-05T14:30:00+01:00.</source>
        <translation>{column} &apos;{value}&apos; is not an ISO 8601 date and time such as 2024-03-05 14:30 or 2024-03-05T14:30:00+01:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>{column} {value} is in the future.</source>
        <translation>{column} {value} is in the future.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{column} &apos;{value}&apos; is not an ISO 8601 date such as 2024-03-05.</source>
        <translation>{column} &apos;{value}&apos; is not an ISO 8601 date such as 2024-03-05.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quantity &apos;{value}&apos; must be a whole number from 1 to 9999.</source>
        <translation>quantity &apos;{value}&apos; must be a whole number from 1 to 9999.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer {key} is already on line {first} of this file.</source>
        <translation>Customer {key} is already on line {first} of this file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {key} is already on line {first} of this file.</source>
        <translation>Order {key} is already on line {first} of this file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {key} is already on line {first} of this file.</source>
        <translation>Receipt {key} is already on line {first} of this file.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>full_name has no letters or digits.</source>
        <translation>full_name has no letters or digits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language &apos;{language}&apos; is not one of {allowed}.</source>
        <translation>language &apos;{language}&apos; is not one of {allowed}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>customer {number} already exists with different data ({columns}).</source>
        <translation>customer {number} already exists with different data ({columns}).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{problem} An order&apos;s rows must follow one another.</source>
        <translation>{problem} An order&apos;s rows must follow one another.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>order {number} has other order details (receipt, customer, channel, store, times or currency) than on line {line}; each of its rows must repeat them.</source>
        <translation>order {number} has other order details (receipt, customer, channel, store, times or currency) than on line {line}; each of its rows must repeat them.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>delivered_at is before ordered_at.</source>
        <translation>delivered_at is before ordered_at.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency &apos;{currency}&apos; is not a currency code such as EUR.</source>
        <translation>currency &apos;{currency}&apos; is not a currency code such as EUR.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a line with a serial number holds one item: quantity must be 1.</source>
        <translation>a line with a serial number holds one item: quantity must be 1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no store with code {code}.</source>
        <translation>there is no store with code {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>there is no customer {number} (import the customers first).</source>
        <translation>there is no customer {number} (import the customers first).</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>there is no product with SKU {sku}.</source>
        <translation>there is no product with SKU {sku}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt {receipt} belongs to order {order} already.</source>
        <translation>receipt {receipt} belongs to order {order} already.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} already exists with different data ({columns}).</source>
        <translation>order {number} already exists with different data ({columns}).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>there is no user {user}.</source>
        <translation>there is no user {user}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>interaction {reference} already exists with different data ({columns}).</source>
        <translation>interaction {reference} already exists with different data ({columns}).</translation>
    </message>
    <message>
        <location filename="../../desk/interactions.py" line="-16"/>
        <location filename="../../desk/surveys.py" line="-59"/>
        <source>&apos;{channel}&apos; is not a channel.</source>
        <translation>&apos;{channel}&apos; is not a channel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{direction}&apos; is not a direction (inbound or outbound).</source>
        <translation>&apos;{direction}&apos; is not a direction (inbound or outbound).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact time has no time zone.</source>
        <translation>The contact time has no time zone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact time is in the future.</source>
        <translation>The contact time is in the future.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{summary}

Outcome: {outcome}</source>
        <translation>{summary}

Outcome: {outcome}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer visit: {reason}</source>
        <translation>Customer visit: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In store, to the customer: {reason}</source>
        <translation>In store, to the customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone from customer: {reason}</source>
        <translation>Phone from customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone to customer: {reason}</source>
        <translation>Phone to customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email from customer: {reason}</source>
        <translation>Email from customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email to customer: {reason}</source>
        <translation>Email to customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat from customer: {reason}</source>
        <translation>Chat from customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat to customer: {reason}</source>
        <translation>Chat to customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web from customer: {reason}</source>
        <translation>Web from customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web to customer: {reason}</source>
        <translation>Web to customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media from customer: {reason}</source>
        <translation>Social media from customer: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media to customer: {reason}</source>
        <translation>Social media to customer: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desk/kpis.py" line="-230"/>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a period of three years at most.</source>
        <translation>Choose a period of three years at most.</translation>
    </message>
    <message>
        <location line="+200"/>
        <location line="+55"/>
        <location line="+23"/>
        <source>Cases opened</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+54"/>
        <location line="+23"/>
        <source>Cases resolved</source>
        <translation>Cases resolved</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Median time to resolution (hours)</source>
        <translation>Median time to resolution (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile time to resolution (hours)</source>
        <translation>90th percentile time to resolution (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution (%)</source>
        <translation>First-contact resolution (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence within 30 days (%)</source>
        <translation>Recurrence within 30 days (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted ({currency})</source>
        <translation>Goodwill granted ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill budget ({currency})</source>
        <translation>Goodwill budget ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted against budget (%)</source>
        <translation>Goodwill granted against budget (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals decided</source>
        <translation>Approvals decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median approval turnaround (hours)</source>
        <translation>Median approval turnaround (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile approval turnaround (hours)</source>
        <translation>90th percentile approval turnaround (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT answers</source>
        <translation>CSAT answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT satisfied, 4-5 (%)</source>
        <translation>CSAT satisfied, 4-5 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT mean (1-5)</source>
        <translation>CSAT mean (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES answers</source>
        <translation>CES answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES mean (1-7)</source>
        <translation>CES mean (1-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answers</source>
        <translation>NPS answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS (-100 to 100)</source>
        <translation>NPS (-100 to 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys sent</source>
        <translation>Surveys sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>Week starting</source>
        <translation>Week starting</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>CSAT answer</source>
        <translation>CSAT answer</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../desk/letters.py" line="+323"/>
        <source>There is no letter of kind &apos;{kind}&apos;; the letters are: {kinds}.</source>
        <translation>There is no letter of kind &apos;{kind}&apos;; the letters are: {kinds}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter template {file} is missing from {folder}; reinstall the desk or run resources/templates/build_templates.py.</source>
        <translation>The letter template {file} is missing from {folder}; reinstall the desk or run resources/templates/build_templates.py.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../desk/rules/dates.py" line="+22"/>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Madrid.</source>
        <translation>&apos;{zone}&apos; is not a time zone such as Europe/Madrid.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A time without a time zone cannot be printed on a letter.</source>
        <translation>A time without a time zone cannot be printed on a letter.</translation>
    </message>
    <message>
        <location filename="../../desk/orders.py" line="+44"/>
        <source>An order needs at least one line.</source>
        <translation>An order needs at least one line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every order line needs a quantity of at least 1.</source>
        <translation>Every order line needs a quantity of at least 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>A price cannot be negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order cannot be delivered before it was placed.</source>
        <translation>An order cannot be delivered before it was placed.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order {order}: {product} and {more} more, {total:.2f} {currency}</source>
        <translation>Order {order}: {product} and {more} more, {total:.2f} {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order}: {product}, {total:.2f} {currency}</source>
        <translation>Order {order}: {product}, {total:.2f} {currency}</translation>
    </message>
    <message>
        <location filename="../../desk/policy.py" line="-52"/>
        <source>{field}: &apos;{text}&apos; is not an amount.</source>
        <translation>{field}: &apos;{text}&apos; is not an amount.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be zero or more.</source>
        <translation>{field} must be zero or more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} above {most:.2f} is not plausible.</source>
        <translation>{field} above {most:.2f} is not plausible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} has more than two decimals.</source>
        <translation>{field} has more than two decimals.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{field}: &apos;{text}&apos; could mean {whole} or {decimals}. Type {whole} without a separator, or {two} with two decimals.</source>
        <translation>{field}: &apos;{text}&apos; could mean {whole} or {decimals}. Type {whole} without a separator, or {two} with two decimals.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give either a role or a user for the limit, not both.</source>
        <translation>Give either a role or a user for the limit, not both.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days past the return window must be between 0 and 365.</source>
        <translation>Days past the return window must be between 0 and 365.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no user {name}.</source>
        <translation>There is no user {name}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Per decision</source>
        <translation>Per decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent per day</source>
        <translation>Per agent per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per customer over 12 months</source>
        <translation>Per customer over 12 months</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This limit does not exist (any more).</source>
        <translation>This limit does not exist (any more).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A role&apos;s limit is changed, not removed; set it to 0.00 to let that role grant nothing.</source>
        <translation>A role&apos;s limit is changed, not removed; set it to 0.00 to let that role grant nothing.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator can change the empowerment limits.</source>
        <translation>Only an administrator can change the empowerment limits.</translation>
    </message>
    <message>
        <location filename="../../desk/privacy.py" line="+97"/>
        <source>No customer has the id {id}. Nothing was changed.</source>
        <translation>No customer has the id {id}. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a customer number (as printed, e.g. C-000123) or the customer&apos;s numeric id.</source>
        <translation>Give a customer number (as printed, e.g. C-000123) or the customer&apos;s numeric id.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{typed}…&apos; is too long to be a customer number or id.</source>
        <translation>&apos;{typed}…&apos; is too long to be a customer number or id.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{typed}&apos; is customer number {typed} and also the id of customer {other}; give the customer number of the one you mean.</source>
        <translation>&apos;{typed}&apos; is customer number {typed} and also the id of customer {other}; give the customer number of the one you mean.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has the number or id &apos;{typed}&apos;. Nothing was changed.</source>
        <translation>No customer has the number or id &apos;{typed}&apos;. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Customer {number} was already erased on {day:%Y-%m-%d}; nothing was changed.</source>
        <translation>Customer {number} was already erased on {day:%Y-%m-%d}; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desk/returns.py" line="-26"/>
        <source>{case} is not a return.</source>
        <translation>{case} is not a return.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return {case} can be refunded once its items are received.</source>
        <translation>Return {case} can be refunded once its items are received.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {case} cannot be settled yet:
{problems}</source>
        <translation>Return {case} cannot be settled yet:
{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchanged; price difference {difference:.2f} {currency}.</source>
        <translation>Exchanged; price difference {difference:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund {amount:.2f} {currency} to {method}.</source>
        <translation>Refund {amount:.2f} {currency} to {method}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add at least one item to return.</source>
        <translation>Add at least one item to return.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return holds at most {most} lines.</source>
        <translation>A return holds at most {most} lines.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a refund method and a channel from the lists.</source>
        <translation>Choose a refund method and a channel from the lists.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same order line is listed twice: change its quantity instead.</source>
        <translation>The same order line is listed twice: change its quantity instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {number}: that order line does not exist (any more).</source>
        <translation>Line {number}: that order line does not exist (any more).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {number} ({description}): {problem}</source>
        <translation>Line {number} ({description}): {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines bought in different currencies go in separate returns.</source>
        <translation>Lines bought in different currencies go in separate returns.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line {number}: choose the item&apos;s condition from the list.</source>
        <translation>Line {number}: choose the item&apos;s condition from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number}: the quantity must be a whole number from 1 to {most}.</source>
        <translation>Line {number}: the quantity must be a whole number from 1 to {most}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {number}: a serial number has at most {most} characters.</source>
        <translation>Line {number}: a serial number has at most {most} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} reason</source>
        <translation>Line {number} reason</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is outside the rules: accept it as an exception (with a reason) or leave it out.</source>
        <translation>it is outside the rules: accept it as an exception (with a reason) or leave it out.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number} description</source>
        <translation>Line {number} description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}: that product does not exist.</source>
        <translation>Line {number}: that product does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {number} amount</source>
        <translation>Line {number} amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number}: type the amount to refund for an item with no order on file.</source>
        <translation>Line {number}: type the amount to refund for an item with no order on file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order on file: the refund is a decision under the empowerment policy.</source>
        <translation>No order on file: the refund is a decision under the empowerment policy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose its condition (unopened, opened, damaged, missing parts).</source>
        <translation>choose its condition (unopened, opened, damaged, missing parts).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose &apos;exchange&apos; as the refund method to give another product.</source>
        <translation>Choose &apos;exchange&apos; as the refund method to give another product.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product the customer takes in exchange.</source>
        <translation>Choose the product the customer takes in exchange.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product chosen for the exchange does not exist.</source>
        <translation>The product chosen for the exchange does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange quantity must be from 1 to {most}.</source>
        <translation>The exchange quantity must be from 1 to {most}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Return of {items}: refund {amount:.2f} {currency}.</source>
        <translation>Return of {items}: refund {amount:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say why in the reason box: {decision}.</source>
        <translation>Say why in the reason box: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {first}, {second}.</source>
        <translation>Say why in the reason box: {first}, {second}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {first}, {second}, {third}.</source>
        <translation>Say why in the reason box: {first}, {second}, {third}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {decisions}.</source>
        <translation>Say why in the reason box: {decisions}.</translation>
    </message>
    <message>
        <location filename="../../desk/rule_store.py" line="+45"/>
        <source>Only an administrator can change the after-sales rules.</source>
        <translation>Only an administrator can change the after-sales rules.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules file is too long (at most {most:,} characters).</source>
        <translation>The rules file is too long (at most {most:,} characters).</translation>
    </message>
    <message>
        <location filename="../../desk/rules/dates.py" line="-4"/>
        <source>A time without a time zone cannot be placed on a calendar.</source>
        <translation>A time without a time zone cannot be placed on a calendar.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/empowerment.py" line="+25"/>
        <source>an agent</source>
        <translation>an agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a store manager</source>
        <translation>a store manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>a supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an administrator</source>
        <translation>an administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agent</source>
        <translation>An agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A store manager</source>
        <translation>A store manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor</source>
        <translation>A supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An administrator</source>
        <translation>An administrator</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{amount:.2f} {currency} will go to {approver} for approval (your store has no {usual}).</source>
        <translation>{amount:.2f} {currency} will go to {approver} for approval (your store has no {usual}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} will go to {approver} for approval.</source>
        <translation>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} will go to {approver} for approval.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount:.2f} {currency} will go to {approver} for approval.</source>
        <translation>{amount:.2f} {currency} will go to {approver} for approval.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A decision is worth more than zero.</source>
        <translation>A decision is worth more than zero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} is within your limits.</source>
        <translation>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} is within your limits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} cannot grant it either: {why}.</source>
        <translation>{role} cannot grant it either: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody may grant this: the highest limit is {limit:.2f} {currency} per decision.</source>
        <translation>Nobody may grant this: the highest limit is {limit:.2f} {currency} per decision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody may grant this: no limit is set for {kind} in {currency}.</source>
        <translation>Nobody may grant this: no limit is set for {kind} in {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no limit for {kind} in {currency}.</source>
        <translation>You have no limit for {kind} in {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount:.2f} {currency} is above your limit of {limit:.2f} {currency} per decision.</source>
        <translation>{amount:.2f} {currency} is above your limit of {limit:.2f} {currency} per decision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} days past the window; you may accept up to {most}.</source>
        <translation>{days} days past the window; you may accept up to {most}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have granted {today:.2f} {currency} today of your {day:.2f} {currency} a day.</source>
        <translation>You have granted {today:.2f} {currency} today of your {day:.2f} {currency} a day.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer has had {had:.2f} {currency} in 12 months; the cap is {cap:.2f} {currency}.</source>
        <translation>This customer has had {had:.2f} {currency} in 12 months; the cap is {cap:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no limit is set for it</source>
        <translation>no limit is set for it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limit is {limit:.2f} {currency} per decision</source>
        <translation>the limit is {limit:.2f} {currency} per decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {days} days past the window</source>
        <translation>at most {days} days past the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this customer&apos;s 12-month total would pass the cap of {cap:.2f} {currency}</source>
        <translation>this customer&apos;s 12-month total would pass the cap of {cap:.2f} {currency}</translation>
    </message>
    <message>
        <location filename="../../desk/rules/returns.py" line="+95"/>
        <source>All {quantity} bought on this line have already been returned.</source>
        <translation>All {quantity} bought on this line have already been returned.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return at least one item.</source>
        <translation>Return at least one item.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {remaining} of {quantity} can still be returned ({returned} already returned).</source>
        <translation>Only {remaining} of {quantity} can still be returned ({returned} already returned).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {quantity} were bought on this line.</source>
        <translation>Only {quantity} were bought on this line.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not delivered yet: the return window has not started.</source>
        <translation>Not delivered yet: the return window has not started.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside the {days}-day return window (until {until:%d/%m/%Y}).</source>
        <translation>Inside the {days}-day return window (until {until:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {days}-day return window ended on {ended:%d/%m/%Y} (1 day ago).</source>
        <translation>The {days}-day return window ended on {ended:%d/%m/%Y} (1 day ago).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {days}-day return window ended on {ended:%d/%m/%Y} ({ago} days ago).</source>
        <translation>The {days}-day return window ended on {ended:%d/%m/%Y} ({ago} days ago).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance sale: the legal {days}-day right of withdrawal runs until {until:%d/%m/%Y}.</source>
        <translation>Distance sale: the legal {days}-day right of withdrawal runs until {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Condition {condition} is not accepted without an exception.</source>
        <translation>Condition {condition} is not accepted without an exception.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the window: it can only be accepted as an exception.</source>
        <translation>Outside the window: it can only be accepted as an exception.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restocking fee {percent:f}% for {condition} items.</source>
        <translation>Restocking fee {percent:f}% for {condition} items.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scan or type the serial number (sold with serial {serial}).</source>
        <translation>Scan or type the serial number (sold with serial {serial}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {given} is not the one sold on this line ({sold}).</source>
        <translation>Serial {given} is not the one sold on this line ({sold}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number matches the one sold.</source>
        <translation>Serial number matches the one sold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serialised product: record the serial number handed back.</source>
        <translation>Serialised product: record the serial number handed back.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/settings.py" line="+60"/>
        <source>legal minimum</source>
        <translation>legal minimum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal guarantee in {country} for goods bought from {since:%Y-%m-%d}</source>
        <translation>legal guarantee in {country} for goods bought from {since:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rules file is not valid TOML: {problem}</source>
        <translation>The rules file is not valid TOML: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>returns.restocking_fee.categories must be a table of category = {{ condition = percent }}.</source>
        <translation>returns.restocking_fee.categories must be a table of category = {{ condition = percent }}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The rules need a [{setting}] table.</source>
        <translation>The rules need a [{setting}] table.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{setting} must be a whole number from {low} to {high}.</source>
        <translation>{setting} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be a list of words.</source>
        <translation>{setting} must be a list of words.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{setting}: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>{setting}: &apos;{value}&apos; is not one of {allowed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be one of {allowed}.</source>
        <translation>{setting} must be one of {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{setting} must be a table of condition = percent.</source>
        <translation>{setting} must be a table of condition = percent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{setting}: &apos;{name}&apos; is not a condition.</source>
        <translation>{setting}: &apos;{name}&apos; is not a condition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} must be a percent from 0 to 100.</source>
        <translation>{setting} must be a percent from 0 to 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warranty.legal rule {number} must be a table with country, from and months.</source>
        <translation>warranty.legal rule {number} must be a table with country, from and months.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty.legal rule {number}: country must be a two-letter code such as ES.</source>
        <translation>warranty.legal rule {number}: country must be a two-letter code such as ES.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warranty.legal rule {number}: from must be a date such as 2022-01-01.</source>
        <translation>warranty.legal rule {number}: from must be a date such as 2022-01-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty.legal rule {number}: months must be a whole number from 1 to 240.</source>
        <translation>warranty.legal rule {number}: months must be a whole number from 1 to 240.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/states.py" line="-65"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting items</source>
        <translation>Awaiting items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Exchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>Diagnosing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Awaiting parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Returned to customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A return cannot be {state}.</source>
        <translation>A return cannot be {state}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warranty claim cannot be {state}.</source>
        <translation>A warranty claim cannot be {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A goodwill cannot be {state}.</source>
        <translation>A goodwill cannot be {state}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This return is {state}: it is finished and cannot change.</source>
        <translation>This return is {state}: it is finished and cannot change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This warranty claim is {state}: it is finished and cannot change.</source>
        <translation>This warranty claim is {state}: it is finished and cannot change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This goodwill is {state}: it is finished and cannot change.</source>
        <translation>This goodwill is {state}: it is finished and cannot change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{state}</source>
        <translation>{state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>A return that is {current} cannot become {wanted}; it can become: {options}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A warranty claim that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>A warranty claim that is {current} cannot become {wanted}; it can become: {options}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goodwill that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>A goodwill that is {current} cannot become {wanted}; it can become: {options}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <location filename="../../desk/rules/warranty.py" line="+28"/>
        <source>accidental damage</source>
        <translation>accidental damage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liquid damage</source>
        <translation>liquid damage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misuse</source>
        <translation>misuse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal wear</source>
        <translation>normal wear</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+1"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason} {more}</source>
        <translation>{reason} {more}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No purchase on file: the cover cannot be shown. Quote the repair, or grant it as a decision.</source>
        <translation>No purchase on file: the cover cannot be shown. Quote the repair, or grant it as a decision.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serial {given} is neither the one sold on order {order} ({sold}) nor a replacement handed over for it.</source>
        <translation>Serial {given} is neither the one sold on order {order} ({sold}) nor a replacement handed over for it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial not given yet (sold: {sold}).</source>
        <translation>Serial not given yet (sold: {sold}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial matches the one sold.</source>
        <translation>Serial matches the one sold.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial {given} is the replacement handed over under {case}.</source>
        <translation>Serial {given} is the replacement handed over under {case}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The replacement is covered until {until:%d/%m/%Y} (restart rule).</source>
        <translation>The replacement is covered until {until:%d/%m/%Y} (restart rule).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replacement is covered until {until:%d/%m/%Y} (remaining rule).</source>
        <translation>The replacement is covered until {until:%d/%m/%Y} (remaining rule).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not covered by any guarantee: {cause}.</source>
        <translation>Not covered by any guarantee: {cause}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause given: {cause}.</source>
        <translation>Cause given: {cause}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In warranty: {months}-month {source}, until {until:%d/%m/%Y}.</source>
        <translation>In warranty: {months}-month {source}, until {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y} (the legal guarantee ended on {legal:%d/%m/%Y}).</source>
        <translation>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y} (the legal guarantee ended on {legal:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y}.</source>
        <translation>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fault repaired under {case} stays covered until {until:%d/%m/%Y}.</source>
        <translation>The fault repaired under {case} stays covered until {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{case} is not an earlier repair of this item.</source>
        <translation>{case} is not an earlier repair of this item.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} day ago).</source>
        <translation>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} day ago).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} days ago).</source>
        <translation>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} days ago).</translation>
    </message>
    <message>
        <location filename="../../desk/scale.py" line="+149"/>
        <source>The number of customers must be between 0 and {most:,}.</source>
        <translation>The number of customers must be between 0 and {most:,}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events per customer must be between 0 and {most}.</source>
        <translation>Events per customer must be between 0 and {most}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customers {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} customers/s)</source>
        <translation>Customers {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} customers/s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing the loaded tables</source>
        <translation>Analysing the loaded tables</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database has customers but no stores or products; add them before seed-scale.</source>
        <translation>This database has customers but no stores or products; add them before seed-scale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stores or products yet: adding the demo&apos;s stores, staff, catalogue and limits</source>
        <translation>No stores or products yet: adding the demo&apos;s stores, staff, catalogue and limits</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Recreated index {index} ({seconds:.1f} s)</source>
        <translation>Recreated index {index} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recreated foreign key {key} ({seconds:.1f} s)</source>
        <translation>Recreated foreign key {key} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{table} {number} is numbered like the rows seed-scale would add; nothing was added.</source>
        <translation>{table} {number} is numbered like the rows seed-scale would add; nothing was added.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There are no products to sell; add a catalogue before seed-scale.</source>
        <translation>There are no products to sell; add a catalogue before seed-scale.</translation>
    </message>
    <message>
        <location filename="../../desk/search.py" line="+192"/>
        <source>Order {order}</source>
        <translation>Order {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {receipt}, order {order}</source>
        <translation>Receipt {receipt}, order {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial}, order {order}</source>
        <translation>Serial {serial}, order {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial {serial}, case {case}</source>
        <translation>Serial {serial}, case {case}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return {case}, {state}</source>
        <translation>Return {case}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case}, {state}</source>
        <translation>Warranty claim {case}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill {case}, {state}</source>
        <translation>Goodwill {case}, {state}</translation>
    </message>
    <message>
        <location filename="../../desk/staff.py" line="-65"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name may hold letters, digits, dots, dashes and underscores only.</source>
        <translation>A user name may hold letters, digits, dots, dashes and underscores only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User {user} already exists.</source>
        <translation>User {user} already exists.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least {least} characters.</source>
        <translation>A password needs at least {least} characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no store with code {code}.</source>
        <translation>There is no store with code {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no user {user}.</source>
        <translation>There is no user {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User {user} is already enabled.</source>
        <translation>User {user} is already enabled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {user} is already disabled.</source>
        <translation>User {user} is already disabled.</translation>
    </message>
    <message>
        <location filename="../../desk/surveys.py" line="-23"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Satisfaction (CSAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort score (CES)</source>
        <translation>Effort score (CES)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation (NPS)</source>
        <translation>Recommendation (NPS)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be from {low} to {high}; {value} was given.</source>
        <translation>{label} must be from {low} to {high}; {value} was given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give at least one of the customer&apos;s scores (satisfaction, effort or recommendation).</source>
        <translation>Give at least one of the customer&apos;s scores (satisfaction, effort or recommendation).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Satisfaction survey sent to the customer.</source>
        <translation>Satisfaction survey sent to the customer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A survey for {case} was already sent on {sent:%Y-%m-%d %H:%M} UTC.</source>
        <translation>A survey for {case} was already sent on {sent:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey about {case} sent to the customer.</source>
        <translation>Satisfaction survey about {case} sent to the customer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Case {case} is not this customer&apos;s: a survey belongs to their own case.</source>
        <translation>Case {case} is not this customer&apos;s: a survey belongs to their own case.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} is still open: ask for the survey once it is settled.</source>
        <translation>Case {case} is still open: ask for the survey once it is settled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} was cancelled: there is nothing for the customer to rate.</source>
        <translation>Case {case} was cancelled: there is nothing for the customer to rate.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer&apos;s answers for {case} were already recorded on {answered:%Y-%m-%d %H:%M} UTC; a case has one survey.</source>
        <translation>The customer&apos;s answers for {case} were already recorded on {answered:%Y-%m-%d %H:%M} UTC; a case has one survey.</translation>
    </message>
    <message>
        <location filename="../../desk/text.py" line="+2"/>
        <source>{field} contains invisible control characters; please retype it.</source>
        <translation>{field} contains invisible control characters; please retype it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long ({length} characters; at most {most}).</source>
        <translation>{field} is too long ({length} characters; at most {most}).</translation>
    </message>
    <message>
        <location filename="../../desk/timeline.py" line="+103"/>
        <source>A timeline page holds between 1 and 500 events.</source>
        <translation>A timeline page holds between 1 and 500 events.</translation>
    </message>
    <message>
        <location filename="../../desk/warranty.py" line="-12"/>
        <source>Fault description</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible damage</source>
        <translation>Visible damage</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Repair centre</source>
        <translation>Repair centre</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Repair quote</source>
        <translation>Repair quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair amount</source>
        <translation>Free repair amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>The due date must be today or later.</source>
        <translation>The due date must be today or later.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Scan or type the serial number of the item (sold with {sold}).</source>
        <translation>Scan or type the serial number of the item (sold with {sold}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the item: there is no order on file for it.</source>
        <translation>Describe the item: there is no order on file for it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bought on order {order} by another customer.</source>
        <translation>Bought on order {order} by another customer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: {fault}</source>
        <translation>{item}: {fault}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a technician or type a repair centre.</source>
        <translation>Choose a technician or type a repair centre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date has no time zone.</source>
        <translation>The due date has no time zone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim {case} is finished: it cannot be assigned any more.</source>
        <translation>Claim {case} is finished: it cannot be assigned any more.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warranty claim {case}: assigned to {who}; due {due:%d/%m/%Y}</source>
        <translation>Warranty claim {case}: assigned to {who}; due {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty claim {case}: assigned to {who}</source>
        <translation>Warranty claim {case}: assigned to {who}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose repair, replace or refund.</source>
        <translation>Choose repair, replace or refund.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan or type the serial number of the replacement.</source>
        <translation>Scan or type the serial number of the replacement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>A serial number has at most 60 characters.</source>
        <translation>A serial number has at most 60 characters.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Refund amount</source>
        <translation>Refund amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount refunded.</source>
        <translation>Type the amount refunded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {case} cannot be resolved yet:
{blocked}</source>
        <translation>Claim {case} cannot be resolved yet:
{blocked}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnosis: {text}</source>
        <translation>Diagnosis: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{note}
Replaced by serial {serial}, covered until {until:%d/%m/%Y}.</source>
        <translation>{note}
Replaced by serial {serial}, covered until {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{note}
Refund {amount:.2f} {currency}.</source>
        <translation>{note}
Refund {amount:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The repaired fault is covered until {until:%d/%m/%Y}.</source>
        <translation>The repaired fault is covered until {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a period with a start before its end.</source>
        <translation>Give a period with a start before its end.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;{cause}&apos; is not a cause the desk knows.</source>
        <translation>&apos;{cause}&apos; is not a cause the desk knows.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That order line does not exist (any more).</source>
        <translation>That order line does not exist (any more).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The claim is in warranty: the repair is free already.</source>
        <translation>The claim is in warranty: the repair is free already.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free part of the repair cannot be more than its quote.</source>
        <translation>The free part of the repair cannot be more than its quote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: free or discounted repair.</source>
        <translation>Say why in the reason box: free or discounted repair.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refund cannot be more than was paid for the item ({paid:.2f} {currency}).</source>
        <translation>The refund cannot be more than was paid for the item ({paid:.2f} {currency}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim {case} is {entitlement}: a replacement the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</source>
        <translation>Claim {case} is {entitlement}: a replacement the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {case} is {entitlement}: a refund the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</source>
        <translation>Claim {case} is {entitlement}: a refund the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That technician does not exist or no longer works here.</source>
        <translation>That technician does not exist or no longer works here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who bears the cost: the store, the supplier, the brand or the customer.</source>
        <translation>Choose who bears the cost: the store, the supplier, the brand or the customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged to</source>
        <translation>Charged to</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{case} is not a warranty claim.</source>
        <translation>{case} is not a warranty claim.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="+58"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The case on screen has been reloaded: check it, then save again.</source>
        <translation>The case on screen has been reloaded: check it, then save again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Close without saving? What you typed will be lost.</translation>
    </message>
</context>
<context>
    <name>ApprovalDetail</name>
    <message>
        <location filename="../../desk/ui/approvals/detail.py" line="+37"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifetime spend</source>
        <translation>Lifetime spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill, 12 months</source>
        <translation>Goodwill, 12 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In their words</source>
        <translation>In their words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past the window</source>
        <translation>Past the window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deciding for</source>
        <translation>Deciding for</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>for {customer}</source>
        <translation>for {customer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {role}</source>
        <translation>a {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (you are their delegate)</source>
        <translation>{name} (you are their delegate)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no purchases on record</source>
        <translation>no purchases on record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved up: nobody decided it in time at the level below.</source>
        <translation>Moved up: nobody decided it in time at the level below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent: it has been waiting a while.</source>
        <translation>Reminder sent: it has been waiting a while.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../desk/ui/approvals/panel.py" line="+112"/>
        <location line="+154"/>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Requests waiting for your decision</source>
        <translation>Requests waiting for your decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>My requests</source>
        <translation>My requests</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>What you asked for, and the answers</source>
        <translation>What you asked for, and the answers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delegate…</source>
        <translation>&amp;Delegate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let a colleague decide your requests while you are away</source>
        <translation>Let a colleague decide your requests while you are away</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to decide.
Requests above your team&apos;s limits appear here the moment they are made.</source>
        <translation>Nothing to decide.
Requests above your team&apos;s limits appear here the moment they are made.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No requests of yours in the last {days} days.
When something you grant is above your limit, it waits here until someone answers.</source>
        <translation>No requests of yours in the last {days} days.
When something you grant is above your limit, it waits here until someone answers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the selected request (Ctrl+Enter)</source>
        <translation>Approve the selected request (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject it, with a reason for the requester</source>
        <translation>Reject it, with a reason for the requester</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take your request back</source>
        <translation>Take your request back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the case this request belongs to</source>
        <translation>Open the case this request belongs to</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>To decide ({n})</source>
        <translation>To decide ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My requests ({n})</source>
        <translation>My requests ({n})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not reload: {reason}</source>
        <translation>Could not reload: {reason}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Approved: {what}. {name} is told at once.</source>
        <translation>Approved: {what}. {name} is told at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: {what}. {name} is told at once, with your reason.</source>
        <translation>Rejected: {what}. {name} is told at once, with your reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn: {what}.</source>
        <translation>Withdrawn: {what}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list has been reloaded.</source>
        <translation>The list has been reloaded.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="+59"/>
        <source>Assign the repair</source>
        <translation>Assign the repair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody in the shop (repair centre only)</source>
        <translation>Nobody in the shop (repair centre only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. SAT Bosch Barcelona</source>
        <translation>e.g. SAT Bosch Barcelona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Technician</source>
        <translation>&amp;Technician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair &amp;centre</source>
        <translation>Repair &amp;centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date has passed: choose the new one you can promise the customer.</source>
        <translation>This date has passed: choose the new one you can promise the customer.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desk/ui/warranty/attachments.py" line="+84"/>
        <source>Add photos or fi&amp;les…</source>
        <translation>Add photos or fi&amp;les…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen file (Delete)</source>
        <translation>Remove the chosen file (Delete)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos or files for the claim</source>
        <translation>Photos or files for the claim</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../desk/ui/cases/header.py" line="+81"/>
        <source>No customer on file</source>
        <translation>No customer on file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {when}</source>
        <translation>Opened {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {when} by {name}</source>
        <translation>Opened {when} by {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to {name}</source>
        <translation>Assigned to {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed {when}</source>
        <translation>Closed {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: was due {day}</source>
        <translation>Overdue: was due {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due {day}</source>
        <translation>Due {day}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another product</source>
        <translation>another product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange for {product}</source>
        <translation>Exchange for {product}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer pays {amount}</source>
        <translation>the customer pays {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer gets back {amount}</source>
        <translation>the customer gets back {amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund {amount} to {method}</source>
        <translation>Refund {amount} to {method}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original payment</source>
        <translation>original payment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restocking fee {amount} kept</source>
        <translation>restocking fee {amount} kept</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desk/ui/cases/my_cases.py" line="+88"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due {day} (overdue)</source>
        <translation>due {day} (overdue)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due {day}</source>
        <translation>due {day}</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../desk/ui/cases/window.py" line="+80"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Sur&amp;vey…</source>
        <translation>Sur&amp;vey…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the customer&apos;s survey answers, or that the survey was sent</source>
        <translation>Record the customer&apos;s survey answers, or that the survey was sent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Op&amp;en</source>
        <translation>Op&amp;en</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected document (Enter)</source>
        <translation>Open the selected document (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prin&amp;t</source>
        <translation>Prin&amp;t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected document</source>
        <translation>Print the selected document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;files…</source>
        <translation>Attach &amp;files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach photos or documents to the case (Alt+F)</source>
        <translation>Attach photos or documents to the case (Alt+F)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Up to date at {time} · F5 reloads</source>
        <translation>Up to date at {time} · F5 reloads</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case not shown</source>
        <translation>Case not shown</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot be settled yet:</source>
        <translation>Cannot be settled yet:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval:</source>
        <translation>Waiting for approval:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refund {amount}</source>
        <translation>&amp;Refund {amount}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The case has been reloaded with the latest changes.</source>
        <translation>The case has been reloaded with the latest changes.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Survey recorded</source>
        <translation>Survey recorded</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {name}</source>
        <translation>Opened {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files to {number}</source>
        <translation>Attach files to {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 file attached</source>
        <translation>1 file attached</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} files attached</source>
        <translation>{count} files attached</translation>
    </message>
</context>
<context>
    <name>CustomerHeaderWidget</name>
    <message>
        <location filename="../../desk/ui/customer/header.py" line="+41"/>
        <source>Lifetime spend</source>
        <translation>Lifetime spend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill, last 12 months</source>
        <translation>Goodwill, last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer since {date}</source>
        <translation>Customer since {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last {when}</source>
        <translation>last {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No phone, email or address on file</source>
        <translation>No phone, email or address on file</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../desk/ui/customer/view.py" line="+64"/>
        <source>Log a contact   Ctrl+L</source>
        <translation>Log a contact   Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a contact with this customer (Ctrl+L)</source>
        <translation>Log a contact with this customer (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return…   Ctrl+R</source>
        <translation>Return…   Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a return from this customer (Ctrl+R)</source>
        <translation>Take a return from this customer (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim…   Ctrl+G</source>
        <translation>Warranty claim…   Ctrl+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a warranty claim from this customer (Ctrl+G)</source>
        <translation>Take a warranty claim from this customer (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill…   Ctrl+D</source>
        <translation>Goodwill…   Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A voucher, refund, free repair or fee waived for this customer (Ctrl+D)</source>
        <translation>A voucher, refund, free repair or fee waived for this customer (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find a customer on the left, then open them to see their whole history here.</source>
        <translation>Find a customer on the left, then open them to see their whole history here.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../desk/ui/dashboard/window.py" line="+49"/>
        <source>Cases opened</source>
        <translation>Cases opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases opened in the period</source>
        <translation>Cases opened in the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases resolved</source>
        <translation>Cases resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases that reached a final state in the period (cancelled ones excluded)</source>
        <translation>Cases that reached a final state in the period (cancelled ones excluded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to resolution</source>
        <translation>Median time to resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half the cases resolved were resolved faster than this</source>
        <translation>Half the cases resolved were resolved faster than this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine in ten cases resolved were resolved at least this fast</source>
        <translation>Nine in ten cases resolved were resolved at least this fast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases on which the customer contacted us at most once</source>
        <translation>Resolved cases on which the customer contacted us at most once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence within 30 days</source>
        <translation>Recurrence within 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases whose customer came back within 30 days</source>
        <translation>Resolved cases whose customer came back within 30 days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill against budget</source>
        <translation>Goodwill against budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted, against what the staff may grant per day × days</source>
        <translation>Goodwill granted, against what the staff may grant per day × days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval turnaround</source>
        <translation>Approval turnaround</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (and 90th percentile) time from request to decision</source>
        <translation>Median (and 90th percentile) time from request to decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of answers 4 or 5, and the mean (1-5)</source>
        <translation>Share of answers 4 or 5, and the mean (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer effort</source>
        <translation>Customer effort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean Customer Effort Score (1-7, higher is easier)</source>
        <translation>Mean Customer Effort Score (1-7, higher is easier)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% promoters (9-10) − % detractors (0-6)</source>
        <translation>% promoters (9-10) − % detractors (0-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys answered and sent in the period</source>
        <translation>Surveys answered and sent in the period</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Service figures</source>
        <translation>Service figures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All staff</source>
        <translation>All staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store / team</source>
        <translation>Store / team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figures from {start} to {end} (UTC days) · F5 reloads</source>
        <translation>Figures from {start} to {end} (UTC days) · F5 reloads</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time to resolution</source>
        <translation>time to resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} resolved</source>
        <translation>{n} of {total} resolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} cases</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{granted} of {budget}</source>
        <translation>{granted} of {budget}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted · budgets are per store</source>
        <translation>granted · budgets are per store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted · no budget set (desk-admin set-budget)</source>
        <translation>granted · no budget set (desk-admin set-budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90 {p90} · {n} decided</source>
        <translation>p90 {p90} · {n} decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean {mean} · {n} answers</source>
        <translation>mean {mean} · {n} answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} answers</source>
        <translation>{n} answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{p} promoters · {d} detractors</source>
        <translation>{p} promoters · {d} detractors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered · {n} sent</source>
        <translation>answered · {n} sent</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Export the figures</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} could not be written ({why}).</source>
        <translation>{name} could not be written ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}</source>
        <translation>Saved {name}</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+170"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked {when}</source>
        <translation>Asked {when}</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../desk/ui/approvals/delegate.py" line="+47"/>
        <source>Delegate approvals</source>
        <translation>Delegate approvals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While you are away, a colleague can decide the requests you could decide. You can still decide them yourself, and you can end it at any time.</source>
        <translation>While you are away, a colleague can decide the requests you could decide. You can still decide them yourself, and you can end it at any time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or user name</source>
        <translation>Name or user name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;until</source>
        <translation>&amp;until</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Delegate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Colleague</source>
        <translation>&amp;Colleague</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In force or planned</source>
        <translation>In force or planned</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegation given or received.</source>
        <translation>No delegation given or received.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected delegation you gave, now</source>
        <translation>End the selected delegation you gave, now</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose the colleague who decides while you are away.</source>
        <translation>Choose the colleague who decides while you are away.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} can decide for you from {first} until {last}.</source>
        <translation>{name} can decide for you from {first} until {last}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The delegation has ended.</source>
        <translation>The delegation has ended.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} decides for you · {span}</source>
        <translation>{name} decides for you · {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decide for {name} · {span}</source>
        <translation>You decide for {name} · {span}</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+82"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents yet: print a letter or attach a photo.</source>
        <translation>No documents yet: print a letter or attach a photo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached file</source>
        <translation>Attached file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desk/ui/warranty/done.py" line="+46"/>
        <source>&amp;Print intake form</source>
        <translation>&amp;Print intake form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim {number} opened — {outcome}</source>
        <translation>Claim {number} opened — {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due by {day}</source>
        <translation>due by {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The claim waits for the item: ask the customer to bring or send it.</source>
        <translation>The claim waits for the item: ask the customer to bring or send it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is at the counter: print the intake form for the customer to sign.</source>
        <translation>The item is at the counter: print the intake form for the customer to sign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The store&apos;s part of the repair ({amount}) is granted by you.</source>
        <translation>✓ The store&apos;s part of the repair ({amount}) is granted by you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>! The store&apos;s part of the repair ({amount}) was sent for approval to {role}; the repair cannot be settled before.</source>
        <translation>! The store&apos;s part of the repair ({amount}) was sent for approval to {role}; the repair cannot be settled before.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In warranty until {day}</source>
        <translation>In warranty until {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of warranty: cover ended on {day}</source>
        <translation>Out of warranty: cover ended on {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the intake form…</source>
        <translation>Preparing the intake form…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The intake form was sent to the printer.</source>
        <translation>The intake form was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>EvaluationBox</name>
    <message>
        <location filename="../../desk/ui/goodwill/evaluation.py" line="+63"/>
        <source>Within your limits: you grant it yourself</source>
        <translation>Within your limits: you grant it yourself</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to {role} for approval</source>
        <translation>Goes to {role} for approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may grant this</source>
        <translation>Nobody may grant this</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../desk/ui/goodwill/dialog.py" line="+80"/>
        <location line="+43"/>
        <source>Goodwill for {name}</source>
        <translation>Goodwill for {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 40 or 40,50</source>
        <translation>e.g. 40 or 40,50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose why…</source>
        <translation>Choose why…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;What to give</source>
        <translation>&amp;What to give</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;mount</source>
        <translation>A&amp;mount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+116"/>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+116"/>
        <source>Ask for approval</source>
        <translation>Ask for approval</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+220"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Recorded as a gesture about the case it was opened from.</source>
        <translation>Recorded as a gesture about the case it was opened from.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your w&amp;ords
(required)</source>
        <translation>In your w&amp;ords
(required)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In your w&amp;ords</source>
        <translation>In your w&amp;ords</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for “Other”: say why in a few words. The approver and the reports read it.</source>
        <translation>Required for “Other”: say why in a few words. The approver and the reports read it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what the customer said. Whoever approves it reads this.</source>
        <translation>What happened, what the customer said. Whoever approves it reads this.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the amount: this box says whether it is yours to grant, or who approves it.</source>
        <translation>Type the amount: this box says whether it is yours to grant, or who approves it.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Send it to be approved (Ctrl+Enter)</source>
        <translation>Send it to be approved (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant it now (Ctrl+Enter)</source>
        <translation>Grant it now (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the amount, or choose another gesture.</source>
        <translation>Lower the amount, or choose another gesture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter asks for approval</source>
        <translation>Ctrl+Enter asks for approval</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter grants</source>
        <translation>Ctrl+Enter grants</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing was saved: nobody may grant this amount. Lower it, or choose another gesture.</source>
        <translation>Nothing was saved: nobody may grant this amount. Lower it, or choose another gesture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Other” needs a few words: say why in “In your words”.</source>
        <translation>“Other” needs a few words: say why in “In your words”.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was saved. {reason}</source>
        <translation>Nothing was saved. {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close without saving the goodwill? What you typed will be lost.</source>
        <translation>Close without saving the goodwill? What you typed will be lost.</translation>
    </message>
</context>
<context>
    <name>GoodwillDonePage</name>
    <message>
        <location filename="../../desk/ui/goodwill/done_page.py" line="+62"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Granted: {what} ({number})</source>
        <translation>Granted: {what} ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {reason}. Granted by you; the case is closed.</source>
        <translation>Reason: {reason}. Granted by you; the case is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the customer&apos;s history now. Tell the customer what they get.</source>
        <translation>It is on the customer&apos;s history now. Tell the customer what they get.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for approval to {role}</source>
        <translation>Sent for approval to {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} · case {number} · reason: {reason}</source>
        <translation>{what} · case {number} · reason: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is given until it is approved: tell the customer it is being reviewed. The answer shows on the case and on the customer&apos;s history.</source>
        <translation>Nothing is given until it is approved: tell the customer it is being reviewed. The answer shows on the case and on the customer&apos;s history.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print the letter</source>
        <translation>&amp;Print the letter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the letter…</source>
        <translation>Preparing the letter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter was sent to the printer.</source>
        <translation>The letter was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+21"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing yet.</source>
        <translation>Nothing yet.</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../desk/ui/warranty/item_picker.py" line="+70"/>
        <source>Sca&amp;n or type the serial, order or receipt number</source>
        <translation>Sca&amp;n or type the serial, order or receipt number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. SN-4411-AB, PED-2026-0042 or T-0815</source>
        <translation>e.g. SN-4411-AB, PED-2026-0042 or T-0815</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Purchases of {name}</source>
        <translation>&amp;Purchases of {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the purchases…</source>
        <translation>Loading the purchases…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;t bought here / no proof of purchase</source>
        <translation>No&amp;t bought here / no proof of purchase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is the ite&amp;m? Brand, model, colour</source>
        <translation>What is the ite&amp;m? Brand, model, colour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Cafetera Krups EA8108 negra, comprada en otra tienda</source>
        <translation>e.g. Cafetera Krups EA8108 negra, comprada en otra tienda</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No purchases on file for this customer: scan the receipt or the serial, or tick “Not bought here”.</source>
        <translation>No purchases on file for this customer: scan the receipt or the serial, or tick “Not bought here”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{product} (other customer)</source>
        <translation>{product} (other customer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} (till sale)</source>
        <translation>{product} (till sale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S/N {serial}</source>
        <translation>S/N {serial}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no serial</source>
        <translation>no serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{product} (returned)</source>
        <translation>{product} (returned)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{product} · SKU {sku} · {channel} · {months} months of brand warranty</source>
        <translation>{product} · SKU {sku} · {channel} · {months} months of brand warranty</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking up “{typed}”…</source>
        <translation>Looking up “{typed}”…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sold with the number “{typed}”. Check it, choose from the list, or tick “Not bought here”.</source>
        <translation>Nothing was sold with the number “{typed}”. Check it, choose from the list, or tick “Not bought here”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order {order} has {count} items: choose the one brought in (↑ ↓).</source>
        <translation>Order {order} has {count} items: choose the one brought in (↑ ↓).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} has no customer on file: the claim is taken for {name}.</source>
        <translation>Order {order} has no customer on file: the claim is taken for {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought by another customer (order {order}). Check the proof of purchase: the claim is taken for {name}.</source>
        <translation>Bought by another customer (order {order}). Check the proof of purchase: the claim is taken for {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found: {product}, order {order}.</source>
        <translation>Found: {product}, order {order}.</translation>
    </message>
</context>
<context>
    <name>LimitForm</name>
    <message>
        <location filename="../../desk/ui/admin/limit_form.py" line="+56"/>
        <source>e.g. 60,00 (required)</source>
        <translation>e.g. 60,00 (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>empty: no cap</source>
        <translation>empty: no cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 365; empty: no cap</source>
        <translation>0 to 365; empty: no cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per &amp;decision</source>
        <translation>Most per &amp;decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per agent per d&amp;ay</source>
        <translation>Most per agent per d&amp;ay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per customer over &amp;12 months</source>
        <translation>Most per customer over &amp;12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the return &amp;window</source>
        <translation>Days past the return &amp;window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts as 1500,00 or 1500.00. An empty box means no cap; 0 sends every such decision for approval.</source>
        <translation>Amounts as 1500,00 or 1500.00. An empty box means no cap; 0 sends every such decision for approval.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+124"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose or type a user name</source>
        <translation>Choose or type a user name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a personal override</source>
        <translation>Add a personal override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s own limit for one kind of decision: it replaces their role&apos;s limit for that kind and currency, higher or lower.</source>
        <translation>The person&apos;s own limit for one kind of decision: it replaces their role&apos;s limit for that kind and currency, higher or lower.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User</source>
        <translation>&amp;User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Currency</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a limit</source>
        <translation>Change a limit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Per decision</source>
        <translation>Per decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent per day</source>
        <translation>Per agent per day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per customer over 12 months</source>
        <translation>Per customer over 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the return window</source>
        <translation>Days past the return window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colleague whose limit this is.</source>
        <translation>Choose the colleague whose limit this is.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Close without saving? What you typed will be lost.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../desk/ui/admin/limits.py" line="+74"/>
        <location line="+11"/>
        <source>Empowerment limits</source>
        <translation>Empowerment limits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected limit (Enter)</source>
        <translation>Change the selected limit (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add personal override…</source>
        <translation>&amp;Add personal override…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one colleague a limit of their own (Alt+A)</source>
        <translation>Give one colleague a limit of their own (Alt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove override</source>
        <translation>&amp;Remove override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their role&apos;s limit applies again (Delete)</source>
        <translation>Their role&apos;s limit applies again (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What each role may grant without asking for approval. A personal override replaces its person&apos;s role limit for that kind and currency. An empty cell means no cap; above a limit, the request goes to the lowest role whose limit covers it.</source>
        <translation>What each role may grant without asking for approval. A personal override replaces its person&apos;s role limit for that kind and currency. An empty cell means no cap; above a limit, the request goes to the lowest role whose limit covers it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only: only an administrator can change the limits. Ask one if a limit is in your way; meanwhile, anything above your limit goes for approval.</source>
        <translation>Read only: only an administrator can change the limits. Ask one if a limit is in your way; meanwhile, anything above your limit goes for approval.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per
decision</source>
        <translation>Per
decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent
per day</source>
        <translation>Per agent
per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per customer
over 12 months</source>
        <translation>Per customer
over 12 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past
the window</source>
        <translation>Days past
the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} limits</source>
        <translation>{count} limits</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{person} · personal override</source>
        <translation>{person} · personal override</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>no cap</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove {person}&apos;s own limit for {kind} in {currency}? Their role&apos;s limit applies again from their next decision.</source>
        <translation>Remove {person}&apos;s own limit for {kind} in {currency}? Their role&apos;s limit applies again from their next decision.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove override</source>
        <translation>Remove override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Override removed.</source>
        <translation>Override removed.</translation>
    </message>
</context>
<context>
    <name>LinesSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="-242"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>waived</source>
        <translation>waived</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer&apos;s reason: {reason}</source>
        <translation>Customer&apos;s reason: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted as an exception to the rules.</source>
        <translation>Accepted as an exception to the rules.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk/ui/session_lock.py" line="+69"/>
        <source>Posventa Desk — locked</source>
        <translation>Posventa Desk — locked</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This desk is locked</source>
        <translation>This desk is locked</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+100"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} is signed in</source>
        <translation>{name} is signed in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password for {name}</source>
        <translation>&amp;Password for {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked at {time}. Everything you had open is kept as it was.</source>
        <translation>Locked at {time}. Everything you had open is kept as it was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked at {time} after a minute without use. Everything you had open is kept as it was.</source>
        <translation>Locked at {time} after a minute without use. Everything you had open is kept as it was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked at {time} after {minutes} minutes without use. Everything you had open is kept as it was.</source>
        <translation>Locked at {time} after {minutes} minutes without use. Everything you had open is kept as it was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked at {time} after a while without use. Everything you had open is kept as it was.</source>
        <translation>Locked at {time} after a while without use. Everything you had open is kept as it was.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 form is open: what was typed in it and not saved will be lost.</source>
        <translation>1 form is open: what was typed in it and not saved will be lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} forms are open: what was typed in them and not saved will be lost.</source>
        <translation>{n} forms are open: what was typed in them and not saved will be lost.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is open.</source>
        <translation>No form is open.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not {name}, or leaving? Sign out closes the desk. {lost}</source>
        <translation>Not {name}, or leaving? Sign out closes the desk. {lost}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../desk/ui/customer/log_contact.py" line="+39"/>
        <source>Product fault</source>
        <translation>Product fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return request</source>
        <translation>Return request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>Delivery problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice question</source>
        <translation>Invoice question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty question</source>
        <translation>Warranty question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case opened</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log a contact with {name}</source>
        <translation>Log a contact with {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why did the customer get in touch?</source>
        <translation>Why did the customer get in touch?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said and done</source>
        <translation>What was said and done</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How did it end?</source>
        <translation>How did it end?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+112"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Save the contact (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The contact was not saved. {reason}</source>
        <translation>The contact was not saved. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Close without saving? What you typed will be lost.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk/ui/login.py" line="+37"/>
        <source>Posventa Desk — sign in</source>
        <translation>Posventa Desk — sign in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Remember my password on this computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure password store: the desk asks for your password every time.</source>
        <translation>This computer has no secure password store: the desk asks for your password every time.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="+74"/>
        <location line="+233"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;cases</source>
        <translation>My &amp;cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases on your name (Ctrl+M)</source>
        <translation>The cases on your name (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+136"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Requests waiting for your decision, and your own (Ctrl+Shift+A)</source>
        <translation>Requests waiting for your decision, and your own (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Empowerment limits…</source>
        <translation>Empowerment limits…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the desk now (Ctrl+Shift+L, from any window); your password unlocks it with everything as it was</source>
        <translation>Lock the desk now (Ctrl+Shift+L, from any window); your password unlocks it with everything as it was</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store this computer stands in, as chosen in the settings</source>
        <translation>The store this computer stands in, as chosen in the settings</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>At {code} (unknown store)</source>
        <translation>At {code} (unknown store)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {name}</source>
        <translation>At {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approvals ({n})</source>
        <translation>Approvals ({n})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Answers ({n})</source>
        <translation>Answers ({n})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Signed in as {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MyCasesPanel</name>
    <message>
        <location filename="../../desk/ui/cases/my_cases.py" line="+14"/>
        <source>My open cases</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue warranty claims</source>
        <translation>Overdue warranty claims</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No warranty claim is overdue.</source>
        <translation>No warranty claim is overdue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing open on your name. Cases you take or are given show up here.</source>
        <translation>Nothing open on your name. Cases you take or are given show up here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cases</source>
        <translation>{count} cases</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <location filename="../../desk/ui/returns/purchases.py" line="+30"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returnable</source>
        <translation>Returnable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial sold</source>
        <translation>Serial sold</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Bought by another customer</source>
        <translation>Bought by another customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} ({sku}), {channel} order {order}</source>
        <translation>{product} ({sku}), {channel} order {order}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>all returned</source>
        <translation>all returned</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not delivered yet</source>
        <translation>not delivered yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended {day}</source>
        <translation>ended {day}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desk/ui/approvals/dialogs.py" line="+41"/>
        <source>Reject the request</source>
        <translation>Reject the request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject {subject}, asked by {name}? {name} reads your reason at once, and it is printed on the customer&apos;s decision letter: write it for the customer, in their language.</source>
        <translation>Reject {subject}, asked by {name}? {name} reads your reason at once, and it is printed on the customer&apos;s decision letter: write it for the customer, in their language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not (required), e.g. Ya se le concedió un vale este mes.</source>
        <translation>Why not (required), e.g. Ya se le concedió un vale este mes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the request</source>
        <translation>Withdraw the request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw {subject}? Nobody will be asked to decide it any more and the goodwill case is cancelled.</source>
        <translation>Withdraw {subject}? Nobody will be asked to decide it any more and the goodwill case is cancelled.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why (optional), e.g. the customer chose an exchange instead</source>
        <translation>Why (optional), e.g. the customer chose an exchange instead</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desk/ui/cases/dialogs.py" line="-42"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The list has been reloaded; close this window to see it.</source>
        <translation>The list has been reloaded; close this window to see it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Close without saving? What you typed will be lost.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="-16"/>
        <source>Reject claim {number}</source>
        <translation>Reject claim {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject claim</source>
        <translation>Reject claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is not covered. The item still goes back to the customer afterwards.</source>
        <translation>The claim is not covered. The item still goes back to the customer afterwards.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject return {number}</source>
        <translation>Reject return {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject return</source>
        <translation>Reject return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The return is refused: nothing is refunded and the items stay with the customer.</source>
        <translation>The return is refused: nothing is refunded and the items stay with the customer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel case {number}</source>
        <translation>Cancel case {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the case</source>
        <translation>Cancel the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is closed and nothing more happens on it (taken by mistake, the customer changed their mind).</source>
        <translation>The case is closed and nothing more happens on it (taken by mistake, the customer changed their mind).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why, in a sentence the customer understands</source>
        <translation>Why, in a sentence the customer understands</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location line="+65"/>
        <source>Resolve the claim</source>
        <translation>Resolve the claim</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the technician found</source>
        <translation>What the technician found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who pays for it?</source>
        <translation>Who pays for it?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier or brand, e.g. BSH</source>
        <translation>Supplier or brand, e.g. BSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the new item&apos;s serial number</source>
        <translation>Scan or type the new item&apos;s serial number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 649.00</source>
        <translation>e.g. 649.00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund &amp;amount ({currency})</source>
        <translation>Refund &amp;amount ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New serial</source>
        <translation>&amp;New serial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost &amp;borne by</source>
        <translation>Cost &amp;borne by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charged to</source>
        <translation>&amp;Charged to</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk/ui/returns/dialog.py" line="+73"/>
        <source>Return for {name}</source>
        <translation>Return for {name}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Scan or type a receipt or order number, then Enter</source>
        <translation>Scan or type a receipt or order number, then Enter</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the customer&apos;s purchases…</source>
        <translation>Loading the customer&apos;s purchases…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to the return</source>
        <translation>&amp;Add to the return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected purchase (Enter)</source>
        <translation>Add the selected purchase (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item with &amp;no order on file…</source>
        <translation>Item with &amp;no order on file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt lost or bought elsewhere: the refund becomes a decision</source>
        <translation>Receipt lost or bought elsewhere: the refund becomes a decision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing added yet: pick a purchase above and press Enter.</source>
        <translation>Nothing added yet: pick a purchase above and press Enter.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search the product to give: SKU or name</source>
        <translation>Search the product to give: SKU or name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer hands the items over &amp;now</source>
        <translation>The customer hands the items over &amp;now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked: the return waits for the items (sent by post or courier)</source>
        <translation>Unticked: the return waits for the items (sent by post or courier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed for exceptions, waived fees and items with no order on file</source>
        <translation>Needed for exceptions, waived fees and items with no order on file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund &amp;method</source>
        <translation>Refund &amp;method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xchange for</source>
        <translation>E&amp;xchange for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason</source>
        <translation>R&amp;eason</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+351"/>
        <source>Take return</source>
        <translation>Take return</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Take the return (Ctrl+Enter)</source>
        <translation>Take the return (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1. What is coming back</source>
        <translation>1. What is coming back</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. The items returned</source>
        <translation>2. The items returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. The money</source>
        <translation>3. The money</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No purchases on file: scan a receipt, or add an item with no order on file.</source>
        <translation>No purchases on file: scan a receipt, or add an item with no order on file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click adds the selected purchase.</source>
        <translation>Enter or double-click adds the selected purchase.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No order or receipt “{number}”.</source>
        <translation>No order or receipt “{number}”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order {order} was bought by another customer.</source>
        <translation>Order {order} was bought by another customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is listed at the top.</source>
        <translation>Order {order} is listed at the top.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No product matches</source>
        <translation>No product matches</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Value {value} · fees {fees} · &lt;b&gt;refund {refund}&lt;/b&gt;</source>
        <translation>Value {value} · fees {fees} · &lt;b&gt;refund {refund}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange: the customer pays {amount}</source>
        <translation>Exchange: the customer pays {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange: the customer gets {amount} back</source>
        <translation>Exchange: the customer gets {amount} back</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add at least one item to return.</source>
        <translation>Add at least one item to return.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking…</source>
        <translation>Taking…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without taking the return? What you typed will be lost.</source>
        <translation>Close without taking the return? What you typed will be lost.</translation>
    </message>
</context>
<context>
    <name>ReturnDonePage</name>
    <message>
        <location filename="../../desk/ui/returns/done_page.py" line="+31"/>
        <location line="+32"/>
        <source>&amp;Refund now</source>
        <translation>&amp;Refund now</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Print the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the case</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Return {number} taken</source>
        <translation>Return {number} taken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the &amp;exchange</source>
        <translation>Complete the &amp;exchange</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>State: {state}. Exchange: the customer {what} {amount}.</source>
        <translation>State: {state}. Exchange: the customer {what} {amount}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays</source>
        <translation>pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gets back</source>
        <translation>gets back</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State: {state}. Refund {refund} to {method}.</source>
        <translation>State: {state}. Refund {refund} to {method}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Granted by you: {what}.</source>
        <translation>Granted by you: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval before the money goes back: {what}.</source>
        <translation>Waiting for approval before the money goes back: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The return waits for the items; refund it once they arrive.</source>
        <translation>The return waits for the items; refund it once they arrive.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchanged: hand over the new product.</source>
        <translation>Exchanged: hand over the new product.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded: the money is on its way back.</source>
        <translation>Refunded: the money is on its way back.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing the receipt…</source>
        <translation>Preparing the receipt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt sent.</source>
        <translation>Receipt sent.</translation>
    </message>
</context>
<context>
    <name>ReturnLineEditor</name>
    <message>
        <location filename="../../desk/ui/returns/line_editor.py" line="+40"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition?</source>
        <translation>Condition?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the serial number</source>
        <translation>Scan the serial number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is it coming back? (explains an exception too)</source>
        <translation>Why is it coming back? (explains an exception too)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept as an e&amp;xception</source>
        <translation>Accept as an e&amp;xception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it back although the rules do not: a decision that may need approval</source>
        <translation>Take it back although the rules do not: a decision that may need approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Waive the fee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this item out of the return</source>
        <translation>Leave this item out of the return</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is it? (brand, model)</source>
        <translation>What is it? (brand, model)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund per item, e.g. 35,50</source>
        <translation>Refund per item, e.g. 35,50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item with no order on file</source>
        <translation>Item with no order on file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product} · order {order} · {left} of {bought} can come back</source>
        <translation>{product} · order {order} · {left} of {bought} can come back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>refund {refund}</source>
        <translation>refund {refund}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fee {fee} waived</source>
        <translation>fee {fee} waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee {fee}</source>
        <translation>fee {fee}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as an exception: say why, on the line or below</source>
        <translation>as an exception: say why, on the line or below</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desk/ui/search/panel.py" line="+42"/>
        <source>Name, phone, email, order, serial… (Ctrl+K)</source>
        <translation>Name, phone, email, order, serial… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a customer by name, phone, email, order, receipt, serial or case number. Ctrl+K or Ctrl+F from anywhere.</source>
        <translation>Find a customer by name, phone, email, order, receipt, serial or case number. Ctrl+K or Ctrl+F from anywhere.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+27"/>
        <source>Find a customer by name, phone, email, order, receipt, serial or case number.</source>
        <translation>Find a customer by name, phone, email, order, receipt, serial or case number.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type at least {n} characters.</source>
        <translation>Type at least {n} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer matches “{query}”.</source>
        <translation>No customer matches “{query}”.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desk/ui/search/results.py" line="+84"/>
        <source>Found by {what}</source>
        <translation>Found by {what}</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../desk/ui/session_lock.py" line="+234"/>
        <source>Type your password to unlock.</source>
        <translation>Type your password to unlock.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong password for {name}. Type it again.</source>
        <translation>Wrong password for {name}. Type it again.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="+176"/>
        <source>Posventa Desk — settings</source>
        <translation>Posventa Desk — settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite file on this computer (a demo or a single store)</source>
        <translation>SQLite file on this computer (a demo or a single store)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared PostgreSQL server</source>
        <translation>Shared PostgreSQL server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;name</source>
        <translation>Database &amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name or password here: each person signs in with their own login.</source>
        <translation>No user name or password here: each person signs in with their own login.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A changed database is used from the next start of the desk.</source>
        <translation>A changed database is used from the next start of the desk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: {where}.</source>
        <translation>In use now: {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DESK_DATABASE_URL is set on this computer: it wins over the choice made here.</source>
        <translation>DESK_DATABASE_URL is set on this computer: it wins over the choice made here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store code, e.g. BCN1 (empty: none)</source>
        <translation>store code, e.g. BCN1 (empty: none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store this computer stands in. Who signs in keeps their own store for approvals; this one is the place of the desk.</source>
        <translation>The store this computer stands in. Who signs in keeps their own store for approvals; this one is the place of the desk.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tore</source>
        <translation>S&amp;tore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A changed language is used from the next start of the desk.</source>
        <translation>A changed language is used from the next start of the desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Printer</source>
        <translation>&amp;Printer</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (not found)</source>
        <translation>{name} (not found)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Trying…</source>
        <translation>Trying…</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desk/ui/dashboard/survey_dialog.py" line="+51"/>
        <source>Survey on {number}</source>
        <translation>Survey on {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer&apos;s own words, if any</source>
        <translation>The customer&apos;s own words, if any</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction (CSAT, 1-5)</source>
        <translation>Satisfaction (CSAT, 1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort (CES, 1-7: 7 is easiest)</source>
        <translation>Effort (CES, 1-7: 7 is easiest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would recommend (NPS, 0-10)</source>
        <translation>Would recommend (NPS, 0-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answers</source>
        <translation>Record the answers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey sent</source>
        <translation>Survey sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that the survey was sent to the customer (by email)</source>
        <translation>Note that the survey was sent to the customer (by email)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desk/ui/customer/timeline_model.py" line="+57"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desk/ui/customer/timeline_panel.py" line="+39"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>o&amp;n</source>
        <translation>o&amp;n</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select an event to read it in full.</source>
        <translation>Select an event to read it in full.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to show with these filters.</source>
        <translation>Nothing to show with these filters.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>by {name}</source>
        <translation>by {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../desk/ui/warranty/verdict.py" line="+52"/>
        <source>Paid repair</source>
        <translation>Paid repair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 120,00</source>
        <translation>e.g. 120,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed when the store bears a part: the approver reads it</source>
        <translation>Needed when the store bears a part: the approver reads it</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaso&amp;n for the store&apos;s part</source>
        <translation>Reaso&amp;n for the store&apos;s part</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the item on the left: its cover shows here.</source>
        <translation>Choose the item on the left: its cover shows here.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the cover…</source>
        <translation>Checking the cover…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Covered until {day}</source>
        <translation>Covered until {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover ended on {day}</source>
        <translation>Cover ended on {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover runs until {day}, for faults only</source>
        <translation>Cover runs until {day}, for faults only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier claims on this item: {numbers}</source>
        <translation>Earlier claims on this item: {numbers}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repair &amp;quote ({currency})</source>
        <translation>Repair &amp;quote ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;bears ({currency})</source>
        <translation>Store &amp;bears ({currency})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the store bears a part, type it: this says whether you can grant it or who approves it.</source>
        <translation>If the store bears a part, type it: this says whether you can grant it or who approves it.</translation>
    </message>
</context>
<context>
    <name>WarrantyClaimDialog</name>
    <message>
        <location filename="../../desk/ui/warranty/dialog.py" line="+136"/>
        <source>Warranty claim for {name}</source>
        <translation>Warranty claim for {name}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>1  Which item</source>
        <translation>1  Which item</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2  The claim</source>
        <translation>2  The claim</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as printed on the item&apos;s label</source>
        <translation>as printed on the item&apos;s label</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What fails, since when, what the customer already tried</source>
        <translation>What fails, since when, what the customer already tried</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>earlier case, e.g. W-2025-000123</source>
        <translation>earlier case, e.g. W-2025-000123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. charger, box, remote control</source>
        <translation>e.g. charger, box, remote control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. scratch on the lid; none</source>
        <translation>e.g. scratch on the lid; none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item &amp;received at the counter</source>
        <translation>Item &amp;received at the counter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not assigned yet</source>
        <translation>Not assigned yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside centre, e.g. SAT Bosch</source>
        <translation>outside centre, e.g. SAT Bosch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Serial number</source>
        <translation>&amp;Serial number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fault</source>
        <translation>&amp;Fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fault &amp;as</source>
        <translation>Same fault &amp;as</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;essories</source>
        <translation>Acc&amp;essories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible damage</source>
        <translation>&amp;Visible damage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tec&amp;hnician</source>
        <translation>Tec&amp;hnician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repa&amp;ir centre</source>
        <translation>Repa&amp;ir centre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date</source>
        <translation>&amp;Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, files</source>
        <translation>Photos, files</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3  Cover</source>
        <translation>3  Cover</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+380"/>
        <source>&amp;Open claim</source>
        <translation>&amp;Open claim</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Open the claim (Ctrl+Enter)</source>
        <translation>Open the claim (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter opens the claim</source>
        <translation>Ctrl+Enter opens the claim</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The rules give a claim {days} days</source>
        <translation>The rules give a claim {days} days</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Required. Sold with {serial}: check it against the item&apos;s label.</source>
        <translation>Required. Sold with {serial}: check it against the item&apos;s label.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The claim will wait for the item to arrive.</source>
        <translation>The claim will wait for the item to arrive.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Store bears</source>
        <translation>Store bears</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the item first: pick it from the purchases, scan its serial or receipt, or tick “Not bought here”.</source>
        <translation>Choose the item first: pick it from the purchases, scan its serial or receipt, or tick “Not bought here”.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Item: {item}</source>
        <translation>Item: {item}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · serial {serial}</source>
        <translation> · serial {serial}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order}</source>
        <translation>Order {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault: {fault}</source>
        <translation>Fault: {fault}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover: {reasons}</source>
        <translation>Cover: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} file(s) attached</source>
        <translation>{count} file(s) attached</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The claim was not opened. {reason}</source>
        <translation>The claim was not opened. {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close without opening the claim? What you typed will be lost.</source>
        <translation>Close without opening the claim? What you typed will be lost.</translation>
    </message>
</context>
<context>
    <name>WarrantySection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+47"/>
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{bearer}, charged to {who}</source>
        <translation>{bearer}, charged to {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none given</source>
        <translation>none given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories left</source>
        <translation>Accessories left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible damage</source>
        <translation>Visible damage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Entitlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered until</source>
        <translation>Covered until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair quote</source>
        <translation>Repair quote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned yet</source>
        <translation>not assigned yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not diagnosed yet</source>
        <translation>not diagnosed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement serial</source>
        <translation>Replacement serial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost borne by</source>
        <translation>Cost borne by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair covered until</source>
        <translation>Repair covered until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement covered until</source>
        <translation>Replacement covered until</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../desk/ui/admin/values.py" line="+48"/>
        <source>{field}: “{text}” could mean {thousands} or {small}. Type {thousands} without a separator, or {whole},{cents} with two decimals.</source>
        <translation>{field}: “{text}” could mean {thousands} or {small}. Type {thousands} without a separator, or {whole},{cents} with two decimals.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: type a whole number of days from 0 to 365, or leave it empty for no cap.</source>
        <translation>{field}: type a whole number of days from 0 to 365, or leave it empty for no cap.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field}: type the most that may be granted per decision (0 lets nobody grant it).</source>
        <translation>{field}: type the most that may be granted per decision (0 lets nobody grant it).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store managers</source>
        <translation>Store managers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators</source>
        <translation>Administrators</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk/ui/app.py" line="+93"/>
        <source>Posventa Desk cannot start</source>
        <translation>Posventa Desk cannot start</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings open next: choose another database there, then start the desk again.</source>
        <translation>The settings open next: choose another database there, then start the desk again.</translation>
    </message>
</context>
<context>
    <name>approvals</name>
    <message>
        <location filename="../../desk/ui/approvals/texts.py" line="+33"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} h ago</source>
        <translation>{n} h ago</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>escalated ×{n}</source>
        <translation>escalated ×{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminded</source>
        <translation>reminded</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for {name}</source>
        <translation>for {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a {role} · asked {when}</source>
        <translation>Waiting for a {role} · asked {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired: nobody decided in time</source>
        <translation>Expired: nobody decided in time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {name}</source>
        <translation>Approved by {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected by {name}</source>
        <translation>Rejected by {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} for {customer}</source>
        <translation>{what} for {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} was approved by {name}</source>
        <translation>{subject} was approved by {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} was rejected by {name}</source>
        <translation>{subject} was rejected by {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} expired: nobody decided in time</source>
        <translation>{subject} expired: nobody decided in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} was withdrawn</source>
        <translation>{subject} was withdrawn</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../desk/ui/warranty/attachments.py" line="-67"/>
        <source>{name} cannot be read.</source>
        <translation>{name} cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is empty.</source>
        <translation>{name} is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:.1f} MB, larger than {limit} MB: send a smaller photo.</source>
        <translation>{name} is {size:.1f} MB, larger than {limit} MB: send a smaller photo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A claim holds at most {limit} files: {name} was left out.</source>
        <translation>A claim holds at most {limit} files: {name} was left out.</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../desk/ui/cases/actions.py" line="+52"/>
        <source>&amp;Items received</source>
        <translation>&amp;Items received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item received</source>
        <translation>&amp;Item received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s items are here now (Alt+I)</source>
        <translation>The customer&apos;s items are here now (Alt+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete e&amp;xchange</source>
        <translation>Complete e&amp;xchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer takes the new product; the return ends exchanged (Alt+X)</source>
        <translation>The customer takes the new product; the return ends exchanged (Alt+X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund the return and close it (Alt+R)</source>
        <translation>Refund the return and close it (Alt+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who repairs it, where and by when (Alt+A)</source>
        <translation>Who repairs it, where and by when (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume &amp;diagnosis</source>
        <translation>Resume &amp;diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;diagnosis</source>
        <translation>Start &amp;diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The technician is looking at the item (Alt+D)</source>
        <translation>The technician is looking at the item (Alt+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;waiting parts</source>
        <translation>A&amp;waiting parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repair waits for parts to arrive (Alt+W)</source>
        <translation>The repair waits for parts to arrive (Alt+W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;solve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repair, the replacement or the refund (Alt+S)</source>
        <translation>Record the repair, the replacement or the refund (Alt+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered: say why; the item still goes back to the customer (Alt+J)</source>
        <translation>Not covered: say why; the item still goes back to the customer (Alt+J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the return and say why (Alt+J)</source>
        <translation>Refuse the return and say why (Alt+J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand back to customer</source>
        <translation>&amp;Hand back to customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has the item back; the claim ends (Alt+H)</source>
        <translation>The customer has the item back; the claim ends (Alt+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l case…</source>
        <translation>Cance&amp;l case…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing more will happen on it; say why (Alt+L)</source>
        <translation>Nothing more will happen on it; say why (Alt+L)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Print return receipt</source>
        <translation>&amp;Print return receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt the customer takes home (Alt+P)</source>
        <translation>Print the receipt the customer takes home (Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print i&amp;ntake form</source>
        <translation>Print i&amp;ntake form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the intake form for the customer to sign (Alt+N)</source>
        <translation>Print the intake form for the customer to sign (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;outcome letter</source>
        <translation>Print &amp;outcome letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter that tells the customer the outcome (Alt+O)</source>
        <translation>Print the letter that tells the customer the outcome (Alt+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print de&amp;cision letter</source>
        <translation>Print de&amp;cision letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter that tells the customer what was decided (Alt+C)</source>
        <translation>Print the letter that tells the customer what was decided (Alt+C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print {letter}</source>
        <translation>Print {letter}</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desk/ui/dashboard/charts.py" line="+64"/>
        <source>Cases per week</source>
        <translation>Cases per week</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSAT answers</source>
        <translation>CSAT answers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard/window.py" line="-203"/>
        <source>Service figures</source>
        <translation>Service figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s figures: cases, resolution times, goodwill, surveys (Ctrl+Shift+D)</source>
        <translation>The team&apos;s figures: cases, resolution times, goodwill, surveys (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../desk/ui/documents.py" line="+67"/>
        <source>no program on this computer opens {kind} files</source>
        <translation>no program on this computer opens {kind} files</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened in your word processor: print it from there (Ctrl+P) on {printer}.</source>
        <translation>Opened in your word processor: print it from there (Ctrl+P) on {printer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened in your word processor: print it from there (Ctrl+P).</source>
        <translation>Opened in your word processor: print it from there (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to printer {name}.</source>
        <translation>Sent to printer {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the default printer.</source>
        <translation>Sent to the default printer.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The computer could not open {name} ({why}). It is saved in {folder}.</source>
        <translation>The computer could not open {name} ({why}). It is saved in {folder}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../desk/ui/formatting.py" line="+87"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbound: the customer contacted us</source>
        <translation>Inbound: the customer contacted us</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we contacted the customer</source>
        <translation>Outbound: we contacted the customer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tier</source>
        <translation>No tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Silver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platinum</source>
        <translation>Platinum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SQLite file {path}</source>
        <translation>SQLite file {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in memory</source>
        <translation>in memory</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL {name} on {host}</source>
        <translation>PostgreSQL {name} on {host}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting items</source>
        <translation>Awaiting items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Exchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>Diagnosing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Awaiting parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Returned to customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+63"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty claim</source>
        <translation>Warranty claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unopened</source>
        <translation>Unopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>Missing parts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Original payment</source>
        <translation>Original payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Store credit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange for another product</source>
        <translation>Exchange for another product</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In warranty</source>
        <translation>In warranty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty</source>
        <translation>Out of warranty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered</source>
        <translation>Not covered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fault (it stopped working)</source>
        <translation>Fault (it stopped working)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accidental damage (a knock or fall)</source>
        <translation>Accidental damage (a knock or fall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid damage</source>
        <translation>Liquid damage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Misuse</source>
        <translation>Misuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal wear</source>
        <translation>Normal wear</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store</source>
        <translation>The store</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supplier</source>
        <translation>The supplier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The brand</source>
        <translation>The brand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund without a receipt</source>
        <translation>Refund without a receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return accepted as an exception</source>
        <translation>Return accepted as an exception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill voucher</source>
        <translation>Goodwill voucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill refund</source>
        <translation>Goodwill refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free or discounted repair</source>
        <translation>Free or discounted repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>Fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>Price adjustment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late delivery</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed installation or visit</source>
        <translation>Missed installation or visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated repair of the same fault</source>
        <translation>Repeated repair of the same fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price dropped soon after purchase</source>
        <translation>Price dropped soon after purchase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged packaging</source>
        <translation>Damaged packaging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor service or long wait</source>
        <translation>Poor service or long wait</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Restocking fee waived</source>
        <translation>Restocking fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery fee waived</source>
        <translation>Delivery fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee waived</source>
        <translation>Cancellation fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee waived</source>
        <translation>Late fee waived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customer</source>
        <translation>Loyal customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt</source>
        <translation>No receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the window</source>
        <translation>Returned after the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition not normally accepted</source>
        <translation>Condition not normally accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair out of warranty</source>
        <translation>Repair out of warranty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store manager</source>
        <translation>store manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desk/ui/forms.py" line="+45"/>
        <source>Discard what I typed</source>
        <translation>Discard what I typed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The database cannot be reached right now. Nothing was saved. What you typed is kept on this computer: it comes back even if this window or the desk is closed.</source>
        <translation>The database cannot be reached right now. Nothing was saved. What you typed is kept on this computer: it comes back even if this window or the desk is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached right now. Nothing was saved, and what you typed could not be kept on this computer either ({problem}). Keep this window open.</source>
        <translation>The database cannot be reached right now. Nothing was saved, and what you typed could not be kept on this computer either ({problem}). Keep this window open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored what you typed at {time}; it has not been saved yet.</source>
        <translation>Restored what you typed at {time}; it has not been saved yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored what you typed on {day} at {time}; it has not been saved yet.</source>
        <translation>Restored what you typed on {day} at {time}; it has not been saved yet.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>this computer refused to write it: {reason}</source>
        <translation>this computer refused to write it: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the form: what was typed earlier is thrown away</source>
        <translation>Empty the form: what was typed earlier is thrown away</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The desk checks every few seconds whether the database answers again.</source>
        <translation>The desk checks every few seconds whether the database answers again.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is back: press {action} again.</source>
        <translation>The database is back: press {action} again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still out of reach at {time}; the desk checks again every few seconds.</source>
        <translation>Still out of reach at {time}; the desk checks again every few seconds.</translation>
    </message>
</context>
<context>
    <name>goodwill</name>
    <message>
        <location filename="../../desk/ui/goodwill/labels.py" line="+20"/>
        <source>A voucher for the next purchase.</source>
        <translation>A voucher for the next purchase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back to the customer, beyond what the rules give.</source>
        <translation>Money back to the customer, beyond what the rules give.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store pays all or part of a repair.</source>
        <translation>The store pays all or part of a repair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee the customer would pay is not charged.</source>
        <translation>A fee the customer would pay is not charged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The difference when the price dropped soon after the purchase.</source>
        <translation>The difference when the price dropped soon after the purchase.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent</source>
        <translation>an agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a store manager</source>
        <translation>a store manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>a supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator</source>
        <translation>an administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone with a higher limit</source>
        <translation>someone with a higher limit</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../desk/ui/ops.py" line="+199"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Something went wrong. The details were written to the log.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
</context>
<context>
    <name>restart</name>
    <message>
        <location filename="../../desk/ui/restart.py" line="+30"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desk speaks {language} from its next start. Restart it now? What you typed in open forms is kept and offered back; you sign in again.</source>
        <translation>The desk speaks {language} from its next start. Restart it now? What you typed in open forms is kept and offered back; you sign in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../desk/ui/search/results.py" line="-40"/>
        <source>{what}: {detail}</source>
        <translation>{what}: {detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order number</source>
        <translation>order number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>receipt number</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serial number</source>
        <translation>serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (typo corrected)</source>
        <translation>name (typo corrected)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="-362"/>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole path of the file (from the drive or from /).</source>
        <translation>Give the whole path of the file (from the drive or from /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a folder: choose a file inside it, e.g. desk.sqlite3.</source>
        <translation>That is a folder: choose a file inside it, e.g. desk.sqlite3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk cannot write in {folder}: choose a folder of your own.</source>
        <translation>The desk cannot write in {folder}: choose a folder of your own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk cannot write to this file: ask for access to it, or choose another one.</source>
        <translation>The desk cannot write to this file: ask for access to it, or choose another one.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Type the server&apos;s name or address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name has no spaces.</source>
        <translation>A server name has no spaces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the server&apos;s name or address only: no user, port or slashes.</source>
        <translation>Type the server&apos;s name or address only: no user, port or slashes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The port is a whole number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>The port is a whole number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the database&apos;s name.</source>
        <translation>Type the database&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database name has no spaces or slashes here.</source>
        <translation>A database name has no spaces or slashes here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A store code has at most {n} characters.</source>
        <translation>A store code has at most {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store code holds letters, digits, dashes and underscores only.</source>
        <translation>A store code holds letters, digits, dashes and underscores only.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no database file at this path yet. An administrator creates one with `desk-admin upgrade` (DESK_DATABASE_URL pointing at it).</source>
        <translation>There is no database file at this path yet. An administrator creates one with `desk-admin upgrade` (DESK_DATABASE_URL pointing at it).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server answers, but it has no database of that name.</source>
        <translation>The server answers, but it has no database of that name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answers. Without a person&apos;s login nothing more can be checked from here: each person&apos;s own user name and password are checked when they sign in.</source>
        <translation>The server answers. Without a person&apos;s login nothing more can be checked from here: each person&apos;s own user name and password are checked when they sign in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection: {reason}</source>
        <translation>No connection: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be opened as a database ({reason}).</source>
        <translation>This file cannot be opened as a database ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection works: a Posventa Desk database of this version.</source>
        <translation>Connection works: a Posventa Desk database of this version.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The desk&apos;s database file</source>
        <translation>The desk&apos;s database file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
</context>
</TS>
