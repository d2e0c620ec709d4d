<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desk/approvals.py" line="+154"/>
        <source>Nobody can approve their own request, whatever their role.</source>
        <translation>Ningú no pot aprovar la seva pròpia sol·licitud, sigui quin sigui el seu rol.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request needs {role} of the requester&apos;s store whose limit covers it.</source>
        <translation>Aquesta sol·licitud necessita {role} de la botiga del sol·licitant amb un límit que la cobreixi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request needs {role} whose limit covers it.</source>
        <translation>Aquesta sol·licitud necessita {role} amb un límit que la cobreixi.</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+32"/>
        <location line="+33"/>
        <source>This approval request does not exist (any more).</source>
        <translation>Aquesta sol·licitud d&apos;aprovació no existeix (o ja no existeix).</translation>
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
        <translation>Motiu</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>approved by {name} for {colleague}</source>
        <translation>sol·licitud aprovada per {name} en nom de {colleague}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved by {name}</source>
        <translation>sol·licitud aprovada per {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by {name} for {colleague}</source>
        <translation>sol·licitud rebutjada per {name} en nom de {colleague}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected by {name}</source>
        <translation>sol·licitud rebutjada per {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only the person who asked can withdraw a request.</source>
        <translation>Només qui va fer la sol·licitud la pot retirar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>withdrawn by the requester</source>
        <translation>sol·licitud retirada per qui la va demanar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn by the requester.</source>
        <translation>Retirat pel sol·licitant.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody decided in time.</source>
        <translation>Ningú no va decidir a temps.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired: nobody decided in time</source>
        <translation>sol·licitud caducada: ningú no va decidir a temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired: nobody decided in time.</source>
        <translation>Caducat: ningú no va decidir a temps.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>moved up to {role}: nobody decided in time</source>
        <translation>sol·licitud passada a {role}: ningú no va decidir a temps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only those who approve requests can delegate approving them.</source>
        <translation>Només qui aprova sol·licituds en pot delegar l&apos;aprovació.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation cannot end before it starts.</source>
        <translation>La delegació no pot acabar abans de començar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The delegation would be over already.</source>
        <translation>La delegació ja hauria acabat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delegation lasts at most {most} days; make another one after it.</source>
        <translation>Una delegació dura com a màxim {most} dies; crea&apos;n una altra a continuació.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no active colleague called {name}.</source>
        <translation>No hi ha cap company actiu anomenat {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate to a colleague, not to yourself.</source>
        <translation>Delega en un company, no en tu.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>You have no such delegation.</source>
        <translation>No tens aquesta delegació.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request was already {state} by {name}. Nothing was changed.</source>
        <translation>Aquesta sol·licitud ja estava en estat «{state}» per {name}. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request was already {state}. Nothing was changed.</source>
        <translation>Aquesta sol·licitud ja estava en estat «{state}». No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Someone else decided this request a moment ago. Nothing was changed.</source>
        <translation>Una altra persona ha decidit aquesta sol·licitud fa un moment. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not approved.</source>
        <translation>No aprovat.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{decision} {amount:.2f} {currency} {what}</source>
        <translation>{decision} {amount:.2f} {currency}: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{decision} {amount:.2f} {currency} {what} on {case}</source>
        <translation>{decision} {amount:.2f} {currency} a {case}: {what}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../desk/policy.py" line="+101"/>
        <source>Role {role} does not exist yet; run `desk-admin upgrade` and create a user first.</source>
        <translation>El rol {role} encara no existeix; executa `desk-admin upgrade` i crea abans un usuari.</translation>
    </message>
    <message>
        <location filename="../../desk/audit_chain.py" line="+95"/>
        <source>Audit chain intact: {entries} entries; the last one&apos;s hash is {head}.</source>
        <translation>Cadena d&apos;auditoria intacta: {entries} entrades; el hash de l&apos;última és {head}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit chain BROKEN at position {position} (audit entry id {entry}): {problem}. Every entry from there on is unverified; {entries} entries were checked before it.</source>
        <translation>Cadena d&apos;auditoria TRENCADA a la posició {position} (entrada d&apos;auditoria id {entry}): {problem}. Cap entrada des d&apos;aquí no està verificada; abans se&apos;n van comprovar {entries}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this entry has no place in the chain (it was added with the chain switched off)</source>
        <translation>aquesta entrada no té lloc a la cadena (es va afegir amb la cadena desactivada)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>position {position} is missing (the next entry found is at {found}): an entry was removed</source>
        <translation>falta la posició {position} (la següent entrada trobada és a {found}): es va eliminar una entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not link to the entry before it</source>
        <translation>no enllaça amb l&apos;entrada anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its content was changed after it was written</source>
        <translation>el seu contingut es va canviar després d&apos;escriure&apos;s</translation>
    </message>
    <message>
        <location filename="../../desk/auth.py" line="+23"/>
        <location filename="../../desk/staff.py" line="+126"/>
        <source>Unknown user or wrong password.</source>
        <translation>Usuari desconegut o contrasenya incorrecta.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Type your password to unlock.</source>
        <translation>Escriu la teva contrasenya per desblocar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database cannot be reached right now. Try again in a moment.</source>
        <translation>Ara mateix no es pot accedir a la base de dades. Torna-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <location filename="../../desk/barcodes.py" line="+30"/>
        <source>&apos;{text}&apos; cannot be printed as a barcode: use letters, digits and dashes only.</source>
        <translation>«{text}» no es pot imprimir com a codi de barres: fes servir només lletres, xifres i guions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; cannot be printed as a barcode ({error}).</source>
        <translation>«{text}» no es pot imprimir com a codi de barres ({error}).</translation>
    </message>
    <message>
        <location filename="../../desk/budgets.py" line="+52"/>
        <source>&apos;{text}&apos; is not a month: write it as 2026-11.</source>
        <translation>«{text}» no és un mes: escriu-lo com 2026-11.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A budget month lies between {earliest:%m/%Y} and {latest:%m/%Y}.</source>
        <translation>Un mes de pressupost ha de ser entre {earliest:%m/%Y} i {latest:%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator sets goodwill budgets.</source>
        <translation>Només un administrador fixa els pressupostos de gestos comercials.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Pressupost</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desk/text.py" line="+85"/>
        <source>{field} is empty; please fill it in.</source>
        <translation>«{field}» és buit; emplena&apos;l, si us plau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/kpis.py" line="+403"/>
        <source>Store</source>
        <translation>Botiga</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desk/goodwill.py" line="+2"/>
        <location filename="../../desk/policy.py" line="-7"/>
        <source>&apos;{code}&apos; is not a currency code such as EUR.</source>
        <translation>«{code}» no és un codi de moneda com EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no store with the code &apos;{code}&apos;.</source>
        <translation>No hi ha cap botiga amb el codi «{code}».</translation>
    </message>
    <message>
        <location filename="../../desk/case_letters.py" line="+48"/>
        <source>Return receipt</source>
        <translation>Justificant de devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty intake form</source>
        <translation>Full de recepció de garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty outcome letter</source>
        <translation>Carta de resolució de garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter</source>
        <translation>Carta de decisió</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../desk/case_view.py" line="+154"/>
        <location filename="../../desk/case_workflow.py" line="-25"/>
        <location filename="../../desk/documents.py" line="+80"/>
        <location filename="../../desk/surveys.py" line="+143"/>
        <source>This case does not exist (any more).</source>
        <translation>Aquest cas no existeix (o ja no existeix).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{case} has no return receipt to print yet.</source>
        <translation>{case} encara no té justificant de devolució per imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no warranty intake form to print yet.</source>
        <translation>{case} encara no té full de recepció de garantia per imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no warranty outcome letter to print yet.</source>
        <translation>{case} encara no té carta de resolució de garantia per imprimir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{case} has no decision letter to print yet.</source>
        <translation>{case} encara no té carta de decisió per imprimir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{case} has no {letter} to print yet.</source>
        <translation>{case} encara no té {letter} per imprimir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return receipt for {case} printed</source>
        <translation>Justificant de devolució de {case} imprès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty intake form for {case} printed</source>
        <translation>Full de recepció de garantia de {case} imprès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty outcome letter for {case} printed</source>
        <translation>Carta de resolució de garantia de {case} impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision letter for {case} printed</source>
        <translation>Carta de decisió de {case} impresa</translation>
    </message>
    <message>
        <location filename="../../desk/case_workflow.py" line="-16"/>
        <source>Refund the return (it checks its decisions first).</source>
        <translation>Reemborsa la devolució (primer se&apos;n comproven les decisions).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete the exchange (it checks its decisions first).</source>
        <translation>Completa el canvi (primer se&apos;n comproven les decisions).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repair with its diagnosis.</source>
        <translation>Registra la reparació amb el seu diagnòstic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the replacement with the new serial number.</source>
        <translation>Registra la substitució amb el número de sèrie nou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the refund with its amount.</source>
        <translation>Registra el reemborsament amb el seu import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the claim with its reason (not covered).</source>
        <translation>Rebutja la reclamació amb el seu motiu (no coberta).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the item back to the customer.</source>
        <translation>Retorna l&apos;article al client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Case {case} was changed by someone else a moment ago (it is now {state}). Reload it to see their change, then try again.</source>
        <translation>Una altra persona acaba de modificar el cas {case} (ara està en estat {state}). Torna&apos;l a carregar per veure&apos;n el canvi i després torna-ho a provar.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Return {case}: {state}</source>
        <translation>Devolució {case}: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case}: {state}</source>
        <translation>Reclamació de garantia {case}: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill {case}: {state}</source>
        <translation>Gest comercial {case}: {state}</translation>
    </message>
    <message>
        <location filename="../../desk/cases.py" line="-310"/>
        <source>Refund</source>
        <translation>Reemborsament</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../desk/decisions.py" line="+30"/>
        <source>Goodwill voucher</source>
        <translation>Val de cortesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/decisions.py" line="+1"/>
        <source>Goodwill refund</source>
        <translation>Reemborsament de cortesia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Free repair</source>
        <translation>Reparació gratuïta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waiver</source>
        <translation>Exempció de càrrec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return outside window</source>
        <translation>Devolució fora de termini</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desk/decisions.py" line="+4"/>
        <source>Price adjustment</source>
        <translation>Ajust de preu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>A finished case has a closing time; an open one has none.</source>
        <translation>Un cas acabat té hora de tancament; un d&apos;obert no en té.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening time</source>
        <translation>L&apos;hora d&apos;obertura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The closing time</source>
        <translation>L&apos;hora de tancament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case cannot be closed before it was opened.</source>
        <translation>Un cas no es pot tancar abans d&apos;obrir-se.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a warranty claim has warranty details.</source>
        <translation>Només una reclamació de garantia té dades de garantia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every case line needs a quantity of at least 1.</source>
        <translation>Cada línia del cas necessita una quantitat d&apos;almenys 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An amount cannot be negative.</source>
        <translation>Un import no pot ser negatiu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desk/interactions.py" line="+1"/>
        <source>Summary</source>
        <translation>Resum</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A decision&apos;s amount must be zero or more (a Decimal).</source>
        <translation>L&apos;import d&apos;una decisió ha de ser zero o més (un Decimal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The decision time</source>
        <translation>L&apos;hora de la decisió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot precede its case.</source>
        <translation>Una decisió no pot ser anterior al seu cas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A granted or rejected decision has a decision time; a pending or withdrawn one has none.</source>
        <translation>Una decisió concedida o rebutjada té hora de decisió; una de pendent o retirada no en té.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time it was decided</source>
        <translation>L&apos;hora en què es va decidir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A decision cannot be decided before it was requested.</source>
        <translation>Una decisió no es pot decidir abans de sol·licitar-se.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case has no customer to grant anything to.</source>
        <translation>Aquest cas no té cap client a qui concedir res.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason code</source>
        <translation>Codi de motiu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kind} {amount:.2f} {currency} {status} on {case}</source>
        <translation>{kind} {amount:.2f} {currency} a {case}: {status}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Effort score</source>
        <translation>Puntuació d&apos;esforç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} must be between {low} and {high}.</source>
        <translation>{name} ha d&apos;estar entre {low} i {high}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A survey needs at least one score.</source>
        <translation>Una enquesta necessita almenys una puntuació.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer time</source>
        <translation>L&apos;hora de la resposta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The survey&apos;s case does not exist.</source>
        <translation>El cas de l&apos;enquesta no existeix.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Comment</source>
        <translation>Comentari</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSAT {score}/5</source>
        <translation>CSAT {score}/5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>effort {score}/7</source>
        <translation>esforç {score}/7</translation>
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
        <translation>Enquesta sobre {case}: {scores}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey: {scores}</source>
        <translation>Enquesta: {scores}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} has no time zone.</source>
        <translation>{what} no té zona horària.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} is in the future.</source>
        <translation>{what} és en el futur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return {case} opened: {summary}</source>
        <translation>Devolució {case} oberta: {summary}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case} opened: {summary}</source>
        <translation>Reclamació de garantia {case} oberta: {summary}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill {case} opened: {summary}</source>
        <translation>Gest comercial {case} obert: {summary}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../desk/warranty.py" line="+23"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Fault</source>
        <translation>Avaria</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Items: {items}</source>
        <translation>Articles: {items}</translation>
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
        <translation>Aquest client no existeix (o ja no existeix).</translation>
    </message>
    <message>
        <location filename="../../desk/customers.py" line="+40"/>
        <source>&apos;{text}&apos; is not an email address.</source>
        <translation>«{text}» no és una adreça de correu electrònic.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{text}&apos; is not a phone number.</source>
        <translation>«{text}» no és un número de telèfon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name has no letters or digits.</source>
        <translation>El nom no té lletres ni xifres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer number</source>
        <translation>Número de client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer number {number} is already in use.</source>
        <translation>El número de client {number} ja és en ús.</translation>
    </message>
    <message>
        <location filename="../../desk/db.py" line="+166"/>
        <source>Someone else changed this record a moment ago. Reload it to see their change, then try again.</source>
        <translation>Una altra persona acaba de canviar aquest registre. Torna&apos;l a carregar per veure&apos;n el canvi i torna-ho a provar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database no longer accepts your sign-in (your account was disabled or its password changed). Nothing more can be saved from this desk; ask your supervisor.</source>
        <translation>La base de dades ja no accepta el teu inici de sessió (el teu compte es va desactivar o la contrasenya va canviar). Ja no es pot desar res més des d&apos;aquest lloc; consulta el teu supervisor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database cannot be reached right now. Nothing was saved; your text is kept. Try again in a moment.</source>
        <translation>Ara mateix no es pot accedir a la base de dades. No s&apos;ha desat res; el text es conserva. Torna-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot open the database: {problem}</source>
        <translation>No es pot obrir la base de dades: {problem}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This database has no Posventa Desk schema yet. An administrator must run `desk-admin upgrade` first.</source>
        <translation>Aquesta base de dades encara no té l&apos;esquema de Posventa Desk. Un administrador ha d&apos;executar abans `desk-admin upgrade`.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database was upgraded by a newer Posventa Desk (schema {current}); this desk knows schema {head} at most. Install the newer desk before you go on.</source>
        <translation>Aquesta base de dades la va actualitzar un Posventa Desk més recent (esquema {current}); aquest programa coneix com a màxim l&apos;esquema {head}. Instal·la la versió més recent abans de continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database&apos;s schema ({current}) is older than this desk&apos;s ({head}). An administrator must run `desk-admin upgrade` before the desk can be used.</source>
        <translation>L&apos;esquema d&apos;aquesta base de dades ({current}) és més antic que el d&apos;aquest programa ({head}). Un administrador ha d&apos;executar `desk-admin upgrade` abans de poder-lo fer servir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your account has been disabled by an administrator. Nothing more can be saved from this desk; ask your supervisor.</source>
        <translation>Un administrador ha desactivat el teu compte. Ja no es pot desar res més des d&apos;aquest lloc; consulta el teu supervisor.</translation>
    </message>
    <message>
        <location filename="../../desk/decisions.py" line="-6"/>
        <source>Refund without a receipt</source>
        <translation>Reemborsament sense tiquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free or discounted repair</source>
        <translation>Reparació gratuïta o amb descompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>Càrrec condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return accepted as an exception</source>
        <translation>Devolució acceptada com a excepció</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>refund without a receipt</source>
        <translation>reemborsament sense tiquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goodwill voucher</source>
        <translation>val de cortesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goodwill refund</source>
        <translation>reemborsament de cortesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free or discounted repair</source>
        <translation>reparació gratuïta o amb descompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee waived</source>
        <translation>càrrec condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>return accepted as an exception</source>
        <translation>devolució acceptada com a excepció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price adjustment</source>
        <translation>ajust de preu</translation>
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
        <translation>{decision} de {amount:.2f} {currency}: {reasons}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{decision} ({amount:.2f} {currency}) is waiting for approval.</source>
        <translation>{decision} ({amount:.2f} {currency}) està pendent d&apos;aprovació.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{decision} ({amount:.2f} {currency}) was rejected: reject this case, or take it again without it.</source>
        <translation>{decision} ({amount:.2f} {currency}) es va rebutjar: rebutja aquest cas o torna a tramitar-lo sense això.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{decision} ({amount:.2f} {currency}) was withdrawn or expired: reject this case, or take it again without it.</source>
        <translation>{decision} ({amount:.2f} {currency}) es va retirar o va caducar: rebutja aquest cas o torna a tramitar-lo sense això.</translation>
    </message>
    <message>
        <location filename="../../desk/demo.py" line="+182"/>
        <source>The number of customers cannot be negative.</source>
        <translation>El nombre de clients no pot ser negatiu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already has customers; the demo only fills an empty database.</source>
        <translation>Aquesta base de dades ja té clients; la demo només omple una base de dades buida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reference data: {stores} stores, {staff} staff, {products} products, {limits} limits</source>
        <translation>Dades de referència: {stores} botigues, {staff} empleats, {products} productes, {limits} límits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customers {done:,}/{total:,} ({seconds:.1f} s)</source>
        <translation>Clients {done:,}/{total:,} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>User {user} already exists; kept as it is (its password is unchanged)</source>
        <translation>L&apos;usuari {user} ja existeix; es deixa com està (la contrasenya no canvia)</translation>
    </message>
    <message>
        <location filename="../../desk/documents.py" line="-23"/>
        <source>{file} is empty.</source>
        <translation>{file} és buit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>El fitxer és buit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is larger than {most} MB.</source>
        <translation>{file} ocupa més de {most} MB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A case holds at most {most} attached files.</source>
        <translation>Un cas admet com a màxim {most} fitxers adjunts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File attached to {case}: {file}</source>
        <translation>Fitxer adjuntat a {case}: {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose at least one file to attach.</source>
        <translation>Tria almenys un fitxer per adjuntar.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This document does not exist (any more).</source>
        <translation>Aquest document no existeix (o ja no existeix).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is damaged: its content no longer matches its checksum.</source>
        <translation>{file} està malmès: el contingut ja no coincideix amb la suma de control.</translation>
    </message>
    <message>
        <location filename="../../desk/drafts.py" line="+110"/>
        <source>This form cannot be kept as a draft: {problem}</source>
        <translation>Aquest formulari no es pot desar com a esborrany: {problem}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was typed is too long to keep as a draft on this computer ({size} KB; at most {most} KB). Shorten it, or save it now.</source>
        <translation>El que s&apos;ha escrit és massa llarg per desar-ho com a esborrany en aquest ordinador ({size} KB; com a màxim {most} KB). Escurça-ho o desa-ho ara.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>A draft is a set of named fields.</source>
        <translation>Un esborrany és un conjunt de camps amb nom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This form has too many fields to keep as a draft (more than {most}).</source>
        <translation>Aquest formulari té massa camps per desar-lo com a esborrany (més de {most}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This form is nested too deeply to keep as a draft.</source>
        <translation>Aquest formulari està niat a massa profunditat per desar-lo com a esborrany.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: not a number that can be kept.</source>
        <translation>{name}: no és un nombre que es pugui desar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every field of a draft needs a name.</source>
        <translation>Cada camp d&apos;un esborrany necessita un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password is never kept on this computer, not even in a draft.</source>
        <translation>Una contrasenya no es desa mai en aquest ordinador, ni tan sols en un esborrany.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: only text, numbers and yes/no can be kept in a draft.</source>
        <translation>{name}: en un esborrany només es poden desar textos, nombres i sí/no.</translation>
    </message>
    <message>
        <location filename="../../desk/goodwill.py" line="-55"/>
        <source>Late delivery</source>
        <translation>Lliurament amb retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed installation or visit</source>
        <translation>Instal·lació o visita no feta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated repair of the same fault</source>
        <translation>Reparació repetida de la mateixa avaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price dropped soon after purchase</source>
        <translation>Baixada de preu poc després de la compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged packaging</source>
        <translation>Embalatge danyat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor service or long wait</source>
        <translation>Mal servei o llarga espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restocking fee waived</source>
        <translation>Càrrec de reposició condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery fee waived</source>
        <translation>Despeses d&apos;enviament condonades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee waived</source>
        <translation>Càrrec de cancel·lació condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee waived</source>
        <translation>Recàrrec per demora condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customer</source>
        <translation>Client fidel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other (say why)</source>
        <translation>Altre (indica el motiu)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the reason from the list.</source>
        <translation>Tria el motiu a la llista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That case is not this customer&apos;s.</source>
        <translation>Aquest cas no és d&apos;aquest client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} {amount:.2f} {currency}: {reason}</source>
        <translation>{kind} {amount:.2f} {currency}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} {amount:.2f} {currency}: {reason} (about {case})</source>
        <translation>{kind} {amount:.2f} {currency}: {reason} (sobre {case})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Granted.</source>
        <translation>Concedit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent for approval.</source>
        <translation>Enviat per a aprovació.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Choose what to grant from the list.</source>
        <translation>Tria a la llista què concedir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount, more than zero.</source>
        <translation>Escriu l&apos;import, més gran que zero.</translation>
    </message>
    <message>
        <location filename="../../desk/importer.py" line="+79"/>
        <source>{kind}: 1 row read; {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: 1 fila llegida; {added:,} afegits, {unchanged:,} ja hi eren sense canvis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{kind}: {rows:,} rows read; {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: {rows:,} files llegides; {added:,} afegits, {unchanged:,} ja hi eren sense canvis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orders: {rows:,} rows read (1 order); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>Comandes: {rows:,} files llegides (1 comanda); {added:,} afegides, {unchanged:,} ja hi eren sense canvis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders: {rows:,} rows read ({records:,} orders); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>Comandes: {rows:,} files llegides ({records:,} comandes); {added:,} afegides, {unchanged:,} ja hi eren sense canvis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind}: {rows:,} rows read ({records:,} records); {added:,} added, {unchanged:,} already present unchanged.</source>
        <translation>{kind}: {rows:,} files llegides ({records:,} registres); {added:,} afegits, {unchanged:,} ja hi eren sense canvis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Comandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interactions</source>
        <translation>Interaccions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot import &apos;{what}&apos;; choose customers, orders or interactions.</source>
        <translation>No es pot importar «{what}»; tria customers, orders o interactions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Someone added the same records while {file} was being imported; nothing was imported. Import it again.</source>
        <translation>Algú ha afegit els mateixos registres mentre s&apos;importava {file}; no s&apos;ha importat res. Torna&apos;l a importar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{file}: 1 row of {rows:,} cannot be imported; nothing was imported.</source>
        <translation>{file}: 1 fila de {rows:,} no es pot importar; no s&apos;ha importat res.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported.</source>
        <translation>{file}: {count:,} files de {rows:,} no es poden importar; no s&apos;ha importat res.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: {count:,} rows of {rows:,} cannot be imported; nothing was imported. The first {listed} are listed.</source>
        <translation>{file}: {count:,} files de {rows:,} no es poden importar; no s&apos;ha importat res. Es llisten les {listed} primeres.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{file} has a header but no rows; nothing to import.</source>
        <translation>{file} té capçalera però cap fila; no hi ha res per importar.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No es pot llegir {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is empty: the first line must name the columns.</source>
        <translation>{file} és buit: la primera línia ha d&apos;anomenar les columnes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has {fields} fields; the header has {columns}</source>
        <translation>té {fields} camps; la capçalera en té {columns}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be read as CSV; nothing was imported.</source>
        <translation>{file} no es pot llegir com a CSV; no s&apos;ha importat res.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{file} no és text UTF-8; desa&apos;l com a &quot;CSV UTF-8&quot; i torna&apos;l a importar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes that are not UTF-8 ({reason})</source>
        <translation>bytes que no són UTF-8 ({reason})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown column(s): {names}</source>
        <translation>columna/es desconeguda/es: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>column(s) named twice: {names}</source>
        <translation>columna/es repetida/es: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>missing required column(s): {names}</source>
        <translation>hi falta/en columna/es obligatòria/es: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file}: the header does not fit; the columns are {columns} (see docs/import.md).</source>
        <translation>{file}: la capçalera no encaixa; les columnes són {columns} (vegeu docs/import.md).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{column} &apos;{value}&apos; may hold letters, digits and . _ / - only.</source>
        <translation>{column} «{value}» només pot tenir lletres, xifres i . _ / -.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{column} &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>{column} «{value}» no és cap de: {allowed}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{column} &apos;{value}&apos; is not an ISO 8601 date and time such as 2024-03-05 14:30 or 2024-03-05T14:30:00+01:00.</source>
        <translation>{column} «{value}» no és una data i hora ISO 8601 com 2024-03-05 14:30 o 2024-03-05T14:30:00+01:00.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>{column} {value} is in the future.</source>
        <translation>{column} {value} és en el futur.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{column} &apos;{value}&apos; is not an ISO 8601 date such as 2024-03-05.</source>
        <translation>{column} «{value}» no és una data ISO 8601 com 2024-03-05.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quantity &apos;{value}&apos; must be a whole number from 1 to 9999.</source>
        <translation>quantity «{value}» ha de ser un nombre enter d&apos;1 a 9999.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer {key} is already on line {first} of this file.</source>
        <translation>El client {key} ja és a la línia {first} d&apos;aquest fitxer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {key} is already on line {first} of this file.</source>
        <translation>La comanda {key} ja és a la línia {first} d&apos;aquest fitxer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {key} is already on line {first} of this file.</source>
        <translation>El tiquet {key} ja és a la línia {first} d&apos;aquest fitxer.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>full_name has no letters or digits.</source>
        <translation>full_name no té lletres ni xifres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language &apos;{language}&apos; is not one of {allowed}.</source>
        <translation>language «{language}» no és cap de: {allowed}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>customer {number} already exists with different data ({columns}).</source>
        <translation>el client {number} ja existeix amb altres dades ({columns}).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>{problem} An order&apos;s rows must follow one another.</source>
        <translation>{problem} Les files d&apos;una comanda han d&apos;anar seguides.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>order {number} has other order details (receipt, customer, channel, store, times or currency) than on line {line}; each of its rows must repeat them.</source>
        <translation>la comanda {number} té altres dades de comanda (tiquet, client, canal, botiga, hores o moneda) que a la línia {line}; cadascuna de les seves files les ha de repetir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>delivered_at is before ordered_at.</source>
        <translation>delivered_at és anterior a ordered_at.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>currency &apos;{currency}&apos; is not a currency code such as EUR.</source>
        <translation>currency «{currency}» no és un codi de moneda com EUR.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a line with a serial number holds one item: quantity must be 1.</source>
        <translation>una línia amb número de sèrie porta un sol article: quantity ha de ser 1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no store with code {code}.</source>
        <translation>no hi ha cap botiga amb el codi {code}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>there is no customer {number} (import the customers first).</source>
        <translation>no existeix el client {number} (importa primer els clients).</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>there is no product with SKU {sku}.</source>
        <translation>no hi ha cap producte amb l&apos;SKU {sku}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt {receipt} belongs to order {order} already.</source>
        <translation>el tiquet {receipt} ja pertany a la comanda {order}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>order {number} already exists with different data ({columns}).</source>
        <translation>la comanda {number} ja existeix amb altres dades ({columns}).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>there is no user {user}.</source>
        <translation>no existeix l&apos;usuari {user}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>interaction {reference} already exists with different data ({columns}).</source>
        <translation>la interacció {reference} ja existeix amb altres dades ({columns}).</translation>
    </message>
    <message>
        <location filename="../../desk/interactions.py" line="-16"/>
        <location filename="../../desk/surveys.py" line="-59"/>
        <source>&apos;{channel}&apos; is not a channel.</source>
        <translation>«{channel}» no és un canal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{direction}&apos; is not a direction (inbound or outbound).</source>
        <translation>«{direction}» no és una direcció (entrant o sortint).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact time has no time zone.</source>
        <translation>L&apos;hora del contacte no té zona horària.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact time is in the future.</source>
        <translation>L&apos;hora del contacte és en el futur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{summary}

Outcome: {outcome}</source>
        <translation>{summary}

Resultat: {outcome}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer visit: {reason}</source>
        <translation>Visita del client a la botiga: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In store, to the customer: {reason}</source>
        <translation>A la botiga, al client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone from customer: {reason}</source>
        <translation>Trucada del client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone to customer: {reason}</source>
        <translation>Trucada al client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email from customer: {reason}</source>
        <translation>Correu del client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email to customer: {reason}</source>
        <translation>Correu al client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat from customer: {reason}</source>
        <translation>Xat del client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chat to customer: {reason}</source>
        <translation>Xat al client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web from customer: {reason}</source>
        <translation>Missatge web del client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web to customer: {reason}</source>
        <translation>Missatge web al client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media from customer: {reason}</source>
        <translation>Xarxes socials, del client: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media to customer: {reason}</source>
        <translation>Xarxes socials, al client: {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This customer no longer exists.</source>
        <translation>Aquest client ja no existeix.</translation>
    </message>
    <message>
        <location filename="../../desk/kpis.py" line="-230"/>
        <source>The period ends before it starts.</source>
        <translation>El període acaba abans de començar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a period of three years at most.</source>
        <translation>Tria un període de tres anys com a màxim.</translation>
    </message>
    <message>
        <location line="+200"/>
        <location line="+55"/>
        <location line="+23"/>
        <source>Cases opened</source>
        <translation>Casos oberts</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+54"/>
        <location line="+23"/>
        <source>Cases resolved</source>
        <translation>Casos resolts</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Median time to resolution (hours)</source>
        <translation>Mediana del temps de resolució (hores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile time to resolution (hours)</source>
        <translation>Percentil 90 del temps de resolució (hores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution (%)</source>
        <translation>Resolució en el primer contacte (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence within 30 days (%)</source>
        <translation>Reincidència en 30 dies (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted ({currency})</source>
        <translation>Gestos comercials concedits ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill budget ({currency})</source>
        <translation>Pressupost de gestos comercials ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted against budget (%)</source>
        <translation>Gestos comercials concedits respecte al pressupost (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals decided</source>
        <translation>Aprovacions decidides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median approval turnaround (hours)</source>
        <translation>Mediana del temps d&apos;aprovació (hores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile approval turnaround (hours)</source>
        <translation>Percentil 90 del temps d&apos;aprovació (hores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT answers</source>
        <translation>Respostes CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT satisfied, 4-5 (%)</source>
        <translation>CSAT satisfets, 4-5 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT mean (1-5)</source>
        <translation>CSAT mitjana (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES answers</source>
        <translation>Respostes CES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CES mean (1-7)</source>
        <translation>CES mitjana (1-7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS answers</source>
        <translation>Respostes NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS (-100 to 100)</source>
        <translation>NPS (de -100 a 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys sent</source>
        <translation>Enquestes enviades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period from</source>
        <translation>Període des de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>Període fins a</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>all</source>
        <translation>tots</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+22"/>
        <source>Figure</source>
        <translation>Xifra</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+22"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+23"/>
        <source>Week starting</source>
        <translation>Setmana del</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>CSAT answer</source>
        <translation>Resposta CSAT</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Answers</source>
        <translation>Respostes</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Figures</source>
        <translation>Xifres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weeks</source>
        <translation>Setmanes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../desk/letters.py" line="+323"/>
        <source>There is no letter of kind &apos;{kind}&apos;; the letters are: {kinds}.</source>
        <translation>No hi ha cap carta del tipus «{kind}»; les cartes són: {kinds}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The letter template {file} is missing from {folder}; reinstall the desk or run resources/templates/build_templates.py.</source>
        <translation>Falta la plantilla de carta {file} a {folder}; reinstal·la el programa o executa resources/templates/build_templates.py.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../desk/rules/dates.py" line="+22"/>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Madrid.</source>
        <translation>«{zone}» no és una zona horària com Europe/Madrid.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A time without a time zone cannot be printed on a letter.</source>
        <translation>Una hora sense zona horària no es pot imprimir en una carta.</translation>
    </message>
    <message>
        <location filename="../../desk/orders.py" line="+44"/>
        <source>An order needs at least one line.</source>
        <translation>Una comanda necessita almenys una línia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every order line needs a quantity of at least 1.</source>
        <translation>Cada línia de la comanda necessita una quantitat d&apos;almenys 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A price cannot be negative.</source>
        <translation>Un preu no pot ser negatiu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order cannot be delivered before it was placed.</source>
        <translation>Una comanda no es pot lliurar abans d&apos;haver-se fet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order {order}: {product} and {more} more, {total:.2f} {currency}</source>
        <translation>Comanda {order}: {product} i {more} més, {total:.2f} {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order}: {product}, {total:.2f} {currency}</source>
        <translation>Comanda {order}: {product}, {total:.2f} {currency}</translation>
    </message>
    <message>
        <location filename="../../desk/policy.py" line="-52"/>
        <source>{field}: &apos;{text}&apos; is not an amount.</source>
        <translation>{field}: «{text}» no és un import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} must be zero or more.</source>
        <translation>{field} ha de ser zero o més.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} above {most:.2f} is not plausible.</source>
        <translation>{field} per sobre de {most:.2f} no és versemblant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} has more than two decimals.</source>
        <translation>{field} té més de dos decimals.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{field}: &apos;{text}&apos; could mean {whole} or {decimals}. Type {whole} without a separator, or {two} with two decimals.</source>
        <translation>{field}: «{text}» podria ser {whole} o {decimals}. Escriu {whole} sense separador, o {two} amb dos decimals.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give either a role or a user for the limit, not both.</source>
        <translation>Indica un rol o un usuari per al límit, no tots dos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days past the return window must be between 0 and 365.</source>
        <translation>Els dies passat el termini de devolució han d&apos;estar entre 0 i 365.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no user {name}.</source>
        <translation>No hi ha cap usuari {name}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Per decision</source>
        <translation>Per decisió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent per day</source>
        <translation>Per agent i dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per customer over 12 months</source>
        <translation>Per client en 12 mesos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This limit does not exist (any more).</source>
        <translation>Aquest límit no existeix (o ja no existeix).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A role&apos;s limit is changed, not removed; set it to 0.00 to let that role grant nothing.</source>
        <translation>El límit d&apos;un rol es canvia, no s&apos;elimina; posa&apos;l a 0.00 perquè aquest rol no pugui concedir res.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only an administrator can change the empowerment limits.</source>
        <translation>Només un administrador pot canviar els límits d&apos;atribucions.</translation>
    </message>
    <message>
        <location filename="../../desk/privacy.py" line="+97"/>
        <source>No customer has the id {id}. Nothing was changed.</source>
        <translation>Cap client no té l&apos;id {id}. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a customer number (as printed, e.g. C-000123) or the customer&apos;s numeric id.</source>
        <translation>Indica un número de client (tal com surt imprès, p. ex. C-000123) o l&apos;id numèric del client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{typed}…&apos; is too long to be a customer number or id.</source>
        <translation>«{typed}…» és massa llarg per ser un número de client o un id.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{typed}&apos; is customer number {typed} and also the id of customer {other}; give the customer number of the one you mean.</source>
        <translation>«{typed}» és el número de client {typed} i també l&apos;id del client {other}; indica el número de client del que cerques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No customer has the number or id &apos;{typed}&apos;. Nothing was changed.</source>
        <translation>Cap client no té el número o id «{typed}». No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Customer {number} was already erased on {day:%Y-%m-%d}; nothing was changed.</source>
        <translation>El client {number} ja es va esborrar el {day:%Y-%m-%d}; no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <location filename="../../desk/returns.py" line="-26"/>
        <source>{case} is not a return.</source>
        <translation>{case} no és una devolució.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return {case} can be refunded once its items are received.</source>
        <translation>La devolució {case} es pot reemborsar quan se n&apos;hagin rebut els articles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return {case} cannot be settled yet:
{problems}</source>
        <translation>La devolució {case} encara no es pot liquidar:
{problems}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchanged; price difference {difference:.2f} {currency}.</source>
        <translation>Canviat; diferència de preu {difference:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund {amount:.2f} {currency} to {method}.</source>
        <translation>Reemborsament de {amount:.2f} {currency} mitjançant {method}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add at least one item to return.</source>
        <translation>Afegeix almenys un article per tornar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A return holds at most {most} lines.</source>
        <translation>Una devolució admet com a màxim {most} línies.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a refund method and a channel from the lists.</source>
        <translation>Tria un mètode de reemborsament i un canal de les llistes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same order line is listed twice: change its quantity instead.</source>
        <translation>La mateixa línia de comanda hi apareix dues vegades: canvia&apos;n la quantitat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line {number}: that order line does not exist (any more).</source>
        <translation>Línia {number}: aquesta línia de comanda no existeix (o ja no existeix).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {number} ({description}): {problem}</source>
        <translation>Línia {number} ({description}): {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines bought in different currencies go in separate returns.</source>
        <translation>Les línies comprades en monedes diferents van en devolucions separades.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line {number}: choose the item&apos;s condition from the list.</source>
        <translation>Línia {number}: tria l&apos;estat de l&apos;article a la llista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number}: the quantity must be a whole number from 1 to {most}.</source>
        <translation>Línia {number}: la quantitat ha de ser un nombre enter d&apos;1 a {most}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {number}: a serial number has at most {most} characters.</source>
        <translation>Línia {number}: un número de sèrie té com a màxim {most} caràcters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number} reason</source>
        <translation>Motiu de la línia {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is outside the rules: accept it as an exception (with a reason) or leave it out.</source>
        <translation>està fora de les normes: accepta-la com a excepció (amb un motiu) o treu-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number} description</source>
        <translation>Descripció de la línia {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {number}: that product does not exist.</source>
        <translation>Línia {number}: aquest producte no existeix.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line {number} amount</source>
        <translation>Import de la línia {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {number}: type the amount to refund for an item with no order on file.</source>
        <translation>Línia {number}: escriu l&apos;import a reemborsar d&apos;un article sense comanda registrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No order on file: the refund is a decision under the empowerment policy.</source>
        <translation>Sense comanda registrada: el reemborsament és una decisió subjecta a la política d&apos;atribucions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose its condition (unopened, opened, damaged, missing parts).</source>
        <translation>tria l&apos;estat (sense obrir, obert, danyat, hi falten peces).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose &apos;exchange&apos; as the refund method to give another product.</source>
        <translation>Tria «canvi» com a mètode de reemborsament per donar un altre producte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product the customer takes in exchange.</source>
        <translation>Tria el producte que el client s&apos;emporta a canvi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The product chosen for the exchange does not exist.</source>
        <translation>El producte triat per al canvi no existeix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange quantity must be from 1 to {most}.</source>
        <translation>La quantitat del canvi ha de ser d&apos;1 a {most}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Return of {items}: refund {amount:.2f} {currency}.</source>
        <translation>Devolució de {items}: reemborsament de {amount:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say why in the reason box: {decision}.</source>
        <translation>Indica el motiu a la casella de motiu: {decision}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {first}, {second}.</source>
        <translation>Indica el motiu a la casella de motiu: {first}, {second}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {first}, {second}, {third}.</source>
        <translation>Indica el motiu a la casella de motiu: {first}, {second}, {third}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: {decisions}.</source>
        <translation>Indica el motiu a la casella de motiu: {decisions}.</translation>
    </message>
    <message>
        <location filename="../../desk/rule_store.py" line="+45"/>
        <source>Only an administrator can change the after-sales rules.</source>
        <translation>Només un administrador pot canviar les regles de postvenda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rules file is too long (at most {most:,} characters).</source>
        <translation>El fitxer de regles és massa llarg (com a màxim {most:,} caràcters).</translation>
    </message>
    <message>
        <location filename="../../desk/rules/dates.py" line="-4"/>
        <source>A time without a time zone cannot be placed on a calendar.</source>
        <translation>Una hora sense zona horària no es pot situar al calendari.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/empowerment.py" line="+25"/>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a store manager</source>
        <translation>un encarregat de botiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>un supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an administrator</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An agent</source>
        <translation>Un agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A store manager</source>
        <translation>Un encarregat de botiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervisor</source>
        <translation>Un supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An administrator</source>
        <translation>Un administrador</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{amount:.2f} {currency} will go to {approver} for approval (your store has no {usual}).</source>
        <translation>{amount:.2f} {currency} aniran a {approver} perquè ho aprovi (la teva botiga no té el rol {usual}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} will go to {approver} for approval.</source>
        <translation>Pots concedir fins a {limit:.2f} {currency}; {amount:.2f} {currency} aniran a {approver} perquè ho aprovi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount:.2f} {currency} will go to {approver} for approval.</source>
        <translation>{amount:.2f} {currency} aniran a {approver} perquè ho aprovi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A decision is worth more than zero.</source>
        <translation>Una decisió ha de valer més de zero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can grant up to {limit:.2f} {currency}; {amount:.2f} {currency} is within your limits.</source>
        <translation>Pots concedir fins a {limit:.2f} {currency}; {amount:.2f} {currency} és dins dels teus límits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{role} cannot grant it either: {why}.</source>
        <translation>{role} tampoc no ho pot concedir: {why}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody may grant this: the highest limit is {limit:.2f} {currency} per decision.</source>
        <translation>Ningú no ho pot concedir: el límit més alt és {limit:.2f} {currency} per decisió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody may grant this: no limit is set for {kind} in {currency}.</source>
        <translation>Ningú no ho pot concedir: no hi ha cap límit fixat per a «{kind}» en {currency}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no limit for {kind} in {currency}.</source>
        <translation>No tens cap límit per a «{kind}» en {currency}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount:.2f} {currency} is above your limit of {limit:.2f} {currency} per decision.</source>
        <translation>{amount:.2f} {currency} supera el teu límit de {limit:.2f} {currency} per decisió.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} days past the window; you may accept up to {most}.</source>
        <translation>{days} dies fora de termini; pots acceptar-ne fins a {most}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have granted {today:.2f} {currency} today of your {day:.2f} {currency} a day.</source>
        <translation>Avui has concedit {today:.2f} {currency} dels teus {day:.2f} {currency} diaris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This customer has had {had:.2f} {currency} in 12 months; the cap is {cap:.2f} {currency}.</source>
        <translation>Aquest client ha rebut {had:.2f} {currency} en 12 mesos; el límit és {cap:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no limit is set for it</source>
        <translation>no té cap límit fixat per a això</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the limit is {limit:.2f} {currency} per decision</source>
        <translation>el seu límit és {limit:.2f} {currency} per decisió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {days} days past the window</source>
        <translation>com a màxim {days} dies fora de termini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this customer&apos;s 12-month total would pass the cap of {cap:.2f} {currency}</source>
        <translation>el total d&apos;aquest client en 12 mesos superaria el límit de {cap:.2f} {currency}</translation>
    </message>
    <message>
        <location filename="../../desk/rules/returns.py" line="+95"/>
        <source>All {quantity} bought on this line have already been returned.</source>
        <translation>Ja s&apos;han tornat les {quantity} unitats comprades en aquesta línia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return at least one item.</source>
        <translation>Torna almenys un article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {remaining} of {quantity} can still be returned ({returned} already returned).</source>
        <translation>Només se&apos;n poden tornar encara {remaining} de {quantity} (ja se n&apos;han tornat {returned}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {quantity} were bought on this line.</source>
        <translation>En aquesta línia només se&apos;n van comprar {quantity}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not delivered yet: the return window has not started.</source>
        <translation>Encara no lliurat: el termini de devolució no ha començat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside the {days}-day return window (until {until:%d/%m/%Y}).</source>
        <translation>Dins del termini de devolució de {days} dies (fins al {until:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {days}-day return window ended on {ended:%d/%m/%Y} (1 day ago).</source>
        <translation>El termini de devolució de {days} dies va acabar el {ended:%d/%m/%Y} (fa 1 dia).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {days}-day return window ended on {ended:%d/%m/%Y} ({ago} days ago).</source>
        <translation>El termini de devolució de {days} dies va acabar el {ended:%d/%m/%Y} (fa {ago} dies).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distance sale: the legal {days}-day right of withdrawal runs until {until:%d/%m/%Y}.</source>
        <translation>Venda a distància: el dret legal de desistiment de {days} dies dura fins al {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Condition {condition} is not accepted without an exception.</source>
        <translation>L&apos;estat «{condition}» no s&apos;accepta sense una excepció.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outside the window: it can only be accepted as an exception.</source>
        <translation>Fora de termini: només es pot acceptar com a excepció.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restocking fee {percent:f}% for {condition} items.</source>
        <translation>Càrrec de reposició del {percent:f}% per a articles en estat «{condition}».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Scan or type the serial number (sold with serial {serial}).</source>
        <translation>Escaneja o escriu el número de sèrie (es va vendre amb el número {serial}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {given} is not the one sold on this line ({sold}).</source>
        <translation>El número de sèrie {given} no és el venut en aquesta línia ({sold}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number matches the one sold.</source>
        <translation>El número de sèrie coincideix amb el venut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serialised product: record the serial number handed back.</source>
        <translation>Producte amb número de sèrie: anota el número de sèrie de l&apos;article tornat.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/settings.py" line="+60"/>
        <source>legal minimum</source>
        <translation>mínim legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>legal guarantee in {country} for goods bought from {since:%Y-%m-%d}</source>
        <translation>garantia legal a {country} per a compres des del {since:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The rules file is not valid TOML: {problem}</source>
        <translation>El fitxer de regles no és TOML vàlid: {problem}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>returns.restocking_fee.categories must be a table of category = {{ condition = percent }}.</source>
        <translation>returns.restocking_fee.categories ha de ser una taula de categoria = {{ estat = percentatge }}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The rules need a [{setting}] table.</source>
        <translation>Les regles necessiten una taula [{setting}].</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{setting} must be a whole number from {low} to {high}.</source>
        <translation>{setting} ha de ser un nombre enter de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be a list of words.</source>
        <translation>{setting} ha de ser una llista de paraules.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{setting}: &apos;{value}&apos; is not one of {allowed}.</source>
        <translation>{setting}: «{value}» no és cap de: {allowed}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{setting} must be one of {allowed}.</source>
        <translation>{setting} ha de ser un de: {allowed}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{setting} must be a table of condition = percent.</source>
        <translation>{setting} ha de ser una taula d&apos;estat = percentatge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{setting}: &apos;{name}&apos; is not a condition.</source>
        <translation>{setting}: «{name}» no és un estat de l&apos;article.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{setting} must be a percent from 0 to 100.</source>
        <translation>{setting} ha de ser un percentatge de 0 a 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>warranty.legal rule {number} must be a table with country, from and months.</source>
        <translation>La regla {number} de warranty.legal ha de ser una taula amb country, from i months.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warranty.legal rule {number}: country must be a two-letter code such as ES.</source>
        <translation>Regla {number} de warranty.legal: country ha de ser un codi de dues lletres com ES.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warranty.legal rule {number}: from must be a date such as 2022-01-01.</source>
        <translation>Regla {number} de warranty.legal: from ha de ser una data com 2022-01-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warranty.legal rule {number}: months must be a whole number from 1 to 240.</source>
        <translation>Regla {number} de warranty.legal: months ha de ser un nombre enter d&apos;1 a 240.</translation>
    </message>
    <message>
        <location filename="../../desk/rules/states.py" line="-65"/>
        <source>Draft</source>
        <translation>Esborrany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Obert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting items</source>
        <translation>Esperant articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Reemborsat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Canviat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>En diagnòstic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Esperant peces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Reparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Substituït</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Retornat al client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted</source>
        <translation>Concedit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rebutjat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancel·lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A return cannot be {state}.</source>
        <translation>Una devolució no pot estar en estat {state}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A warranty claim cannot be {state}.</source>
        <translation>Una reclamació de garantia no pot estar en estat {state}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A goodwill cannot be {state}.</source>
        <translation>Un gest comercial no pot estar en estat {state}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This return is {state}: it is finished and cannot change.</source>
        <translation>Aquesta devolució està en estat {state}: està acabada i no pot canviar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This warranty claim is {state}: it is finished and cannot change.</source>
        <translation>Aquesta reclamació de garantia està en estat {state}: està acabada i no pot canviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This goodwill is {state}: it is finished and cannot change.</source>
        <translation>Aquest gest comercial està en estat {state}: està acabat i no pot canviar.</translation>
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
        <translation>Una devolució en estat {current} no pot passar a {wanted}; pot passar a: {options}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A warranty claim that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>Una reclamació de garantia en estat {current} no pot passar a {wanted}; pot passar a: {options}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A goodwill that is {current} cannot become {wanted}; it can become: {options}.</source>
        <translation>Un gest comercial en estat {current} no pot passar a {wanted}; pot passar a: {options}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return</source>
        <translation>Devolució</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warranty claim</source>
        <translation>Reclamació de garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Gest comercial</translation>
    </message>
    <message>
        <location filename="../../desk/rules/warranty.py" line="+28"/>
        <source>accidental damage</source>
        <translation>dany accidental</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>liquid damage</source>
        <translation>dany per líquid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misuse</source>
        <translation>mal ús</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>normal wear</source>
        <translation>desgast normal</translation>
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
        <translation>No consta cap compra: no es pot acreditar la cobertura. Pressuposta la reparació o concedeix-la com a decisió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serial {given} is neither the one sold on order {order} ({sold}) nor a replacement handed over for it.</source>
        <translation>El número de sèrie {given} no és el venut a la comanda {order} ({sold}) ni el d&apos;un article de substitució lliurat en el seu lloc.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Serial not given yet (sold: {sold}).</source>
        <translation>Encara no s&apos;ha indicat el número de sèrie (venut: {sold}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial matches the one sold.</source>
        <translation>El número de sèrie coincideix amb el venut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial {given} is the replacement handed over under {case}.</source>
        <translation>El número de sèrie {given} és el de l&apos;article de substitució lliurat a {case}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The replacement is covered until {until:%d/%m/%Y} (restart rule).</source>
        <translation>L&apos;article de substitució està cobert fins al {until:%d/%m/%Y} (regla de nou període).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replacement is covered until {until:%d/%m/%Y} (remaining rule).</source>
        <translation>L&apos;article de substitució està cobert fins al {until:%d/%m/%Y} (regla de cobertura restant).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not covered by any guarantee: {cause}.</source>
        <translation>No ho cobreix cap garantia: {cause}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cause given: {cause}.</source>
        <translation>Causa indicada: {cause}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In warranty: {months}-month {source}, until {until:%d/%m/%Y}.</source>
        <translation>En garantia: {source} de {months} mesos, fins al {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y} (the legal guarantee ended on {legal:%d/%m/%Y}).</source>
        <translation>En garantia: garantia de la marca de {months} mesos, fins al {until:%d/%m/%Y} (la garantia legal va acabar el {legal:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In warranty: the brand&apos;s {months}-month warranty, until {until:%d/%m/%Y}.</source>
        <translation>En garantia: garantia de la marca de {months} mesos, fins al {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The fault repaired under {case} stays covered until {until:%d/%m/%Y}.</source>
        <translation>L&apos;avaria reparada a {case} continua coberta fins al {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{case} is not an earlier repair of this item.</source>
        <translation>{case} no és una reparació anterior d&apos;aquest article.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} day ago).</source>
        <translation>Fora de garantia: la cobertura va acabar el {until:%d/%m/%Y} (fa {days} dia).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Out of warranty: cover ended on {until:%d/%m/%Y} ({days} days ago).</source>
        <translation>Fora de garantia: la cobertura va acabar el {until:%d/%m/%Y} (fa {days} dies).</translation>
    </message>
    <message>
        <location filename="../../desk/scale.py" line="+149"/>
        <source>The number of customers must be between 0 and {most:,}.</source>
        <translation>El nombre de clients ha de ser entre 0 i {most:,}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events per customer must be between 0 and {most}.</source>
        <translation>Els esdeveniments per client han de ser entre 0 i {most}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customers {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} customers/s)</source>
        <translation>Clients {done:,}/{total:,} ({seconds:.1f} s, {rate:,.0f} clients/s)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysing the loaded tables</source>
        <translation>S&apos;estan analitzant les taules carregades</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This database has customers but no stores or products; add them before seed-scale.</source>
        <translation>Aquesta base de dades té clients però ni botigues ni productes; afegeix-los abans de seed-scale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stores or products yet: adding the demo&apos;s stores, staff, catalogue and limits</source>
        <translation>Encara no hi ha botigues ni productes: s&apos;afegeixen les botigues, els empleats, el catàleg i els límits de la demo</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Recreated index {index} ({seconds:.1f} s)</source>
        <translation>Índex {index} recreat ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recreated foreign key {key} ({seconds:.1f} s)</source>
        <translation>Clau forana {key} recreada ({seconds:.1f} s)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{table} {number} is numbered like the rows seed-scale would add; nothing was added.</source>
        <translation>{table} {number} té la numeració de les files que afegiria seed-scale; no s&apos;ha afegit res.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There are no products to sell; add a catalogue before seed-scale.</source>
        <translation>No hi ha productes per vendre; afegeix un catàleg abans de seed-scale.</translation>
    </message>
    <message>
        <location filename="../../desk/search.py" line="+192"/>
        <source>Order {order}</source>
        <translation>Comanda {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt {receipt}, order {order}</source>
        <translation>Tiquet {receipt}, comanda {order}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial {serial}, order {order}</source>
        <translation>Núm. de sèrie {serial}, comanda {order}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial {serial}, case {case}</source>
        <translation>Núm. de sèrie {serial}, cas {case}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Return {case}, {state}</source>
        <translation>Devolució {case}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim {case}, {state}</source>
        <translation>Reclamació de garantia {case}, {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill {case}, {state}</source>
        <translation>Gest comercial {case}, {state}</translation>
    </message>
    <message>
        <location filename="../../desk/staff.py" line="-65"/>
        <source>User name</source>
        <translation>Nom d&apos;usuari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user name may hold letters, digits, dots, dashes and underscores only.</source>
        <translation>Un nom d&apos;usuari només pot tenir lletres, xifres, punts, guions i guions baixos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User {user} already exists.</source>
        <translation>L&apos;usuari {user} ja existeix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password needs at least {least} characters.</source>
        <translation>Una contrasenya necessita almenys {least} caràcters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no store with code {code}.</source>
        <translation>No hi ha cap botiga amb el codi {code}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no user {user}.</source>
        <translation>No existeix l&apos;usuari {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User {user} is already enabled.</source>
        <translation>L&apos;usuari {user} ja està activat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {user} is already disabled.</source>
        <translation>L&apos;usuari {user} ja està desactivat.</translation>
    </message>
    <message>
        <location filename="../../desk/surveys.py" line="-23"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Satisfacció (CSAT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort score (CES)</source>
        <translation>Índex d&apos;esforç (CES)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation (NPS)</source>
        <translation>Recomanació (NPS)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} ha de ser un nombre enter de {low} a {high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} must be from {low} to {high}; {value} was given.</source>
        <translation>{label} ha de ser de {low} a {high}; s&apos;ha indicat {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give at least one of the customer&apos;s scores (satisfaction, effort or recommendation).</source>
        <translation>Indica almenys una de les puntuacions del client (satisfacció, esforç o recomanació).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Satisfaction survey sent to the customer.</source>
        <translation>Enquesta de satisfacció enviada al client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A survey for {case} was already sent on {sent:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Ja es va enviar una enquesta per a {case} el {sent:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey about {case} sent to the customer.</source>
        <translation>Enquesta de satisfacció sobre {case} enviada al client.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Case {case} is not this customer&apos;s: a survey belongs to their own case.</source>
        <translation>El cas {case} no és d&apos;aquest client: una enquesta correspon a un cas seu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} is still open: ask for the survey once it is settled.</source>
        <translation>El cas {case} encara és obert: demana l&apos;enquesta quan estigui resolt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case {case} was cancelled: there is nothing for the customer to rate.</source>
        <translation>El cas {case} es va cancel·lar: el client no té res a valorar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The customer&apos;s answers for {case} were already recorded on {answered:%Y-%m-%d %H:%M} UTC; a case has one survey.</source>
        <translation>Les respostes del client per a {case} ja es van registrar el {answered:%Y-%m-%d %H:%M} UTC; cada cas té una sola enquesta.</translation>
    </message>
    <message>
        <location filename="../../desk/text.py" line="+2"/>
        <source>{field} contains invisible control characters; please retype it.</source>
        <translation>«{field}» conté caràcters de control invisibles; torna-ho a escriure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} is too long ({length} characters; at most {most}).</source>
        <translation>«{field}» és massa llarg ({length} caràcters; com a màxim {most}).</translation>
    </message>
    <message>
        <location filename="../../desk/timeline.py" line="+103"/>
        <source>A timeline page holds between 1 and 500 events.</source>
        <translation>Una pàgina de l&apos;historial conté entre 1 i 500 fets.</translation>
    </message>
    <message>
        <location filename="../../desk/warranty.py" line="-12"/>
        <source>Fault description</source>
        <translation>Descripció de l&apos;avaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accessoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible damage</source>
        <translation>Danys visibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Repair centre</source>
        <translation>Servei tècnic</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Repair quote</source>
        <translation>Pressupost de reparació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair amount</source>
        <translation>Import de la reparació gratuïta</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>The due date must be today or later.</source>
        <translation>La data límit ha de ser avui o posterior.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Scan or type the serial number of the item (sold with {sold}).</source>
        <translation>Escaneja o escriu el número de sèrie de l&apos;article (es va vendre amb {sold}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the item: there is no order on file for it.</source>
        <translation>Descriu l&apos;article: no en consta cap comanda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bought on order {order} by another customer.</source>
        <translation>Comprat a la comanda {order} per un altre client.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item}: {fault}</source>
        <translation>{item}: {fault}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Choose a technician or type a repair centre.</source>
        <translation>Tria un tècnic o escriu un servei tècnic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date has no time zone.</source>
        <translation>La data límit no té zona horària.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim {case} is finished: it cannot be assigned any more.</source>
        <translation>La reclamació {case} està acabada: ja no es pot assignar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warranty claim {case}: assigned to {who}; due {due:%d/%m/%Y}</source>
        <translation>Reclamació de garantia {case}: assignada a {who}; per al {due:%d/%m/%Y}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warranty claim {case}: assigned to {who}</source>
        <translation>Reclamació de garantia {case}: assignada a {who}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose repair, replace or refund.</source>
        <translation>Tria reparar, substituir o reemborsar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnòstic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan or type the serial number of the replacement.</source>
        <translation>Escaneja o escriu el número de sèrie de l&apos;article de substitució.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+114"/>
        <source>A serial number has at most 60 characters.</source>
        <translation>Un número de sèrie té com a màxim 60 caràcters.</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Refund amount</source>
        <translation>Import del reemborsament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the amount refunded.</source>
        <translation>Escriu l&apos;import reemborsat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {case} cannot be resolved yet:
{blocked}</source>
        <translation>La reclamació {case} encara no es pot resoldre:
{blocked}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagnosis: {text}</source>
        <translation>Diagnosi: {text}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{note}
Replaced by serial {serial}, covered until {until:%d/%m/%Y}.</source>
        <translation>{note}
Substituït pel número de sèrie {serial}, cobert fins al {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{note}
Refund {amount:.2f} {currency}.</source>
        <translation>{note}
Reemborsament de {amount:.2f} {currency}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The repaired fault is covered until {until:%d/%m/%Y}.</source>
        <translation>L&apos;avaria reparada està coberta fins al {until:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give a period with a start before its end.</source>
        <translation>Indica un període que comenci abans d&apos;acabar.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&apos;{cause}&apos; is not a cause the desk knows.</source>
        <translation>«{cause}» no és una causa que conegui el sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That order line does not exist (any more).</source>
        <translation>Aquesta línia de comanda no existeix (o ja no existeix).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The claim is in warranty: the repair is free already.</source>
        <translation>La reclamació està en garantia: la reparació ja és gratuïta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The free part of the repair cannot be more than its quote.</source>
        <translation>La part gratuïta de la reparació no pot superar el pressupost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why in the reason box: free or discounted repair.</source>
        <translation>Explica el motiu a la casella de motiu: reparació gratuïta o amb descompte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The refund cannot be more than was paid for the item ({paid:.2f} {currency}).</source>
        <translation>El reemborsament no pot superar el que es va pagar per l&apos;article ({paid:.2f} {currency}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not assessed</source>
        <translation>sense avaluar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim {case} is {entitlement}: a replacement the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</source>
        <translation>La reclamació {case} està en situació {entitlement}: una substitució que no paga el client és una decisió de gest comercial. Registra una reparació de pagament, o rebutja la reclamació i demana el gest com a gest comercial.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {case} is {entitlement}: a refund the customer does not pay for is a goodwill decision. Record a paid repair, or reject the claim and ask for the gesture as goodwill.</source>
        <translation>La reclamació {case} està en situació {entitlement}: un reemborsament que no paga el client és una decisió de gest comercial. Registra una reparació de pagament, o rebutja la reclamació i demana el gest com a gest comercial.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That technician does not exist or no longer works here.</source>
        <translation>Aquest tècnic no existeix o ja no treballa aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose who bears the cost: the store, the supplier, the brand or the customer.</source>
        <translation>Tria qui assumeix el cost: la botiga, el proveïdor, la marca o el client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged to</source>
        <translation>Es factura a</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{case} is not a warranty claim.</source>
        <translation>{case} no és una reclamació de garantia.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="+58"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Desa (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The case on screen has been reloaded: check it, then save again.</source>
        <translation>El cas en pantalla s&apos;ha tornat a carregar: revisa&apos;l i torna a desar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saving…</source>
        <translation>Desant…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Tancar sense desar? Es perdrà el que has escrit.</translation>
    </message>
</context>
<context>
    <name>ApprovalDetail</name>
    <message>
        <location filename="../../desk/ui/approvals/detail.py" line="+37"/>
        <source>Tier</source>
        <translation>Nivell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifetime spend</source>
        <translation>Despesa total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill, 12 months</source>
        <translation>Gestos comercials, 12 mesos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In their words</source>
        <translation>En les seves paraules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past the window</source>
        <translation>Fora de termini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked by</source>
        <translation>Sol·licitat per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs</source>
        <translation>Requereix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deciding for</source>
        <translation>Decideix per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Per què</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>for {customer}</source>
        <translation>per a {customer}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} days</source>
        <translation>{n} dies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {role}</source>
        <translation>un {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (you are their delegate)</source>
        <translation>{name} (ets el seu delegat)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no purchases on record</source>
        <translation>sense compres registrades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved up: nobody decided it in time at the level below.</source>
        <translation>Escalada: ningú no la va decidir a temps al nivell inferior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder sent: it has been waiting a while.</source>
        <translation>Recordatori enviat: fa estona que espera.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <location filename="../../desk/ui/approvals/panel.py" line="+112"/>
        <location line="+154"/>
        <source>To decide</source>
        <translation>Per decidir</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Requests waiting for your decision</source>
        <translation>Sol·licituds que esperen la teva decisió</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+156"/>
        <source>My requests</source>
        <translation>Les meves sol·licituds</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>What you asked for, and the answers</source>
        <translation>El que has sol·licitat i les respostes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delegate…</source>
        <translation>&amp;Delega…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let a colleague decide your requests while you are away</source>
        <translation>Deixa que un company decideixi les teves sol·licituds mentre no hi ets</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing to decide.
Requests above your team&apos;s limits appear here the moment they are made.</source>
        <translation>Res per decidir.
Les sol·licituds que superen els límits del teu equip apareixen aquí tan bon punt es fan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No requests of yours in the last {days} days.
When something you grant is above your limit, it waits here until someone answers.</source>
        <translation>No tens sol·licituds en els darrers {days} dies.
Quan el que concedeixes supera el teu límit, espera aquí fins que algú respongui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading…</source>
        <translation>Carregant…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Approve</source>
        <translation>&amp;Aprova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve the selected request (Ctrl+Enter)</source>
        <translation>Aprova la sol·licitud seleccionada (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rebutja…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject it, with a reason for the requester</source>
        <translation>Rebutja-la, amb un motiu per a qui la va demanar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tira…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take your request back</source>
        <translation>Retira la teva sol·licitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the case</source>
        <translation>O&amp;bre el cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the case this request belongs to</source>
        <translation>Obre el cas al qual pertany aquesta sol·licitud</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>To decide ({n})</source>
        <translation>Per decidir ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My requests ({n})</source>
        <translation>Les meves sol·licituds ({n})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not reload: {reason}</source>
        <translation>No s&apos;ha pogut recarregar: {reason}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Approved: {what}. {name} is told at once.</source>
        <translation>Aprovada: {what}. S&apos;avisa {name} de seguida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: {what}. {name} is told at once, with your reason.</source>
        <translation>Rebutjada: {what}. S&apos;avisa {name} de seguida, amb el teu motiu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn: {what}.</source>
        <translation>Retirada: {what}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list has been reloaded.</source>
        <translation>La llista s&apos;ha tornat a carregar.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="+59"/>
        <source>Assign the repair</source>
        <translation>Assigna la reparació</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign</source>
        <translation>Assigna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody in the shop (repair centre only)</source>
        <translation>Ningú de la botiga (només servei tècnic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. SAT Bosch Barcelona</source>
        <translation>p. ex. SAT Bosch Barcelona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Technician</source>
        <translation>&amp;Tècnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair &amp;centre</source>
        <translation>&amp;Servei tècnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by</source>
        <translation>&amp;Data límit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This date has passed: choose the new one you can promise the customer.</source>
        <translation>Aquesta data ja ha passat: tria la nova que puguis prometre al client.</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../desk/ui/warranty/attachments.py" line="+84"/>
        <source>Add photos or fi&amp;les…</source>
        <translation>Afegeix fotos o fit&amp;xers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Treu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen file (Delete)</source>
        <translation>Treu el fitxer triat (Supr)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;All files (*)</source>
        <translation>Fotos i documents (*.jpg *.jpeg *.png *.heic *.webp *.pdf *.docx *.txt);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos or files for the claim</source>
        <translation>Fotos o fitxers per a la reclamació</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../desk/ui/cases/header.py" line="+81"/>
        <source>No customer on file</source>
        <translation>Sense client registrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {when}</source>
        <translation>Obert {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {when} by {name}</source>
        <translation>Obert {when} per {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to {name}</source>
        <translation>Assignat a {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: {channel}</source>
        <translation>Canal: {channel}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closed {when}</source>
        <translation>Tancat {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Reason: {reason}</source>
        <translation>Motiu: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: was due {day}</source>
        <translation>Vençut: vencia el {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due {day}</source>
        <translation>Venç el {day}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>another product</source>
        <translation>un altre producte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange for {product}</source>
        <translation>Canvi per {product}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer pays {amount}</source>
        <translation>el client paga {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the customer gets back {amount}</source>
        <translation>es retornen {amount} al client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund {amount} to {method}</source>
        <translation>Reemborsament de {amount} a {method}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original payment</source>
        <translation>pagament original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restocking fee {amount} kept</source>
        <translation>es reté un càrrec de reposició de {amount}</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../desk/ui/cases/my_cases.py" line="+88"/>
        <source>waiting for approval</source>
        <translation>pendent d&apos;aprovació</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>due {day} (overdue)</source>
        <translation>venç el {day} (vençut)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>due {day}</source>
        <translation>venç el {day}</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../desk/ui/cases/window.py" line="+80"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+116"/>
        <source>Loading…</source>
        <translation>Carregant…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Sur&amp;vey…</source>
        <translation>En&amp;questa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the customer&apos;s survey answers, or that the survey was sent</source>
        <translation>Registra les respostes de l&apos;enquesta del client, o que se li va enviar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Op&amp;en</source>
        <translation>O&amp;bre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the selected document (Enter)</source>
        <translation>Obre el document seleccionat (Retorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prin&amp;t</source>
        <translation>Im&amp;primeix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the selected document</source>
        <translation>Imprimeix el document seleccionat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach &amp;files…</source>
        <translation>Adjunta &amp;fitxers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach photos or documents to the case (Alt+F)</source>
        <translation>Adjunta fotos o documents al cas (Alt+F)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Up to date at {time} · F5 reloads</source>
        <translation>Actualitzat a les {time} · F5 recarrega</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case not shown</source>
        <translation>Cas no mostrat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot be settled yet:</source>
        <translation>Encara no es pot liquidar:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for approval:</source>
        <translation>Pendent d&apos;aprovació:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Refund {amount}</source>
        <translation>&amp;Reemborsa {amount}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The case has been reloaded with the latest changes.</source>
        <translation>El cas s&apos;ha tornat a carregar amb els darrers canvis.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Survey recorded</source>
        <translation>Enquesta registrada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened {name}</source>
        <translation>Obert {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attach files to {number}</source>
        <translation>Adjunta fitxers a {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;All files (*)</source>
        <translation>Fotos i documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.txt);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1 file attached</source>
        <translation>1 fitxer adjuntat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} files attached</source>
        <translation>{count} fitxers adjuntats</translation>
    </message>
</context>
<context>
    <name>CustomerHeaderWidget</name>
    <message>
        <location filename="../../desk/ui/customer/header.py" line="+41"/>
        <source>Lifetime spend</source>
        <translation>Despesa total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Comandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <translation>Casos oberts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill, last 12 months</source>
        <translation>Gestos comercials, darrers 12 mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer since {date}</source>
        <translation>Client des de {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet</source>
        <translation>Encara cap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Cap</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last {when}</source>
        <translation>darrer {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No phone, email or address on file</source>
        <translation>Sense telèfon, correu ni adreça registrats</translation>
    </message>
</context>
<context>
    <name>CustomerView</name>
    <message>
        <location filename="../../desk/ui/customer/view.py" line="+64"/>
        <source>Log a contact   Ctrl+L</source>
        <translation>Registra un contacte   Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log a contact with this customer (Ctrl+L)</source>
        <translation>Registra un contacte amb aquest client (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return…   Ctrl+R</source>
        <translation>Devolució…   Ctrl+R</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a return from this customer (Ctrl+R)</source>
        <translation>Tramita una devolució d&apos;aquest client (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warranty claim…   Ctrl+G</source>
        <translation>Garantia…   Ctrl+G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a warranty claim from this customer (Ctrl+G)</source>
        <translation>Tramita una reclamació de garantia d&apos;aquest client (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goodwill…   Ctrl+D</source>
        <translation>Gest comercial…   Ctrl+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A voucher, refund, free repair or fee waived for this customer (Ctrl+D)</source>
        <translation>Un val, reemborsament, reparació gratuïta o càrrec condonat per a aquest client (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find a customer on the left, then open them to see their whole history here.</source>
        <translation>Cerca un client a l&apos;esquerra i obre&apos;l per veure aquí tot el seu historial.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../desk/ui/dashboard/window.py" line="+49"/>
        <source>Cases opened</source>
        <translation>Casos oberts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases opened in the period</source>
        <translation>Casos oberts en el període</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases resolved</source>
        <translation>Casos resolts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases that reached a final state in the period (cancelled ones excluded)</source>
        <translation>Casos que van arribar a un estat final en el període (sense comptar els cancel·lats)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median time to resolution</source>
        <translation>Mediana del temps de resolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half the cases resolved were resolved faster than this</source>
        <translation>La meitat dels casos resolts es van resoldre en menys temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nine in ten cases resolved were resolved at least this fast</source>
        <translation>Nou de cada deu casos resolts es van resoldre com a mínim així de ràpid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First-contact resolution</source>
        <translation>Resolució en el primer contacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases on which the customer contacted us at most once</source>
        <translation>Casos resolts en què el client ens va contactar com a màxim un cop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurrence within 30 days</source>
        <translation>Reincidència en 30 dies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases whose customer came back within 30 days</source>
        <translation>Casos resolts el client dels quals va tornar abans de 30 dies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill against budget</source>
        <translation>Gestos comercials respecte al pressupost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill granted, against what the staff may grant per day × days</source>
        <translation>Gestos comercials concedits, davant del que el personal pot concedir per dia × dies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval turnaround</source>
        <translation>Temps d&apos;aprovació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (and 90th percentile) time from request to decision</source>
        <translation>Mediana (i percentil 90) del temps entre sol·licitud i decisió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of answers 4 or 5, and the mean (1-5)</source>
        <translation>Proporció de respostes 4 o 5, i la mitjana (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer effort</source>
        <translation>Esforç del client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean Customer Effort Score (1-7, higher is easier)</source>
        <translation>Mitjana de l&apos;índex d&apos;esforç del client (1-7, més alt és més fàcil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% promoters (9-10) − % detractors (0-6)</source>
        <translation>% promotors (9-10) − % detractors (0-6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys</source>
        <translation>Enquestes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys answered and sent in the period</source>
        <translation>Enquestes respostes i enviades en el període</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Service figures</source>
        <translation>Xifres del servei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All stores</source>
        <translation>Totes les botigues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All staff</source>
        <translation>Tot el personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation>Tots els canals</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export CSV…</source>
        <translation>Exporta CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Excel…</source>
        <translation>Exporta Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store / team</source>
        <translation>Botiga / equip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Loading…</source>
        <translation>Carregant…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Figures from {start} to {end} (UTC days) · F5 reloads</source>
        <translation>Xifres del {start} al {end} (dies UTC) · F5 recarrega</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>time to resolution</source>
        <translation>temps de resolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} of {total} resolved</source>
        <translation>{n} de {total} resolts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} cases</source>
        <translation>{n} casos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{granted} of {budget}</source>
        <translation>{granted} de {budget}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>granted · budgets are per store</source>
        <translation>concedit · els pressupostos són per botiga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granted · no budget set (desk-admin set-budget)</source>
        <translation>concedit · sense pressupost fixat (desk-admin set-budget)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p90 {p90} · {n} decided</source>
        <translation>p90 {p90} · {n} decidides</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean {mean} · {n} answers</source>
        <translation>mitjana {mean} · {n} respostes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} answers</source>
        <translation>{n} respostes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{p} promoters · {d} detractors</source>
        <translation>{p} promotors · {d} detractors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>answered · {n} sent</source>
        <translation>respostes · {n} enviades</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CSV files (*.csv)</source>
        <translation>Fitxers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Llibres d&apos;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the figures</source>
        <translation>Exporta les xifres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} could not be written ({why}).</source>
        <translation>No s&apos;ha pogut escriure {name} ({why}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {name}</source>
        <translation>Desat {name}</translation>
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
        <translation>Decisió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked by</source>
        <translation>Sol·licitat per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motiu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked {when}</source>
        <translation>Sol·licitat {when}</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../desk/ui/approvals/delegate.py" line="+47"/>
        <source>Delegate approvals</source>
        <translation>Delega aprovacions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While you are away, a colleague can decide the requests you could decide. You can still decide them yourself, and you can end it at any time.</source>
        <translation>Mentre no hi ets, un company pot decidir les sol·licituds que podries decidir tu. Tu també les pots continuar decidint i pots acabar la delegació quan vulguis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name or user name</source>
        <translation>Nom o nom d&apos;usuari</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;until</source>
        <translation>&amp;fins a</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delegate</source>
        <translation>&amp;Delega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;From</source>
        <translation>&amp;Des de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Colleague</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In force or planned</source>
        <translation>Vigents o previstes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No delegation given or received.</source>
        <translation>No has donat ni rebut cap delegació.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected delegation you gave, now</source>
        <translation>Acaba ara la delegació seleccionada que vas donar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Choose the colleague who decides while you are away.</source>
        <translation>Tria el company que decideix mentre no hi ets.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} can decide for you from {first} until {last}.</source>
        <translation>{name} pot decidir per tu del {first} al {last}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The delegation has ended.</source>
        <translation>La delegació ha acabat.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} decides for you · {span}</source>
        <translation>{name} decideix per tu · {span}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You decide for {name} · {span}</source>
        <translation>Tu decideixes per {name} · {span}</translation>
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
        <translation>Afegit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No documents yet: print a letter or attach a photo.</source>
        <translation>Encara no hi ha documents: imprimeix una carta o adjunta una foto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Attached file</source>
        <translation>Fitxer adjunt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desk/ui/warranty/done.py" line="+46"/>
        <source>&amp;Print intake form</source>
        <translation>&amp;Imprimeix full de recepció</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Claim {number} opened — {outcome}</source>
        <translation>Reclamació {number} oberta — {outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: {state}</source>
        <translation>Estat: {state}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due by {day}</source>
        <translation>amb data límit el {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The claim waits for the item: ask the customer to bring or send it.</source>
        <translation>La reclamació espera l&apos;article: demana al client que el porti o l&apos;enviï.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item is at the counter: print the intake form for the customer to sign.</source>
        <translation>L&apos;article és al taulell: imprimeix el full de recepció perquè el signi el client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ The store&apos;s part of the repair ({amount}) is granted by you.</source>
        <translation>✓ La part de la reparació que assumeix la botiga ({amount}) la concedeixes tu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>! The store&apos;s part of the repair ({amount}) was sent for approval to {role}; the repair cannot be settled before.</source>
        <translation>! La part de la reparació que assumeix la botiga ({amount}) s&apos;ha enviat per a aprovació a {role}; la reparació no es pot liquidar abans.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In warranty until {day}</source>
        <translation>En garantia fins al {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Out of warranty: cover ended on {day}</source>
        <translation>Fora de garantia: la cobertura va acabar el {day}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preparing the intake form…</source>
        <translation>Preparant el full de recepció…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The intake form was sent to the printer.</source>
        <translation>El full de recepció s&apos;ha enviat a la impressora.</translation>
    </message>
</context>
<context>
    <name>EvaluationBox</name>
    <message>
        <location filename="../../desk/ui/goodwill/evaluation.py" line="+63"/>
        <source>Within your limits: you grant it yourself</source>
        <translation>Dins dels teus límits: ho concedeixes tu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goes to {role} for approval</source>
        <translation>Passa a {role} per a aprovació</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody may grant this</source>
        <translation>Ningú no pot concedir això</translation>
    </message>
</context>
<context>
    <name>GoodwillDialog</name>
    <message>
        <location filename="../../desk/ui/goodwill/dialog.py" line="+80"/>
        <location line="+43"/>
        <source>Goodwill for {name}</source>
        <translation>Gest comercial per a {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. 40 or 40,50</source>
        <translation>p. ex. 40 o 40,50</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose why…</source>
        <translation>Tria el motiu…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;What to give</source>
        <translation>&amp;Què es dona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A&amp;mount</source>
        <translation>I&amp;mport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+116"/>
        <source>Grant</source>
        <translation>Concedeix</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+116"/>
        <source>Ask for approval</source>
        <translation>Demana aprovació</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+220"/>
        <source>Saving…</source>
        <translation>Desant…</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Recorded as a gesture about the case it was opened from.</source>
        <translation>Es registra com un gest sobre el cas des del qual es va obrir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>In your w&amp;ords
(required)</source>
        <translation>Amb les teves pa&amp;raules
(obligatori)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In your w&amp;ords</source>
        <translation>Amb les teves pa&amp;raules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required for “Other”: say why in a few words. The approver and the reports read it.</source>
        <translation>Obligatori amb «Altres»: explica el motiu en poques paraules. Ho llegeixen qui aprova i els informes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what the customer said. Whoever approves it reads this.</source>
        <translation>Què va passar i què va dir el client. Qui ho aprovi ho llegirà.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the amount: this box says whether it is yours to grant, or who approves it.</source>
        <translation>Escriu l&apos;import: aquest requadre indica si el pots concedir tu o qui l&apos;aprova.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Send it to be approved (Ctrl+Enter)</source>
        <translation>Envia-ho per a aprovació (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant it now (Ctrl+Enter)</source>
        <translation>Concedeix-ho ara (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the amount, or choose another gesture.</source>
        <translation>Abaixa l&apos;import o tria un altre gest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter asks for approval</source>
        <translation>Ctrl+Retorn demana aprovació</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter grants</source>
        <translation>Ctrl+Retorn concedeix</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing was saved: nobody may grant this amount. Lower it, or choose another gesture.</source>
        <translation>No s&apos;ha desat res: ningú no pot concedir aquest import. Abaixa&apos;l o tria un altre gest.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“Other” needs a few words: say why in “In your words”.</source>
        <translation>«Altres» necessita unes paraules: explica el motiu a «Amb les teves paraules».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing was saved. {reason}</source>
        <translation>No s&apos;ha desat res. {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Close without saving the goodwill? What you typed will be lost.</source>
        <translation>Tancar sense desar el gest comercial? Es perdrà el que has escrit.</translation>
    </message>
</context>
<context>
    <name>GoodwillDonePage</name>
    <message>
        <location filename="../../desk/ui/goodwill/done_page.py" line="+62"/>
        <source>&amp;Open the case</source>
        <translation>O&amp;bre el cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Granted: {what} ({number})</source>
        <translation>Concedit: {what} ({number})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: {reason}. Granted by you; the case is closed.</source>
        <translation>Motiu: {reason}. L&apos;has concedit tu; el cas està tancat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is on the customer&apos;s history now. Tell the customer what they get.</source>
        <translation>Ja consta a l&apos;historial del client. Explica al client el que rep.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent for approval to {role}</source>
        <translation>Enviat per a aprovació a {role}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} · case {number} · reason: {reason}</source>
        <translation>{what} · cas {number} · motiu: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is given until it is approved: tell the customer it is being reviewed. The answer shows on the case and on the customer&apos;s history.</source>
        <translation>No es dona res fins que s&apos;aprovi: digues al client que s&apos;està revisant. La resposta apareixerà al cas i a l&apos;historial del client.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Print the letter</source>
        <translation>&amp;Imprimeix la carta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print: {title}</source>
        <translation>Imprimeix: {title}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the letter…</source>
        <translation>Preparant la carta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter was sent to the printer.</source>
        <translation>La carta s&apos;ha enviat a la impressora.</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+21"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing yet.</source>
        <translation>Encara res.</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../desk/ui/warranty/item_picker.py" line="+70"/>
        <source>Sca&amp;n or type the serial, order or receipt number</source>
        <translation>Esca&amp;neja o escriu el número de sèrie, de comanda o de tiquet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. SN-4411-AB, PED-2026-0042 or T-0815</source>
        <translation>p. ex. SN-4411-AB, PED-2026-0042 o T-0815</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Purchases of {name}</source>
        <translation>&amp;Compres de {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the purchases…</source>
        <translation>Carregant les compres…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No&amp;t bought here / no proof of purchase</source>
        <translation>No comprat aquí / sense &amp;tiquet de compra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is the ite&amp;m? Brand, model, colour</source>
        <translation>Quin artic&amp;le és? Marca, model, color</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Cafetera Krups EA8108 negra, comprada en otra tienda</source>
        <translation>p. ex. Cafetera Krups EA8108 negra, comprada en una altra botiga</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>No purchases on file for this customer: scan the receipt or the serial, or tick “Not bought here”.</source>
        <translation>Aquest client no té compres registrades: escaneja el tiquet o el número de sèrie, o marca «No comprat aquí».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{product} (other customer)</source>
        <translation>{product} (un altre client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} (till sale)</source>
        <translation>{product} (venda a caixa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S/N {serial}</source>
        <translation>N/S {serial}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no serial</source>
        <translation>sense número de sèrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{product} (returned)</source>
        <translation>{product} (retornat)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{product} · SKU {sku} · {channel} · {months} months of brand warranty</source>
        <translation>{product} · SKU {sku} · {channel} · {months} mesos de garantia del fabricant</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking up “{typed}”…</source>
        <translation>Cercant «{typed}»…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sold with the number “{typed}”. Check it, choose from the list, or tick “Not bought here”.</source>
        <translation>No es va vendre res amb el número «{typed}». Comprova&apos;l, tria de la llista o marca «No comprat aquí».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Order {order} has {count} items: choose the one brought in (↑ ↓).</source>
        <translation>La comanda {order} té {count} articles: tria el que ha portat (↑ ↓).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order {order} has no customer on file: the claim is taken for {name}.</source>
        <translation>La comanda {order} no té client registrat: la reclamació es tramita per a {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bought by another customer (order {order}). Check the proof of purchase: the claim is taken for {name}.</source>
        <translation>El va comprar un altre client (comanda {order}). Comprova el tiquet de compra: la reclamació es tramita per a {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found: {product}, order {order}.</source>
        <translation>Trobat: {product}, comanda {order}.</translation>
    </message>
</context>
<context>
    <name>LimitForm</name>
    <message>
        <location filename="../../desk/ui/admin/limit_form.py" line="+56"/>
        <source>e.g. 60,00 (required)</source>
        <translation>p. ex. 60,00 (obligatori)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>empty: no cap</source>
        <translation>buit: sense topall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 to 365; empty: no cap</source>
        <translation>de 0 a 365; buit: sense topall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per &amp;decision</source>
        <translation>Màxim per &amp;decisió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per agent per d&amp;ay</source>
        <translation>Màxim per agent i d&amp;ia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most per customer over &amp;12 months</source>
        <translation>Màxim per client en &amp;12 mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the return &amp;window</source>
        <translation>Dies fora del &amp;termini de devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts as 1500,00 or 1500.00. An empty box means no cap; 0 sends every such decision for approval.</source>
        <translation>Imports com 1500,00 o 1500.00. Un requadre buit vol dir sense topall; 0 envia totes aquestes decisions a aprovació.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+124"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Desa (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose or type a user name</source>
        <translation>Tria o escriu un nom d&apos;usuari</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a personal override</source>
        <translation>Afegeix un límit personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s own limit for one kind of decision: it replaces their role&apos;s limit for that kind and currency, higher or lower.</source>
        <translation>El límit propi de la persona per a un tipus de decisió: substitueix el límit del seu rol per a aquest tipus i moneda, sigui més alt o més baix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User</source>
        <translation>&amp;Usuari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change a limit</source>
        <translation>Canvia un límit</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Per decision</source>
        <translation>Per decisió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent per day</source>
        <translation>Per agent i dia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per customer over 12 months</source>
        <translation>Per client en 12 mesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past the return window</source>
        <translation>Dies fora del termini de devolució</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the colleague whose limit this is.</source>
        <translation>Tria el company a qui correspon aquest límit.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Saving…</source>
        <translation>Desant…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Tancar sense desar? Es perdrà el que has escrit.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <location filename="../../desk/ui/admin/limits.py" line="+74"/>
        <location line="+11"/>
        <source>Empowerment limits</source>
        <translation>Límits d&apos;autorització</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edita…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the selected limit (Enter)</source>
        <translation>Canvia el límit seleccionat (Retorn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add personal override…</source>
        <translation>&amp;Afegeix límit personal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give one colleague a limit of their own (Alt+A)</source>
        <translation>Dona a un company un límit propi (Alt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove override</source>
        <translation>&amp;Treu límit personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their role&apos;s limit applies again (Delete)</source>
        <translation>Torna a aplicar-se el límit del seu rol (Supr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close (Esc)</source>
        <translation>Tanca (Esc)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What each role may grant without asking for approval. A personal override replaces its person&apos;s role limit for that kind and currency. An empty cell means no cap; above a limit, the request goes to the lowest role whose limit covers it.</source>
        <translation>El que cada rol pot concedir sense demanar aprovació. Un límit personal substitueix el límit del rol d&apos;aquella persona per a aquest tipus i moneda. Una cel·la buida vol dir sense topall; per sobre d&apos;un límit, la sol·licitud passa al rol més baix el límit del qual la cobreix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read only: only an administrator can change the limits. Ask one if a limit is in your way; meanwhile, anything above your limit goes for approval.</source>
        <translation>Només lectura: només un administrador pot canviar els límits. Demana-l&apos;hi si un límit et destorba; mentrestant, el que superi el teu límit passa a aprovació.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per
decision</source>
        <translation>Per
decisió</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per agent
per day</source>
        <translation>Per agent
i dia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per customer
over 12 months</source>
        <translation>Per client
en 12 mesos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past
the window</source>
        <translation>Dies fora
de termini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last changed</source>
        <translation>Darrer canvi</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Carregant…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{count} limits</source>
        <translation>{count} límits</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{person} · personal override</source>
        <translation>{person} · límit personal</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+6"/>
        <source>no cap</source>
        <translation>sense topall</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved.</source>
        <translation>Desat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove {person}&apos;s own limit for {kind} in {currency}? Their role&apos;s limit applies again from their next decision.</source>
        <translation>Treure el límit propi de {person} per a {kind} en {currency}? El límit del seu rol torna a aplicar-se des de la seva propera decisió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove override</source>
        <translation>Treu límit personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Mantenir-lo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Override removed.</source>
        <translation>Límit personal tret.</translation>
    </message>
</context>
<context>
    <name>LinesSection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="-242"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial</source>
        <translation>Núm. de sèrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Estat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund</source>
        <translation>Reemborsament</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee</source>
        <translation>Càrrec</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>waived</source>
        <translation>condonat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exception</source>
        <translation>Excepció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer&apos;s reason: {reason}</source>
        <translation>Motiu del client: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted as an exception to the rules.</source>
        <translation>Acceptat com a excepció a les normes.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desk/ui/session_lock.py" line="+69"/>
        <source>Posventa Desk — locked</source>
        <translation>Posventa Desk — bloquejat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This desk is locked</source>
        <translation>Aquest lloc està bloquejat</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+100"/>
        <source>Unlock</source>
        <translation>Desbloqueja</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Sign out</source>
        <translation>Tanca la sessió</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} is signed in</source>
        <translation>{name} ha iniciat la sessió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password for {name}</source>
        <translation>&amp;Contrasenya de {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked at {time}. Everything you had open is kept as it was.</source>
        <translation>Bloquejat a les {time}. Tot el que tenies obert es manté com estava.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked at {time} after a minute without use. Everything you had open is kept as it was.</source>
        <translation>Bloquejat a les {time} després d&apos;un minut sense ús. Tot el que tenies obert es manté com estava.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked at {time} after {minutes} minutes without use. Everything you had open is kept as it was.</source>
        <translation>Bloquejat a les {time} després de {minutes} minuts sense ús. Tot el que tenies obert es manté com estava.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked at {time} after a while without use. Everything you had open is kept as it was.</source>
        <translation>Bloquejat a les {time} després d&apos;una estona sense ús. Tot el que tenies obert es manté com estava.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 form is open: what was typed in it and not saved will be lost.</source>
        <translation>Hi ha 1 formulari obert: es perdrà el que s&apos;hi ha escrit i no s&apos;ha desat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} forms are open: what was typed in them and not saved will be lost.</source>
        <translation>Hi ha {n} formularis oberts: es perdrà el que s&apos;hi ha escrit i no s&apos;ha desat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No form is open.</source>
        <translation>No hi ha cap formulari obert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not {name}, or leaving? Sign out closes the desk. {lost}</source>
        <translation>No ets {name} o te&apos;n vas? Tancar la sessió tanca el programa. {lost}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking…</source>
        <translation>Comprovant…</translation>
    </message>
</context>
<context>
    <name>LogContactDialog</name>
    <message>
        <location filename="../../desk/ui/customer/log_contact.py" line="+39"/>
        <source>Product fault</source>
        <translation>Avaria del producte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return request</source>
        <translation>Sol·licitud de devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery problem</source>
        <translation>Problema d&apos;entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice question</source>
        <translation>Consulta de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Queixa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty question</source>
        <translation>Consulta de garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved</source>
        <translation>Resolt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case opened</source>
        <translation>Cas obert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call back</source>
        <translation>Tornar la trucada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Escalat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information given</source>
        <translation>Informació donada</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Log a contact with {name}</source>
        <translation>Registra un contacte amb {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why did the customer get in touch?</source>
        <translation>Per què es va posar en contacte el client?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said and done</source>
        <translation>Què es va dir i què es va fer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How did it end?</source>
        <translation>Com va acabar?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+112"/>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Desa el contacte (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction</source>
        <translation>&amp;Direcció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ummary</source>
        <translation>Re&amp;sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The contact was not saved. {reason}</source>
        <translation>El contacte no s&apos;ha desat. {reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Desant…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Tancar sense desar? Es perdrà el que has escrit.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desk/ui/login.py" line="+37"/>
        <source>Posventa Desk — sign in</source>
        <translation>Posventa Desk — iniciar la sessió</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posventa Desk</source>
        <translation>Posventa Desk</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Recorda la meva contrasenya en aquest ordinador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no secure password store: the desk asks for your password every time.</source>
        <translation>Aquest ordinador no té un magatzem segur de contrasenyes: el programa et demanarà la contrasenya cada vegada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Inicia la sessió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings…</source>
        <translation>Configuració…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name</source>
        <translation>&amp;Nom d&apos;usuari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Contrasenya</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Opening the database…</source>
        <translation>Obrint la base de dades…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your user name.</source>
        <translation>Escriu el teu nom d&apos;usuari.</translation>
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
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;cases</source>
        <translation>Els meus &amp;casos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cases on your name (Ctrl+M)</source>
        <translation>Els casos al teu nom (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+136"/>
        <source>Approvals</source>
        <translation>Aprovacions</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Requests waiting for your decision, and your own (Ctrl+Shift+A)</source>
        <translation>Sol·licituds que esperen la teva decisió, i les teves (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Empowerment limits…</source>
        <translation>Límits d&apos;autorització…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock</source>
        <translation>Bloqueja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the desk now (Ctrl+Shift+L, from any window); your password unlocks it with everything as it was</source>
        <translation>Bloqueja el lloc ara (Ctrl+Maj+L, des de qualsevol finestra); la teva contrasenya el desbloqueja amb tot com estava</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Settings…</source>
        <translation>Configuració…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store this computer stands in, as chosen in the settings</source>
        <translation>La botiga on és aquest ordinador, segons la configuració</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>At {code} (unknown store)</source>
        <translation>A {code} (botiga desconeguda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At {name}</source>
        <translation>A {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Approvals ({n})</source>
        <translation>Aprovacions ({n})</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Answers ({n})</source>
        <translation>Respostes ({n})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Sessió iniciada com a {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MyCasesPanel</name>
    <message>
        <location filename="../../desk/ui/cases/my_cases.py" line="+14"/>
        <source>My open cases</source>
        <translation>Els meus casos oberts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue warranty claims</source>
        <translation>Garanties vençudes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sho&amp;w</source>
        <translation>Mo&amp;stra</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Loading…</source>
        <translation>Carregant…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No warranty claim is overdue.</source>
        <translation>No hi ha cap garantia vençuda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing open on your name. Cases you take or are given show up here.</source>
        <translation>No tens res obert al teu nom. Aquí apareixen els casos que agafes o que t&apos;assignen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 case</source>
        <translation>1 cas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} cases</source>
        <translation>{count} casos</translation>
    </message>
</context>
<context>
    <name>PurchasesModel</name>
    <message>
        <location filename="../../desk/ui/returns/purchases.py" line="+30"/>
        <source>Product</source>
        <translation>Producte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bought</source>
        <translation>Comprat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returnable</source>
        <translation>Es pot retornar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Queden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Preu unitari</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial sold</source>
        <translation>Núm. de sèrie venut</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Bought by another customer</source>
        <translation>Comprat per un altre client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} ({sku}), {channel} order {order}</source>
        <translation>{product} ({sku}), comanda {order} ({channel})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>all returned</source>
        <translation>tot retornat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not delivered yet</source>
        <translation>encara no lliurat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until {day}</source>
        <translation>fins al {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended {day}</source>
        <translation>va acabar el {day}</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desk/ui/approvals/dialogs.py" line="+41"/>
        <source>Reject the request</source>
        <translation>Rebutja la sol·licitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Rebutja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject {subject}, asked by {name}? {name} reads your reason at once, and it is printed on the customer&apos;s decision letter: write it for the customer, in their language.</source>
        <translation>Rebutjar {subject}, sol·licitat per {name}? {name} llegirà el teu motiu de seguida, i s&apos;imprimeix a la carta de decisió del client: escriu-lo per al client, en la seva llengua.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not (required), e.g. Ya se le concedió un vale este mes.</source>
        <translation>Per què no (obligatori), p. ex. Ja se li va concedir un val aquest mes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the request</source>
        <translation>Retira la sol·licitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw {subject}? Nobody will be asked to decide it any more and the goodwill case is cancelled.</source>
        <translation>Retirar {subject}? Ja no es demanarà a ningú que ho decideixi i el cas de gest comercial es cancel·la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why (optional), e.g. the customer chose an exchange instead</source>
        <translation>Per què (opcional), p. ex. el client va preferir un canvi</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desk/ui/cases/dialogs.py" line="-42"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motiu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The list has been reloaded; close this window to see it.</source>
        <translation>La llista s&apos;ha tornat a carregar; tanca aquesta finestra per veure-la.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saving…</source>
        <translation>Desant…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without saving? What you typed will be lost.</source>
        <translation>Tancar sense desar? Es perdrà el que has escrit.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/dialogs.py" line="-16"/>
        <source>Reject claim {number}</source>
        <translation>Rebutja la reclamació {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject claim</source>
        <translation>Rebutja la reclamació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim is not covered. The item still goes back to the customer afterwards.</source>
        <translation>La reclamació no està coberta. L&apos;article torna igualment al client després.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject return {number}</source>
        <translation>Rebutja la devolució {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject return</source>
        <translation>Rebutja la devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The return is refused: nothing is refunded and the items stay with the customer.</source>
        <translation>Es rebutja la devolució: no es reemborsa res i els articles es queden amb el client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel case {number}</source>
        <translation>Cancel·la el cas {number}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the case</source>
        <translation>Cancel·la el cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case is closed and nothing more happens on it (taken by mistake, the customer changed their mind).</source>
        <translation>El cas es tanca i ja no s&apos;hi fa res més (obert per error, el client va canviar d&apos;opinió).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why, in a sentence the customer understands</source>
        <translation>Per què, en una frase que el client entengui</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location line="+65"/>
        <source>Resolve the claim</source>
        <translation>Resol la reclamació</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolve</source>
        <translation>Resol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the technician found</source>
        <translation>El que va trobar el tècnic</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who pays for it?</source>
        <translation>Qui ho paga?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier or brand, e.g. BSH</source>
        <translation>Proveïdor o marca, p. ex. BSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or type the new item&apos;s serial number</source>
        <translation>Escaneja o escriu el número de sèrie de l&apos;article nou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 649.00</source>
        <translation>p. ex. 649,00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund &amp;amount ({currency})</source>
        <translation>&amp;Import del reemborsament ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution</source>
        <translation>&amp;Resolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnòstic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New serial</source>
        <translation>&amp;Nou núm. de sèrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost &amp;borne by</source>
        <translation>&amp;Cost a càrrec de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Charged to</source>
        <translation>Càrre&amp;c a</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desk/ui/returns/dialog.py" line="+73"/>
        <source>Return for {name}</source>
        <translation>Devolució de {name}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Scan or type a receipt or order number, then Enter</source>
        <translation>Escaneja o escriu un número de tiquet o de comanda i prem Retorn</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading the customer&apos;s purchases…</source>
        <translation>Carregant les compres del client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add to the return</source>
        <translation>&amp;Afegeix a la devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the selected purchase (Enter)</source>
        <translation>Afegeix la compra seleccionada (Retorn)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item with &amp;no order on file…</source>
        <translation>Article &amp;sense comanda registrada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt lost or bought elsewhere: the refund becomes a decision</source>
        <translation>Tiquet perdut o comprat en un altre lloc: el reemborsament passa a ser una decisió</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing added yet: pick a purchase above and press Enter.</source>
        <translation>Encara no s&apos;ha afegit res: tria una compra a dalt i prem Retorn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search the product to give: SKU or name</source>
        <translation>Cerca el producte que es lliura: SKU o nom</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Qty</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer hands the items over &amp;now</source>
        <translation>El client lliura els articles a&amp;ra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked: the return waits for the items (sent by post or courier)</source>
        <translation>Sense marcar: la devolució espera els articles (enviats per correu o missatgeria)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed for exceptions, waived fees and items with no order on file</source>
        <translation>Necessari per a excepcions, càrrecs condonats i articles sense comanda registrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refund &amp;method</source>
        <translation>&amp;Forma de reemborsament</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;anal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xchange for</source>
        <translation>Can&amp;vi per</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;eason</source>
        <translation>Mo&amp;tiu</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+351"/>
        <source>Take return</source>
        <translation>Tramita la devolució</translation>
    </message>
    <message>
        <location line="-349"/>
        <source>Take the return (Ctrl+Enter)</source>
        <translation>Tramita la devolució (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>1. What is coming back</source>
        <translation>1. Què es retorna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2. The items returned</source>
        <translation>2. Els articles retornats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3. The money</source>
        <translation>3. Els diners</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No purchases on file: scan a receipt, or add an item with no order on file.</source>
        <translation>No hi ha compres registrades: escaneja un tiquet o afegeix un article sense comanda registrada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click adds the selected purchase.</source>
        <translation>Retorn o doble clic afegeix la compra seleccionada.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No order or receipt “{number}”.</source>
        <translation>No hi ha cap comanda ni tiquet «{number}».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order {order} was bought by another customer.</source>
        <translation>La comanda {order} la va fer un altre client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order {order} is listed at the top.</source>
        <translation>La comanda {order} apareix a dalt de tot.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No product matches</source>
        <translation>Cap producte no coincideix</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Value {value} · fees {fees} · &lt;b&gt;refund {refund}&lt;/b&gt;</source>
        <translation>Valor {value} · càrrecs {fees} · &lt;b&gt;reemborsament {refund}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange: the customer pays {amount}</source>
        <translation>Canvi: el client paga {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange: the customer gets {amount} back</source>
        <translation>Canvi: es retornen {amount} al client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add at least one item to return.</source>
        <translation>Afegeix com a mínim un article per retornar.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking…</source>
        <translation>Tramitant…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without taking the return? What you typed will be lost.</source>
        <translation>Tancar sense tramitar la devolució? Es perdrà el que has escrit.</translation>
    </message>
</context>
<context>
    <name>ReturnDonePage</name>
    <message>
        <location filename="../../desk/ui/returns/done_page.py" line="+31"/>
        <location line="+32"/>
        <source>&amp;Refund now</source>
        <translation>&amp;Reemborsa ara</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Imprimeix el justificant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the case</source>
        <translation>O&amp;bre el cas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Return {number} taken</source>
        <translation>Devolució {number} tramitada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complete the &amp;exchange</source>
        <translation>Completa el &amp;canvi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>State: {state}. Exchange: the customer {what} {amount}.</source>
        <translation>Estat: {state}. Canvi: al client {what} {amount}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pays</source>
        <translation>li toca pagar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gets back</source>
        <translation>se li retornen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State: {state}. Refund {refund} to {method}.</source>
        <translation>Estat: {state}. Reemborsament de {refund} a {method}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Granted by you: {what}.</source>
        <translation>Concedit per tu: {what}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for approval before the money goes back: {what}.</source>
        <translation>Pendent d&apos;aprovació abans de retornar els diners: {what}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The return waits for the items; refund it once they arrive.</source>
        <translation>La devolució espera els articles; reemborsa-la quan arribin.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exchanged: hand over the new product.</source>
        <translation>Canviat: lliura el producte nou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded: the money is on its way back.</source>
        <translation>Reemborsat: els diners són de camí.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preparing the receipt…</source>
        <translation>Preparant el justificant…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt sent.</source>
        <translation>Justificant enviat.</translation>
    </message>
</context>
<context>
    <name>ReturnLineEditor</name>
    <message>
        <location filename="../../desk/ui/returns/line_editor.py" line="+40"/>
        <source>Quantity</source>
        <translation>Quantitat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Condition?</source>
        <translation>Estat?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scan the serial number</source>
        <translation>Escaneja el número de sèrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why is it coming back? (explains an exception too)</source>
        <translation>Per què es retorna? (també justifica una excepció)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept as an e&amp;xception</source>
        <translation>Accepta com a e&amp;xcepció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take it back although the rules do not: a decision that may need approval</source>
        <translation>Acceptar-lo encara que les normes no ho permetin: una decisió que pot necessitar aprovació</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waive the fee</source>
        <translation>&amp;Condona el càrrec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Treu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this item out of the return</source>
        <translation>Deixa aquest article fora de la devolució</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is it? (brand, model)</source>
        <translation>Què és? (marca, model)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refund per item, e.g. 35,50</source>
        <translation>Reemborsament per unitat, p. ex. 35,50</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item with no order on file</source>
        <translation>Article sense comanda registrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product} · order {order} · {left} of {bought} can come back</source>
        <translation>{product} · comanda {order} · se&apos;n poden retornar {left} de {bought}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Quant.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>refund {refund}</source>
        <translation>reemborsament {refund}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fee {fee} waived</source>
        <translation>càrrec de {fee} condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee {fee}</source>
        <translation>càrrec de {fee}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as an exception: say why, on the line or below</source>
        <translation>com a excepció: explica el motiu a la línia o a sota</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../desk/ui/search/panel.py" line="+42"/>
        <source>Name, phone, email, order, serial… (Ctrl+K)</source>
        <translation>Nom, telèfon, correu, comanda, núm. de sèrie… (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a customer by name, phone, email, order, receipt, serial or case number. Ctrl+K or Ctrl+F from anywhere.</source>
        <translation>Cerca un client per nom, telèfon, correu, comanda, tiquet, número de sèrie o número de cas. Ctrl+K o Ctrl+F des de qualsevol lloc.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+27"/>
        <source>Find a customer by name, phone, email, order, receipt, serial or case number.</source>
        <translation>Cerca un client per nom, telèfon, correu, comanda, tiquet, número de sèrie o número de cas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type at least {n} characters.</source>
        <translation>Escriu com a mínim {n} caràcters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Searching…</source>
        <translation>Cercant…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No customer matches “{query}”.</source>
        <translation>Cap client no coincideix amb «{query}».</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../desk/ui/search/results.py" line="+84"/>
        <source>Found by {what}</source>
        <translation>Trobat per {what}</translation>
    </message>
</context>
<context>
    <name>SessionLock</name>
    <message>
        <location filename="../../desk/ui/session_lock.py" line="+234"/>
        <source>Type your password to unlock.</source>
        <translation>Escriu la teva contrasenya per desblocar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong password for {name}. Type it again.</source>
        <translation>Contrasenya incorrecta per a {name}. Torna-la a escriure.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="+176"/>
        <source>Posventa Desk — settings</source>
        <translation>Posventa Desk — configuració</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Base de dades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQLite file on this computer (a demo or a single store)</source>
        <translation>Fitxer SQLite en aquest ordinador (una demo o una sola botiga)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared PostgreSQL server</source>
        <translation>Servidor PostgreSQL compartit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse…</source>
        <translation>Examina…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;name</source>
        <translation>&amp;Nom de la base de dades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name or password here: each person signs in with their own login.</source>
        <translation>Aquí no hi va cap usuari ni contrasenya: cada persona inicia la sessió amb el seu propi usuari.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Prova la connexió</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A changed database is used from the next start of the desk.</source>
        <translation>Si canvies la base de dades, s&apos;utilitzarà a partir del proper inici del programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use now: {where}.</source>
        <translation>En ús ara: {where}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DESK_DATABASE_URL is set on this computer: it wins over the choice made here.</source>
        <translation>DESK_DATABASE_URL està definida en aquest ordinador: preval sobre el que triïs aquí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This workstation</source>
        <translation>Aquest lloc de treball</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>store code, e.g. BCN1 (empty: none)</source>
        <translation>codi de botiga, p. ex. BCN1 (buit: cap)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store this computer stands in. Who signs in keeps their own store for approvals; this one is the place of the desk.</source>
        <translation>La botiga on és aquest ordinador. Qui inicia la sessió conserva la seva pròpia botiga per a les aprovacions; aquesta és el lloc del programa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;tore</source>
        <translation>&amp;Botiga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Llengua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A changed language is used from the next start of the desk.</source>
        <translation>Si canvies la llengua, s&apos;utilitzarà a partir del proper inici del programa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Printer</source>
        <translation>Im&amp;pressora</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>{name} (not found)</source>
        <translation>{name} (no trobada)</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Trying…</source>
        <translation>Provant…</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../desk/ui/dashboard/survey_dialog.py" line="+51"/>
        <source>Survey on {number}</source>
        <translation>Enquesta sobre {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The customer&apos;s own words, if any</source>
        <translation>Les paraules del mateix client, si n&apos;hi ha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satisfaction (CSAT, 1-5)</source>
        <translation>Satisfacció (CSAT, 1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effort (CES, 1-7: 7 is easiest)</source>
        <translation>Esforç (CES, 1-7: 7 és el més fàcil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would recommend (NPS, 0-10)</source>
        <translation>Ho recomanaria (NPS, 0-10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered by</source>
        <translation>Resposta per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>Comentari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answers</source>
        <translation>Registra les respostes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey sent</source>
        <translation>Enquesta enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note that the survey was sent to the customer (by email)</source>
        <translation>Anota que es va enviar l&apos;enquesta al client (per correu electrònic)</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desk/ui/customer/timeline_model.py" line="+57"/>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened</source>
        <translation>Què va passar</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desk/ui/customer/timeline_panel.py" line="+39"/>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>Tots els canals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>o&amp;n</source>
        <translation>e&amp;n</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select an event to read it in full.</source>
        <translation>Selecciona un esdeveniment per llegir-lo sencer.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Loading…</source>
        <translation>Carregant…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to show with these filters.</source>
        <translation>No hi ha res a mostrar amb aquests filtres.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>by {name}</source>
        <translation>per {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the document</source>
        <translation>Obre el document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the case</source>
        <translation>Obre el cas</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <location filename="../../desk/ui/warranty/verdict.py" line="+52"/>
        <source>Paid repair</source>
        <translation>Reparació de pagament</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 120,00</source>
        <translation>p. ex. 120,00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needed when the store bears a part: the approver reads it</source>
        <translation>Necessari si la botiga n&apos;assumeix una part: ho llegeix qui aprova</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reaso&amp;n for the store&apos;s part</source>
        <translation>Mot&amp;iu de la part de la botiga</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose the item on the left: its cover shows here.</source>
        <translation>Tria l&apos;article a l&apos;esquerra: aquí es mostra la seva cobertura.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the cover…</source>
        <translation>Comprovant la cobertura…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Covered until {day}</source>
        <translation>Cobert fins al {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover ended on {day}</source>
        <translation>La cobertura va acabar el {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cover runs until {day}, for faults only</source>
        <translation>Cobertura fins al {day}, només per a avaries</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Earlier claims on this item: {numbers}</source>
        <translation>Reclamacions anteriors d&apos;aquest article: {numbers}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Repair &amp;quote ({currency})</source>
        <translation>&amp;Pressupost de reparació ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store &amp;bears ({currency})</source>
        <translation>La botiga &amp;assumeix ({currency})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the store bears a part, type it: this says whether you can grant it or who approves it.</source>
        <translation>Si la botiga n&apos;assumeix una part, escriu-la: aquí s&apos;indica si la pots concedir tu o qui l&apos;aprova.</translation>
    </message>
</context>
<context>
    <name>WarrantyClaimDialog</name>
    <message>
        <location filename="../../desk/ui/warranty/dialog.py" line="+136"/>
        <source>Warranty claim for {name}</source>
        <translation>Reclamació de garantia de {name}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>1  Which item</source>
        <translation>1  Quin article</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2  The claim</source>
        <translation>2  La reclamació</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as printed on the item&apos;s label</source>
        <translation>tal com figura a l&apos;etiqueta de l&apos;article</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What fails, since when, what the customer already tried</source>
        <translation>Què falla, des de quan i què ha provat ja el client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>earlier case, e.g. W-2025-000123</source>
        <translation>cas anterior, p. ex. W-2025-000123</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. charger, box, remote control</source>
        <translation>p. ex. carregador, capsa, comandament a distància</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. scratch on the lid; none</source>
        <translation>p. ex. ratllada a la tapa; cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item &amp;received at the counter</source>
        <translation>Article &amp;rebut al taulell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not assigned yet</source>
        <translation>Encara sense assignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outside centre, e.g. SAT Bosch</source>
        <translation>servei extern, p. ex. SAT Bosch</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Serial number</source>
        <translation>&amp;Número de sèrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fault</source>
        <translation>&amp;Avaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause</source>
        <translation>&amp;Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same fault &amp;as</source>
        <translation>Mateixa avaria &amp;que</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;essories</source>
        <translation>Acc&amp;essoris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visible damage</source>
        <translation>Danys &amp;visibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tec&amp;hnician</source>
        <translation>Tèc&amp;nic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repa&amp;ir centre</source>
        <translation>Servei tècn&amp;ic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date</source>
        <translation>&amp;Data límit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, files</source>
        <translation>Fotos, fitxers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3  Cover</source>
        <translation>3  Cobertura</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+380"/>
        <source>&amp;Open claim</source>
        <translation>&amp;Obre reclamació</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Open the claim (Ctrl+Enter)</source>
        <translation>Obre la reclamació (Ctrl+Retorn)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ctrl+Enter opens the claim</source>
        <translation>Ctrl+Retorn obre la reclamació</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The rules give a claim {days} days</source>
        <translation>Les normes donen {days} dies a una reclamació</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Required. Sold with {serial}: check it against the item&apos;s label.</source>
        <translation>Obligatori. Es va vendre amb {serial}: comprova&apos;l amb l&apos;etiqueta de l&apos;article.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The claim will wait for the item to arrive.</source>
        <translation>La reclamació esperarà que arribi l&apos;article.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Store bears</source>
        <translation>La botiga assumeix</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose the item first: pick it from the purchases, scan its serial or receipt, or tick “Not bought here”.</source>
        <translation>Tria primer l&apos;article: escull-lo de les compres, escaneja&apos;n el número de sèrie o el tiquet, o marca «No comprat aquí».</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Item: {item}</source>
        <translation>Article: {item}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · serial {serial}</source>
        <translation> · núm. de sèrie {serial}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {order}</source>
        <translation>Comanda {order}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault: {fault}</source>
        <translation>Avaria: {fault}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cover: {reasons}</source>
        <translation>Cobertura: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} file(s) attached</source>
        <translation>{count} fitxer(s) adjunt(s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The claim was not opened. {reason}</source>
        <translation>La reclamació no s&apos;ha obert. {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening…</source>
        <translation>Obrint…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Close without opening the claim? What you typed will be lost.</source>
        <translation>Tancar sense obrir la reclamació? Es perdrà el que has escrit.</translation>
    </message>
</context>
<context>
    <name>WarrantySection</name>
    <message>
        <location filename="../../desk/ui/cases/sections.py" line="+47"/>
        <source>Warranty claim</source>
        <translation>Reclamació de garantia</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{bearer}, charged to {who}</source>
        <translation>{bearer}, carregat a {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial number</source>
        <translation>Número de sèrie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none given</source>
        <translation>no indicat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault</source>
        <translation>Avaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories left</source>
        <translation>Accessoris lliurats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible damage</source>
        <translation>Danys visibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entitlement</source>
        <translation>Dret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Per què</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered until</source>
        <translation>Cobert fins a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair quote</source>
        <translation>Pressupost de reparació</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled by</source>
        <translation>Gestionat per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned yet</source>
        <translation>encara sense assignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnòstic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not diagnosed yet</source>
        <translation>encara sense diagnòstic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Resolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement serial</source>
        <translation>Núm. de sèrie del substitut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost borne by</source>
        <translation>Cost a càrrec de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair covered until</source>
        <translation>Reparació coberta fins a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement covered until</source>
        <translation>Substitució coberta fins a</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <location filename="../../desk/ui/admin/values.py" line="+48"/>
        <source>{field}: “{text}” could mean {thousands} or {small}. Type {thousands} without a separator, or {whole},{cents} with two decimals.</source>
        <translation>{field}: «{text}» pot voler dir {thousands} o {small}. Escriu {thousands} sense separador, o {whole},{cents} amb dos decimals.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: type a whole number of days from 0 to 365, or leave it empty for no cap.</source>
        <translation>{field}: escriu un nombre enter de dies de 0 a 365, o deixa-ho buit per no posar topall.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{field}: type the most that may be granted per decision (0 lets nobody grant it).</source>
        <translation>{field}: escriu el màxim que es pot concedir per decisió (amb 0 ningú no ho pot concedir).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store managers</source>
        <translation>Encarregats de botiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisors</source>
        <translation>Supervisors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators</source>
        <translation>Administradors</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../desk/ui/app.py" line="+93"/>
        <source>Posventa Desk cannot start</source>
        <translation>Posventa Desk no es pot iniciar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settings open next: choose another database there, then start the desk again.</source>
        <translation>A continuació s&apos;obre la configuració: tria-hi una altra base de dades i torna a iniciar el programa.</translation>
    </message>
</context>
<context>
    <name>approvals</name>
    <message>
        <location filename="../../desk/ui/approvals/texts.py" line="+33"/>
        <source>Waiting</source>
        <translation>Pendent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Rebutjada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>just now</source>
        <translation>ara mateix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} min ago</source>
        <translation>fa {n} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} h ago</source>
        <translation>fa {n} h</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>escalated ×{n}</source>
        <translation>escalada ×{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reminded</source>
        <translation>recordada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for {name}</source>
        <translation>per a {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting for a {role} · asked {when}</source>
        <translation>Espera un {role} · sol·licitada {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expired: nobody decided in time</source>
        <translation>Caducada: ningú no va decidir a temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by {name}</source>
        <translation>Aprovada per {name}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected by {name}</source>
        <translation>Rebutjada per {name}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} for {customer}</source>
        <translation>{what} per a {customer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone</source>
        <translation>algú</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} was approved by {name}</source>
        <translation>{name} va aprovar: {subject}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} was rejected by {name}</source>
        <translation>{name} va rebutjar: {subject}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} expired: nobody decided in time</source>
        <translation>Va caducar: {subject}; ningú no va decidir a temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject} was withdrawn</source>
        <translation>Es va retirar: {subject}</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../../desk/ui/warranty/attachments.py" line="-67"/>
        <source>{name} cannot be read.</source>
        <translation>No es pot llegir {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is empty.</source>
        <translation>{name} és buit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size:.1f} MB, larger than {limit} MB: send a smaller photo.</source>
        <translation>{name} ocupa {size:.1f} MB, més de {limit} MB: envia una foto més petita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A claim holds at most {limit} files: {name} was left out.</source>
        <translation>Una reclamació admet com a màxim {limit} fitxers: {name} s&apos;ha quedat fora.</translation>
    </message>
</context>
<context>
    <name>cases</name>
    <message>
        <location filename="../../desk/ui/cases/actions.py" line="+52"/>
        <source>&amp;Items received</source>
        <translation>Articles &amp;rebuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Item received</source>
        <translation>Article &amp;rebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s items are here now (Alt+I)</source>
        <translation>Els articles del client ja són aquí (Alt+I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete e&amp;xchange</source>
        <translation>Completa el can&amp;vi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer takes the new product; the return ends exchanged (Alt+X)</source>
        <translation>El client s&apos;endú el producte nou; la devolució acaba com a canvi (Alt+X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refund</source>
        <translation>&amp;Reemborsa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund the return and close it (Alt+R)</source>
        <translation>Reemborsa la devolució i tanca-la (Alt+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assign…</source>
        <translation>&amp;Assigna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who repairs it, where and by when (Alt+A)</source>
        <translation>Qui ho repara, on i per a quan (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume &amp;diagnosis</source>
        <translation>Reprèn el &amp;diagnòstic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;diagnosis</source>
        <translation>Inicia el &amp;diagnòstic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The technician is looking at the item (Alt+D)</source>
        <translation>El tècnic està revisant l&apos;article (Alt+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;waiting parts</source>
        <translation>&amp;Esperant peces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repair waits for parts to arrive (Alt+W)</source>
        <translation>La reparació espera que arribin peces (Alt+W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;solve…</source>
        <translation>Re&amp;sol…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the repair, the replacement or the refund (Alt+S)</source>
        <translation>Registra la reparació, la substitució o el reemborsament (Alt+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not covered: say why; the item still goes back to the customer (Alt+J)</source>
        <translation>No coberta: explica per què; l&apos;article torna igualment al client (Alt+J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse the return and say why (Alt+J)</source>
        <translation>Rebutja la devolució i explica per què (Alt+J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject…</source>
        <translation>Rebut&amp;ja…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand back to customer</source>
        <translation>&amp;Torna al client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer has the item back; the claim ends (Alt+H)</source>
        <translation>El client ja té l&apos;article; la reclamació acaba (Alt+H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cance&amp;l case…</source>
        <translation>Cancel·&amp;la el cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing more will happen on it; say why (Alt+L)</source>
        <translation>Ja no s&apos;hi farà res més; explica per què (Alt+L)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Print return receipt</source>
        <translation>&amp;Imprimeix justificant de devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the receipt the customer takes home (Alt+P)</source>
        <translation>Imprimeix el justificant que s&apos;endú el client (Alt+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print i&amp;ntake form</source>
        <translation>Imprimeix full de rece&amp;pció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the intake form for the customer to sign (Alt+N)</source>
        <translation>Imprimeix el full de recepció perquè el signi el client (Alt+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print &amp;outcome letter</source>
        <translation>Imprimeix carta de res&amp;ultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter that tells the customer the outcome (Alt+O)</source>
        <translation>Imprimeix la carta que comunica el resultat al client (Alt+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print de&amp;cision letter</source>
        <translation>Imprimeix carta de de&amp;cisió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the letter that tells the customer what was decided (Alt+C)</source>
        <translation>Imprimeix la carta que comunica al client el que s&apos;ha decidit (Alt+C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print {letter}</source>
        <translation>Imprimeix {letter}</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../desk/ui/dashboard/charts.py" line="+64"/>
        <source>Cases per week</source>
        <translation>Casos per setmana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened</source>
        <translation>Oberts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSAT answers</source>
        <translation>Respostes CSAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers</source>
        <translation>Respostes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/dashboard/window.py" line="-203"/>
        <source>Service figures</source>
        <translation>Xifres del servei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s figures: cases, resolution times, goodwill, surveys (Ctrl+Shift+D)</source>
        <translation>Les xifres de l&apos;equip: casos, temps de resolució, gestos comercials, enquestes (Ctrl+Maj+D)</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../desk/ui/documents.py" line="+67"/>
        <source>no program on this computer opens {kind} files</source>
        <translation>cap programa d&apos;aquest ordinador no obre fitxers {kind}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened in your word processor: print it from there (Ctrl+P) on {printer}.</source>
        <translation>Obert al teu processador de textos: imprimeix-lo des d&apos;allà (Ctrl+P) a {printer}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened in your word processor: print it from there (Ctrl+P).</source>
        <translation>Obert al teu processador de textos: imprimeix-lo des d&apos;allà (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sent to printer {name}.</source>
        <translation>Enviat a la impressora {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the default printer.</source>
        <translation>Enviat a la impressora predeterminada.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The computer could not open {name} ({why}). It is saved in {folder}.</source>
        <translation>L&apos;ordinador no ha pogut obrir {name} ({why}). Està desat a {folder}.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../desk/ui/formatting.py" line="+87"/>
        <source>Order</source>
        <translation>Comanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisió</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Enquesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store</source>
        <translation>Botiga</translation>
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
        <translation>Telèfon</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <source>Email</source>
        <translation>Correu</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Chat</source>
        <translation>Xat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Xarxes socials</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inbound: the customer contacted us</source>
        <translation>Entrant: el client ens va contactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound: we contacted the customer</source>
        <translation>Sortint: vam contactar el client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No tier</source>
        <translation>Sense nivell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silver</source>
        <translation>Plata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platinum</source>
        <translation>Platí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SQLite file {path}</source>
        <translation>Fitxer SQLite {path}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in memory</source>
        <translation>en memòria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL {name} on {host}</source>
        <translation>PostgreSQL {name} a {host}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <translation>Esborrany</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Obert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting items</source>
        <translation>Esperant articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Reemborsat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanged</source>
        <translation>Canviat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>En diagnòstic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Esperant peces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Reparat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced</source>
        <translation>Substituït</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to customer</source>
        <translation>Retornat al client</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Granted</source>
        <translation>Concedit</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+63"/>
        <source>Rejected</source>
        <translation>Rebutjat</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Cancelled</source>
        <translation>Cancel·lat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Tancat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return</source>
        <translation>Devolució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty claim</source>
        <translation>Reclamació de garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill</source>
        <translation>Gest comercial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unopened</source>
        <translation>Sense obrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Obert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged</source>
        <translation>Malmès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing parts</source>
        <translation>Hi falten peces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Original payment</source>
        <translation>Pagament original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store credit</source>
        <translation>Saldo a la botiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange for another product</source>
        <translation>Canvi per un altre producte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not assessed</source>
        <translation>Sense avaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In warranty</source>
        <translation>En garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty</source>
        <translation>Fora de garantia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered</source>
        <translation>No cobert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fault (it stopped working)</source>
        <translation>Avaria (va deixar de funcionar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accidental damage (a knock or fall)</source>
        <translation>Dany accidental (un cop o una caiguda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquid damage</source>
        <translation>Danys per líquid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Misuse</source>
        <translation>Mal ús</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal wear</source>
        <translation>Desgast normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repair</source>
        <translation>Reparació</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace</source>
        <translation>Substitució</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Reemborsament</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store</source>
        <translation>La botiga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The supplier</source>
        <translation>El proveïdor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The brand</source>
        <translation>La marca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer</source>
        <translation>El client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for approval</source>
        <translation>Pendent d&apos;aprovació</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refund without a receipt</source>
        <translation>Reemborsament sense tiquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return accepted as an exception</source>
        <translation>Devolució acceptada com a excepció</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill voucher</source>
        <translation>Val de cortesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goodwill refund</source>
        <translation>Reemborsament de gest comercial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free or discounted repair</source>
        <translation>Reparació gratuïta o amb descompte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee waived</source>
        <translation>Càrrec condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price adjustment</source>
        <translation>Ajust de preu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Late delivery</source>
        <translation>Entrega amb retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed installation or visit</source>
        <translation>Instal·lació o visita no feta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeated repair of the same fault</source>
        <translation>Reparació repetida de la mateixa avaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price dropped soon after purchase</source>
        <translation>Baixada de preu poc després de la compra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Damaged packaging</source>
        <translation>Embalatge malmès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor service or long wait</source>
        <translation>Mal servei o llarga espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Restocking fee waived</source>
        <translation>Càrrec de reposició condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery fee waived</source>
        <translation>Despeses d&apos;enviament condonades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancellation fee waived</source>
        <translation>Càrrec de cancel·lació condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late fee waived</source>
        <translation>Recàrrec per demora condonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal customer</source>
        <translation>Client fidel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Altres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt</source>
        <translation>Sense tiquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned after the window</source>
        <translation>Retornat fora de termini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition not normally accepted</source>
        <translation>Estat que normalment no s&apos;accepta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair out of warranty</source>
        <translation>Reparació fora de garantia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store manager</source>
        <translation>encarregat de botiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desk/ui/forms.py" line="+45"/>
        <source>Discard what I typed</source>
        <translation>Descarta el que he escrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continua editant</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The database cannot be reached right now. Nothing was saved. What you typed is kept on this computer: it comes back even if this window or the desk is closed.</source>
        <translation>Ara mateix no es pot accedir a la base de dades. No s&apos;ha desat res. El que has escrit es conserva en aquest ordinador: tornarà encara que es tanqui aquesta finestra o el programa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be reached right now. Nothing was saved, and what you typed could not be kept on this computer either ({problem}). Keep this window open.</source>
        <translation>Ara mateix no es pot accedir a la base de dades. No s&apos;ha desat res, i el que has escrit tampoc no s&apos;ha pogut conservar en aquest ordinador ({problem}). Mantén aquesta finestra oberta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored what you typed at {time}; it has not been saved yet.</source>
        <translation>S&apos;ha recuperat el que vas escriure a les {time}; encara no s&apos;ha desat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored what you typed on {day} at {time}; it has not been saved yet.</source>
        <translation>S&apos;ha recuperat el que vas escriure el {day} a les {time}; encara no s&apos;ha desat.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>this computer refused to write it: {reason}</source>
        <translation>aquest ordinador no va permetre escriure-ho: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Discard the draft</source>
        <translation>Descarta l&apos;esborrany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty the form: what was typed earlier is thrown away</source>
        <translation>Buida el formulari: es descarta el que s&apos;havia escrit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The desk checks every few seconds whether the database answers again.</source>
        <translation>El programa comprova cada pocs segons si la base de dades torna a respondre.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The database is back: press {action} again.</source>
        <translation>La base de dades ha tornat: prem {action} una altra vegada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Still out of reach at {time}; the desk checks again every few seconds.</source>
        <translation>Continua sense resposta a les {time}; el programa ho torna a comprovar cada pocs segons.</translation>
    </message>
</context>
<context>
    <name>goodwill</name>
    <message>
        <location filename="../../desk/ui/goodwill/labels.py" line="+20"/>
        <source>A voucher for the next purchase.</source>
        <translation>Un val per a la propera compra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money back to the customer, beyond what the rules give.</source>
        <translation>Diners retornats al client, més enllà del que donen les normes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store pays all or part of a repair.</source>
        <translation>La botiga paga tota o part d&apos;una reparació.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fee the customer would pay is not charged.</source>
        <translation>No es cobra un càrrec que el client hauria de pagar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The difference when the price dropped soon after the purchase.</source>
        <translation>La diferència quan el preu va baixar poc després de la compra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent</source>
        <translation>un agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a store manager</source>
        <translation>un encarregat de botiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a supervisor</source>
        <translation>un supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an administrator</source>
        <translation>un administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>someone with a higher limit</source>
        <translation>algú amb un límit més alt</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../desk/ui/ops.py" line="+199"/>
        <source>Something went wrong. The details were written to the log.</source>
        <translation>Alguna cosa ha anat malament. Els detalls s&apos;han escrit al registre.</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The desk speaks {language} from its next start. Restart it now? What you typed in open forms is kept and offered back; you sign in again.</source>
        <translation>Posventa Desk estarà en {language} a partir del proper inici. El reinicies ara? El que hagis escrit en formularis oberts es desa i se&apos;t torna a oferir; hauràs d&apos;iniciar la sessió de nou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart now</source>
        <translation>Reinicia ara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Més tard</translation>
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
        <translation>telèfon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>correu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order number</source>
        <translation>número de comanda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>receipt number</source>
        <translation>número de tiquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serial number</source>
        <translation>número de sèrie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (typo corrected)</source>
        <translation>nom (errada corregida)</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../desk/ui/settings_dialog.py" line="-362"/>
        <source>Choose the database file.</source>
        <translation>Tria el fitxer de la base de dades.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole path of the file (from the drive or from /).</source>
        <translation>Indica la ruta completa del fitxer (des de la unitat o des de /).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a folder: choose a file inside it, e.g. desk.sqlite3.</source>
        <translation>Això és una carpeta: tria-hi un fitxer a dins, p. ex. desk.sqlite3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk cannot write in {folder}: choose a folder of your own.</source>
        <translation>El programa no pot escriure a {folder}: tria una carpeta teva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk cannot write to this file: ask for access to it, or choose another one.</source>
        <translation>El programa no pot escriure en aquest fitxer: demana-hi accés o tria&apos;n un altre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Escriu el nom o l&apos;adreça del servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server name has no spaces.</source>
        <translation>Un nom de servidor no té espais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the server&apos;s name or address only: no user, port or slashes.</source>
        <translation>Escriu només el nom o l&apos;adreça del servidor: sense usuari, port ni barres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The port is a whole number from 1 to 65535 (PostgreSQL&apos;s usual one is 5432).</source>
        <translation>El port és un nombre enter de 1 a 65535 (l&apos;habitual de PostgreSQL és 5432).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the database&apos;s name.</source>
        <translation>Escriu el nom de la base de dades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database name has no spaces or slashes here.</source>
        <translation>Aquí un nom de base de dades no porta espais ni barres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A store code has at most {n} characters.</source>
        <translation>Un codi de botiga té com a màxim {n} caràcters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A store code holds letters, digits, dashes and underscores only.</source>
        <translation>Un codi de botiga només porta lletres, xifres, guions i guions baixos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no database file at this path yet. An administrator creates one with `desk-admin upgrade` (DESK_DATABASE_URL pointing at it).</source>
        <translation>Encara no hi ha cap fitxer de base de dades en aquesta ruta. Un administrador el crea amb `desk-admin upgrade` (amb DESK_DATABASE_URL apuntant-hi).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server answers, but it has no database of that name.</source>
        <translation>El servidor respon, però no té cap base de dades amb aquest nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answers. Without a person&apos;s login nothing more can be checked from here: each person&apos;s own user name and password are checked when they sign in.</source>
        <translation>El servidor respon. Sense l&apos;usuari d&apos;una persona no es pot comprovar res més des d&apos;aquí: l&apos;usuari i la contrasenya de cada persona es comproven en iniciar la sessió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection: {reason}</source>
        <translation>Sense connexió: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file cannot be opened as a database ({reason}).</source>
        <translation>Aquest fitxer no es pot obrir com a base de dades ({reason}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection works: a Posventa Desk database of this version.</source>
        <translation>La connexió funciona: una base de dades de Posventa Desk d&apos;aquesta versió.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The desk&apos;s database file</source>
        <translation>El fitxer de base de dades del programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Base de dades SQLite (*.sqlite3 *.sqlite *.db);;Tots els fitxers (*)</translation>
    </message>
</context>
</TS>
